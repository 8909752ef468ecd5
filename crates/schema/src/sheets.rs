//! The workbook the league's offices fill in, as one table: each sheet, its Chinese name and
//! headers (with the names earlier editors wrote, read on import only), and the field of the data
//! file each column or row holds. Import, export, the editor's forms and the placing of problems
//! all read this table and the records' [`Cells`], so a field is found by what it is, never by
//! a column number, and a renamed field fails to compile instead of landing on another cell.
//!
//! The vocabulary names roles, never a year: a figure is a 目标 of the list's year, a 此前结果
//! with its own 年份, or 累计; the list's year is the 年度 row of the 报道 sheet.

use crate::data::{
    Direction, Figure, Kind, ListInfo, Project, Qualifier, Report, Review, Status, Tag, Tr, Update,
};
use crate::path::{Field, Key, Part, Path, Record};
use crate::problem::Problem;
use std::borrow::Cow;

/// A sheet of the workbook, in the workbook's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sheet {
    Report,
    Themes,
    Audiences,
    Projects,
    Figures,
    Sources,
    Review,
    Directions,
    /// 进度: the projects' dated updates.
    Updates,
}

impl Sheet {
    pub const ALL: [Sheet; 9] = [
        Sheet::Report,
        Sheet::Themes,
        Sheet::Audiences,
        Sheet::Projects,
        Sheet::Figures,
        Sheet::Sources,
        Sheet::Review,
        Sheet::Directions,
        Sheet::Updates,
    ];

    /// The sheet's place in the workbook (and in an editor's book).
    pub fn index(self) -> usize {
        Sheet::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn spec(self) -> &'static SheetSpec {
        &SHEETS[self.index()]
    }
}

/// One sheet: its name, the note of its first row, its columns, and for a sheet of fields
/// (报道, 回顾) the field each row holds.
pub struct SheetSpec {
    pub sheet: Sheet,
    /// The sheet's name in the workbook and on its tab.
    pub name: &'static str,
    /// Names earlier editors gave the sheet: read on import, never written.
    pub old_names: &'static [&'static str],
    /// The first row of the sheet: how to fill it in.
    pub note: &'static str,
    pub columns: &'static [Column],
    /// A sheet of fields has one row per field, named in its first column; a sheet of records
    /// has none here, and a row per record.
    pub fields: &'static [FieldRow],
    /// The columns that tell a row from the others: a table an office sends is merged into the
    /// draft by them (a row of a known key replaces that row, a new key adds one).
    pub key: &'static [Cell],
}

/// One column: its header, what it holds, and how the form shows it.
pub struct Column {
    pub cell: Cell,
    pub header: &'static str,
    /// Long text (a text area in the form).
    pub long: bool,
    /// May be absent from an imported sheet: a Traditional column (left empty, it is made from
    /// the Simplified text), or one that workbooks of the first format did not have.
    pub optional: bool,
}

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cell {
    /// A sheet of fields' first column: the row's field, by name.
    FieldName,
    /// A sheet of fields' value in one language; a field without languages (a year, a day) has
    /// its value in the `Zh` column.
    Part(Part),
    /// A field of the sheet's records; one language of a translated text.
    Field(Key, Option<Part>),
    /// What a figure or sentence belongs to (所属类别, see [`OWNERS`]) and its id.
    Owner,
    OwnerId,
    /// A sentence of the report, verbatim.
    Sentence,
}

/// A row of a sheet of fields: the field it holds.
pub struct FieldRow {
    pub record: Record,
    pub key: Key,
    /// The row's name in the first column.
    pub name: &'static str,
    /// A translated text (Chinese, English, Traditional) rather than one plain value.
    pub texts: bool,
}

impl Column {
    /// A Traditional column: left empty, it is made from the Simplified one.
    pub fn is_hant(&self) -> bool {
        matches!(
            self.cell,
            Cell::Part(Part::Hant) | Cell::Field(_, Some(Part::Hant))
        )
    }
}

