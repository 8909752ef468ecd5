//! What can be wrong with a data file, located by a typed path ([`Path`]: record and field), and
//! said in 简体, 繁體 and English when it is shown. The widget shows a problem in the reader's
//! language; the build prints Chinese and English. (The Traditional texts are the `s2tw`
//! conversion of the Simplified ones, which a test checks, so they are never typed apart from
//! them.)

use crate::lang::Lang;
use crate::path::Path;
use std::fmt;

/// One problem of a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// Where it is.
    pub path: Path,
    /// The id of the record it is in, where the record has one: problems are named by it too.
    pub id: Option<String>,
    pub problem: Problem,
}

/// What is wrong, with the values it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A text that must have content is blank.
    Empty,
    /// A value that must be an id is not one.
    NotId(String),
    /// A list that needs at least one entry is empty.
    NoEntries,
    /// A record names no sentence of the report.
    NoSources,
    /// The file has no projects.
    NoProjects,
    DuplicateId(String),
    DuplicateName(String),
    /// A project names a theme or audience that the closed list does not have.
    UnknownId {
        id: String,
        known: String,
    },
    /// A project names the same theme or audience twice.
    ListedTwice(String),
    /// A figure's value is not a number as the report prints numbers.
    NotANumber(String),
    /// A figure (number, 余, unit) stands in none of its record's sentences.
    NotInSources(String),
    /// A figure's qualifier is missing from the sentence that gives the figure.
    QualifierNotInSentence {
        qualifier: String,
        core: String,
    },
    /// An English text is blank: a warning, not an error; the English view shows the Chinese.
    NoEnglish,
    /// The text is not JSON.
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    /// JSON, but not of the data file's shape (serde's words: a missing or unknown field, a
    /// value of the wrong type).
    Shape(String),
    /// The file is of a format newer than this reader's: it may hold fields this one does not
    /// know.
    NewerFormat {
        found: u32,
        supported: u32,
    },
    /// A year that is not one (0, or outside 1900–2999).
    NotAYear(String),
    /// A day that is not `YYYY-MM-DD`.
    NotADate(String),
    /// An earlier result without the year it is from.
    NoYear,
    /// A year on a figure that is not an earlier result.
    YearNotEarlier,
    /// A figure that adds to what exists but is not a target.
    AddsNotTarget,
    /// A cell of an editor's sheet that is none of the words the column allows.
    UnknownWord {
        value: String,
        allowed: String,
    },
    /// A day after the day the file is checked on (the editor's today): a warning.
    AfterToday(String),
    /// A link that is not an `https://` or `http://` address.
    NotAWebLink(String),
    /// An achieved figure without the day it is as of.
    NoDate,
    /// An achieved figure whose day has no update of its project.
    NoUpdateOfDate(String),
    /// Two updates of one project on the same day.
    DuplicateDate(String),
    /// A day on a figure that is not an achieved one.
    AsOfNotAchieved,
    /// An achieved figure (number, 余, unit) that does not stand in its update's text.
    NotInUpdate {
        core: String,
        date: String,
    },
}

/// Every problem of one file, in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Problems(pub Vec<DataError>);

