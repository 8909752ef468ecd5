//! Search, facets, counts and sort over the embedded data.

use super::{Facet, Query, Sort};
use crate::model::fixture::*;
use crate::model::search::SearchIndex;
use crate::model::url;

#[test]
fn search_finds_chinese_substrings() {
    assert_eq!(visible_ids(&text("快递")), ["warm-bee"]);
    assert_eq!(visible_ids(&text("驿站")), ["youth-station", "warm-bee"]);
    assert_eq!(visible_ids(&text("小屋")), ["hope-house"]);
    assert_eq!(visible_ids(&text("  小屋 ")), ["hope-house"]);
    assert!(visible_ids(&text("火星")).is_empty());
    assert_eq!(visible_ids(&text("")).len(), 11);
}

#[test]
fn search_terms_must_all_match_and_tags_are_searched() {
    // 新就业群体 is the audience tag of 暖蜂行动, not in its texts.
    assert_eq!(visible_ids(&text("新就业群体")), ["warm-bee"]);
    assert_eq!(visible_ids(&text("驿站 快递")), ["warm-bee"]);
    assert_eq!(
        visible_ids(&text("驿站　求职")),
        ["youth-station"],
        "full-width space splits terms"
    );
}

#[test]
fn facets_widen_within_a_group_and_narrow_across_groups() {
    let mut q = Query::default();
    q.toggle(Facet::Theme, "jobs");
    assert_eq!(
        visible_ids(&q),
        ["rural-youth", "youth-station", "youth-startup"]
    );
    q.toggle(Facet::Theme, "services");
    assert_eq!(
        visible_ids(&q),
        [
            "rural-youth",
            "youth-station",
            "warm-bee",
            "youth-startup",
            "youth-jinan-online"
        ]
    );
    q.toggle(Facet::Audience, "students");
    assert_eq!(visible_ids(&q), ["youth-station"]);
    q.toggle(Facet::Theme, "jobs");
    q.toggle(Facet::Theme, "services");
    assert_eq!(q.themes, Vec::<String>::new());
}

#[test]
fn counts_show_what_each_option_would_give() {
    let d = embedded();
    let index = SearchIndex::new(d);
    let q = Query::default();
    let counts = q.counts(Facet::Theme, d, &index);
    let expected: Vec<usize> = d
        .themes
        .iter()
        .map(|t| {
            d.projects
                .iter()
                .filter(|p| p.themes.contains(&t.id))
                .count()
        })
        .collect();
    assert_eq!(counts, expected);
    let mut q = text("驿站");
    q.toggle(Facet::Theme, "jobs");
    let themes = q.counts(Facet::Theme, d, &index);
    let services = d.themes.iter().position(|t| t.id == "services").unwrap();
    assert_eq!(
        themes[services], 2,
        "services would add 暖蜂行动 to 青年驿站"
    );
    let audiences = q.counts(Facet::Audience, d, &index);
    assert_eq!(
        audiences.iter().sum::<usize>(),
        1,
        "only 青年驿站 is jobs and 驿站"
    );
}

#[test]
fn sorts_by_name_in_pinyin_and_by_largest_figure() {
    let mut q = Query {
        sort: Sort::Name,
        ..Query::default()
    };
    let by_name = visible_ids(&q);
    assert_eq!(
        by_name.first().map(String::as_str),
        Some("summer-care"),
        "ai xin zhu tuo"
    );
    assert_eq!(
        by_name.last().map(String::as_str),
        Some("rural-youth"),
        "xiang cun"
    );
    q.sort = Sort::Largest;
    let largest = visible_ids(&q);
    assert_eq!(largest[0], "rural-youth", "5000万元 is the largest figure");
    assert_eq!(
        &largest[9..],
        ["grassroots-talks", "youth-jinan-online"],
        "no figures last"
    );
}

#[test]
fn retain_known_drops_ids_the_data_does_not_have() {
    let mut q = url::decode("theme=jobs,nope&audience=kids,x");
    q.retain_known(embedded());
    assert_eq!(q.themes, ["jobs"]);
    assert_eq!(q.audiences, ["kids"]);
}

/// The status filter and order, on the sample list with invented progress: a project counts by
/// its latest update, one without updates has no status.
#[test]
fn status_filters_counts_and_order() {
    let d = with_progress();
    let index = SearchIndex::new(d);
    let ids = |q: &Query| -> Vec<String> {
        q.visible(d, &index)
            .into_iter()
            .map(|i| d.projects[i].id.to_string())
            .collect()
    };
    let mut q = Query::default();
    // In Status::ALL's order: behind, not started, on schedule, ahead, completed.
    assert_eq!(q.counts(Facet::Status, d, &index), [1, 1, 1, 1, 1]);
    q.toggle(Facet::Status, "behind");
    assert_eq!(ids(&q), ["warm-bee"]);
    q.toggle(Facet::Status, "on-schedule");
    assert_eq!(ids(&q), ["hope-house", "warm-bee"]);
    // Groups narrow: a theme and a status.
    q.toggle(Facet::Theme, "children");
    assert_eq!(ids(&q), ["hope-house"]);
    assert_eq!(q.counts(Facet::Status, d, &index), [0, 0, 1, 0, 1]);
    let q = Query {
        sort: Sort::Status,
        ..Query::default()
    };
    let order = ids(&q);
    assert_eq!(
        &order[..5],
        [
            "warm-bee",
            "youth-startup",
            "hope-house",
            "rural-youth",
            "after-school"
        ]
    );
    assert_eq!(order.len(), 11, "projects without updates last");
}

/// The built-in list has no updates: a status in a link, or the order by status, is dropped.
#[test]
fn without_updates_there_is_no_status_filter() {
    let d = embedded();
    assert!(!Facet::Status.offered(d));
    let mut q = url::decode("?status=behind&sort=status&theme=jobs");
    q.retain_known(d);
    assert!(q.statuses.is_empty());
    assert_eq!(q.sort, Sort::Report);
    assert_eq!(q.themes, ["jobs"]);
    let mut q = url::decode("?status=late,behind");
    q.retain_known(with_progress());
    assert_eq!(q.statuses, ["behind"]);
}
