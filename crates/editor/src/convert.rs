//! The draft's sheets to the data file and back. Going to the file, every cell is read against
//! the schema, the Traditional texts are made (hanconv `s2tw`) where the editor wrote none, the
//! pinyin readings of names and tags are added, and every problem, the schema's included, is
//! placed at its sheet, row and column.

use crate::book::Book;
use crate::spec::{
    AUDIENCES, DIRECTIONS, FIGURES, KINDS, OWNER_DIRECTION, OWNER_PROJECT, OWNER_REVIEW, PROJECTS,
    REPORT, REPORT_FIELDS, REVIEW, REVIEW_FIELDS, SHEETS, SOURCES, THEMES, YES, column_letters,
    sheet_row,
};
use pinyin::ToPinyinMulti;
use schema::{
    DataError, Dataset, Direction, Figure, Kind, Lang, Project, Qualifier, Report, Review, Tag, Tr,
};
use std::borrow::Cow;
use std::collections::BTreeMap;

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

/// Which rows the records came from, to place the schema's problems.
#[derive(Default)]
struct Places {
    themes: Vec<usize>,
    audiences: Vec<usize>,
    projects: Vec<usize>,
    project_figures: Vec<Vec<usize>>,
    project_sources: Vec<Vec<usize>>,
    review_figures: Vec<usize>,
    review_sources: Vec<usize>,
    directions: Vec<usize>,
    direction_sources: Vec<Vec<usize>>,
}

fn text(cell: &str) -> Cow<'static, str> {
    Cow::Owned(cell.trim().to_string())
}

/// The translated text whose Simplified form is in column `zh`, English in `zh + 1` and the
/// editor's Traditional (if any) in `zh + 2`.
fn tr(cells: &[String], zh: usize) -> Tr<'static> {
    let get = |c: usize| cells.get(c).map_or("", String::as_str);
    Tr {
        zh: text(get(zh)),
        en: text(get(zh + 1)),
        hant: Cow::Owned(traditional(get(zh), get(zh + 2))),
    }
}

/// The ids of a list cell: separated by 、, commas (either width), semicolons or spaces.
fn ids(cell: &str) -> Vec<Cow<'static, str>> {
    cell.split(|c: char| {
        matches!(c, '、' | ',' | '\u{ff0c}' | ';' | '\u{ff1b}') || c.is_whitespace()
    })
    .filter(|s| !s.is_empty())
    .map(|s| Cow::Owned(s.to_string()))
    .collect()
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