impl SheetSpec {
    /// The Simplified column a Traditional column is made from.
    pub fn zh_of(&self, column: usize) -> Option<usize> {
        match self.columns.get(column)?.cell {
            Cell::Part(Part::Hant) => self.column(Cell::Part(Part::Zh)),
            Cell::Field(key, Some(Part::Hant)) => self.column(Cell::Field(key, Some(Part::Zh))),
            _ => None,
        }
    }

    /// The column holding `cell`.
    pub fn column(&self, cell: Cell) -> Option<usize> {
        self.columns.iter().position(|c| c.cell == cell)
    }

    /// The row of a sheet of fields holding a record's field.
    pub fn field_row(&self, record: Record, key: Key) -> Option<usize> {
        self.fields
            .iter()
            .position(|f| f.record == record && f.key == key)
    }

    /// Whether a workbook's sheet name is this sheet's, now or as earlier editors named it.
    pub fn is_named(&self, name: &str) -> bool {
        let name = name.trim();
        name == self.name || self.old_names.contains(&name)
    }
}

const fn col(cell: Cell, header: &'static str) -> Column {
    Column {
        cell,
        header,
        long: false,
        optional: false,
    }
}
const fn long(cell: Cell, header: &'static str) -> Column {
    Column {
        cell,
        header,
        long: true,
        optional: false,
    }
}
const fn optional(cell: Cell, header: &'static str) -> Column {
    Column {
        cell,
        header,
        long: false,
        optional: true,
    }
}
const fn hant(key: Key, header: &'static str, long: bool) -> Column {
    Column {
        cell: Cell::Field(key, Some(Part::Hant)),
        header,
        long,
        optional: true,
    }
}
const fn text(key: Key, part: Part) -> Cell {
    Cell::Field(key, Some(part))
}
const fn plain(key: Key) -> Cell {
    Cell::Field(key, None)
}
const fn row(record: Record, key: Key, name: &'static str, texts: bool) -> FieldRow {
    FieldRow {
        record,
        key,
        name,
        texts,
    }
}

const FIELDS: &[Column] = &[
    col(Cell::FieldName, "字段"),
    long(Cell::Part(Part::Zh), "中文"),
    long(Cell::Part(Part::En), "英文"),
    Column {
        cell: Cell::Part(Part::Hant),
        header: "繁體",
        long: true,
        optional: true,
    },
];
const TAG: &[Column] = &[
    col(plain(Key::Id), "标识"),
    col(text(Key::Name, Part::Zh), "名称"),
    col(text(Key::Name, Part::En), "名称（英文）"),
    hant(Key::Name, "名称（繁體）", false),
];

