//! The widget's one piece of state and the actions that change it: the view (kept in the URL),
//! how many cards are shown, the data shown and what became of data loaded at run time. It is
//! the App's reducer (`impl Reducible`), and every path through it is tested natively.

use super::data::SharedData;
use super::load::LoadError;
use super::query::{Facet, Query, Sort};
use crate::i18n::Lang;
use std::rc::Rc;
use yew::Reducible;

/// Something the reader did, or the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Toggle(Facet, String),
    SetText(String),
    SetSort(Sort),
    ClearAll,
    SetLang(Lang),
    OpenProject(String),
    /// Close the detail view in place (it was opened by a link, so there is no entry to go back to).
    CloseProject,
    /// The URL changed under the widget (back/forward): take its query, less ids the data lacks.
    FromUrl(Query),
    /// Show the next [`PAGE`] of cards.
    ShowMore,
    /// Runtime data arrived and passed its checks: show it instead of the embedded data.
    Loaded(SharedData),
    /// Runtime data could not be shown: say why, keep the data shown.
    LoadFailed(LoadError),
    /// The reader closed the notice of a failed load.
    Dismiss,
    /// The filter sheet opens (phones).
    OpenSheet,
    /// The filter sheet closes, keeping what was ticked in it.
    CloseSheet,
}

/// Cards shown at first, and added by each "show more": enough to fill a few screens, few enough
/// that a list of thousands renders quickly.
pub const PAGE: usize = 50;

/// How the last change of the query should reach the browser history.
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

/// What became of the data file the host asked for (`data-src`).
#[derive(Clone, Debug, PartialEq)]
pub enum Load {
    /// None asked for, loaded, or its failure dismissed.
    Idle,
    /// On its way; the embedded data is shown meanwhile.
    Pending { src: String },
    /// Refused, with the reason; the data shown stays.
    Failed { src: String, error: LoadError },
}

/// The widget's state.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub query: Query,
    /// How the query's last change should be recorded. Only read when the query changes: actions
    /// that leave the query alone leave it as it was, so a URL write still pending (typing) goes
    /// ahead.
    pub history: HistoryMode,
    /// How many of the visible projects get a card; back to [`PAGE`] whenever the list changes.
    pub shown: usize,
    /// The data shown: the embedded data until runtime data replaces it.
    pub data: SharedData,
    pub load: Load,
    /// Whether the filter sheet is open (phones): ticks in it rewrite the history entry the
    /// sheet added, so that Back, or closing it, keeps them and leaves one entry.
    pub sheet: bool,
}

impl State {
    /// The first state: a query (already cut to what `data` knows), the embedded data, and the
    /// address of runtime data being loaded, if any.
    pub fn new(query: Query, data: SharedData, src: Option<String>) -> Self {
        State {
            query,
            history: HistoryMode::Leave,
            shown: PAGE,
            data,
            load: match src {
                Some(src) => Load::Pending { src },
                None => Load::Idle,
            },
            sheet: false,
        }
    }

    /// Whether the reader would see a different list (not merely another language or an open
    /// detail view).
    fn same_list(&self, query: &Query) -> bool {
        self.query.themes == query.themes
            && self.query.audiences == query.audiences
            && self.query.statuses == query.statuses
            && self.query.text == query.text
            && self.query.sort == query.sort
    }

    /// The state after an action.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        let history = match action {
            Action::Toggle(facet, id) => {
                next.query.toggle(facet, &id);
                if self.sheet {
                    HistoryMode::Replace
                } else {
                    HistoryMode::Push
                }
            }
            Action::SetText(text) => {
                next.query.set_text(&text);
                HistoryMode::Typing
            }
            Action::SetSort(sort) => {
                next.query.sort = sort;
                HistoryMode::Push
            }
            Action::ClearAll => {
                next.query = Query {
                    sort: self.query.sort,
                    lang: self.query.lang,
                    ..Query::default()
                };
                HistoryMode::Push
            }
            Action::SetLang(lang) => {
                next.query.lang = lang;
                HistoryMode::Push
            }
            Action::OpenProject(id) => {
                next.query.project = Some(id);
                next.query.retain_known(&self.data);
                HistoryMode::Push
            }
            Action::CloseProject => {
                next.query.project = None;
                HistoryMode::Replace
            }
            // Back while the sheet is open closes it and keeps its ticks (`use_sheet` writes
            // them back into the URL).
            Action::FromUrl(_) if self.sheet => {
                next.sheet = false;
                return next;
            }
            Action::FromUrl(mut query) => {
                query.retain_known(&self.data);
                next.query = query;
                HistoryMode::Leave
            }
            Action::ShowMore => {
                next.shown = self.shown.saturating_add(PAGE);
                return next;
            }
            Action::Loaded(data) => {
                next.query.retain_known(&data);
                next.data = data;
                next.load = Load::Idle;
                next.shown = PAGE;
                next.history = HistoryMode::Replace;
                return next;
            }
            Action::LoadFailed(error) => {
                if let Load::Pending { src } = &self.load {
                    next.load = Load::Failed {
                        src: src.clone(),
                        error,
                    };
                }
                return next;
            }
            Action::OpenSheet | Action::CloseSheet => {
                next.sheet = action == Action::OpenSheet;
                return next;
            }
            Action::Dismiss => {
                if matches!(self.load, Load::Failed { .. }) {
                    next.load = Load::Idle;
                }
                return next;
            }
        };
        next.history = history;
        if !self.same_list(&next.query) {
            next.shown = PAGE;
        }
        next
    }

    /// The error of a failed load, with the address it came from, while its notice is shown.
    pub fn load_error(&self) -> Option<(&str, &LoadError)> {
        match &self.load {
            Load::Failed { src, error } => Some((src, error)),
            _ => None,
        }
    }
}

/// The App's reducer. An action that changes nothing the reader sees returns the same `Rc`,
/// which Yew takes as "no re-render".
impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        let unchanged = next.query == self.query
            && next.sheet == self.sheet
            && next.shown == self.shown
            && next.data == self.data
            && next.load == self.load;
        if unchanged { self } else { Rc::new(next) }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
