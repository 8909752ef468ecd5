//! The data file as types: the list (its year and who publishes it), the report it comes from,
//! the projects and their figures, the review of earlier work and the other directions, with the
//! JSON form of the data file as their serde derives.
//!
//! Texts and lists are `Cow<'a, _>`: a file read from text borrows its strings from that text
//! (a long list read at run time then costs its text and little more), the build bakes the
//! embedded data as a `Dataset<'static>` of borrowed literals, and an editor may own everything.
//! Every record refuses fields it does not know, so a misspelt key is a problem, not a silent
//! default. Nothing here names a year: the year of the list and of each earlier figure are data.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The format this crate writes and reads up to. Every change that adds fields raises it; a
/// reader reads every older format ([`crate::read`]) and says when a file needs a newer one.
/// 2: the list's year and league, figure kinds as roles. 3: progress over the year (a project's
/// dated updates, achieved figures). 4: a project's search keywords.
pub const FORMAT: u32 = 4;

/// A text of the data file. (Fields spell out `Cow<'a, str>`: serde borrows only what it sees
/// written as a `Cow<str>`.)
pub type Text<'a> = Cow<'a, str>;
/// A list of the data file.
pub type List<'a, T> = Cow<'a, [T]>;

fn is_false(b: &bool) -> bool {
    !*b
}

fn no_items<T: Clone>(list: &List<'_, T>) -> bool {
    list.is_empty()
}

/// Files of the first format carry no number.
fn first_format() -> u32 {
    1
}

/// A text in Simplified Chinese and English, as editors write it. The Traditional form is made
/// from the Simplified one (a real conversion, never typed by hand) by the build, or by an editor
/// that writes it into the file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = schema))]
#[serde(deny_unknown_fields)]
pub struct Tr<'a> {
    #[serde(borrow)]
    pub zh: Cow<'a, str>,
    #[serde(borrow)]
    pub en: Cow<'a, str>,
    /// Traditional Chinese; empty when the file has none, and the Simplified text is shown.
    #[serde(borrow, default, skip_serializing_if = "str::is_empty")]
    pub hant: Cow<'a, str>,
}

impl Tr<'_> {
    /// The text in a language; the Simplified text where the file has none in that language.
    pub fn get(&self, lang: Lang) -> &str {
        match self.shown_in(lang) {
            Lang::Hans => &self.zh,
            Lang::Hant => &self.hant,
            Lang::En => &self.en,
        }
    }

    /// The language of the text [`Tr::get`] gives for `lang`: `Lang::Hans` where the file has no
    /// text in `lang` (a missing English text is a warning, not an error).
    pub fn shown_in(&self, lang: Lang) -> Lang {
        match lang {
            Lang::Hant if !self.hant.is_empty() => Lang::Hant,
            Lang::En if !self.en.trim().is_empty() => Lang::En,
            _ => Lang::Hans,
        }
    }
}

/// The whole data file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = schema))]
#[serde(deny_unknown_fields)]
pub struct Dataset<'a> {
    /// The file's format ([`FORMAT`]); absent from files of the first format.
    #[serde(default = "first_format")]
    pub format: u32,
    /// Whose list it is, and of which year.
    #[serde(borrow, default)]
    pub list: ListInfo<'a>,
    #[serde(borrow)]
    pub report: Report<'a>,
    /// Closed list of themes; projects may only name these ids.
    #[serde(borrow)]
    pub themes: List<'a, Tag<'a>>,
    /// Closed list of audiences; projects may only name these ids.
    #[serde(borrow)]
    pub audiences: List<'a, Tag<'a>>,
    /// The list's projects, in report order.
    #[serde(borrow, deserialize_with = "exact_list")]
    pub projects: List<'a, Project<'a>>,
    /// The review of the earlier year's work. (`review_2021` in files of the first format.)
    #[serde(borrow, alias = "review_2021")]
    pub review: Review<'a>,
    /// The report's other directions for the list's year. (`directions_2022` in files of the
    /// first format.)
    #[serde(borrow, alias = "directions_2022")]
    pub directions: List<'a, Direction<'a>>,
    /// The toneless pinyin readings of the characters in names and tags, written by the editor
    /// so pinyin search finds characters the built-in data does not have. Absent from a
    /// hand-written file.
    #[serde(borrow, default, skip_serializing_if = "Readings::is_empty")]
    pub pinyin: Readings<'a>,
}

