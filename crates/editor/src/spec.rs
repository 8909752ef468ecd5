//! The workbook the league's offices fill in: one sheet per part of the data file, with Chinese
//! headers, a "how to fill in" note above them, and the column each field of the file lives in.
//! Import, export, the forms and the problems all read this one description.

/// One sheet of the workbook.
pub struct SheetSpec {
    /// The sheet's name in the workbook and on its tab.
    pub name: &'static str,
    /// The first row of the sheet: how to fill it in.
    pub note: &'static str,
    pub columns: &'static [Column],
    /// Rows fixed by the format (the report's fields): the first column names them and cannot
    /// be edited; rows cannot be added or removed.
    pub fixed_rows: &'static [&'static str],
}

/// One column: its header and whether it holds long text (a text area in the form).
pub struct Column {
    pub header: &'static str,
    pub long: bool,
    /// A Traditional column: left empty, it is made from the Simplified text.
    pub hant: bool,
}

const fn col(header: &'static str) -> Column {
    Column {
        header,
        long: false,
        hant: false,
    }
}
const fn long(header: &'static str) -> Column {
    Column {
        header,
        long: true,
        hant: false,
    }
}
const fn hant(header: &'static str, long: bool) -> Column {
    Column {
        header,
        long,
        hant: true,
    }
}

pub const REPORT: usize = 0;
pub const THEMES: usize = 1;
pub const AUDIENCES: usize = 2;
pub const PROJECTS: usize = 3;
pub const FIGURES: usize = 4;
pub const SOURCES: usize = 5;
pub const REVIEW: usize = 6;
pub const DIRECTIONS: usize = 7;

/// The report's fields, in the order of the 报道 sheet.
pub const REPORT_FIELDS: [(&str, &str); 7] = [
    ("标题", "title"),
    ("活动", "event"),
    ("活动日期", "event_date"),
    ("发布单位", "publisher"),
    ("作者", "byline"),
    ("发布月份", "published"),
    ("导语", "intro"),
];
/// The 2021 review's texts, in the order of the 2021回顾 sheet.
pub const REVIEW_FIELDS: [(&str, &str); 2] = [("标题", "title"), ("概述", "summary")];

/// What a figure or a sentence belongs to (the 所属类别 column).
pub const OWNER_PROJECT: &str = "项目";
pub const OWNER_REVIEW: &str = "2021回顾";
pub const OWNER_DIRECTION: &str = "2022方向";

/// A figure's kind as the 类型 column writes it.
pub const KINDS: [(&str, schema::Kind); 3] = [
    ("2022目标", schema::Kind::Target2022),
    ("2021结果", schema::Kind::Baseline2021),
    ("累计", schema::Kind::Cumulative),
];
/// The 头条 column's "yes".
pub const YES: &str = "是";

const KEYED: &[Column] = &[col("字段"), long("中文"), long("英文"), hant("繁體", true)];
const TAG: &[Column] = &[
    col("标识"),
    col("名称"),
    col("名称（英文）"),
    hant("名称（繁體）", false),
];

pub const SHEETS: [SheetSpec; 8] = [
    SheetSpec {
        name: "报道",
        note: "填写说明:清单出自哪篇报道。每行一项,“中文”列必填;“英文”可留空(英文版将显示中文);“繁體”留空则自动转换。发布月份写成 2022-03。",
        columns: KEYED,
        fixed_rows: &[
            "标题",
            "活动",
            "活动日期",
            "发布单位",
            "作者",
            "发布月份",
            "导语",
        ],
    },
    SheetSpec {
        name: "主题",
        note: "填写说明:项目可选的主题。标识用小写字母、数字和 -(如 children),用在链接里,发布后不要再改。",
        columns: TAG,
        fixed_rows: &[],
    },
    SheetSpec {
        name: "服务对象",
        note: "填写说明:项目可选的服务对象。标识用小写字母、数字和 -,发布后不要再改。",
        columns: TAG,
        fixed_rows: &[],
    },
    SheetSpec {
        name: "项目",
        note: "填写说明:每行一个项目,按报道顺序。标识用小写字母、数字和 -;主题和服务对象写它们的标识,多个用顿号或逗号分开。数字和原文句子在“数字”“原文”两张表里,用项目标识对应。",
        columns: &[
            col("标识"),
            col("名称"),
            col("名称（英文）"),
            hant("名称（繁體）", false),
            long("简介"),
            long("简介（英文）"),
            hant("简介（繁體）", true),
            long("说明"),
            long("说明（英文）"),
            hant("说明（繁體）", true),
            col("主题"),
            col("服务对象"),
        ],
        fixed_rows: &[],
    },
    SheetSpec {
        name: "数字",
        note: "填写说明:每行一个数字,照报道原文填写,不要四舍五入。所属类别填“项目”或“2021回顾”;数值只写数字(5000、168.5)或一个汉字数字;限定词填 以上、不少于、余、已建在建 或留空;类型填 2022目标、2021结果 或 累计;头条填“是”则显示在顶部。数值、单位和限定词必须出现在所属记录的原文里。",
        columns: &[
            col("所属类别"),
            col("所属标识"),
            col("指标"),
            col("指标（英文）"),
            hant("指标（繁體）", false),
            col("数值"),
            col("单位"),
            col("单位（英文）"),
            hant("单位（繁體）", false),
            col("限定词"),
            col("类型"),
            col("对比组"),
            col("头条"),
        ],
        fixed_rows: &[],
    },
    SheetSpec {
        name: "原文",
        note: "填写说明:每行一句报道原文,一字不改。所属类别填“项目”“2021回顾”或“2022方向”,所属标识填项目或方向的标识(2021回顾留空)。",
        columns: &[col("所属类别"), col("所属标识"), long("原文")],
        fixed_rows: &[],
    },
    SheetSpec {
        name: "2021回顾",
        note: "填写说明:2021 年工作回顾的标题和概述。它的数字和原文在“数字”“原文”两张表里,所属类别填“2021回顾”。",
        columns: KEYED,
        fixed_rows: &["标题", "概述"],
    },
    SheetSpec {
        name: "2022方向",
        note: "填写说明:2022 年的其他工作方向,每行一项。标识用小写字母、数字和 -;原文句子在“原文”表里,所属类别填“2022方向”。",
        columns: &[
            col("标识"),
            col("标题"),
            col("标题（英文）"),
            hant("标题（繁體）", false),
            long("概述"),
            long("概述（英文）"),
            hant("概述（繁體）", true),
        ],
        fixed_rows: &[],
    },
];

/// The row number a spreadsheet shows for a sheet's data row: the note is row 1, the headers
/// row 2.
pub fn sheet_row(index: usize) -> usize {
    index + 3
}

/// A column's letters as a spreadsheet names it: 0 → A, 26 → AA.
pub fn column_letters(mut index: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}