/// Every sheet, in the workbook's order (that of [`Sheet::ALL`]). Sheets and columns are only
/// ever added at the end: a draft kept in an editor's browser holds its cells by place.
pub const SHEETS: [SheetSpec; 9] = [
    SheetSpec {
        sheet: Sheet::Report,
        name: "报道",
        old_names: &[],
        note: "填写说明:这份清单是哪一年、哪个团组织的,出自哪篇报道。每行一项,“中文”列必填;“英文”可留空(英文版将显示中文);“繁體”留空则自动转换。年度写四位数字(如 2023),活动日期（年-月-日）写成 2023-03-01,发布月份写成 2023-03。开始新一年的清单:改年度,再改其余各行。",
        columns: FIELDS,
        fields: &[
            row(Record::List, Key::Year, "年度", false),
            row(Record::List, Key::League, "团组织", true),
            row(Record::List, Key::LeagueFull, "团组织全称", true),
            row(Record::List, Key::Campaign, "活动名称", true),
            row(Record::Report, Key::Title, "标题", true),
            row(Record::Report, Key::Event, "活动", true),
            row(Record::Report, Key::EventDate, "活动日期", true),
            row(Record::Report, Key::Date, "活动日期（年-月-日）", false),
            row(Record::Report, Key::Publisher, "发布单位", true),
            row(Record::Report, Key::Byline, "作者", true),
            row(Record::Report, Key::Published, "发布月份", false),
            row(Record::Report, Key::Intro, "导语", true),
        ],
        key: &[Cell::FieldName],
    },
    SheetSpec {
        sheet: Sheet::Themes,
        name: "主题",
        old_names: &[],
        note: "填写说明:项目可选的主题。标识用小写字母、数字和 -(如 children),用在链接里,发布后不要再改。",
        columns: TAG,
        fields: &[],
        key: &[plain(Key::Id)],
    },
    SheetSpec {
        sheet: Sheet::Audiences,
        name: "服务对象",
        old_names: &[],
        note: "填写说明:项目可选的服务对象。标识用小写字母、数字和 -,发布后不要再改。",
        columns: TAG,
        fields: &[],
        key: &[plain(Key::Id)],
    },
    SheetSpec {
        sheet: Sheet::Projects,
        name: "项目",
        old_names: &[],
        note: "填写说明:每行一个项目,按报道顺序。标识用小写字母、数字和 -;主题和服务对象写它们的标识,多个用顿号或逗号分开。关键词是读者搜索时可能用的说法(如“快递员”),只用于搜索、不会显示,多个用顿号分开,只写与报道原意相同的说法。数字和原文句子在“数字”“原文”两张表里,用项目标识对应。",
        columns: &[
            col(plain(Key::Id), "标识"),
            col(text(Key::Name, Part::Zh), "名称"),
            col(text(Key::Name, Part::En), "名称（英文）"),
            hant(Key::Name, "名称（繁體）", false),
            long(text(Key::Summary, Part::Zh), "简介"),
            long(text(Key::Summary, Part::En), "简介（英文）"),
            hant(Key::Summary, "简介（繁體）", true),
            long(text(Key::Description, Part::Zh), "说明"),
            long(text(Key::Description, Part::En), "说明（英文）"),
            hant(Key::Description, "说明（繁體）", true),
            col(plain(Key::Themes), "主题"),
            col(plain(Key::Audiences), "服务对象"),
            optional(plain(Key::Keywords), "关键词"),
        ],
        fields: &[],
        key: &[plain(Key::Id)],
    },
    SheetSpec {
        sheet: Sheet::Figures,
        name: "数字",
        old_names: &[],
        note: "填写说明:每行一个数字,照报道原文填写,不要四舍五入。所属类别填“项目”或“回顾”;数值只写数字(5000、168.5)或一个汉字数字;限定词填 以上、不少于、余、已建在建 或留空;类型填 目标(清单年度的目标)、此前结果(并在年份列写它是哪一年的)、累计(已有的总数)或 完成(年内完成了多少:在截至日期列写它出自哪一天的进展,数字要出现在那条进展的原文里,对比组与它的目标相同);目标是在已有总数上新增的(如在已建的基础上新建多少个),新增列填“是”;头条填“是”则显示在顶部。数值、单位和限定词必须出现在所属记录的原文里。",
        columns: &[
            col(Cell::Owner, "所属类别"),
            col(Cell::OwnerId, "所属标识"),
            col(text(Key::Label, Part::Zh), "指标"),
            col(text(Key::Label, Part::En), "指标（英文）"),
            hant(Key::Label, "指标（繁體）", false),
            col(plain(Key::Value), "数值"),
            col(text(Key::Unit, Part::Zh), "单位"),
            col(text(Key::Unit, Part::En), "单位（英文）"),
            hant(Key::Unit, "单位（繁體）", false),
            col(plain(Key::Qualifier), "限定词"),
            col(plain(Key::Kind), "类型"),
            col(plain(Key::Measure), "对比组"),
            col(plain(Key::Headline), "头条"),
            optional(plain(Key::Year), "年份"),
            optional(plain(Key::Adds), "新增"),
            optional(plain(Key::AsOf), "截至日期"),
        ],
        fields: &[],
        key: &[
            Cell::Owner,
            Cell::OwnerId,
            text(Key::Label, Part::Zh),
            plain(Key::Kind),
            plain(Key::AsOf),
        ],
    },
    SheetSpec {
        sheet: Sheet::Sources,
        name: "原文",
        old_names: &[],
        note: "填写说明:每行一句报道原文,一字不改。所属类别填“项目”“回顾”或“其他方向”,所属标识填项目或方向的标识(回顾留空)。",
        columns: &[
            col(Cell::Owner, "所属类别"),
            col(Cell::OwnerId, "所属标识"),
            long(Cell::Sentence, "原文"),
        ],
        fields: &[],
        key: &[Cell::Owner, Cell::OwnerId, Cell::Sentence],
    },
    SheetSpec {
        sheet: Sheet::Review,
        name: "回顾",
        old_names: &["2021回顾"],
        note: "填写说明:上一年工作回顾的标题和概述。它的数字和原文在“数字”“原文”两张表里,所属类别填“回顾”。",
        columns: FIELDS,
        fields: &[
            row(Record::Review, Key::Title, "标题", true),
            row(Record::Review, Key::Summary, "概述", true),
        ],
        key: &[Cell::FieldName],
    },
    SheetSpec {
        sheet: Sheet::Directions,
        name: "其他方向",
        old_names: &["2022方向"],
        note: "填写说明:清单年度的其他工作方向,每行一项。标识用小写字母、数字和 -;原文句子在“原文”表里,所属类别填“其他方向”。",
        columns: &[
            col(plain(Key::Id), "标识"),
            col(text(Key::Title, Part::Zh), "标题"),
            col(text(Key::Title, Part::En), "标题（英文）"),
            hant(Key::Title, "标题（繁體）", false),
            long(text(Key::Summary, Part::Zh), "概述"),
            long(text(Key::Summary, Part::En), "概述（英文）"),
            hant(Key::Summary, "概述（繁體）", true),
        ],
        fields: &[],
        key: &[plain(Key::Id)],
    },
    SheetSpec {
        sheet: Sheet::Updates,
        name: "进度",
        old_names: &[],
        note: "填写说明:每行是一个项目某一天的进展,照进度通报原文填写。项目标识填“项目”表的标识;截至日期写成 2023-09-30;状态填 已完成、超序时、按序时推进、滞后 或 未开始(按通报的说法,不要推断);进展写通报原文;出处写通报的标题;链接可留空,要写就写 https:// 或 http:// 开头的完整地址。完成了多少的数字写在“数字”表,类型填“完成”,截至日期与这里相同。",
        columns: &[
            col(Cell::OwnerId, "项目标识"),
            col(plain(Key::AsOf), "截至日期"),
            col(plain(Key::Status), "状态"),
            long(text(Key::Text, Part::Zh), "进展"),
            long(text(Key::Text, Part::En), "进展（英文）"),
            hant(Key::Text, "进展（繁體）", true),
            col(plain(Key::Source), "出处"),
            optional(plain(Key::Link), "链接"),
        ],
        fields: &[],
        key: &[Cell::OwnerId, plain(Key::AsOf)],
    },
];

