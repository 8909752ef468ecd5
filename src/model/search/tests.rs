//! Script-blind and pinyin search, highlighting, and folding.

/// No readings from the data file: the build's table only.
static NO_FILE_READINGS: crate::model::search::FileReadings =
    crate::model::search::FileReadings::EMPTY;

use super::{fold, highlight, pinyin_match, terms};
use crate::model::fixture::*;

#[test]
fn search_is_script_blind() {
    assert_eq!(search_ids("驛站"), ["youth-station", "warm-bee"]);
    assert_eq!(search_ids("驿站"), ["youth-station", "warm-bee"]);
    assert_eq!(search_ids("鄉村"), ["rural-youth"]);
    assert_eq!(search_ids("希望小屋"), ["hope-house"]);
    assert_eq!(search_ids("快遞"), ["warm-bee"]);
    assert_eq!(fold("驛站ＸＷ"), "驿站xw", "full-width letters fold too");
}

#[test]
fn search_takes_pinyin_in_full_by_initials_and_mixed() {
    for q in [
        "xiwangxiaowu",
        "xiwang",
        "xwxw",
        "XWXW",
        "XiWang xw",
        "xiwangxw",
    ] {
        assert_eq!(search_ids(q), ["hope-house"], "{q}");
    }
    assert_eq!(search_ids("青春sq"), ["youth-community"]);
    assert_eq!(search_ids("kuaidi"), ["warm-bee"]);
    assert_eq!(search_ids("qingnianyizhan"), ["youth-station"]);
    assert!(search_ids("xwxwxw").is_empty());
    // Heteronyms: 行 reads xing in 行动 and hang elsewhere; both readings are indexed.
    assert_eq!(search_ids("xingdong"), ["warm-bee", "summer-care"]);
    let chars: Vec<char> = "爱心助托公益行动".chars().collect();
    assert_eq!(
        pinyin_match(
            &chars,
            &"hangdong".chars().collect::<Vec<_>>(),
            &NO_FILE_READINGS
        ),
        Some((6, 8))
    );
}

#[test]
fn english_words_search_the_english_texts() {
    assert_eq!(search_ids("courier"), ["warm-bee"]);
    assert_eq!(search_ids("Hope House"), ["hope-house"]);
    assert_eq!(search_ids("lodging students"), ["youth-station"]);
}

#[test]
fn highlight_marks_literal_script_blind_and_pinyin_matches() {
    let runs = highlight(
        "“希望小屋”困境儿童关爱项目",
        &terms("xwxw"),
        &NO_FILE_READINGS,
    );
    assert_eq!(
        runs,
        [
            ("“".into(), false),
            ("希望小屋".into(), true),
            ("”困境儿童关爱项目".into(), false)
        ]
    );
    let runs = highlight("「青年驛站」求職學生", &terms("驿站"), &NO_FILE_READINGS);
    assert_eq!(runs[1], ("驛站".to_string(), true));
    let runs = highlight(
        "Caring rest stops for Couriers",
        &terms("courier"),
        &NO_FILE_READINGS,
    );
    assert_eq!(runs[1], ("Courier".to_string(), true));
    let runs = highlight(
        "<img src=x onerror=alert(1)>",
        &terms("img"),
        &NO_FILE_READINGS,
    );
    let joined: String = runs.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        joined, "<img src=x onerror=alert(1)>",
        "text is kept as text"
    );
    assert_eq!(
        highlight("abc", &terms(""), &NO_FILE_READINGS),
        [("abc".to_string(), false)]
    );
}

#[test]
fn only_terms_of_letters_are_read_as_pinyin() {
    let name: Vec<char> = "希望小屋".chars().collect();
    let term = |t: &str| crate::model::search::terms(t).remove(0);
    assert!(pinyin_match(&name, &term("xwxw"), &NO_FILE_READINGS).is_some());
    assert!(pinyin_match(&name, &term("希望xw"), &NO_FILE_READINGS).is_some());
    assert!(pinyin_match(&name, &term("xw-xw"), &NO_FILE_READINGS).is_none());
    assert!(pinyin_match(&name, &term("xw2"), &NO_FILE_READINGS).is_none());
}

#[test]
fn folding_runs_of_ascii_at_once_equals_folding_each_character() {
    use crate::model::search::fold_char;
    for text in [
        "",
        "ABC xyz",
        "驛站 Courier STATION",
        "ＸＷ希望小屋xw",
        "“Rainbow Umbrella” 彩虹傘 No. 6 yp-A",
        "鄉村好青年\u{3000}ＡＢＣ",
    ] {
        let slow: String = text.chars().map(fold_char).collect();
        assert_eq!(fold(text), slow, "{text}");
    }
}