/// Whose list it is and of which year: what every heading, label and title that names the year
/// or the league is made from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = schema))]
#[serde(deny_unknown_fields)]
pub struct ListInfo<'a> {
    /// The year the list's targets are for.
    #[serde(default)]
    pub year: u16,
    /// The league's name as it signs the list (共青团济南市委).
    #[serde(borrow, default)]
    pub league: Tr<'a>,
    /// The league's full name (中国共产主义青年团济南市委员会).
    #[serde(borrow, default)]
    pub league_full: Tr<'a>,
    /// The campaign the list belongs to (我为青少年办实事).
    #[serde(borrow, default)]
    pub campaign: Tr<'a>,
}

/// The pinyin readings of characters, sorted by character: `("行", "xing hang heng")`. In the
/// file an object, `{"行": "xing hang heng"}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = schema))]
pub struct Readings<'a>(pub Cow<'a, [(Cow<'a, str>, Cow<'a, str>)]>);

impl Readings<'static> {
    /// No readings.
    pub const EMPTY: Readings<'static> = Readings(Cow::Borrowed(&[]));
}

impl<'a> Readings<'a> {
    /// The readings, sorted by character, each character once (the first reading kept).
    pub fn new(mut pairs: Vec<(Cow<'a, str>, Cow<'a, str>)>) -> Self {
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        pairs.dedup_by(|a, b| a.0 == b.0);
        Readings(Cow::Owned(pairs))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The readings of one character, space-separated.
    pub fn get(&self, c: &str) -> Option<&str> {
        let i = self.0.binary_search_by(|(k, _)| (**k).cmp(c)).ok()?;
        Some(&self.0[i].1)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(c, r)| (&**c, &**r))
    }
}

impl Serialize for Readings<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Readings<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for Visit<'a> {
            type Value = Readings<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of characters and their readings")
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                mut m: M,
            ) -> Result<Self::Value, M::Error> {
                let mut pairs = Vec::new();
                while let Some((k, v)) = m.next_entry::<Borrowed<'a>, Borrowed<'a>>()? {
                    pairs.push((k.0, v.0));
                }
                Ok(Readings::new(pairs))
            }
        }
        d.deserialize_map(Visit(std::marker::PhantomData))
    }
}

/// A list kept exactly as long as the file's. serde grows a list by doubling from four: a
/// project's one or two figures would keep room for four, and at 10,000 projects the room left
/// over is megabytes.
fn exact_list<'de: 'a, 'a, D, T>(d: D) -> Result<List<'a, T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de> + Clone,
{
    let mut items = Vec::<T>::deserialize(d)?;
    items.shrink_to_fit();
    Ok(Cow::Owned(items))
}

/// A text of a list, borrowed from the file's text where it has no escapes. (serde borrows a
/// `Cow<str>` field by itself, but not the items of a list.)
#[derive(Deserialize)]
#[serde(transparent)]
struct Borrowed<'a>(#[serde(borrow)] Cow<'a, str>);

fn texts<'de: 'a, 'a, D>(d: D) -> Result<List<'a, Text<'a>>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let items = Vec::<Borrowed<'a>>::deserialize(d)?;
    let mut texts: Vec<Text<'a>> = items.into_iter().map(|b| b.0).collect();
    texts.shrink_to_fit();
    Ok(Cow::Owned(texts))
}

/// Where the data comes from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = schema))]
#[serde(deny_unknown_fields)]
pub struct Report<'a> {
    #[serde(borrow)]
    pub title: Tr<'a>,
    #[serde(borrow)]
    pub event: Tr<'a>,
    #[serde(borrow)]
    pub event_date: Tr<'a>,
    /// The day of the event, `YYYY-MM-DD`, for machines (`<time datetime>`).
    #[serde(borrow, default, skip_serializing_if = "str::is_empty")]
    pub date: Cow<'a, str>,
    #[serde(borrow)]
    pub publisher: Tr<'a>,
    #[serde(borrow)]
    pub byline: Tr<'a>,
    /// Publication month, `YYYY-MM`.
    #[serde(borrow)]
    pub published: Cow<'a, str>,
    #[serde(borrow)]
    pub intro: Tr<'a>,
}

/// A theme or an audience: a stable id for URLs and a display name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = schema))]
#[serde(deny_unknown_fields)]
pub struct Tag<'a> {
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    #[serde(borrow)]
    pub name: Tr<'a>,
}