/// Texts per language: 简体, 繁體, English. `{0}`, `{1}`, `{2}` take the problem's values.
type Texts = [&'static str; 3];

const AT_FIELD: Texts = [
    "{0},字段 {1}:{2}",
    "{0},字段 {1}:{2}",
    "{0}, field {1}: {2}",
];
const AT_RECORD: Texts = ["{0}:{2}", "{0}:{2}", "{0}: {2}"];

impl Problem {
    /// The problem's texts and the values they name.
    fn texts(&self) -> (Texts, [&str; 3]) {
        let none = "";
        match self {
            Problem::Empty => (["不能为空", "不能為空", "must not be empty"], [none; 3]),
            Problem::NotId(v) => (
                [
                    "“{0}”不是有效的标识:请用 1 到 64 个 a-z、0-9 或 -",
                    "“{0}”不是有效的標識:請用 1 到 64 個 a-z、0-9 或 -",
                    "`{0}` is not an id: use 1 to 64 of a-z, 0-9 and -",
                ],
                [v, none, none],
            ),
            Problem::NoEntries => (
                ["至少需要一项", "至少需要一項", "needs at least one entry"],
                [none; 3],
            ),
            Problem::NoSources => (
                [
                    "至少需要一句报道原文",
                    "至少需要一句報道原文",
                    "needs at least one sentence from the report",
                ],
                [none; 3],
            ),
            Problem::NoProjects => (
                [
                    "至少需要一个项目",
                    "至少需要一個項目",
                    "needs at least one project",
                ],
                [none; 3],
            ),
            Problem::DuplicateId(id) => (
                ["标识“{0}”重复", "標識“{0}”重複", "duplicate id `{0}`"],
                [id, none, none],
            ),
            Problem::DuplicateName(name) => (
                ["名称“{0}”重复", "名稱“{0}”重複", "duplicate name `{0}`"],
                [name, none, none],
            ),
            Problem::UnknownId { id, known } => (
                [
                    "没有标识为“{0}”的项;可用:{1}",
                    "沒有標識為“{0}”的項;可用:{1}",
                    "unknown id `{0}`; known: {1}",
                ],
                [id, known, none],
            ),
            Problem::ListedTwice(id) => (
                ["“{0}”列了两次", "“{0}”列了兩次", "`{0}` is listed twice"],
                [id, none, none],
            ),
            Problem::NotANumber(v) => (
                [
                    "“{0}”不是数字:请照报道原文写数字(5000、168.5;小数点前最多 15 位)或一个汉字数字(八、百)",
                    "“{0}”不是數字:請照報道原文寫數字(5000、168.5;小數點前最多 15 位)或一個漢字數字(八、百)",
                    "`{0}` is not a number: write digits as in the report (5000, 168.5; at most 15 before the point) or one Chinese numeral (八, 百)",
                ],
                [v, none, none],
            ),
            Problem::NotInSources(core) => (
                [
                    "“{0}”不在这条记录的任何一句原文中",
                    "“{0}”不在這條記錄的任何一句原文中",
                    "`{0}` does not appear in any of this record's sources",
                ],
                [core, none, none],
            ),
            Problem::QualifierNotInSentence { qualifier, core } => (
                [
                    "“{0}”不在给出“{1}”的那句原文中",
                    "“{0}”不在給出“{1}”的那句原文中",
                    "`{0}` is not in the sentence that gives `{1}`",
                ],
                [qualifier, core, none],
            ),
            Problem::NoEnglish => (
                [
                    "缺少英文:英文版将显示中文",
                    "缺少英文:英文版將顯示中文",
                    "no English text: the English view shows the Chinese",
                ],
                [none; 3],
            ),
            Problem::Syntax { detail, .. } => (
                [
                    "第 {1} 行第 {2} 列不是有效的 JSON:{0}",
                    "第 {1} 行第 {2} 列不是有效的 JSON:{0}",
                    "not valid JSON at line {1}, column {2}: {0}",
                ],
                [detail, none, none],
            ),
            Problem::Shape(detail) => (
                [
                    "不符合数据文件的格式:{0}",
                    "不符合數據文件的格式:{0}",
                    "does not fit the data file's format: {0}",
                ],
                [detail, none, none],
            ),
            Problem::NewerFormat { .. } => (
                [
                    "此文件需要更新版本的组件:文件格式为第 {0} 版,本组件只能读取到第 {1} 版",
                    "此文件需要更新版本的組件:文件格式為第 {0} 版,本組件只能讀取到第 {1} 版",
                    "this file needs a newer widget: it is of format {0}, and this one reads formats up to {1}",
                ],
                [none; 3],
            ),
            Problem::NotAYear(v) => (
                [
                    "“{0}”不是年份:请写四位数的年份,如 2023",
                    "“{0}”不是年份:請寫四位數的年份,如 2023",
                    "`{0}` is not a year: write the four digits of one, such as 2023",
                ],
                [v, none, none],
            ),
            Problem::NotADate(v) => (
                [
                    "“{0}”不是日期:请写成 年-月-日,如 2023-03-01",
                    "“{0}”不是日期:請寫成 年-月-日,如 2023-03-01",
                    "`{0}` is not a date: write it as year-month-day, such as 2023-03-01",
                ],
                [v, none, none],
            ),
            Problem::NoYear => (
                [
                    "此前的结果需要写明年份",
                    "此前的結果需要寫明年份",
                    "an earlier result needs the year it is from",
                ],
                [none; 3],
            ),
            Problem::YearNotEarlier => (
                [
                    "只有此前的结果才写年份:目标属于清单的年度",
                    "只有此前的結果才寫年份:目標屬於清單的年度",
                    "only an earlier result has a year of its own: a target is for the list's year",
                ],
                [none; 3],
            ),
            Problem::AddsNotTarget => (
                [
                    "只有目标才能是新增",
                    "只有目標才能是新增",
                    "only a target can add to what exists",
                ],
                [none; 3],
            ),
            Problem::AfterToday(v) => (
                [
                    "“{0}”晚于今天:请核对日期",
                    "“{0}”晚於今天:請核對日期",
                    "`{0}` is after today: check the date",
                ],
                [v, none, none],
            ),
            Problem::NotAWebLink(v) => (
                [
                    "“{0}”不是网址:请写以 https:// 或 http:// 开头的完整地址",
                    "“{0}”不是網址:請寫以 https:// 或 http:// 開頭的完整地址",
                    "`{0}` is not a web address: write the whole address, starting with https:// or http://",
                ],
                [v, none, none],
            ),
            Problem::NoDate => (
                [
                    "完成的数字需要写明截至日期",
                    "完成的數字需要寫明截至日期",
                    "an achieved figure needs the day it is as of",
                ],
                [none; 3],
            ),
            Problem::NoUpdateOfDate(v) => (
                [
                    "这个项目没有截至“{0}”的进展:完成的数字要出自同一天的进展",
                    "這個項目沒有截至“{0}”的進展:完成的數字要出自同一天的進展",
                    "this project has no update as of `{0}`: an achieved figure comes from the update of its day",
                ],
                [v, none, none],
            ),
            Problem::DuplicateDate(v) => (
                [
                    "截至“{0}”的进展重复:同一项目每天只能有一条进展",
                    "截至“{0}”的進展重複:同一項目每天只能有一條進展",
                    "two updates as of `{0}`: a project has one update a day",
                ],
                [v, none, none],
            ),
            Problem::AsOfNotAchieved => (
                [
                    "只有完成的数字才写截至日期",
                    "只有完成的數字才寫截至日期",
                    "only an achieved figure has a day it is as of",
                ],
                [none; 3],
            ),
            Problem::NotInUpdate { .. } => (
                [
                    "“{0}”不在截至“{1}”的进展原文中",
                    "“{0}”不在截至“{1}”的進展原文中",
                    "`{0}` does not appear in the update as of `{1}`",
                ],
                [none; 3],
            ),
            Problem::UnknownWord { value, allowed } => (
                [
                    "“{0}”无法识别:应填 {1}",
                    "“{0}”無法識別:應填 {1}",
                    "`{0}` is not one of the words this column takes: {1}",
                ],
                [value, allowed, none],
            ),
        }
    }

    /// A warning: the file is still used, as it is.
    pub fn is_warning(&self) -> bool {
        matches!(self, Problem::NoEnglish | Problem::AfterToday(_))
    }

    /// The problem in a language.
    pub fn message(&self, lang: Lang) -> String {
        let (texts, values) = self.texts();
        match self {
            Problem::Syntax {
                line,
                column,
                detail,
            } => {
                let (line, column) = (line.to_string(), column.to_string());
                fill(pick(texts, lang), [detail, &line, &column])
            }
            Problem::NewerFormat { found, supported } => {
                let (found, supported) = (found.to_string(), supported.to_string());
                fill(pick(texts, lang), [&found, &supported, ""])
            }
            Problem::NotInUpdate { core, date } => fill(pick(texts, lang), [core, date, ""]),
            _ => fill(pick(texts, lang), values),
        }
    }

    /// Every kind of problem, each with sample values: for checks over all the texts.
    #[cfg(test)]
    pub(crate) fn samples() -> Vec<Problem> {
        let s = || "x".to_string();
        vec![
            Problem::Empty,
            Problem::NotId(s()),
            Problem::NoEntries,
            Problem::NoSources,
            Problem::NoProjects,
            Problem::DuplicateId(s()),
            Problem::DuplicateName(s()),
            Problem::UnknownId {
                id: s(),
                known: s(),
            },
            Problem::ListedTwice(s()),
            Problem::NotANumber(s()),
            Problem::NotInSources(s()),
            Problem::QualifierNotInSentence {
                qualifier: s(),
                core: s(),
            },
            Problem::NoEnglish,
            Problem::Syntax {
                line: 1,
                column: 2,
                detail: s(),
            },
            Problem::Shape(s()),
            Problem::NewerFormat {
                found: 3,
                supported: 2,
            },
            Problem::NotAYear(s()),
            Problem::NotADate(s()),
            Problem::NoYear,
            Problem::YearNotEarlier,
            Problem::AddsNotTarget,
            Problem::UnknownWord {
                value: s(),
                allowed: s(),
            },
            Problem::AfterToday(s()),
            Problem::NotAWebLink(s()),
            Problem::NoDate,
            Problem::NoUpdateOfDate(s()),
            Problem::DuplicateDate(s()),
            Problem::AsOfNotAchieved,
            Problem::NotInUpdate {
                core: s(),
                date: s(),
            },
        ]
    }

    /// The problem's texts in 简体, 繁體 and English, unfilled.
    #[cfg(test)]
    pub(crate) fn templates(&self) -> [&'static str; 3] {
        self.texts().0
    }
}

fn pick(texts: Texts, lang: Lang) -> &'static str {
    match lang {
        Lang::Hans => texts[0],
        Lang::Hant => texts[1],
        Lang::En => texts[2],
    }
}