/// What a figure or a sentence belongs to, as the 所属类别 column says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    Project,
    Review,
    Direction,
}

/// The 所属类别 words, and those earlier editors wrote (read on import only).
pub const OWNERS: [(Owner, &str, &[&str]); 3] = [
    (Owner::Project, "项目", &[]),
    (Owner::Review, "回顾", &["2021回顾"]),
    (Owner::Direction, "其他方向", &["2022方向"]),
];

impl Owner {
    pub fn word(self) -> &'static str {
        OWNERS.iter().find(|o| o.0 == self).map_or("", |o| o.1)
    }

    /// The owner a cell names, now or in an earlier editor's words.
    pub fn of(word: &str) -> Option<Owner> {
        let word = word.trim();
        OWNERS
            .iter()
            .find(|(_, w, old)| *w == word || old.contains(&word))
            .map(|o| o.0)
    }
}

/// The 类型 words.
pub const KINDS: [(Kind, &str); 4] = [
    (Kind::Target, "目标"),
    (Kind::Earlier, "此前结果"),
    (Kind::Cumulative, "累计"),
    (Kind::Achieved, "完成"),
];
/// The 状态 words, as progress reports write them.
pub const STATUSES: [(Status, &str); 5] = [
    (Status::Completed, "已完成"),
    (Status::Ahead, "超序时"),
    (Status::OnSchedule, "按序时推进"),
    (Status::Behind, "滞后"),
    (Status::NotStarted, "未开始"),
];
/// The 类型 words of the first editor, which named the years: read on import only, with the
/// year an earlier result was from.
const OLD_KINDS: [(&str, Kind, Option<u16>); 2] = [
    ("2022目标", Kind::Target, None),
    ("2021结果", Kind::Earlier, Some(crate::legacy::EARLIER_YEAR)),
];
/// A yes/no column's words.
pub const YES: &str = "是";
pub const NO: &str = "否";

