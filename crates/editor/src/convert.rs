//! The draft's sheets to the data file and back, both ways through the schema's table
//! ([`schema::sheets`]: which field each column and row holds) and the records' [`Cells`]. Going
//! to the file, every cell is read against the schema, the Traditional texts are made (hanconv
//! `s2tw`) where the editor wrote none, the pinyin readings of names and tags are added, and every
//! problem, the schema's included, is placed at its sheet, row and column by its typed path.

use crate::book::Book;
use crate::spec::{
    Cell, DIRECTIONS, FIGURES, PROJECTS, REPORT, REVIEW, SHEETS, SOURCES, Sheet, UPDATES,
    column_letters, sheet_row,
};
use pinyin::ToPinyinMulti;
use schema::sheets::{Cells, Owner, RowOf, place};
use schema::{DataError, Dataset, FORMAT, Key, Lang, Part, Problem, Record, Tr};
use std::borrow::Cow;
use std::collections::HashMap;

/// One problem of the draft, at its place in the sheets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    pub sheet: usize,
    /// The data row (0 is the spreadsheet's row 3); `None` for the sheet as a whole.
    pub row: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    /// A warning does not block export.
    pub warning: bool,
}

impl Issue {
    fn at(sheet: usize, row: Option<usize>, column: Option<usize>, message: String) -> Self {
        Issue {
            sheet,
            row,
            column,
            message,
            warning: false,
        }
    }

    /// Where it is, as the spreadsheet names it: “项目”表第 5 行 C 列(名称(英文)).
    pub fn place(&self) -> String {
        let spec = &SHEETS[self.sheet];
        let header = |c: usize| {
            format!(
                "{} 列({})",
                column_letters(c),
                spec.columns.get(c).map_or("", |c| c.header)
            )
        };
        match (self.row, self.column) {
            (Some(r), Some(c)) => format!("“{}”表第 {} 行 {}", spec.name, sheet_row(r), header(c)),
            (Some(r), None) => format!("“{}”表第 {} 行", spec.name, sheet_row(r)),
            (None, Some(c)) => format!("“{}”表 {}", spec.name, header(c)),
            (None, None) => format!("“{}”表", spec.name),
        }
    }

    /// The place and the problem.
    pub fn text(&self) -> String {
        format!("{}:{}", self.place(), self.message)
    }
}

/// The Traditional form of a text: the editor's own where there is one, else `s2tw` of the
/// Simplified text.
pub fn traditional(zh: &str, own: &str) -> String {
    if !own.trim().is_empty() {
        own.trim().to_string()
    } else if zh.trim().is_empty() {
        String::new()
    } else {
        hanconv::s2tw(zh.trim())
    }
}

/// The draft as a data file, with every problem found on the way and by the schema's checks.
pub struct Converted {
    pub data: Dataset<'static>,
    pub issues: Vec<Issue>,
}

impl Converted {
    pub fn errors(&self) -> usize {
        self.issues.iter().filter(|i| !i.warning).count()
    }

    pub fn warnings(&self) -> usize {
        self.issues.len() - self.errors()
    }

    /// The data file's text.
    pub fn json(&self) -> String {
        serde_json::to_string_pretty(&self.data).unwrap_or_default() + "\n"
    }
}

/// Which rows the records came from, to place the schema's problems: a record's own row, and the
/// rows of its figures and sentences in their order.
#[derive(Default)]
struct Places {
    records: HashMap<Record, usize>,
    figures: HashMap<(Record, usize), usize>,
    sources: HashMap<(Record, usize), usize>,
    updates: HashMap<(Record, usize), usize>,
}

impl Places {
    fn row(&self, of: RowOf) -> Option<usize> {
        match of {
            RowOf::None => None,
            RowOf::Field(row) => Some(row),
            RowOf::Record(r) => self.records.get(&r).copied(),
            RowOf::Figure(r, i) => self.figures.get(&(r, i)).copied(),
            RowOf::Source(r, i) => self.sources.get(&(r, i)).copied(),
            RowOf::Update(r, i) => self.updates.get(&(r, i)).copied(),
        }
    }
}

/// Full-width digits and point (５０００, １６８．５) as ASCII: a figure's value only.
fn half_width(value: &str) -> String {
    value
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' => '.',
            c => c,
        })
        .collect()
}

