//! The embedded data against the report: every sentence verbatim, every number a figure, the
//! eleven projects in report order, and the texts in three languages.

use crate::i18n::{Lang, UI_EN, UI_HANS, UI_HANT};
use crate::model::data::{Figure, Kind, Qualifier};
use crate::model::fixture::*;

#[test]
fn glosses_are_stripped_and_text_is_simplified() {
    let body = report_body();
    assert!(
        !body.contains("(wǎng)") && !body.contains('網'),
        "{}",
        &body[..200]
    );
    assert!(body.contains("大众网·海报新闻记者 肖阳 济南报道"));
    assert!(body.contains("全委(扩大)会议"), "real parentheses survive");
}

#[test]
fn every_source_sentence_is_verbatim_from_the_report() {
    let body = report_body();
    let d = embedded();
    let mut all = Vec::new();
    for p in d.projects.iter() {
        all.extend(p.sources.iter().map(|s| (p.id.to_string(), s)));
    }
    all.extend(d.review.sources.iter().map(|s| ("review".to_string(), s)));
    for dir in d.directions.iter() {
        all.extend(dir.sources.iter().map(|s| (dir.id.to_string(), s)));
    }
    assert!(all.len() > 20);
    for (record, sentence) in all {
        assert!(
            body.contains(sentence.as_ref()),
            "{record}: not in the report: {sentence}"
        );
    }
}

#[test]
fn the_list_has_the_eleven_projects_in_report_order() {
    let d = embedded();
    let ids: Vec<&str> = d.projects.iter().map(|p| p.id.as_ref()).collect();
    assert_eq!(
        ids,
        [
            "rural-youth",
            "hope-house",
            "youth-station",
            "warm-bee",
            "youth-community",
            "rainbow-umbrella",
            "after-school",
            "summer-care",
            "youth-startup",
            "grassroots-talks",
            "youth-jinan-online"
        ]
    );
    let body = report_body();
    let list = &body[body.find("再推“实事清单”").unwrap()..];
    let unquoted = list.replace(['“', '”', '‘', '’'], "");
    let mut last = 0;
    for p in d.projects.iter() {
        // Names are the report's, less the quotes it sets some of them in.
        let bare = p.name.zh.replace(['“', '”', '‘', '’'], "");
        assert!(
            unquoted.contains(&bare),
            "{} is not named in the list",
            p.name.zh
        );
        let first_source = list.find(p.sources[0].as_ref()).unwrap();
        assert!(first_source >= last, "{} is out of report order", p.id);
        last = first_source;
    }
}