fn words<T>(list: &[(T, &str)]) -> String {
    list.iter().map(|(_, w)| *w).collect::<Vec<_>>().join("、")
}

/// A record as cells: the text of each field as the workbook writes it, and a field set from a
/// cell's text. A record starts from its default, and an empty cell leaves a field as it is.
pub trait Cells {
    /// The cell of a field (in one language, for a translated text); `None` for a field the
    /// record does not have.
    fn cell(&self, key: Key, part: Option<Part>) -> Option<String>;
    /// Sets a field from its cell; a word the column does not take is a problem.
    fn set_cell(&mut self, key: Key, part: Option<Part>, text: &str) -> Result<(), Problem>;
}

fn tr_cell(tr: &Tr, part: Option<Part>) -> String {
    match part.unwrap_or(Part::Zh) {
        Part::Zh => tr.zh.to_string(),
        Part::En => tr.en.to_string(),
        Part::Hant => tr.hant.to_string(),
    }
}

fn set_tr(tr: &mut Tr<'_>, part: Option<Part>, text: &str) {
    let slot = match part.unwrap_or(Part::Zh) {
        Part::Zh => &mut tr.zh,
        Part::En => &mut tr.en,
        Part::Hant => &mut tr.hant,
    };
    *slot = Cow::Owned(text.trim().to_string());
}

fn set_text(slot: &mut Cow<'_, str>, text: &str) {
    *slot = Cow::Owned(text.trim().to_string());
}

/// A year cell: digits, read as they are (the checks say whether it is a year).
fn year(text: &str) -> Result<u16, Problem> {
    text.trim()
        .parse()
        .map_err(|_| Problem::NotAYear(text.trim().to_string()))
}

fn yes_no(text: &str) -> Result<bool, Problem> {
    match text.trim() {
        YES => Ok(true),
        "" | NO => Ok(false),
        other => Err(Problem::UnknownWord {
            value: other.to_string(),
            allowed: format!("{YES}、{NO}或留空"),
        }),
    }
}

/// The items of a list cell (ids, keywords): separated by 、, commas (either width), semicolons
/// or spaces.
pub fn ids(cell: &str) -> Vec<Cow<'static, str>> {
    cell.split(|c: char| {
        matches!(c, '、' | ',' | '\u{ff0c}' | ';' | '\u{ff1b}') || c.is_whitespace()
    })
    .filter(|s| !s.is_empty())
    .map(|s| Cow::Owned(s.to_string()))
    .collect()
}

impl Cells for ListInfo<'_> {
    fn cell(&self, key: Key, part: Option<Part>) -> Option<String> {
        Some(match key {
            Key::Year if self.year == 0 => String::new(),
            Key::Year => self.year.to_string(),
            Key::League => tr_cell(&self.league, part),
            Key::LeagueFull => tr_cell(&self.league_full, part),
            Key::Campaign => tr_cell(&self.campaign, part),
            _ => return None,
        })
    }

    fn set_cell(&mut self, key: Key, part: Option<Part>, text: &str) -> Result<(), Problem> {
        match key {
            Key::Year if !text.trim().is_empty() => self.year = year(text)?,
            Key::League => set_tr(&mut self.league, part, text),
            Key::LeagueFull => set_tr(&mut self.league_full, part, text),
            Key::Campaign => set_tr(&mut self.campaign, part, text),
            _ => {}
        }
        Ok(())
    }
}