/// The rows of a sheet that hold something, with their indices.
fn rows(book: &Book, sheet: usize) -> impl Iterator<Item = (usize, &Vec<String>)> {
    book.sheets
        .get(sheet)
        .into_iter()
        .flatten()
        .enumerate()
        .filter(|(_, r)| !Book::row_is_blank(r))
}

/// A problem of a cell the record could not take.
fn cell_issue(sheet: usize, row: usize, column: usize, problem: &Problem) -> Issue {
    Issue::at(sheet, Some(row), Some(column), problem.message(Lang::Hans))
}

/// One row into a record: every column that holds a field of it, through its [`Cells`].
fn read_row<T: Cells + Default>(
    sheet: usize,
    r: usize,
    cells: &[String],
    issues: &mut Vec<Issue>,
) -> T {
    let mut record = T::default();
    for (c, column) in SHEETS[sheet].columns.iter().enumerate() {
        if let Cell::Field(key, part) = column.cell
            && let Err(problem) =
                record.set_cell(key, part, cells.get(c).map_or("", String::as_str))
        {
            issues.push(cell_issue(sheet, r, c, &problem));
        }
    }
    record
}

/// A record as one row of its sheet. A Traditional cell is left empty where it is what `s2tw`
/// makes, so a later change of the Simplified text converts again.
fn write_row<T: Cells>(sheet: usize, record: &T) -> Vec<String> {
    let spec = &SHEETS[sheet];
    spec.columns
        .iter()
        .map(|column| match column.cell {
            Cell::Field(key, Some(Part::Hant)) => {
                let zh = record.cell(key, Some(Part::Zh)).unwrap_or_default();
                let hant = record.cell(key, Some(Part::Hant)).unwrap_or_default();
                if hant == hanconv::s2tw(&zh) {
                    String::new()
                } else {
                    hant
                }
            }
            Cell::Field(key, part) => record.cell(key, part).unwrap_or_default(),
            _ => String::new(),
        })
        .collect()
}

/// The records of a sheet of records, each row that holds something, with their rows noted.
fn records<T: Cells + Default>(
    book: &Book,
    sheet: Sheet,
    record: fn(usize) -> Record,
    places: &mut Places,
    issues: &mut Vec<Issue>,
) -> Vec<T> {
    let mut out = Vec::new();
    for (r, cells) in rows(book, sheet as usize) {
        places.records.insert(record(out.len()), r);
        out.push(read_row(sheet as usize, r, cells, issues));
    }
    out
}

/// The field rows of a sheet of fields (报道, 回顾) into their records: `set` is given each
/// row's record, field and language and the cell's text.
fn read_fields(
    book: &Book,
    sheet: usize,
    issues: &mut Vec<Issue>,
    mut set: impl FnMut(Record, Key, Option<Part>, &str) -> Result<(), Problem>,
) {
    let spec = &SHEETS[sheet];
    for (r, field) in spec.fields.iter().enumerate() {
        for (c, column) in spec.columns.iter().enumerate() {
            let Cell::Part(part) = column.cell else {
                continue;
            };
            if !field.texts && part != Part::Zh {
                continue;
            }
            let text = book.cell(sheet, r, c);
            if let Err(problem) = set(field.record, field.key, field.texts.then_some(part), text) {
                issues.push(cell_issue(sheet, r, c, &problem));
            }
        }
    }
}

/// The field rows of a sheet of fields, from their records: `get` gives a record's field.
fn write_fields(
    sheet: usize,
    get: impl Fn(Record, Key, Option<Part>) -> String,
) -> Vec<Vec<String>> {
    let spec = &SHEETS[sheet];
    spec.fields
        .iter()
        .map(|field| {
            spec.columns
                .iter()
                .map(|column| match column.cell {
                    Cell::FieldName => field.name.to_string(),
                    Cell::Part(part) if !field.texts => {
                        if part == Part::Zh {
                            get(field.record, field.key, None)
                        } else {
                            String::new()
                        }
                    }
                    Cell::Part(Part::Hant) => {
                        let zh = get(field.record, field.key, Some(Part::Zh));
                        let hant = get(field.record, field.key, Some(Part::Hant));
                        if hant == hanconv::s2tw(&zh) {
                            String::new()
                        } else {
                            hant
                        }
                    }
                    Cell::Part(part) => get(field.record, field.key, Some(part)),
                    _ => String::new(),
                })
                .collect()
        })
        .collect()
}

