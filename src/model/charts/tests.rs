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
        |&at| crate::model::charts::figure(d, at).kind == crate::model::data::Kind::Target
    ));
    let none = crate::model::charts::targets_by_theme(d, &[9, 10]);
    assert!(none.is_empty(), "projects without figures draw nothing");
}

/// The rural-youth project with its loans (4000余万元 → 5000万元以上) set to other values.
fn with_loans(before: &str, target: &str, unit: &str) -> crate::model::data::Dataset {
    let mut d = embedded().clone();
    let p = &mut d.projects.to_mut()[0];
    let figures = p.figures.to_mut();
    let mut changed = 0;
    for f in figures
        .iter_mut()
        .filter(|f| f.measure.as_deref() == Some("loans"))
    {
        let value = if f.kind == crate::model::data::Kind::Target {
            target
        } else {
            before
        };
        f.value = value.to_string().into();
        f.unit.zh = unit.to_string().into();
        changed += 1;
    }
    assert_eq!(changed, 2, "the fixture's loan pair");
    d
}

/// Bars stay right at the largest values the schema accepts: 15 digits before the point, times
/// the 亿 of the unit, where magnitudes times 1000 no longer fit a `u64`.
#[test]
fn comparison_bars_hold_at_the_extremes_the_schema_allows() {
    for (before, target, unit, lengths) in [
        ("200000", "100000", "亿元", (1000, 500)),
        ("100000", "200000", "亿元", (500, 1000)),
        ("99999", "99999.999", "亿元", (999, 1000)),
        ("0", "5000", "万元", (0, 1000)),
        ("0", "0", "万元", (0, 0)),
        ("999999999999", "1", "万元", (1000, 0)),
    ] {
        let d = with_loans(before, target, unit);
        let pairs = crate::model::charts::comparisons(&d, &[0]);
        let got: Vec<(u32, u32)> = pairs.iter().map(|c| (c.before_len, c.target_len)).collect();
        assert_eq!(got, [lengths], "{before} → {target} {unit}");
    }
    // A value too large for a magnitude at all (15 digits times 亿) draws no pair rather than a
    // wrong one.
    let d = with_loans("999999999999999", "1", "亿元");
    assert!(crate::model::charts::comparisons(&d, &[0]).is_empty());
}

/// The pairs chart gains what has been achieved of a target, on the pair's scale.
#[test]
fn pairs_gain_the_achieved_figure() {
    let d = with_progress();
    let all: Vec<usize> = (0..d.projects.len()).collect();
    let pairs = crate::model::charts::comparisons(d, &all);
    let houses = pairs
        .iter()
        .find(|c| d.projects[c.project].id == "hope-house")
        .unwrap();
    let achieved = crate::model::charts::figure(d, houses.achieved.unwrap());
    assert_eq!(achieved.value, "62");
    assert_eq!(
        (houses.before_len, houses.target_len, houses.achieved_len),
        (1000, 144, 89)
    );
    assert!(
        crate::model::charts::comparisons(embedded(), &all)
            .iter()
            .all(|c| c.achieved.is_none())
    );
}