/// The draft as a data file.
pub fn to_dataset(book: &Book) -> Converted {
    let mut issues = Vec::new();
    let mut places = Places::default();
    let fixed = |sheet: usize, i: usize| book.sheets[sheet].get(i).cloned().unwrap_or_default();

    let report_row = |key: &str| {
        let i = REPORT_FIELDS
            .iter()
            .position(|(_, k)| *k == key)
            .unwrap_or(0);
        tr(&fixed(REPORT, i), 1)
    };
    let report = Report {
        title: report_row("title"),
        event: report_row("event"),
        event_date: report_row("event_date"),
        publisher: report_row("publisher"),
        byline: report_row("byline"),
        published: text(fixed(REPORT, 5).get(1).map_or("", String::as_str)),
        intro: report_row("intro"),
    };

    let tags = |sheet: usize, places: &mut Vec<usize>| -> Vec<Tag<'static>> {
        rows(book, sheet)
            .map(|(r, cells)| {
                places.push(r);
                Tag {
                    id: text(&cells[0]),
                    name: tr(cells, 1),
                }
            })
            .collect()
    };
    let themes = tags(THEMES, &mut places.themes);
    let audiences = tags(AUDIENCES, &mut places.audiences);

    let mut projects: Vec<Project<'static>> = rows(book, PROJECTS)
        .map(|(r, cells)| {
            places.projects.push(r);
            Project {
                id: text(&cells[0]),
                name: tr(cells, 1),
                summary: tr(cells, 4),
                description: tr(cells, 7),
                themes: ids(&cells[10]).into(),
                audiences: ids(&cells[11]).into(),
                figures: Vec::new().into(),
                sources: Vec::new().into(),
                sort_key: Cow::Borrowed(""),
            }
        })
        .collect();
    places.project_figures = vec![Vec::new(); projects.len()];
    places.project_sources = vec![Vec::new(); projects.len()];

    let mut directions: Vec<Direction<'static>> = rows(book, DIRECTIONS)
        .map(|(r, cells)| {
            places.directions.push(r);
            Direction {
                id: text(&cells[0]),
                title: tr(cells, 1),
                summary: tr(cells, 4),
                sources: Vec::new().into(),
            }
        })
        .collect();
    places.direction_sources = vec![Vec::new(); directions.len()];

    let mut review = Review {
        title: tr(&fixed(REVIEW, 0), 1),
        summary: tr(&fixed(REVIEW, 1), 1),
        figures: Vec::new().into(),
        sources: Vec::new().into(),
    };

    /// What a figure or sentence row belongs to.
    enum Owner {
        Project(usize),
        Review,
        Direction(usize),
    }
    let owner = |sheet: usize,
                 r: usize,
                 cells: &[String],
                 directions_allowed: bool,
                 issues: &mut Vec<Issue>|
     -> Option<Owner> {
        let (kind, id) = (cells[0].trim(), cells[1].trim());
        // The row of `found`, or a problem naming the sheet the id should be in.
        let mut known = |found: Option<usize>, sheet_name: &str, what: &str| {
            if found.is_none() {
                issues.push(Issue::at(
                    sheet,
                    Some(r),
                    Some(1),
                    format!("“{sheet_name}”表中没有标识为“{id}”的{what}"),
                ));
            }
            found
        };
        match kind {
            OWNER_PROJECT => {
                known(projects.iter().position(|p| p.id == id), "项目", "项目").map(Owner::Project)
            }
            OWNER_REVIEW => Some(Owner::Review),
            OWNER_DIRECTION if directions_allowed => known(
                directions.iter().position(|d| d.id == id),
                "2022方向",
                "方向",
            )
            .map(Owner::Direction),
            _ => {
                let allowed = if directions_allowed {
                    "“项目”“2021回顾”或“2022方向”"
                } else {
                    "“项目”或“2021回顾”"
                };
                issues.push(Issue::at(
                    sheet,
                    Some(r),
                    Some(0),
                    format!("所属类别“{kind}”无法识别:应填{allowed}"),
                ));
                None
            }
        }
    };

    let mut project_figures: Vec<Vec<Figure<'static>>> = vec![Vec::new(); projects.len()];
    let mut review_figures = Vec::new();
    for (r, cells) in rows(book, FIGURES) {
        let Some(to) = owner(FIGURES, r, cells, false, &mut issues) else {
            continue;
        };
        let value = half_width(&cells[5]);
        if value != cells[5].trim() {
            issues.push(Issue {
                warning: true,
                ..Issue::at(
                    FIGURES,
                    Some(r),
                    Some(5),
                    format!("全角数字“{}”按“{value}”读取", cells[5].trim()),
                )
            });
        }
        let qualifier = match cells[9].trim() {
            "" => None,
            q => {
                let found = Qualifier::ALL.into_iter().find(|x| x.as_str() == q);
                if found.is_none() {
                    issues.push(Issue::at(
                        FIGURES,
                        Some(r),
                        Some(9),
                        format!("限定词“{q}”无法识别:应填 以上、不少于、余、已建在建,或留空"),
                    ));
                }
                found
            }
        };
        let kind = KINDS
            .iter()
            .find(|(name, _)| *name == cells[10].trim())
            .map(|(_, k)| *k);
        if kind.is_none() {
            issues.push(Issue::at(
                FIGURES,
                Some(r),
                Some(10),
                format!(
                    "类型“{}”无法识别:应填 2022目标、2021结果 或 累计",
                    cells[10].trim()
                ),
            ));
        }
        let headline = match cells[12].trim() {
            YES => true,
            "" | "否" => false,
            other => {
                issues.push(Issue::at(
                    FIGURES,
                    Some(r),
                    Some(12),
                    format!("头条“{other}”无法识别:填“是”或留空"),
                ));
                false
            }
        };
        let figure = Figure {
            label: tr(cells, 2),
            value: Cow::Owned(value),
            unit: tr(cells, 6),
            qualifier,
            kind: kind.unwrap_or(Kind::Target2022),
            measure: match cells[11].trim() {
                "" => None,
                m => Some(Cow::Owned(m.to_string())),
            },
            headline,
        };
        match to {
            Owner::Project(p) => {
                places.project_figures[p].push(r);
                project_figures[p].push(figure);
            }
            Owner::Review | Owner::Direction(_) => {
                places.review_figures.push(r);
                review_figures.push(figure);
            }
        }
    }

    let mut project_sources: Vec<Vec<Cow<'static, str>>> = vec![Vec::new(); projects.len()];
    let mut direction_sources: Vec<Vec<Cow<'static, str>>> = vec![Vec::new(); directions.len()];
    let mut review_sources = Vec::new();
    for (r, cells) in rows(book, SOURCES) {
        let sentence = text(&cells[2]);
        match owner(SOURCES, r, cells, true, &mut issues) {
            Some(Owner::Project(p)) => {
                places.project_sources[p].push(r);
                project_sources[p].push(sentence);
            }
            Some(Owner::Review) => {
                places.review_sources.push(r);
                review_sources.push(sentence);
            }
            Some(Owner::Direction(d)) => {
                places.direction_sources[d].push(r);
                direction_sources[d].push(sentence);
            }
            None => {}
        }
    }
    for ((p, figures), sources) in projects
        .iter_mut()
        .zip(project_figures)
        .zip(project_sources)
    {
        p.figures = figures.into();
        p.sources = sources.into();
    }
    for (d, sources) in directions.iter_mut().zip(direction_sources) {
        d.sources = sources.into();
    }
    review.figures = review_figures.into();
    review.sources = review_sources.into();

    let mut data = Dataset {
        report,
        themes: themes.into(),
        audiences: audiences.into(),
        projects: projects.into(),
        review_2021: review,
        directions_2022: directions.into(),
        pinyin: BTreeMap::new(),
    };
    data.pinyin = readings(&data);
    for e in schema::problems(&data) {
        issues.push(locate(&e, &places));
    }
    issues.sort_by_key(|i| (i.sheet, i.row, i.column));
    Converted { data, issues }
}

