//! What the charts draw, and the extremes the schema allows.

use crate::model::fixture::*;

#[test]
fn charts_follow_the_visible_projects() {
    let d = embedded();
    let all: Vec<usize> = (0..d.projects.len()).collect();
    let pairs = crate::model::charts::comparisons(d, &all);
    let got: Vec<(&str, u32, u32)> = pairs
        .iter()
        .map(|c| (&*d.projects[c.project].id, c.before_len, c.target_len))
        .collect();
    assert_eq!(got, [("rural-youth", 800, 1000), ("hope-house", 1000, 144)]);
    let bars = crate::model::charts::targets_by_theme(d, &all);
    let jobs = bars
        .iter()
        .find(|b| d.themes[b.theme].id == "jobs")
        .unwrap();
    assert_eq!(
        jobs.targets.len(),
        4,
        "rural loans and events, startup space and workstations"
    );
    assert!(jobs.targets.iter().all(
        |&at| crate::model::charts::figure(d, at).kind == crate::model::data::Kind::Target2022
    ));
    let none = crate::model::charts::targets_by_theme(d, &[9, 10]);
    assert!(none.is_empty(), "projects without figures draw nothing");
}
