//! The query string codec.

use crate::i18n::Lang;
use crate::model::fixture::embedded;
use crate::model::query::{Facet, Query, Sort};
use crate::model::url;

#[test]
fn url_round_trips_a_view() {
    let mut q = Query::default();
    q.toggle(Facet::Theme, "services");
    q.toggle(Facet::Theme, "jobs");
    q.toggle(Facet::Audience, "kids");
    q.set_text("快递 小哥&=?#%");
    q.sort = Sort::Largest;
    let s = url::encode(&q);
    assert!(
        s.starts_with("theme=jobs,services&audience=kids&q=%E5%BF%AB"),
        "{s}"
    );
    assert_eq!(url::decode(&s), q);
    assert_eq!(url::decode(&format!("?{s}")), q);
    assert_eq!(url::encode(&Query::default()), "");
}

#[test]
fn url_ignores_what_it_does_not_understand() {
    let q = url::decode(
        "?theme=JOBS,jobs,,a%20b&sort=random&q=%E5%BF%AB%E9%80%92&q2=x&audience=%ZZ&=&&lang",
    );
    assert_eq!(q.themes, ["jobs"]);
    assert_eq!(q.audiences, Vec::<String>::new());
    assert_eq!(q.text, "快递");
    assert_eq!(q.sort, Sort::Report);
    assert_eq!(
        url::decode("q=%FF%FE").text,
        "",
        "bytes that are not UTF-8 are dropped"
    );
    assert_eq!(url::decode("q=a+b").text, "a b");
    assert_eq!(
        url::decode("q=%E5%BF").text,
        "",
        "a cut character is dropped"
    );
}

#[test]
fn url_merge_keeps_foreign_parameters() {
    let mut q = Query::default();
    q.toggle(Facet::Theme, "jobs");
    assert_eq!(
        url::merge("?from=singlemessage&theme=kids&isappinstalled=0", &q),
        "?from=singlemessage&isappinstalled=0&theme=jobs"
    );
    assert_eq!(url::merge("?theme=kids&q=x", &Query::default()), "");
    assert_eq!(url::merge("", &Query::default()), "");
}

#[test]
fn long_search_text_is_cut() {
    let q = url::decode(&format!("q={}", "驿".repeat(500)));
    assert_eq!(q.text.chars().count(), crate::model::query::MAX_TEXT_CHARS);
}

#[test]
fn url_carries_language_and_open_project() {
    let mut q = url::decode("lang=EN&project=warm-bee");
    assert_eq!(q.lang, Lang::En);
    assert_eq!(q.project.as_deref(), Some("warm-bee"));
    assert_eq!(url::encode(&q), "lang=en&project=warm-bee");
    assert_eq!(url::decode(&url::encode(&q)), q);
    q.retain_known(embedded());
    assert_eq!(q.project.as_deref(), Some("warm-bee"));
    let mut bad = url::decode("lang=fr&project=nope");
    bad.retain_known(embedded());
    assert_eq!((bad.lang, bad.project), (Lang::Hans, None));
    assert_eq!(url::decode("lang=zh-hant").lang, Lang::Hant);
}

mod properties {
    use crate::i18n::Lang;
    use crate::model::query::{Facet, MAX_TEXT_CHARS, Query, Sort};
    use crate::model::url;
    use proptest::collection::vec;
    use proptest::prelude::*;

    fn id() -> impl Strategy<Value = String> {
        "[a-z0-9-]{1,24}"
    }

    fn query() -> impl Strategy<Value = Query> {
        (
            vec(id(), 0..4),
            vec(id(), 0..4),
            vec(id(), 0..3),
            any::<String>(),
            0..4usize,
            0..3usize,
            proptest::option::of(id()),
        )
            .prop_map(|(themes, audiences, statuses, text, sort, lang, project)| {
                let mut q = Query::default();
                for s in statuses {
                    if !q.statuses.contains(&s) {
                        q.toggle(Facet::Status, &s);
                    }
                }
                for t in themes {
                    if !q.themes.contains(&t) {
                        q.toggle(Facet::Theme, &t);
                    }
                }
                for a in audiences {
                    if !q.audiences.contains(&a) {
                        q.toggle(Facet::Audience, &a);
                    }
                }
                q.set_text(&text);
                q.sort = Sort::ALL[sort];
                q.lang = Lang::ALL[lang];
                q.project = project;
                q
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn url_round_trips(q in query()) {
            prop_assert_eq!(url::decode(&url::encode(&q)), q.clone());
            let merged = url::merge("?from=singlemessage&x=%E4%B8%AD", &q);
            prop_assert_eq!(url::decode(&merged), q);
        }

        #[test]
        fn url_decoding_never_panics(s in any::<String>(), bytes in vec(any::<u8>(), 0..200)) {
            let _ = url::decode(&s);
            let _ = url::merge(&s, &Query::default());
            let lossy = String::from_utf8_lossy(&bytes);
            let q = url::decode(&lossy);
            prop_assert!(q.text.chars().count() <= MAX_TEXT_CHARS);
        }
    }
}

#[test]
fn a_form_without_javascript_repeats_the_key_per_option() {
    let q = super::decode("?theme=jobs&theme=children&audience=kids&theme=jobs");
    assert_eq!(q.themes, ["children", "jobs"]);
    assert_eq!(q.audiences, ["kids"]);
}

#[test]
fn url_carries_the_status_filter_and_order() {
    let q = url::decode("?status=behind,not-started&sort=status&status=behind");
    assert_eq!(q.statuses, ["behind", "not-started"]);
    assert_eq!(q.sort, Sort::Status);
    assert_eq!(url::encode(&q), "status=behind,not-started&sort=status");
}