impl Cells for Report<'_> {
    fn cell(&self, key: Key, part: Option<Part>) -> Option<String> {
        Some(match key {
            Key::Title => tr_cell(&self.title, part),
            Key::Event => tr_cell(&self.event, part),
            Key::EventDate => tr_cell(&self.event_date, part),
            Key::Date => self.date.to_string(),
            Key::Publisher => tr_cell(&self.publisher, part),
            Key::Byline => tr_cell(&self.byline, part),
            Key::Published => self.published.to_string(),
            Key::Intro => tr_cell(&self.intro, part),
            _ => return None,
        })
    }

    fn set_cell(&mut self, key: Key, part: Option<Part>, text: &str) -> Result<(), Problem> {
        match key {
            Key::Title => set_tr(&mut self.title, part, text),
            Key::Event => set_tr(&mut self.event, part, text),
            Key::EventDate => set_tr(&mut self.event_date, part, text),
            Key::Date => set_text(&mut self.date, text),
            Key::Publisher => set_tr(&mut self.publisher, part, text),
            Key::Byline => set_tr(&mut self.byline, part, text),
            Key::Published => set_text(&mut self.published, text),
            Key::Intro => set_tr(&mut self.intro, part, text),
            _ => {}
        }
        Ok(())
    }
}

impl Cells for Review<'_> {
    fn cell(&self, key: Key, part: Option<Part>) -> Option<String> {
        Some(match key {
            Key::Title => tr_cell(&self.title, part),
            Key::Summary => tr_cell(&self.summary, part),
            _ => return None,
        })
    }

    fn set_cell(&mut self, key: Key, part: Option<Part>, text: &str) -> Result<(), Problem> {
        match key {
            Key::Title => set_tr(&mut self.title, part, text),
            Key::Summary => set_tr(&mut self.summary, part, text),
            _ => {}
        }
        Ok(())
    }
}

impl Cells for Tag<'_> {
    fn cell(&self, key: Key, part: Option<Part>) -> Option<String> {
        Some(match key {
            Key::Id => self.id.to_string(),
            Key::Name => tr_cell(&self.name, part),
            _ => return None,
        })
    }

    fn set_cell(&mut self, key: Key, part: Option<Part>, text: &str) -> Result<(), Problem> {
        match key {
            Key::Id => set_text(&mut self.id, text),
            Key::Name => set_tr(&mut self.name, part, text),
            _ => {}
        }
        Ok(())
    }
}

impl Cells for Project<'_> {
    fn cell(&self, key: Key, part: Option<Part>) -> Option<String> {
        Some(match key {
            Key::Id => self.id.to_string(),
            Key::Name => tr_cell(&self.name, part),
            Key::Summary => tr_cell(&self.summary, part),
            Key::Description => tr_cell(&self.description, part),
            Key::Themes => self.themes.join("、"),
            Key::Audiences => self.audiences.join("、"),
            Key::Keywords => self.keywords.join("、"),
            _ => return None,
        })
    }

    fn set_cell(&mut self, key: Key, part: Option<Part>, text: &str) -> Result<(), Problem> {
        match key {
            Key::Id => set_text(&mut self.id, text),
            Key::Name => set_tr(&mut self.name, part, text),
            Key::Summary => set_tr(&mut self.summary, part, text),
            Key::Description => set_tr(&mut self.description, part, text),
            Key::Themes => self.themes = ids(text).into(),
            Key::Audiences => self.audiences = ids(text).into(),
            Key::Keywords => self.keywords = ids(text).into(),
            _ => {}
        }
        Ok(())
    }
}

