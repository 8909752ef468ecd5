//! Citations hold the figure as shown, the exact sentence and the link, in each language.

use super::citation;
use crate::i18n::Lang;
use crate::model::fixture::embedded;

#[test]
fn a_citation_holds_the_figure_its_sentence_and_the_link() {
    let data = embedded();
    let p = &data.projects[0];
    let f = &p.figures[0];
    let link = "https://example.org/y/projects/rural-youth/";
    let zh = citation(p, f, &data.report, Lang::Hans, link);
    let sentence = p
        .sources
        .iter()
        .find(|s| s.contains(f.core_text().as_str()))
        .unwrap();
    assert!(zh.contains(&format!("“{sentence}”")), "{zh}");
    assert!(zh.contains("5000万元"), "{zh}");
    assert!(zh.contains("大众网·海报新闻,2022年3月"), "{zh}");
    assert!(zh.ends_with(link), "{zh}");
    let en = citation(p, f, &data.report, Lang::En, link);
    assert!(
        en.contains(&format!("“{sentence}”")),
        "the sentence stays Simplified: {en}"
    );
    assert!(
        en.contains("March 2022") && en.contains("Dazhong.com"),
        "{en}"
    );
    let hant = citation(p, f, &data.report, Lang::Hant, link);
    assert!(hant.contains(&format!("“{sentence}”")), "{hant}");
    assert!(hant.starts_with(&*p.name.hant), "{hant}");
}

#[test]
fn a_project_page_sits_beside_the_standalone_page() {
    use super::project_link;
    assert_eq!(
        project_link(Some("https://x.org/y/index.html"), "warm-bee"),
        "https://x.org/y/projects/warm-bee/"
    );
    assert_eq!(
        project_link(Some("../../index.html"), "warm-bee"),
        "../../projects/warm-bee/"
    );
    assert_eq!(project_link(None, "warm-bee"), "projects/warm-bee/");
}
