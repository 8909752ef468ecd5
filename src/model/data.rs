//! The report's data as types: projects, their figures, the 2021 review and the 2022 directions.
//!
//! Texts and lists are `Cow<'static, _>` so the embedded data is a `static` built at compile time
//! (borrowed, no start-up cost), while data parsed at run time owns its strings.

use crate::i18n::Lang;
use std::borrow::Cow;

/// A text of the data file.
pub type Text = Cow<'static, str>;
/// A list of the data file.
pub type List<T> = Cow<'static, [T]>;

/// A text in Simplified Chinese and English, as editors write it; the Traditional form is made
/// from the Simplified one by the build (a real conversion, never typed by hand).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tr {
    pub zh: Text,
    pub en: Text,
    /// Traditional Chinese, filled in by the build; empty for data loaded at run time, which
    /// then shows its Simplified text.
    pub hant: Text,
}

impl Tr {
    /// The text in a language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Hans => &self.zh,
            Lang::Hant if !self.hant.is_empty() => &self.hant,
            Lang::Hant => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// The whole data file.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub report: Report,
    /// Closed list of themes; projects may only name these ids.
    pub themes: List<Tag>,
    /// Closed list of audiences; projects may only name these ids.
    pub audiences: List<Tag>,
    /// The 「我为青少年办实事」 projects, in report order.
    pub projects: List<Project>,
    pub review_2021: Review,
    pub directions_2022: List<Direction>,
}

/// Where the data comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub title: Tr,
    pub event: Tr,
    pub event_date: Tr,
    pub publisher: Tr,
    pub byline: Tr,
    /// Publication month, `YYYY-MM`.
    pub published: Text,
    pub intro: Tr,
}

/// A theme or an audience: a stable id for URLs and a display name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tag {
    pub id: Text,
    pub name: Tr,
}

/// One project of the list.
#[derive(Clone, Debug, PartialEq)]
pub struct Project {
    /// Stable ASCII id (`a-z`, `0-9`, `-`), used in URLs.
    pub id: Text,
    pub name: Tr,
    pub summary: Tr,
    pub description: Tr,
    pub themes: List<Text>,
    pub audiences: List<Text>,
    pub figures: List<Figure>,
    /// The report's sentences this project is drawn from, verbatim.
    pub sources: List<Text>,
    /// Key for sorting by name (toneless pinyin); filled in by the build, not by editors.
    pub sort_key: Text,
}

/// One figure exactly as the report states it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    /// What is counted, in the report's words.
    pub label: Tr,
    /// The number as printed: ASCII digits with an optional decimal point, or a Chinese numeral (八, 百).
    pub value: Text,
    /// The unit as printed (万元, 人次); in English the counted noun, the 万/亿 going into the number.
    pub unit: Tr,
    pub qualifier: Option<Qualifier>,
    pub kind: Kind,
    /// Figures of one project sharing a measure are shown side by side (2021 or existing → 2022).
    pub measure: Option<Text>,
    /// Shown in the summary strip of 2022 targets.
    pub headline: bool,
}

/// The report's qualifiers, each with its own place around the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    /// 以上, after the unit: 5000万元以上.
    AtLeast,
    /// 不少于, before the number: 不少于10000平方米.
    NoLessThan,
    /// 余, between number and unit: 4000余万元.
    Over,
    /// 已建在建, before the number: 已建在建 694个.
    BuiltOrBuilding,
}

/// What a figure measures in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// A 2022 target.
    Target2022,
    /// A 2021 result.
    Baseline2021,
    /// What exists or has been reached so far.
    Cumulative,
}

/// The 2021 review.
#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    pub title: Tr,
    pub summary: Tr,
    pub figures: List<Figure>,
    pub sources: List<Text>,
}

/// One of the other 2022 directions.
#[derive(Clone, Debug, PartialEq)]
pub struct Direction {
    pub id: Text,
    pub title: Tr,
    pub summary: Tr,
    pub sources: List<Text>,
}

impl Report {
    /// The publication month: `2022-03` → 2022年3月 / March 2022; other forms are shown as written.
    pub fn published_label(&self, lang: Lang) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        match self.published.split_once('-') {
            Some((y, m)) => match m.parse::<usize>() {
                Ok(n @ 1..=12) if lang == Lang::En => format!("{} {y}", MONTHS[n - 1]),
                Ok(n @ 1..=12) => format!("{y}年{n}月"),
                _ => self.published.to_string(),
            },
            None => self.published.to_string(),
        }
    }
}

impl Qualifier {
    /// The qualifier as the report writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::AtLeast => "以上",
            Qualifier::NoLessThan => "不少于",
            Qualifier::Over => "余",
            Qualifier::BuiltOrBuilding => "已建在建",
        }
    }

    /// True when the qualifier stands before the number.
    pub fn is_prefix(self) -> bool {
        matches!(self, Qualifier::NoLessThan | Qualifier::BuiltOrBuilding)
    }
}

impl Figure {
    /// The number, the infix qualifier (余) and the unit, as they stand together in the report.
    pub fn core_text(&self) -> String {
        let infix = match self.qualifier {
            Some(Qualifier::Over) => "余",
            _ => "",
        };
        [&*self.value, infix, &*self.unit.zh].concat()
    }

    /// The size of the figure in thousandths of its base unit (万 and 亿 in the unit multiply), for
    /// sorting only; `None` when the value is not a number this understands.
    pub fn magnitude(&self) -> Option<u64> {
        let base = parse_value(&self.value)?;
        base.checked_mul(unit_scale(&self.unit.zh))
    }
}

impl Project {
    /// The largest figure's magnitude, for the "largest figure" sort.
    pub fn largest_magnitude(&self) -> Option<u64> {
        self.figures.iter().filter_map(Figure::magnitude).max()
    }
}

/// The rule for every id (projects, tags, measures, URL values): 1 to 64 of `a-z`, `0-9` and `-`.
pub fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 64
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The multiplier a Chinese unit starts with: 万 (10⁴), 亿 (10⁸), or none.
pub fn unit_scale(unit: &str) -> u64 {
    if unit.starts_with('亿') {
        100_000_000
    } else if unit.starts_with('万') {
        10_000
    } else {
        1
    }
}

/// Parses a figure value into thousandths: "168.5" → 168500, "八" → 8000, "百" → 100000. At most
/// 15 digits before the point, so that thousandths fit a `u64`. (Times its unit's 万 or 亿, a
/// value may still not fit: it then sorts last and English prints it as written.)
pub fn parse_value(value: &str) -> Option<u64> {
    if let Some(n) = chinese_numeral(value) {
        return Some(n * 1000);
    }
    let (int, frac) = match value.split_once('.') {
        Some((i, f)) => (i, f),
        None => (value, ""),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || int.len() > 15 || frac.len() > 3 || !all_digits(int) || !all_digits(frac) {
        return None;
    }
    if value.contains('.') && frac.is_empty() {
        return None;
    }
    let int: u64 = int.parse().ok()?;
    let mut thousandths: u64 = 0;
    for (i, b) in frac.bytes().enumerate() {
        thousandths += u64::from(b - b'0') * 10u64.pow(2 - i as u32);
    }
    int.checked_mul(1000)?.checked_add(thousandths)
}

/// Single-character Chinese numerals the report uses in place of digits (八大类, 百亿).
fn chinese_numeral(value: &str) -> Option<u64> {
    let mut chars = value.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    let n = match c {
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => return None,
    };
    Some(n)
}