impl Cells for Direction<'_> {
    fn cell(&self, key: Key, part: Option<Part>) -> Option<String> {
        Some(match key {
            Key::Id => self.id.to_string(),
            Key::Title => tr_cell(&self.title, part),
            Key::Summary => tr_cell(&self.summary, part),
            _ => return None,
        })
    }

    fn set_cell(&mut self, key: Key, part: Option<Part>, text: &str) -> Result<(), Problem> {
        match key {
            Key::Id => set_text(&mut self.id, text),
            Key::Title => set_tr(&mut self.title, part, text),
            Key::Summary => set_tr(&mut self.summary, part, text),
            _ => {}
        }
        Ok(())
    }
}

impl Cells for Figure<'_> {
    fn cell(&self, key: Key, part: Option<Part>) -> Option<String> {
        Some(match key {
            Key::Label => tr_cell(&self.label, part),
            Key::Value => self.value.to_string(),
            Key::Unit => tr_cell(&self.unit, part),
            Key::Qualifier => self.qualifier.map_or("", Qualifier::as_str).to_string(),
            Key::Kind => KINDS
                .iter()
                .find(|(k, _)| *k == self.kind)
                .map_or("", |(_, w)| w)
                .to_string(),
            Key::Year => self.year.map(|y| y.to_string()).unwrap_or_default(),
            Key::AsOf => self.as_of.as_deref().unwrap_or("").to_string(),
            Key::Adds => if self.adds { YES } else { "" }.to_string(),
            Key::Measure => self.measure.as_deref().unwrap_or("").to_string(),
            Key::Headline => if self.headline { YES } else { "" }.to_string(),
            _ => return None,
        })
    }

    fn set_cell(&mut self, key: Key, part: Option<Part>, text: &str) -> Result<(), Problem> {
        let word = text.trim();
        match key {
            Key::Label => set_tr(&mut self.label, part, text),
            Key::Value => set_text(&mut self.value, text),
            Key::Unit => set_tr(&mut self.unit, part, text),
            Key::Qualifier if !word.is_empty() => {
                self.qualifier = Some(
                    Qualifier::ALL
                        .into_iter()
                        .find(|q| q.as_str() == word)
                        .ok_or_else(|| Problem::UnknownWord {
                            value: word.to_string(),
                            allowed: "以上、不少于、余、已建在建,或留空".to_string(),
                        })?,
                );
            }
            Key::Kind => {
                if let Some((kind, _)) = KINDS.iter().find(|(_, w)| *w == word) {
                    self.kind = *kind;
                } else if let Some((_, kind, year)) = OLD_KINDS.iter().find(|(w, ..)| *w == word) {
                    self.kind = *kind;
                    self.year = self.year.or(*year);
                } else {
                    return Err(Problem::UnknownWord {
                        value: word.to_string(),
                        allowed: words(&KINDS),
                    });
                }
            }
            Key::Year if !word.is_empty() => self.year = Some(year(word)?),
            Key::AsOf if !word.is_empty() => self.as_of = Some(Cow::Owned(word.to_string())),
            Key::Adds => self.adds = yes_no(word)?,
            Key::Measure if !word.is_empty() => self.measure = Some(Cow::Owned(word.to_string())),
            Key::Headline => self.headline = yes_no(word)?,
            _ => {}
        }
        Ok(())
    }
}

impl Cells for Update<'_> {
    fn cell(&self, key: Key, part: Option<Part>) -> Option<String> {
        Some(match key {
            Key::AsOf => self.as_of.to_string(),
            Key::Status => STATUSES
                .iter()
                .find(|(s, _)| *s == self.status)
                .map_or("", |(_, w)| w)
                .to_string(),
            Key::Text => tr_cell(&self.text, part),
            Key::Source => self.source.to_string(),
            Key::Link => self.link.as_deref().unwrap_or("").to_string(),
            _ => return None,
        })
    }

    fn set_cell(&mut self, key: Key, part: Option<Part>, text: &str) -> Result<(), Problem> {
        let word = text.trim();
        match key {
            Key::AsOf => set_text(&mut self.as_of, text),
            Key::Status => {
                self.status = STATUSES
                    .iter()
                    .find(|(_, w)| *w == word)
                    .map(|(s, _)| *s)
                    .ok_or_else(|| Problem::UnknownWord {
                        value: word.to_string(),
                        allowed: words(&STATUSES),
                    })?;
            }
            Key::Text => set_tr(&mut self.text, part, text),
            Key::Source => set_text(&mut self.source, text),
            Key::Link if !word.is_empty() => self.link = Some(Cow::Owned(word.to_string())),
            _ => {}
        }
        Ok(())
    }
}

