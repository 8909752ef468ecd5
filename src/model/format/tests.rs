//! Figures in words in each language, exactly.

use super::{FigureParts, english_amount};
use crate::i18n::Lang;
use crate::model::fixture::*;

#[test]
fn figures_display_with_the_report_wording() {
    let d = embedded();
    let all: Vec<String> = d
        .projects
        .iter()
        .flat_map(|p| p.figures.iter())
        .chain(d.review.figures.iter())
        .map(|f| FigureParts::of(f, Lang::Hans).text(Lang::Hans))
        .collect();
    for expected in [
        "5000万元以上",
        "10场以上",
        "4000余万元",
        "已建在建694个",
        "不少于10000平方米",
        "10000人次以上",
        "168.5万",
        "3.7万个",
        "50余家",
        "百亿",
        "八大类",
        "100场次",
    ] {
        assert!(
            all.iter().any(|s| s == expected),
            "{expected} not shown; have {all:?}"
        );
    }
}

#[test]
fn english_amounts_are_exact() {
    assert_eq!(english_amount(5_000 * 10_000 * 1000), "50 million");
    assert_eq!(english_amount(168_500 * 10_000), "1.685 million");
    assert_eq!(english_amount(3_700 * 10_000), "37,000");
    assert_eq!(english_amount(100_000 * 100_000_000), "10 billion");
    assert_eq!(english_amount(10_000_000), "10,000");
    assert_eq!(english_amount(694_000), "694");
    assert_eq!(english_amount(168_500), "168.5");
    assert_eq!(english_amount(43_500_000_000), "43.5 million");
}

#[test]
fn figures_read_naturally_in_each_language() {
    let d = embedded();
    let find = |value: &str, unit: &str| {
        d.projects
            .iter()
            .flat_map(|p| p.figures.iter())
            .chain(d.review.figures.iter())
            .find(|f| f.value == value && f.unit.zh == unit)
            .unwrap()
    };
    let cases = [
        (
            "5000",
            "万元",
            "5000万元以上",
            "5000萬元以上",
            "50 million yuan or more",
        ),
        (
            "4000",
            "万元",
            "4000余万元",
            "4000餘萬元",
            "over 40 million yuan",
        ),
        (
            "10000",
            "人次",
            "10000人次以上",
            "10000人次以上",
            "10,000 visits or more",
        ),
        (
            "10000",
            "平方米",
            "不少于10000平方米",
            "不少於10000平方米",
            "no less than 10,000 square metres",
        ),
        (
            "694",
            "个",
            "已建在建694个",
            "已建在建694個",
            "694 houses built or being built",
        ),
        ("168.5", "万", "168.5万", "168.5萬", "1.685 million"),
        ("3.7", "万个", "3.7万个", "3.7萬個", "37,000 jobs"),
        ("百", "亿", "百亿", "百億", "10 billion yuan"),
        ("八", "大类", "八大类", "八大類", "8 categories"),
    ];
    for (value, unit, hans, hant, en) in cases {
        let f = find(value, unit);
        assert_eq!(FigureParts::of(f, Lang::Hans).text(Lang::Hans), hans);
        assert_eq!(FigureParts::of(f, Lang::Hant).text(Lang::Hant), hant);
        assert_eq!(FigureParts::of(f, Lang::En).text(Lang::En), en);
    }
}