/// Numbers in a sentence, as the report writes them (digits and a decimal point).
fn numbers_in(sentence: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in sentence.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || (c == '.' && !cur.is_empty()) {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    out
}

/// Years and dates, which are not figures.
fn is_date(sentence: &str, number: &str) -> bool {
    ["年", "届", "月", "日"]
        .iter()
        .any(|suffix| sentence.contains(&format!("{number}{suffix}")))
}

#[test]
fn every_number_in_a_project_sentence_is_one_of_its_figures() {
    let d = embedded();
    for p in d.projects.iter() {
        for sentence in p.sources.iter() {
            for n in numbers_in(sentence) {
                if is_date(sentence, &n) {
                    continue;
                }
                assert!(
                    p.figures.iter().any(|f| f.value == n.as_str()),
                    "{}: the report gives {n} in «{sentence}» but the card has no such figure",
                    p.id
                );
            }
        }
    }
}

#[test]
fn every_number_in_the_2021_sentence_is_a_review_figure() {
    let d = embedded();
    let review = &d.review;
    let sentence = review.sources.iter().find(|s| s.contains("66万")).unwrap();
    let numbers: Vec<String> = numbers_in(sentence)
        .into_iter()
        .filter(|n| !is_date(sentence, n))
        .collect();
    assert_eq!(numbers.len(), 13, "{numbers:?}");
    for n in &numbers {
        assert!(
            review.figures.iter().any(|f| f.value == n.as_str()),
            "2021 figure {n} missing"
        );
    }
    // 百亿 is written in characters.
    assert!(
        review
            .figures
            .iter()
            .any(|f| f.value == "百" && f.unit.zh == "亿")
    );
    assert_eq!(review.figures.len(), 14);
    assert!(
        review
            .figures
            .iter()
            .all(|f| f.kind == Kind::Earlier && f.year == Some(2021))
    );
}

#[test]
fn projects_without_figures_in_the_report_have_none() {
    let d = embedded();
    for id in ["grassroots-talks", "youth-jinan-online"] {
        let p = d.projects.iter().find(|p| p.id == id).unwrap();
        assert!(p.figures.is_empty(), "{id}");
    }
}

#[test]
fn hope_house_pairs_built_with_the_2022_target() {
    let d = embedded();
    let p = d.projects.iter().find(|p| p.id == "hope-house").unwrap();
    let houses: Vec<&Figure> = p
        .figures
        .iter()
        .filter(|f| f.measure.as_deref() == Some("houses"))
        .collect();
    assert_eq!(houses.len(), 2);
    assert!(houses.iter().any(|f| f.value == "694"
        && f.kind == Kind::Cumulative
        && f.qualifier == Some(Qualifier::BuiltOrBuilding)));
    // 100 new houses on top of the 694: an addition, not a level to compare with.
    assert!(
        houses
            .iter()
            .any(|f| f.value == "100" && f.kind == Kind::Target && f.adds)
    );
}

#[test]
fn traditional_texts_are_converted_from_the_simplified_ones() {
    let d = embedded();
    for tr in all_tr(d) {
        assert_eq!(tr.hant, hanconv::s2tw(&*tr.zh), "{}", tr.zh);
        assert_eq!(
            hanconv::s2tw(&*tr.hant),
            tr.hant,
            "no Simplified form left in {}",
            tr.hant
        );
    }
    let station = d.projects.iter().find(|p| p.id == "youth-station").unwrap();
    assert_eq!(
        station.name.get(Lang::Hant),
        "“青年驛站”求職學生免費住宿服務項目"
    );
    assert_eq!(
        station.name.get(Lang::Hans),
        "“青年驿站”求职学生免费住宿服务项目"
    );
}

#[test]
fn english_texts_have_no_chinese_and_ui_strings_exist_in_three_languages() {
    for tr in all_tr(embedded()) {
        // The unit of 66万 is only a multiplier, so its English unit may be empty.
        assert!(!tr.en.trim().is_empty() || tr.zh == "万", "{}", tr.zh);
        assert!(!has_cjk(&tr.en), "Chinese left in English: {}", tr.en);
    }
    let (hans, hant, en) = (UI_HANS.all(), UI_HANT.all(), UI_EN.all());
    assert!(hans.len() > 40);
    for ((s, t), e) in hans.iter().zip(&hant).zip(&en) {
        assert_eq!(*t, hanconv::s2tw(s));
        assert!(!has_cjk(e), "Chinese left in an English UI string: {e}");
    }
    assert_eq!(UI_HANT.search_label, "搜索項目");
}

/// Every quote is the report's Simplified original: none keeps a character that the Traditional
/// copy merged from two (著力 where the original prints 着力).
#[test]
fn quotes_have_no_character_that_traditional_merged() {
    let d = embedded();
    let quotes = d
        .projects
        .iter()
        .flat_map(|p| p.sources.iter())
        .chain(d.review.sources.iter())
        .chain(d.directions.iter().flat_map(|x| x.sources.iter()));
    let mut found = Vec::new();
    for quote in quotes {
        for (c, forms) in MERGED_IN_TRADITIONAL {
            if quote.contains(c) {
                found.push(format!("{c} (one of {forms}) in: {quote}"));
            }
        }
    }
    assert_eq!(found, Vec::<String>::new());
    // The corrected forms are the ones the quotes use.
    for (_, original) in ORIGINAL_FORMS {
        assert!(
            d.directions
                .iter()
                .flat_map(|x| x.sources.iter())
                .any(|s| s.contains(original)),
            "{original}"
        );
    }
}
