//! Progress over the year, on the sample list with invented progress, and nothing of it on the
//! built-in list.

use crate::model::data::{Kind, Status};
use crate::model::fixture::*;
use crate::model::progress::{bars, has_target, share, summary};

fn project(id: &str) -> &'static crate::model::data::Project {
    with_progress()
        .projects
        .iter()
        .find(|p| p.id == id)
        .unwrap()
}

#[test]
fn the_built_in_list_has_no_progress() {
    let d = embedded();
    assert_eq!(summary(d), None);
    assert!(
        d.projects
            .iter()
            .all(|p| p.latest().is_none() && bars(p).is_empty())
    );
}

#[test]
fn a_target_is_shown_with_its_latest_achieved_figure_and_the_share_rounded_down() {
    let houses = bars(project("hope-house"));
    assert_eq!(houses.len(), 1);
    assert_eq!(houses[0].target.value, "100");
    // The latest of 41 (June) and 62 (September).
    assert_eq!(houses[0].achieved.value, "62");
    assert_eq!(houses[0].share, Some(62));
    // 4200万元 of 5000万元以上: 84%, the qualifier does not change it.
    let loans = bars(project("rural-youth"));
    assert_eq!(loans[0].share, Some(84));
    // More than the target: 10600 of 10000人次以上, 106%.
    let visits = bars(project("after-school"));
    assert!(visits.iter().any(|b| b.share == Some(106)), "{visits:?}");
    // The achieved figures are shown with their targets, not on their own.
    let p = project("hope-house");
    assert!(
        p.figures
            .iter()
            .filter(|f| f.kind == Kind::Achieved)
            .all(|f| has_target(&p.figures, f))
    );
}

#[test]
fn a_share_is_computed_only_from_plain_numbers_of_one_unit() {
    let p = project("hope-house");
    let (target, achieved) = (&p.figures[0], p.figures.last().unwrap());
    let mut other_unit = achieved.clone();
    other_unit.unit.zh = "间".into();
    assert_eq!(share(&other_unit, target), None);
    let mut not_a_number = achieved.clone();
    not_a_number.value = "六十余".into();
    assert_eq!(share(&not_a_number, target), None);
    assert_eq!(share(achieved, target), Some(62));
}

#[test]
fn the_summary_counts_each_project_by_its_latest_update() {
    let s = summary(with_progress()).unwrap();
    assert_eq!(s.latest, "2022-09-30");
    assert_eq!(
        s.counts,
        vec![
            (Status::Behind, 1),
            (Status::NotStarted, 1),
            (Status::OnSchedule, 1),
            (Status::Ahead, 1),
            (Status::Completed, 1),
        ]
    );
    assert_eq!(project("hope-house").latest().unwrap().as_of, "2022-09-30");
}
