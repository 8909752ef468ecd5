//! Files of the first format, read as what they are. That format was made for one list, the 2022
//! list of 共青团济南市委, and left its year, its league and its campaign to the widget's own
//! strings (its figure kinds and sections named the years: `target2022`, `review_2021`). Every
//! such file, written by hand, by the build or by the first editor, is that list: here it gets
//! what the current format says in the file, so it reads exactly as it did. Nothing else reads
//! these facts; new files carry their own.

use crate::data::{Dataset, FORMAT, Kind, ListInfo, Tr};
use std::borrow::Cow;

/// The year of every first-format list.
pub const YEAR: u16 = 2022;
/// The year of every earlier result in a first-format file (its `baseline2021`).
pub const EARLIER_YEAR: u16 = 2021;
/// The day of the meeting that every first-format list was published at.
pub const DATE: &str = "2022-03-01";

/// A text with its Traditional form, since a file read at run time is not converted (a test
/// checks that the forms are `s2tw`'s).
fn tr(zh: &'static str, en: &'static str, hant: &'static str) -> Tr<'static> {
    Tr {
        zh: Cow::Borrowed(zh),
        en: Cow::Borrowed(en),
        hant: Cow::Borrowed(hant),
    }
}

/// The league and campaign the first format's interface named.
pub fn list() -> ListInfo<'static> {
    ListInfo {
        year: YEAR,
        league: tr(
            "共青团济南市委",
            "Communist Youth League Jinan Municipal Committee",
            "共青團濟南市委",
        ),
        league_full: tr(
            "中国共产主义青年团济南市委员会",
            "Jinan Municipal Committee of the Communist Youth League of China",
            "中國共產主義青年團濟南市委員會",
        ),
        campaign: tr(
            "我为青少年办实事",
            "Practical things for young people",
            "我為青少年辦實事",
        ),
    }
}

/// A file read in an older format, as the current one: a file of the first format is given what
/// the current one holds (the list's year, league and campaign, the meeting's day, and the year
/// of its earlier results); later formats only added optional fields, which such a file lacks.
pub fn upgrade(d: &mut Dataset<'_>) {
    if d.format != 1 {
        d.format = d.format.max(FORMAT);
        return;
    }
    if d.list == ListInfo::default() {
        d.list = list();
    }
    if d.report.date.is_empty() {
        d.report.date = Cow::Borrowed(DATE);
    }
    let earlier = |figures: &mut crate::data::List<'_, crate::data::Figure<'_>>| {
        if figures
            .iter()
            .any(|f| f.kind == Kind::Earlier && f.year.is_none())
        {
            for f in figures.to_mut() {
                if f.kind == Kind::Earlier && f.year.is_none() {
                    f.year = Some(EARLIER_YEAR);
                }
            }
        }
    };
    for p in d.projects.to_mut() {
        earlier(&mut p.figures);
    }
    earlier(&mut d.review.figures);
    d.format = FORMAT;
}