/// One project of the list.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = schema))]
#[serde(deny_unknown_fields)]
pub struct Project<'a> {
    /// Stable ASCII id (`a-z`, `0-9`, `-`), used in URLs.
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    #[serde(borrow)]
    pub name: Tr<'a>,
    #[serde(borrow)]
    pub summary: Tr<'a>,
    #[serde(borrow)]
    pub description: Tr<'a>,
    #[serde(borrow, deserialize_with = "texts")]
    pub themes: List<'a, Text<'a>>,
    #[serde(borrow, deserialize_with = "texts")]
    pub audiences: List<'a, Text<'a>>,
    #[serde(borrow, deserialize_with = "exact_list")]
    pub figures: List<'a, Figure<'a>>,
    /// The report's sentences this project is drawn from, verbatim.
    #[serde(borrow, deserialize_with = "texts")]
    pub sources: List<'a, Text<'a>>,
    /// Words readers search with that the report does not use (快递员 for 快递小哥): searched
    /// like the name, never shown as the report's words.
    #[serde(
        borrow,
        default,
        deserialize_with = "texts",
        skip_serializing_if = "no_items"
    )]
    pub keywords: List<'a, Text<'a>>,
    /// Its progress over the year, as progress reports published it, in any order; none for a
    /// list that has not been followed up (the list as the meeting made it).
    #[serde(
        borrow,
        default,
        deserialize_with = "exact_list",
        skip_serializing_if = "no_items"
    )]
    pub updates: List<'a, Update<'a>>,
    /// Key for sorting by name (toneless pinyin); made by the build, not part of the file.
    #[serde(skip)]
    pub sort_key: Cow<'a, str>,
}

/// One figure exactly as the report states it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = schema))]
#[serde(deny_unknown_fields)]
pub struct Figure<'a> {
    /// What is counted, in the report's words.
    #[serde(borrow)]
    pub label: Tr<'a>,
    /// The number as printed: ASCII digits with an optional decimal point, or a Chinese numeral (八, 百).
    #[serde(borrow)]
    pub value: Cow<'a, str>,
    /// The unit as printed (万元, 人次); in English the counted noun, the 万/亿 going into the number.
    #[serde(borrow)]
    pub unit: Tr<'a>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    pub kind: Kind,
    /// The year an earlier result is from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// The day an achieved figure is as of, `YYYY-MM-DD`: the date of the update that states it.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Text<'a>>,
    /// A target that adds to what exists (100 new houses beside 694 built or being built), not a
    /// level or a yearly flow to compare with an earlier one.
    #[serde(default, skip_serializing_if = "is_false")]
    pub adds: bool,
    /// Figures of one project sharing a measure are shown side by side (earlier or existing,
    /// then the target).
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<Text<'a>>,
    /// Shown in the summary strip of the year's targets.
    #[serde(default, skip_serializing_if = "is_false")]
    pub headline: bool,
}

/// The report's qualifiers, each with its own place around the number; in the file as the report
/// writes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = schema))]
pub enum Qualifier {
    /// 以上, after the unit: 5000万元以上.
    #[serde(rename = "以上")]
    AtLeast,
    /// 不少于, before the number: 不少于10000平方米.
    #[serde(rename = "不少于")]
    NoLessThan,
    /// 余, between number and unit: 4000余万元.
    #[serde(rename = "余")]
    Over,
    /// 已建在建, before the number: 已建在建 694个.
    #[serde(rename = "已建在建")]
    BuiltOrBuilding,
}

/// What a figure is in time: a role, never a year (the list's year and a figure's own `year`
/// say which).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = schema))]
pub enum Kind {
    /// A target for the list's year. (`target2022` in files of the first format.)
    #[default]
    #[serde(rename = "target", alias = "target2022")]
    Target,
    /// A result of an earlier year, given with its `year`. (`baseline2021` in files of the
    /// first format.)
    #[serde(rename = "earlier", alias = "baseline2021")]
    Earlier,
    /// What exists or has been reached so far.
    #[serde(rename = "cumulative")]
    Cumulative,
    /// What has been achieved of a target by a day (its `as_of`), as an update states it.
    #[serde(rename = "achieved")]
    Achieved,
}

/// One dated update of a project, as a progress report (通报) published it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = schema))]
#[serde(deny_unknown_fields)]
pub struct Update<'a> {
    /// The day it is as of, `YYYY-MM-DD` (截至日期).
    #[serde(borrow)]
    pub as_of: Cow<'a, str>,
    pub status: Status,
    /// What was done, as published (进展).
    #[serde(borrow)]
    pub text: Tr<'a>,
    /// The document it comes from (出处), such as a progress report's title.
    #[serde(borrow)]
    pub source: Cow<'a, str>,
    /// Where that document is published: `https://` or `http://` only.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub link: Option<Text<'a>>,
}