mod properties {
    use super::NO_FILE_READINGS;
    use crate::model::fixture::embedded;
    use crate::model::query::Query;
    use crate::model::search::{SearchIndex, fold, highlight, pinyin_match, terms};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn folding_keeps_every_character(s in any::<String>()) {
            prop_assert_eq!(fold(&s).chars().count(), s.chars().count());
        }

        #[test]
        fn highlighting_keeps_the_text(text in any::<String>(), q in any::<String>()) {
            let joined: String = highlight(&text, &terms(&q), &NO_FILE_READINGS).into_iter().map(|(run, _)| run).collect();
            prop_assert_eq!(joined, text);
        }

        #[test]
        fn search_never_panics(q in any::<String>(), name in "[\\u{4e00}-\\u{4e20}a-z ]{0,40}") {
            let d = embedded();
            let index = SearchIndex::new(d);
            let mut query = Query::default();
            query.set_text(&q);
            let visible = query.visible(d, &index);
            prop_assert!(visible.len() <= d.projects.len());
            let chars: Vec<char> = name.chars().collect();
            for term in terms(&q) {
                let _ = pinyin_match(&chars, &term, &NO_FILE_READINGS);
            }
        }
    }
}

/// A term that almost matches everywhere (xixi…xiq against 希望希望…) would take exponential
/// time without the memo of failed states: each state is tried a bounded number of times.
#[test]
fn pinyin_matching_stays_linear_in_its_states_on_adversarial_input() {
    let chars: Vec<char> = "希望".repeat(200).chars().collect();
    let term: Vec<char> = format!("{}q", "xi".repeat(99)).chars().collect();
    let (found, steps) = super::pinyin_match_counted(&chars, &term);
    assert_eq!(found, None);
    let states = (chars.len() + 1) * (term.len() + 1);
    assert!(steps <= 4 * states, "{steps} steps for {states} states");
    // The bound is not loose: a term that matches at once takes a handful of steps.
    let (found, steps) = super::pinyin_match_counted(&chars, &['x', 'w']);
    assert_eq!(found, Some((0, 2)));
    assert!(steps <= 4, "{steps}");
}

/// A list made in the editor: characters the build's tables do not have, with the file's own
/// Traditional text and pinyin readings.
#[test]
fn a_file_brings_pinyin_and_traditional_for_characters_the_build_lacks() {
    use super::SearchIndex;
    let mut data = embedded().clone();
    let p = &mut data.projects.to_mut()[0];
    p.name.zh = "麒麟青年读书会".into();
    p.name.hant = "麒麟青年讀書會".into();
    let find = |data: &crate::model::data::Dataset, q: &str| {
        let index = SearchIndex::new(data);
        index.matching(data, &terms(q))[0]
    };
    assert!(
        !find(&data, "qilin"),
        "no readings for 麒麟 in the build's table"
    );
    data.pinyin = schema::Readings::new(vec![
        ("麒".into(), "qi".into()),
        ("麟".into(), "lin".into()),
        // A reading that is not toneless pinyin is ignored.
        ("读".into(), "<b>".into()),
    ]);
    assert!(find(&data, "qilin"));
    assert!(find(&data, "qlqn"));
    assert!(
        find(&data, "讀書會"),
        "the file's Traditional text is searched"
    );
    assert!(find(&data, "读书会"));
    // The match is marked with the file's readings.
    let runs = super::highlight("麒麟青年读书会", &terms("qilin"), &data.pinyin);
    assert_eq!(runs[0], ("麒麟".to_string(), true));
}

/// Readers' own words: a project's keywords are searched like its name, in either script and
/// by pinyin.
#[test]
fn keywords_find_their_project() {
    assert_eq!(search_ids("快递员"), ["warm-bee"]);
    assert_eq!(search_ids("托管"), ["summer-care"]);
    assert_eq!(search_ids("防诈骗"), ["rainbow-umbrella"]);
    assert_eq!(search_ids("防詐騙"), ["rainbow-umbrella"], "in Traditional");
    assert_eq!(search_ids("kuaidiyuan"), ["warm-bee"], "by pinyin");
    assert_eq!(search_ids("kdy"), ["warm-bee"], "by initials");
}
