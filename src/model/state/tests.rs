//! The reducer: every action, runtime data's included, and what each says about the history.

use super::*;
use crate::model::fixture::*;
use crate::model::query::{Facet, Query, Sort};
use crate::model::url;
use schema::{DataError, Problem, Problems};

fn shared() -> SharedData {
    SharedData(Rc::new(embedded().clone()))
}

fn state(query: &str) -> State {
    State::new(url::decode(query), shared(), None)
}

/// The embedded data, less its first theme and first project: runtime data that lacks ids a
/// query may name.
fn smaller() -> SharedData {
    let mut d = embedded().clone();
    d.themes.to_mut().remove(0);
    d.projects.to_mut().remove(0);
    SharedData(Rc::new(d))
}

fn three_problems() -> LoadError {
    LoadError::Data(Problems(
        (0..3)
            .map(|i| {
                DataError::new(
                    schema::Path::key(schema::Record::Project(i), schema::Key::Id),
                    None,
                    Problem::Empty,
                )
            })
            .collect(),
    ))
}

#[test]
fn show_more_grows_the_list_until_the_list_itself_changes() {
    let s = state("");
    assert_eq!(s.shown, PAGE);
    let s = s.apply(Action::ShowMore).apply(Action::ShowMore);
    assert_eq!(s.shown, 3 * PAGE);
    // Another language or an open detail view keeps the reader's place in the list...
    let s = s.apply(Action::SetLang(Lang::En));
    let s = s.apply(Action::OpenProject("warm-bee".into()));
    let s = s.apply(Action::CloseProject);
    assert_eq!(s.shown, 3 * PAGE);
    // ...a different list starts again at one page.
    for action in [
        Action::Toggle(Facet::Theme, "jobs".into()),
        Action::SetText("青年".into()),
        Action::SetSort(Sort::Largest),
        Action::ClearAll,
        Action::FromUrl(url::decode("q=x")),
        Action::Loaded(shared()),
    ] {
        let grown = state("theme=jobs&q=a").apply(Action::ShowMore);
        assert_eq!(grown.apply(action.clone()).shown, PAGE, "{action:?}");
    }
}

/// Typing records the text once it pauses; "show more" in that pause must not cancel it, so it
/// leaves the history mode of the last change of the query as it was.
#[test]
fn show_more_while_typing_keeps_the_pending_url_write() {
    let typed = state("").apply(Action::SetText("青年".into()));
    assert_eq!(typed.history, HistoryMode::Typing);
    let more = typed.apply(Action::ShowMore);
    assert_eq!(more.history, HistoryMode::Typing);
    assert_eq!(more.query, typed.query);
    let ticked = state("").apply(Action::Toggle(Facet::Theme, "jobs".into()));
    assert_eq!(ticked.apply(Action::ShowMore).history, HistoryMode::Push);
}

#[test]
fn actions_change_the_query_and_say_how_to_record_it() {
    let s = state("");
    let s = s.apply(Action::Toggle(Facet::Theme, "jobs".into()));
    assert_eq!(
        (s.query.themes.clone(), s.history),
        (vec!["jobs".to_string()], HistoryMode::Push)
    );
    let s = s.apply(Action::SetText("驿站".into()));
    assert_eq!(
        (s.query.text.as_str(), s.history),
        ("驿站", HistoryMode::Typing)
    );
    let s = s.apply(Action::SetSort(Sort::Name));
    let s = s.apply(Action::ClearAll);
    assert!(s.query.themes.is_empty() && s.query.audiences.is_empty() && s.query.text.is_empty());
    assert_eq!(s.query.sort, Sort::Name, "clear all keeps the sort");
    let s = s.apply(Action::FromUrl(url::decode("audience=kids")));
    assert_eq!(
        (s.query.audiences.clone(), s.history),
        (vec!["kids".to_string()], HistoryMode::Leave)
    );
    let s = s.apply(Action::OpenProject("warm-bee".into()));
    assert_eq!(
        (s.query.project.as_deref(), s.history),
        (Some("warm-bee"), HistoryMode::Push)
    );
    let s = s.apply(Action::CloseProject);
    assert_eq!((s.query.project, s.history), (None, HistoryMode::Replace));
}