/// Where a project stands against the pace expected by its update's day (序时进度), in the words
/// progress reports use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = schema))]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// 已完成.
    Completed,
    /// 超序时: ahead of the expected pace.
    Ahead,
    /// 按序时推进: on schedule.
    #[default]
    OnSchedule,
    /// 滞后: behind schedule.
    Behind,
    /// 未开始.
    NotStarted,
}

impl Status {
    /// Most behind first: the order of the "by status" sort.
    pub const ALL: [Status; 5] = [
        Status::Behind,
        Status::NotStarted,
        Status::OnSchedule,
        Status::Ahead,
        Status::Completed,
    ];

    /// The status's id in the file and in URLs: `on-schedule`.
    pub fn id(self) -> &'static str {
        match self {
            Status::Completed => "completed",
            Status::Ahead => "ahead",
            Status::OnSchedule => "on-schedule",
            Status::Behind => "behind",
            Status::NotStarted => "not-started",
        }
    }

    pub fn of(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Its place in [`Status::ALL`]: 0 for the most behind.
    pub fn rank(self) -> usize {
        Status::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }
}

/// The review of earlier work.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = schema))]
#[serde(deny_unknown_fields)]
pub struct Review<'a> {
    #[serde(borrow)]
    pub title: Tr<'a>,
    #[serde(borrow)]
    pub summary: Tr<'a>,
    #[serde(borrow)]
    pub figures: List<'a, Figure<'a>>,
    #[serde(borrow, deserialize_with = "texts")]
    pub sources: List<'a, Text<'a>>,
}

/// One of the list's other directions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = schema))]
#[serde(deny_unknown_fields)]
pub struct Direction<'a> {
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    #[serde(borrow)]
    pub title: Tr<'a>,
    #[serde(borrow)]
    pub summary: Tr<'a>,
    #[serde(borrow, deserialize_with = "texts")]
    pub sources: List<'a, Text<'a>>,
}

impl Report<'_> {
    /// The publication month: `2022-03` → 2022年3月 / March 2022; other forms are shown as written.
    pub fn published_label(&self, lang: Lang) -> String {
        match self.published.split_once('-') {
            Some((y, m)) => match m.parse::<usize>() {
                Ok(n @ 1..=12) if lang == Lang::En => format!("{} {y}", crate::lang::MONTHS[n - 1]),
                Ok(n @ 1..=12) => format!("{y}年{n}月"),
                _ => self.published.to_string(),
            },
            None => self.published.to_string(),
        }
    }
}

impl Qualifier {
    pub const ALL: [Qualifier; 4] = [
        Qualifier::AtLeast,
        Qualifier::NoLessThan,
        Qualifier::Over,
        Qualifier::BuiltOrBuilding,
    ];

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

impl Figure<'_> {
    /// The number, the infix qualifier (余) and the unit, as they stand together in the report.
    pub fn core_text(&self) -> String {
        let infix = match self.qualifier {
            Some(Qualifier::Over) => "余",
            _ => "",
        };
        [&*self.value, infix, &*self.unit.zh].concat()
    }

    /// The size of the figure in thousandths of its base unit (万 and 亿 in the unit multiply):
    /// what the "largest figure" sort orders by and the comparison bars are drawn from; `None`
    /// when the value is not a number this understands, or too large for a `u64`.
    pub fn magnitude(&self) -> Option<u64> {
        let base = crate::figure::parse_value(&self.value)?;
        base.checked_mul(crate::figure::unit_scale(&self.unit.zh))
    }
}

impl<'a> Project<'a> {
    /// The largest figure's magnitude, for the "largest figure" sort. Achieved figures are parts
    /// of their targets, not sizes of their own.
    pub fn largest_magnitude(&self) -> Option<u64> {
        self.figures
            .iter()
            .filter(|f| f.kind != Kind::Achieved)
            .filter_map(Figure::magnitude)
            .max()
    }

    /// The latest update (the greatest `as_of`; days written `YYYY-MM-DD` sort as text).
    pub fn latest(&self) -> Option<&Update<'a>> {
        self.updates.iter().max_by(|a, b| a.as_of.cmp(&b.as_of))
    }

    /// The update of a day.
    pub fn update_of(&self, day: &str) -> Option<&Update<'a>> {
        self.updates.iter().find(|u| u.as_of == day)
    }
}
