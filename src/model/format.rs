//! Figures in words, per language: 5000万元以上 and 5000萬元以上 as the report writes them, and
//! "50 million yuan or more" in English, where the 万 or 亿 of the unit goes into the number.
//! Conversions are exact: 168.5万 is "1.685 million", never "1.7 million".

use super::data::{Figure, Kind, Qualifier, Status};
use crate::i18n::{Lang, fill, ui, with_year};

/// A figure cut into its parts, in display order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureParts {
    /// A qualifier before the number (不少于, "no less than").
    pub before: Option<&'static str>,
    pub number: String,
    /// A qualifier between number and unit (余).
    pub infix: Option<&'static str>,
    pub unit: String,
    /// A qualifier after the unit (以上, "or more").
    pub after: Option<&'static str>,
}

impl FigureParts {
    /// The parts as one line of text.
    pub fn text(&self, lang: Lang) -> String {
        let sep = if lang == Lang::En { " " } else { "" };
        [
            self.before,
            Some(self.number.as_str()),
            self.infix,
            Some(self.unit.as_str()),
            self.after,
        ]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(sep)
    }
}

impl FigureParts {
    /// A figure's parts in a language.
    pub fn of(figure: &Figure, lang: Lang) -> FigureParts {
        let ui = ui(lang);
        let word = |q: Qualifier| match q {
            Qualifier::AtLeast => ui.q_at_least,
            Qualifier::NoLessThan => ui.q_no_less,
            Qualifier::Over => ui.q_over,
            Qualifier::BuiltOrBuilding => ui.q_built,
        };
        let q = figure.qualifier;
        if lang == Lang::En {
            let number = figure
                .magnitude()
                .map(english_amount)
                .unwrap_or_else(|| figure.value.to_string());
            return FigureParts {
                before: q
                    .filter(|q| matches!(q, Qualifier::NoLessThan | Qualifier::Over))
                    .map(word),
                number,
                infix: None,
                unit: figure.unit.en.to_string(),
                after: q
                    .filter(|q| matches!(q, Qualifier::AtLeast | Qualifier::BuiltOrBuilding))
                    .map(word),
            };
        }
        FigureParts {
            before: q.filter(|q| q.is_prefix()).map(word),
            number: figure.value.to_string(),
            infix: q.filter(|q| *q == Qualifier::Over).map(word),
            unit: figure.unit.get(lang).to_string(),
            after: q.filter(|q| *q == Qualifier::AtLeast).map(word),
        }
    }
}

/// An exact amount, given in thousandths, in English: 50 million, 1.685 million, 10 billion,
/// 37,000, 10,000, 168.5.
pub fn english_amount(thousandths: u64) -> String {
    const MILLION: u64 = 1_000_000_000; // in thousandths
    const BILLION: u64 = 1_000_000_000_000;
    for (unit, word, digits) in [(BILLION, "billion", 12), (MILLION, "million", 9)] {
        if thousandths >= unit {
            return format!(
                "{} {word}",
                decimal(thousandths / unit, thousandths % unit, digits)
            );
        }
    }
    let whole = thousandths / 1000;
    let mut out = group(whole);
    let frac = decimal(0, thousandths % 1000, 3);
    if frac != "0" {
        out.push_str(&frac[1..]);
    }
    out
}

/// `int.frac` with `frac` written in `digits` places, trailing zeros dropped.
fn decimal(int: u64, frac: u64, digits: usize) -> String {
    let frac = format!("{frac:0digits$}");
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    }
}

/// Thousands separated by commas.
fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// What a figure is called in a language: a target of the list's year (2022年目标, or 2022年新增
/// for one that adds to what exists), an earlier result with its own year (2021年), or what
/// exists so far (已有基础). `year` is the list's.
pub fn kind_label(figure: &Figure, year: u16, lang: Lang) -> String {
    let ui = ui(lang);
    match figure.kind {
        Kind::Target if figure.adds => with_year(ui.kind_added, year),
        Kind::Target => with_year(ui.kind_target, year),
        Kind::Earlier => match figure.year {
            Some(y) => with_year(ui.kind_earlier, y),
            // The checks refuse an earlier result without its year.
            None => ui.col_before.to_string(),
        },
        Kind::Cumulative => ui.kind_cumulative.to_string(),
        Kind::Achieved => fill(
            ui.kind_achieved,
            &[(
                "date",
                &day_label(figure.as_of.as_deref().unwrap_or(""), lang),
            )],
        ),
    }
}

/// A day written `YYYY-MM-DD`, in words: 2022年9月30日 / 30 September 2022; other text as it is.
pub fn day_label(day: &str, lang: Lang) -> String {
    let mut parts = day.splitn(3, '-').map(|p| p.parse::<usize>().ok());
    match (parts.next(), parts.next(), parts.next()) {
        (Some(Some(y)), Some(Some(m @ 1..=12)), Some(Some(d @ 1..=31))) => match lang {
            Lang::En => format!("{d} {} {y}", schema::lang::MONTHS[m - 1]),
            _ => format!("{y}年{m}月{d}日"),
        },
        _ => day.to_string(),
    }
}

/// What a status is called in a language.
pub fn status_label(status: Status, lang: Lang) -> &'static str {
    let ui = ui(lang);
    match status {
        Status::Completed => ui.status_completed,
        Status::Ahead => ui.status_ahead,
        Status::OnSchedule => ui.status_on_schedule,
        Status::Behind => ui.status_behind,
        Status::NotStarted => ui.status_not_started,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