#[test]
fn back_and_forward_drop_ids_the_data_does_not_have() {
    let s = state("").apply(Action::FromUrl(url::decode(
        "theme=jobs,nope&project=missing&q=x",
    )));
    assert_eq!(s.query.themes, ["jobs"]);
    assert_eq!(s.query.project, None);
    assert_eq!(s.query.text, "x");
}

#[test]
fn a_load_in_progress_then_loaded_swaps_the_data_and_keeps_what_it_knows() {
    let s = State::new(
        url::decode("theme=children,jobs&project=rural-youth&q=x"),
        shared(),
        Some("data/2023.json".into()),
    );
    assert_eq!(
        s.load,
        Load::Pending {
            src: "data/2023.json".into()
        }
    );
    let new = smaller();
    let s = s.apply(Action::ShowMore).apply(Action::Loaded(new.clone()));
    assert_eq!(s.data, new);
    assert_eq!(s.load, Load::Idle);
    assert_eq!(s.query.themes, ["jobs"], "the removed theme is dropped");
    assert_eq!(s.query.project, None, "the removed project is closed");
    assert_eq!(s.query.text, "x");
    assert_eq!((s.shown, s.history), (PAGE, HistoryMode::Replace));
}

#[test]
fn a_failed_load_keeps_the_data_until_dismissed() {
    let data = shared();
    let s = State::new(Query::default(), data.clone(), Some("bad.json".into()));
    let s = s.apply(Action::LoadFailed(three_problems()));
    assert_eq!(s.data, data, "the embedded data stays");
    let (src, error) = s.load_error().expect("a notice");
    assert_eq!((src, error.problems().len()), ("bad.json", 3));
    // The notice is the error, not a sentence: it is worded in whatever language is chosen.
    let s = s.apply(Action::SetLang(Lang::En));
    assert_eq!(
        s.load_error()
            .unwrap()
            .1
            .summary("bad.json", 2022, Lang::En),
        "Could not load the data from bad.json: the file has 3 problems. Showing the built-in 2022 data."
    );
    assert_eq!(
        s.load_error()
            .unwrap()
            .1
            .summary("bad.json", 2022, Lang::Hant),
        "無法加載 bad.json 的數據:文件有 3 個問題。仍顯示內置的2022年數據。"
    );
    let s = s.apply(Action::Dismiss);
    assert_eq!((s.load_error(), &s.load), (None, &Load::Idle));
    // A late or repeated failure with nothing pending shows nothing.
    let s = s.apply(Action::LoadFailed(LoadError::Timeout));
    assert_eq!(s.load, Load::Idle);
}

#[test]
fn the_reducer_keeps_the_same_state_when_nothing_shown_changes() {
    let s = Rc::new(state("theme=jobs"));
    let same = s.clone().reduce(Action::Dismiss);
    assert!(Rc::ptr_eq(&s, &same));
    let same = s.clone().reduce(Action::FromUrl(url::decode("theme=jobs")));
    assert!(Rc::ptr_eq(&s, &same));
    let changed = s.clone().reduce(Action::ShowMore);
    assert!(!Rc::ptr_eq(&s, &changed));
}

/// Ticks in the filter sheet rewrite the entry the sheet added; Back while it is open closes it
/// and keeps them.
#[test]
fn the_filter_sheet_keeps_its_ticks_in_one_history_entry() {
    let s = state("").apply(Action::OpenSheet);
    assert!(s.sheet);
    let s = s.apply(Action::Toggle(Facet::Theme, "jobs".into()));
    assert_eq!((s.history, s.sheet), (HistoryMode::Replace, true));
    let back = s.apply(Action::FromUrl(url::decode("")));
    assert!(!back.sheet, "Back closes the sheet");
    assert_eq!(
        back.query.themes,
        ["jobs"],
        "and keeps what was ticked in it"
    );
    let closed = s.apply(Action::CloseSheet);
    assert_eq!(
        (closed.sheet, closed.query.themes.clone()),
        (false, vec!["jobs".to_string()])
    );
    // Without the sheet, a tick is a new entry and Back takes the URL's view.
    let s = closed.apply(Action::Toggle(Facet::Theme, "kids".into()));
    assert_eq!(s.history, HistoryMode::Push);
    assert!(
        s.apply(Action::FromUrl(url::decode("")))
            .query
            .themes
            .is_empty()
    );
}
