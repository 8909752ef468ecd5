//! Suggestions for a search that found nothing.

use super::{Suggestion, suggestions};
use crate::model::fixture::*;

fn suggested(text: &str) -> Vec<(String, String)> {
    let d = embedded();
    suggestions(d, text)
        .into_iter()
        .map(|Suggestion { project, text }| (d.projects[project].id.to_string(), text))
        .collect()
}

#[test]
fn one_wrong_or_missing_letter_of_pinyin_is_forgiven() {
    let hope = vec![("hope-house".to_string(), "希望小屋".to_string())];
    assert_eq!(suggested("xiwangxiaowo"), hope, "one wrong letter");
    assert_eq!(suggested("xiwangxiaow"), hope, "one missing letter");
    assert_eq!(suggested("xiwangxxiaowu"), hope, "one extra letter");
    assert_eq!(suggested("XiWang XiaoWo"), hope, "case and spaces");
    assert_eq!(suggested("qingnianyizhan")[0].1, "青年驿站");
    assert!(suggested("xiwangdaxue").is_empty(), "two letters off");
    assert!(suggested("xwo").is_empty(), "too short to guess");
}

#[test]
fn one_wrong_character_is_forgiven() {
    assert_eq!(
        suggested("希望小房")[0],
        ("hope-house".to_string(), "希望小屋".to_string())
    );
    assert_eq!(suggested("青年驛占")[0].1, "青年驿站", "in either script");
    assert!(suggested("火星").is_empty());
    assert!(suggested("屋").is_empty(), "one character is too little");
}

#[test]
fn at_most_three_suggestions_nearest_first() {
    // 项目 (with a wrong first character) stands in many names.
    let many = suggested("顷目");
    assert_eq!(many.len(), 3);
}