/// Where a problem lands in the workbook: its sheet, the row (as a record the editor knows the
/// row of), and the column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub sheet: Sheet,
    pub row: RowOf,
    pub column: Option<usize>,
}

/// A row of a sheet, by what it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowOf {
    /// The sheet as a whole.
    None,
    /// A row of a sheet of fields.
    Field(usize),
    /// A record's own row (a theme, a project, a direction).
    Record(Record),
    /// A figure or a sentence of a record, by its index in the record.
    Figure(Record, usize),
    Source(Record, usize),
    /// An update of a project, by its index in the project.
    Update(Record, usize),
}

/// The sheet, row and column of a problem's path.
pub fn place(path: &Path) -> Place {
    let record = path.record;
    let sheet = match record {
        Record::File | Record::List | Record::Report => Sheet::Report,
        Record::Themes | Record::Theme(_) => Sheet::Themes,
        Record::Audiences | Record::Audience(_) => Sheet::Audiences,
        Record::Projects | Record::Project(_) => Sheet::Projects,
        Record::Review => Sheet::Review,
        Record::Directions | Record::Direction(_) => Sheet::Directions,
    };
    let spec = sheet.spec();
    let column_of = |spec: &SheetSpec, key: Key, part: Option<Part>| {
        spec.column(Cell::Field(key, part))
            .or_else(|| spec.column(Cell::Field(key, Some(Part::Zh))))
            .or_else(|| spec.column(Cell::Field(key, None)))
    };
    let whole = |sheet: Sheet, row: RowOf| Place {
        sheet,
        row,
        column: None,
    };
    match path.field {
        None if record.index().is_some() => whole(sheet, RowOf::Record(record)),
        None => whole(sheet, RowOf::None),
        Some(Field::Key(key, part)) if !spec.fields.is_empty() => match spec.field_row(record, key)
        {
            Some(row) => Place {
                sheet,
                row: RowOf::Field(row),
                column: spec.column(Cell::Part(part.unwrap_or(Part::Zh))),
            },
            // The review's sentences and figures as a whole: their sheets.
            None if key == Key::Figures => whole(Sheet::Figures, RowOf::None),
            None if key == Key::Sources => whole(Sheet::Sources, RowOf::None),
            None => whole(sheet, RowOf::None),
        },
        Some(Field::Key(key, part)) => Place {
            sheet,
            row: RowOf::Record(record),
            column: column_of(spec, key, part).or(Some(0)),
        },
        Some(Field::Item(Key::Figures, i, sub)) => {
            let figures = Sheet::Figures.spec();
            Place {
                sheet: Sheet::Figures,
                row: RowOf::Figure(record, i),
                column: sub.and_then(|(k, p)| column_of(figures, k, p)),
            }
        }
        Some(Field::Item(Key::Sources, i, _)) => Place {
            sheet: Sheet::Sources,
            row: RowOf::Source(record, i),
            column: Sheet::Sources.spec().column(Cell::Sentence),
        },
        Some(Field::Item(Key::Updates, i, sub)) => {
            let updates = Sheet::Updates.spec();
            Place {
                sheet: Sheet::Updates,
                row: RowOf::Update(record, i),
                column: sub.and_then(|(k, p)| column_of(updates, k, p)),
            }
        }
        Some(Field::Item(list, _, _)) => Place {
            sheet,
            row: RowOf::Record(record),
            column: column_of(spec, list, None),
        },
    }
}
