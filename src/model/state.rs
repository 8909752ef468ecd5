//! The widget's one piece of state and the actions that change it.

use super::data::Dataset;
use super::query::{Facet, Query, Sort};
use crate::i18n::Lang;
use std::rc::Rc;

/// Something the reader did, or the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Toggle(Facet, String),
    SetText(String),
    SetSort(Sort),
    ClearAll,
    SetLang(Lang),
    OpenProject(String),
    /// New data arrived: drop the ids it does not have.
    RetainKnown(Rc<Dataset>),
    /// Close the detail view in place (it was opened by a link, so there is no entry to go back to).
    CloseProject,
    /// The URL changed under the widget (back/forward): take its query as it is.
    FromUrl(Query),
    /// Show the next [`PAGE`] of cards.
    ShowMore,
}

/// Cards shown at first, and added by each "show more": enough to fill a few screens, few enough
/// that a list of thousands renders quickly.
pub const PAGE: usize = 50;

/// How a change should reach the browser history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryMode {
    /// A new entry, so Back undoes it.
    Push,
    /// Rewrite the current entry.
    Replace,
    /// Rewrite the current entry once typing pauses: typing should leave neither one entry per
    /// keystroke nor one URL write per keystroke.
    Typing,
    /// The change came from the history itself.
    Leave,
}

/// The query, how its last change should be recorded, and how many of the matching cards are
/// shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub query: Query,
    pub history: HistoryMode,
    /// How many of the visible projects get a card; back to [`PAGE`] whenever the list changes.
    pub shown: usize,
}

impl State {
    pub fn new(query: Query) -> Self {
        State {
            query,
            history: HistoryMode::Leave,
            shown: PAGE,
        }
    }

    /// Whether the reader would see a different list (not merely another language or an open
    /// detail view).
    fn same_list(&self, query: &Query) -> bool {
        self.query.themes == query.themes
            && self.query.audiences == query.audiences
            && self.query.text == query.text
            && self.query.sort == query.sort
    }

    /// The state after an action.
    pub fn apply(&self, action: Action) -> State {
        let mut query = self.query.clone();
        let mut shown = PAGE;
        let history = match action {
            Action::Toggle(facet, id) => {
                query.toggle(facet, &id);
                HistoryMode::Push
            }
            Action::SetText(text) => {
                query.set_text(&text);
                HistoryMode::Typing
            }
            Action::SetSort(sort) => {
                query.sort = sort;
                HistoryMode::Push
            }
            Action::ClearAll => {
                query = Query {
                    sort: query.sort,
                    lang: query.lang,
                    ..Query::default()
                };
                HistoryMode::Push
            }
            Action::SetLang(lang) => {
                query.lang = lang;
                HistoryMode::Push
            }
            Action::OpenProject(id) => {
                query.project = Some(id);
                HistoryMode::Push
            }
            Action::RetainKnown(data) => {
                query.retain_known(&data);
                return State {
                    query,
                    history: HistoryMode::Replace,
                    shown,
                };
            }
            Action::ShowMore => {
                shown = self.shown.saturating_add(PAGE);
                return State {
                    query,
                    history: HistoryMode::Leave,
                    shown,
                };
            }
            Action::CloseProject => {
                query.project = None;
                HistoryMode::Replace
            }
            Action::FromUrl(q) => {
                query = q;
                HistoryMode::Leave
            }
        };
        if self.same_list(&query) {
            shown = self.shown;
        }
        State {
            query,
            history,
            shown,
        }
    }
}