/// The toneless pinyin readings of every Chinese character of the project names and the tags.
pub fn readings(data: &Dataset) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let names = data.projects.iter().map(|p| &p.name.zh).chain(
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
                out.insert(c.to_string(), list.join(" "));
            }
        }
    }
    out
}

/// A schema problem at its sheet, row and column.
fn locate(e: &DataError, places: &Places) -> Issue {
    let message = e.problem.message(Lang::Hans);
    let warning = e.problem.is_warning();
    let record = e.record.split(' ').next().unwrap_or("");
    let (list, index) = match record.split_once('[') {
        Some((name, rest)) => (name, rest.trim_end_matches(']').parse::<usize>().ok()),
        None => (record, None),
    };
    let field = e.field.as_str();
    // A translated text's column: Simplified at `zh`, English next, Traditional after.
    let tr_col = |zh: usize, rest: &str| match rest {
        "en" => zh + 1,
        "hant" => zh + 2,
        _ => zh,
    };
    // `figures[2].unit.en` → (2, "unit.en").
    let item = |field: &str, name: &str| -> Option<(usize, String)> {
        let rest = field.strip_prefix(name)?.strip_prefix('[')?;
        let (i, tail) = rest.split_once(']')?;
        Some((i.parse().ok()?, tail.trim_start_matches('.').to_string()))
    };
    let figure_col = |tail: &str| -> usize {
        let (head, rest) = tail.split_once('.').unwrap_or((tail, ""));
        match head {
            "label" => tr_col(2, rest),
            "unit" => tr_col(6, rest),
            "qualifier" => 9,
            "kind" => 10,
            "measure" => 11,
            "headline" => 12,
            _ => 5,
        }
    };
    let at = |sheet, row: Option<usize>, column| Issue {
        sheet,
        row,
        column,
        message: message.clone(),
        warning,
    };
    let pick = |rows: &[usize], i: usize| rows.get(i).copied();
    match list {
        "report" => {
            let (key, rest) = field.split_once('.').unwrap_or((field, ""));
            let row = REPORT_FIELDS.iter().position(|(_, k)| *k == key);
            at(REPORT, row, Some(tr_col(1, rest)))
        }
        "review_2021" => {
            if let Some((j, tail)) = item(field, "figures") {
                return at(
                    FIGURES,
                    pick(&places.review_figures, j),
                    Some(figure_col(&tail)),
                );
            }
            if let Some((j, _)) = item(field, "sources") {
                return at(SOURCES, pick(&places.review_sources, j), Some(2));
            }
            let (key, rest) = field.split_once('.').unwrap_or((field, ""));
            match REVIEW_FIELDS.iter().position(|(_, k)| *k == key) {
                Some(row) => at(REVIEW, Some(row), Some(tr_col(1, rest))),
                None => at(SOURCES, None, Some(2)),
            }
        }
        "themes" | "audiences" => {
            let (sheet, rows) = if list == "themes" {
                (THEMES, &places.themes)
            } else {
                (AUDIENCES, &places.audiences)
            };
            match item(field, "") {
                Some((i, tail)) => {
                    let column = match tail.as_str() {
                        "id" => 0,
                        t => tr_col(1, t.trim_start_matches("name").trim_start_matches('.')),
                    };
                    at(sheet, pick(rows, i), Some(column))
                }
                None => at(sheet, None, None),
            }
        }
        "projects" => {
            let Some(i) = index else {
                return at(PROJECTS, None, None);
            };
            if let Some((j, tail)) = item(field, "figures") {
                let rows = places.project_figures.get(i).map_or(&[][..], Vec::as_slice);
                return at(FIGURES, pick(rows, j), Some(figure_col(&tail)));
            }
            if let Some((j, _)) = item(field, "sources") {
                let rows = places.project_sources.get(i).map_or(&[][..], Vec::as_slice);
                return at(SOURCES, pick(rows, j), Some(2));
            }
            let row = pick(&places.projects, i);
            let (head, rest) = field.split_once('.').unwrap_or((field, ""));
            let head = head.split('[').next().unwrap_or(head);
            let column = match head {
                "name" => tr_col(1, rest),
                "summary" => tr_col(4, rest),
                "description" => tr_col(7, rest),
                "themes" => 10,
                "audiences" => 11,
                _ => 0,
            };
            at(PROJECTS, row, Some(column))
        }
        "directions_2022" => {
            let Some(i) = index else {
                return at(DIRECTIONS, None, None);
            };
            if let Some((j, _)) = item(field, "sources") {
                let rows = places
                    .direction_sources
                    .get(i)
                    .map_or(&[][..], Vec::as_slice);
                return at(SOURCES, pick(rows, j), Some(2));
            }
            let (head, rest) = field.split_once('.').unwrap_or((field, ""));
            let column = match head {
                "title" => tr_col(1, rest),
                "summary" => tr_col(4, rest),
                _ => 0,
            };
            at(DIRECTIONS, pick(&places.directions, i), Some(column))
        }
        _ => at(REPORT, None, None),
    }
}