/// The draft as a data file, checked without a day (the reader's checks).
pub fn to_dataset(book: &Book) -> Converted {
    to_dataset_on(book, None)
}

/// The draft as a data file, checked on `today` (`YYYY-MM-DD`): an update after it is a warning.
pub fn to_dataset_on(book: &Book, today: Option<&str>) -> Converted {
    let mut issues = Vec::new();
    let mut places = Places::default();
    let mut data = Dataset {
        format: FORMAT,
        list: Default::default(),
        report: Default::default(),
        themes: Cow::Owned(Vec::new()),
        audiences: Cow::Owned(Vec::new()),
        projects: Cow::Owned(Vec::new()),
        review: Default::default(),
        directions: Cow::Owned(Vec::new()),
        pinyin: Default::default(),
    };
    read_fields(
        book,
        REPORT,
        &mut issues,
        |record, key, part, text| match record {
            Record::List => data.list.set_cell(key, part, text),
            _ => data.report.set_cell(key, part, text),
        },
    );
    read_fields(book, REVIEW, &mut issues, |_, key, part, text| {
        data.review.set_cell(key, part, text)
    });

    let (p, i) = (&mut places, &mut issues);
    data.themes = records(book, Sheet::Themes, Record::Theme, p, i).into();
    data.audiences = records(book, Sheet::Audiences, Record::Audience, p, i).into();
    let mut projects: Vec<schema::Project> = records(book, Sheet::Projects, Record::Project, p, i);
    let mut directions: Vec<schema::Direction> =
        records(book, Sheet::Directions, Record::Direction, p, i);

    // What a figure or sentence row belongs to: a record, or a problem at its owner cells.
    let owner = |sheet: usize,
                 r: usize,
                 cells: &[String],
                 directions_allowed: bool,
                 issues: &mut Vec<Issue>|
     -> Option<Record> {
        let spec = &SHEETS[sheet];
        let (kind_col, id_col) = (
            spec.column(Cell::Owner).unwrap_or(0),
            spec.column(Cell::OwnerId).unwrap_or(1),
        );
        let (kind, id) = (cells[kind_col].trim(), cells[id_col].trim());
        // The record of `found`, or a problem naming the sheet the id should be in.
        let mut known = |found: Option<usize>, of: Sheet, what: &str| {
            if found.is_none() {
                issues.push(Issue::at(
                    sheet,
                    Some(r),
                    Some(id_col),
                    format!("“{}”表中没有标识为“{id}”的{what}", of.spec().name),
                ));
            }
            found
        };
        match Owner::of(kind) {
            Some(Owner::Project) => known(
                projects.iter().position(|p| p.id == id),
                Sheet::Projects,
                "项目",
            )
            .map(Record::Project),
            Some(Owner::Review) => Some(Record::Review),
            Some(Owner::Direction) if directions_allowed => known(
                directions.iter().position(|d| d.id == id),
                Sheet::Directions,
                "方向",
            )
            .map(Record::Direction),
            _ => {
                let words: Vec<String> = schema::sheets::OWNERS
                    .iter()
                    .filter(|(o, ..)| directions_allowed || *o != Owner::Direction)
                    .map(|(_, w, _)| format!("“{w}”"))
                    .collect();
                issues.push(Issue::at(
                    sheet,
                    Some(r),
                    Some(kind_col),
                    format!("所属类别“{kind}”无法识别:应填{}", words.join("或")),
                ));
                None
            }
        }
    };

    let value_col = SHEETS[FIGURES].column(Cell::Field(Key::Value, None));
    let mut project_figures: Vec<Vec<schema::Figure<'static>>> = vec![Vec::new(); projects.len()];
    let mut review_figures = Vec::new();
    for (r, cells) in rows(book, FIGURES) {
        let Some(to) = owner(FIGURES, r, cells, false, &mut issues) else {
            continue;
        };
        let mut cells = cells.clone();
        if let Some(c) = value_col {
            let value = half_width(&cells[c]);
            if value != cells[c].trim() {
                issues.push(Issue {
                    warning: true,
                    ..Issue::at(
                        FIGURES,
                        Some(r),
                        Some(c),
                        format!("全角数字“{}”按“{value}”读取", cells[c].trim()),
                    )
                });
            }
            cells[c] = value;
        }
        let figure = read_row(FIGURES, r, &cells, &mut issues);
        let list = match to {
            Record::Project(p) => &mut project_figures[p],
            _ => &mut review_figures,
        };
        places.figures.insert((to, list.len()), r);
        list.push(figure);
    }

    let sentence_col = SHEETS[SOURCES].column(Cell::Sentence).unwrap_or(2);
    let mut project_sources: Vec<Vec<Cow<'static, str>>> = vec![Vec::new(); projects.len()];
    let mut direction_sources: Vec<Vec<Cow<'static, str>>> = vec![Vec::new(); directions.len()];
    let mut review_sources = Vec::new();
    for (r, cells) in rows(book, SOURCES) {
        let sentence = Cow::Owned(cells[sentence_col].trim().to_string());
        let Some(to) = owner(SOURCES, r, cells, true, &mut issues) else {
            continue;
        };
        let list = match to {
            Record::Project(p) => &mut project_sources[p],
            Record::Direction(d) => &mut direction_sources[d],
            _ => &mut review_sources,
        };
        places.sources.insert((to, list.len()), r);
        list.push(sentence);
    }
    let mut project_updates: Vec<Vec<schema::Update<'static>>> = vec![Vec::new(); projects.len()];
    let id_col = SHEETS[UPDATES].column(Cell::OwnerId).unwrap_or(0);
    for (r, cells) in rows(book, UPDATES) {
        let id = cells[id_col].trim();
        let Some(p) = projects.iter().position(|p| p.id == id) else {
            issues.push(Issue::at(
                UPDATES,
                Some(r),
                Some(id_col),
                format!("“项目”表中没有标识为“{id}”的项目"),
            ));
            continue;
        };
        let list = &mut project_updates[p];
        places.updates.insert((Record::Project(p), list.len()), r);
        list.push(read_row(UPDATES, r, cells, &mut issues));
    }
    for (((p, figures), sources), updates) in projects
        .iter_mut()
        .zip(project_figures)
        .zip(project_sources)
        .zip(project_updates)
    {
        p.figures = figures.into();
        p.sources = sources.into();
        p.updates = updates.into();
    }
    for (d, sources) in directions.iter_mut().zip(direction_sources) {
        d.sources = sources.into();
    }
    data.review.figures = review_figures.into();
    data.review.sources = review_sources.into();
    data.projects = projects.into();
    data.directions = directions.into();
    data.texts_mut(&mut |_, tr: &mut Tr| {
        tr.hant = Cow::Owned(traditional(&tr.zh, &tr.hant));
    });
    data.pinyin = readings(&data);
    for e in schema::problems_on(&data, today) {
        issues.push(locate(&e, &places));
    }
    issues.sort_by_key(|i| (i.sheet, i.row, i.column));
    Converted { data, issues }
}

