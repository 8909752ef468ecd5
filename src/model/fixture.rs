//! Test fixtures of the model, one per kind of data: the embedded data (as the build makes it,
//! with its Traditional texts and pinyin sort keys) and the report it is drawn from.

use super::data::{Dataset, Tr};
use super::query::Query;
use super::search::SearchIndex;

/// The data the widget embeds, as the build makes it.
pub fn embedded() -> &'static Dataset {
    crate::data::embedded()
}

/// The sample list with invented progress (`static/demo/data-progress.json`): the built-in list
/// with dated updates and achieved figures, as a league would publish them during the year.
pub fn with_progress() -> &'static Dataset {
    static DATA: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    DATA.get_or_init(|| {
        schema::read(include_str!("../../static/demo/data-progress.json"))
            .expect("the progress sample reads")
    })
}

/// The report as this copy has it (Traditional, with pinyin glosses).
pub const REPORT: &str = include_str!("../../tests/fixtures/report-2022-03.txt");

/// The report as published: pinyin glosses such as `網(wǎng)` stripped, converted back to Simplified.
pub fn report_simplified() -> String {
    let mut out = String::new();
    let mut rest = REPORT;
    while let Some(open) = rest.find('(') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let gloss_len = after.find(')').filter(|&close| {
            close > 0
                && after[..close]
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".contains(c))
        });
        match gloss_len {
            Some(close) => rest = &after[close + 1..],
            None => {
                out.push('(');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    let mut simplified = hanconv::t2s(out);
    for (merged, original) in ORIGINAL_FORMS {
        simplified = simplified.replace(merged, original);
    }
    simplified
}

/// Where Traditional writes one character for two Simplified ones, `t2s` cannot know which the
/// report printed: these are the Simplified original's forms (着力 "to strive", not 著力).
pub const ORIGINAL_FORMS: [(&str, &str); 1] = [("著力", "着力")];

/// Traditional characters that stand for more than one Simplified character, which a
/// Traditional→Simplified conversion may leave in the wrong form, with the forms they stand for.
pub const MERGED_IN_TRADITIONAL: [(char, &str); 10] = [
    ('著', "着/著"),
    ('乾', "干/乾"),
    ('於', "于/於"),
    ('後', "后"),
    ('鍾', "钟/锺"),
    ('藉', "借/藉"),
    ('瞭', "了/瞭"),
    ('餘', "余"),
    ('徵', "征/徵"),
    ('衝', "冲"),
];

/// The report's body: the teasers of other stories after the second editor lines are not part of it.
pub fn report_body() -> String {
    let text = report_simplified();
    let second = text.rfind("初审编辑").expect("editor line");
    text[..second].to_string()
}

pub fn visible_ids(q: &Query) -> Vec<String> {
    // The embedded data: its pinyin sort keys come from the build.
    let d = crate::data::embedded();
    let index = SearchIndex::new(d);
    q.visible(d, &index)
        .into_iter()
        .map(|i| d.projects[i].id.to_string())
        .collect()
}

pub fn text(t: &str) -> Query {
    let mut q = Query::default();
    q.set_text(t);
    q
}

pub fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

/// Every translated text of the embedded data (the schema's one walk over them).
pub fn all_tr(d: &Dataset) -> Vec<&Tr> {
    let mut out = Vec::new();
    d.texts(&mut |_, tr| out.push(tr));
    out
}

pub fn search_ids(text: &str) -> Vec<String> {
    let mut q = Query::default();
    q.set_text(text);
    visible_ids(&q)
}