/// The Traditional cell to keep for a text read from a file: empty where it is what `s2tw`
/// makes, so a later change of the Simplified text converts again.
fn own_hant(t: &Tr) -> String {
    if t.hant.is_empty() || t.hant == hanconv::s2tw(&*t.zh) {
        String::new()
    } else {
        t.hant.to_string()
    }
}

fn tr_cells(t: &Tr) -> [String; 3] {
    [t.zh.to_string(), t.en.to_string(), own_hant(t)]
}

fn figure_row(kind: &str, id: &str, f: &Figure) -> Vec<String> {
    let mut row = vec![kind.to_string(), id.to_string()];
    row.extend(tr_cells(&f.label));
    row.push(f.value.to_string());
    row.extend(tr_cells(&f.unit));
    row.push(f.qualifier.map_or("", Qualifier::as_str).to_string());
    row.push(
        KINDS
            .iter()
            .find(|(_, k)| *k == f.kind)
            .map_or("", |(n, _)| n)
            .to_string(),
    );
    row.push(f.measure.as_deref().unwrap_or("").to_string());
    row.push(if f.headline { YES } else { "" }.to_string());
    row
}

/// A data file as the draft's sheets.
pub fn from_dataset(d: &Dataset) -> Book {
    let keyed = |name: &str, t: &Tr| {
        let mut row = vec![name.to_string()];
        row.extend(tr_cells(t));
        row
    };
    let r = &d.report;
    let report = REPORT_FIELDS
        .iter()
        .map(|(name, key)| match *key {
            "title" => keyed(name, &r.title),
            "event" => keyed(name, &r.event),
            "event_date" => keyed(name, &r.event_date),
            "publisher" => keyed(name, &r.publisher),
            "byline" => keyed(name, &r.byline),
            "intro" => keyed(name, &r.intro),
            _ => vec![
                name.to_string(),
                r.published.to_string(),
                String::new(),
                String::new(),
            ],
        })
        .collect();
    let tags = |list: &[Tag]| {
        list.iter()
            .map(|t| {
                let mut row = vec![t.id.to_string()];
                row.extend(tr_cells(&t.name));
                row
            })
            .collect()
    };
    let mut figures = Vec::new();
    let mut sources = Vec::new();
    let projects = d
        .projects
        .iter()
        .map(|p| {
            for f in p.figures.iter() {
                figures.push(figure_row(OWNER_PROJECT, &p.id, f));
            }
            for s in p.sources.iter() {
                sources.push(vec![OWNER_PROJECT.into(), p.id.to_string(), s.to_string()]);
            }
            let mut row = vec![p.id.to_string()];
            row.extend(tr_cells(&p.name));
            row.extend(tr_cells(&p.summary));
            row.extend(tr_cells(&p.description));
            row.push(p.themes.join("、"));
            row.push(p.audiences.join("、"));
            row
        })
        .collect();
    for f in d.review_2021.figures.iter() {
        figures.push(figure_row(OWNER_REVIEW, "", f));
    }
    for s in d.review_2021.sources.iter() {
        sources.push(vec![OWNER_REVIEW.into(), String::new(), s.to_string()]);
    }
    let directions = d
        .directions_2022
        .iter()
        .map(|x| {
            for s in x.sources.iter() {
                sources.push(vec![
                    OWNER_DIRECTION.into(),
                    x.id.to_string(),
                    s.to_string(),
                ]);
            }
            let mut row = vec![x.id.to_string()];
            row.extend(tr_cells(&x.title));
            row.extend(tr_cells(&x.summary));
            row
        })
        .collect();
    let review = vec![
        keyed(REVIEW_FIELDS[0].0, &d.review_2021.title),
        keyed(REVIEW_FIELDS[1].0, &d.review_2021.summary),
    ];
    Book {
        sheets: vec![
            report,
            tags(&d.themes),
            tags(&d.audiences),
            projects,
            figures,
            sources,
            review,
            directions,
        ],
    }
    .normalized()
}