/// The toneless pinyin readings of every Chinese character of the project names and keywords
/// and of the tags.
pub fn readings(data: &Dataset) -> schema::Readings<'static> {
    let mut out = Vec::new();
    let names = data
        .projects
        .iter()
        .flat_map(|p| std::iter::once(&p.name.zh).chain(p.keywords.iter()))
        .chain(
            data.themes
                .iter()
                .chain(data.audiences.iter())
                .map(|t| &t.name.zh),
        );
    for name in names {
        for c in name.chars() {
            if let Some(multi) = c.to_pinyin_multi() {
                let mut list: Vec<&str> = Vec::new();
                for p in multi {
                    if !list.contains(&p.plain()) {
                        list.push(p.plain());
                    }
                }
                out.push((Cow::Owned(c.to_string()), Cow::Owned(list.join(" "))));
            }
        }
    }
    schema::Readings::new(out)
}

/// A schema problem at its sheet, row and column.
fn locate(e: &DataError, places: &Places) -> Issue {
    let at = place(&e.path);
    Issue {
        sheet: at.sheet as usize,
        row: places.row(at.row),
        column: at.column,
        message: e.problem.message(Lang::Hans),
        warning: e.problem.is_warning(),
    }
}

/// A data file as the draft's sheets.
pub fn from_dataset(d: &Dataset) -> Book {
    let report = write_fields(REPORT, |record, key, part| {
        let cell = match record {
            Record::List => d.list.cell(key, part),
            _ => d.report.cell(key, part),
        };
        cell.unwrap_or_default()
    });
    let review = write_fields(REVIEW, |_, key, part| {
        d.review.cell(key, part).unwrap_or_default()
    });
    let owned_row = |sheet: usize, owner: Owner, id: &str, mut row: Vec<String>| {
        let spec = &SHEETS[sheet];
        if let Some(c) = spec.column(Cell::Owner) {
            row[c] = owner.word().to_string();
        }
        if let Some(c) = spec.column(Cell::OwnerId) {
            row[c] = id.to_string();
        }
        row
    };
    let sentence_row = |owner: Owner, id: &str, sentence: &str| {
        let mut row = vec![String::new(); SHEETS[SOURCES].columns.len()];
        if let Some(c) = SHEETS[SOURCES].column(Cell::Sentence) {
            row[c] = sentence.to_string();
        }
        owned_row(SOURCES, owner, id, row)
    };
    let mut figures = Vec::new();
    let mut sources = Vec::new();
    let mut updates = Vec::new();
    for p in d.projects.iter() {
        for u in p.updates.iter() {
            let mut row = write_row(UPDATES, u);
            if let Some(c) = SHEETS[UPDATES].column(Cell::OwnerId) {
                row[c] = p.id.to_string();
            }
            updates.push(row);
        }
        for f in p.figures.iter() {
            figures.push(owned_row(
                FIGURES,
                Owner::Project,
                &p.id,
                write_row(FIGURES, f),
            ));
        }
        for s in p.sources.iter() {
            sources.push(sentence_row(Owner::Project, &p.id, s));
        }
    }
    for f in d.review.figures.iter() {
        figures.push(owned_row(FIGURES, Owner::Review, "", write_row(FIGURES, f)));
    }
    for s in d.review.sources.iter() {
        sources.push(sentence_row(Owner::Review, "", s));
    }
    for x in d.directions.iter() {
        for s in x.sources.iter() {
            sources.push(sentence_row(Owner::Direction, &x.id, s));
        }
    }
    let mut sheets = vec![Vec::new(); SHEETS.len()];
    sheets[REPORT] = report;
    sheets[Sheet::Themes as usize] = d
        .themes
        .iter()
        .map(|t| write_row(Sheet::Themes as usize, t))
        .collect();
    sheets[Sheet::Audiences as usize] = d
        .audiences
        .iter()
        .map(|t| write_row(Sheet::Audiences as usize, t))
        .collect();
    sheets[PROJECTS] = d.projects.iter().map(|p| write_row(PROJECTS, p)).collect();
    sheets[FIGURES] = figures;
    sheets[SOURCES] = sources;
    sheets[REVIEW] = review;
    sheets[DIRECTIONS] = d
        .directions
        .iter()
        .map(|x| write_row(DIRECTIONS, x))
        .collect();
    Book { sheets }.normalized()
}

/// The first format's workbooks (their sheets named with the years, `2021回顾`, `2022方向`)
/// had no rows for the list's year, league and campaign, nor the meeting's day: they are the
/// 2022 list of the league the first format was made for, and get what it says
/// ([`schema::legacy`]) where their rows are empty.
pub fn fill_first_format(book: &mut Book) {
    let spec = &SHEETS[REPORT];
    let list = schema::legacy::list();
    let report = schema::Report {
        date: Cow::Borrowed(schema::legacy::DATE),
        ..Default::default()
    };
    for (r, field) in spec.fields.iter().enumerate() {
        for (c, column) in spec.columns.iter().enumerate() {
            // Left empty, the Traditional column is converted.
            let Cell::Part(part @ (Part::Zh | Part::En)) = column.cell else {
                continue;
            };
            if !field.texts && part != Part::Zh {
                continue;
            }
            let part = field.texts.then_some(part);
            let value = match field.record {
                Record::List => list.cell(field.key, part),
                _ => report.cell(field.key, part),
            };
            let Some(value) = value.filter(|v| !v.is_empty()) else {
                continue;
            };
            if book.cell(REPORT, r, c).trim().is_empty() {
                book.set(REPORT, r, c, value);
            }
        }
    }
}