/// `{0}`, `{1}` and `{2}` filled in, in one pass, so a value that itself holds `{1}` stays as is.
fn fill(template: &str, values: [&str; 3]) -> String {
    let mut out =
        String::with_capacity(template.len() + values.iter().map(|v| v.len()).sum::<usize>());
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        match tail.as_bytes().get(1..3) {
            Some([d @ b'0'..=b'2', b'}']) => {
                out.push_str(values[usize::from(d - b'0')]);
                rest = &tail[3..];
            }
            _ => {
                out.push('{');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

impl DataError {
    pub fn new(path: Path, id: Option<&str>, problem: Problem) -> Self {
        DataError {
            path,
            id: id.map(str::to_string),
            problem,
        }
    }

    /// The record as the file names it, with its id: `projects[3] "warm-bee"`, `review`; empty
    /// for the file as a whole.
    pub fn record(&self) -> String {
        let name = self.path.record_name();
        match &self.id {
            Some(id) if !name.is_empty() => format!("{name} \"{id}\""),
            _ => name,
        }
    }

    /// The field as the file names it: `figures[0].unit.en`; empty for the record as a whole.
    pub fn field(&self) -> String {
        self.path.field_name()
    }

    /// The problem with its place, in a language: `projects[3] "warm-bee", field figures[0].value: …`.
    pub fn message(&self, lang: Lang) -> String {
        let problem = self.problem.message(lang);
        let (record, field) = (self.record(), self.field());
        match (record.is_empty(), field.is_empty()) {
            (true, true) => problem,
            (false, true) => fill(pick(AT_RECORD, lang), [&record, "", &problem]),
            (true, false) => fill(pick(AT_RECORD, lang), [&field, "", &problem]),
            (false, false) => fill(pick(AT_FIELD, lang), [&record, &field, &problem]),
        }
    }
}

/// In English, as logs and panics show it.
impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DataError {}

impl Problems {
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, DataError> {
        self.0.iter()
    }
}

/// One problem a line, in English.
impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

impl From<DataError> for Problems {
    fn from(e: DataError) -> Self {
        Problems(vec![e])
    }
}
