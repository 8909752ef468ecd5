//! The URL follows the query, and the query follows back/forward (only for the widget that owns
//! the URL).

use crate::history;
use crate::model::query::Query;
use crate::model::state::{Action, HistoryMode, State};
use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// How long typing must pause before the URL records the search text.
pub const URL_TYPING_MS: u32 = 300;

/// Writes the query into the URL a moment after the page shows it: writing the URL costs the
/// browser milliseconds that belong after the paint, and a burst of keystrokes writes it once. A
/// pending new entry (Push) stays a new entry if typing follows it at once, and is written at
/// once if another new entry follows it; back/forward cancels whatever is pending. Runs when the
/// query changes, and only then: showing more cards or a notice leaves a pending write alone.
#[hook]
pub fn use_url_sync(store: &UseReducerHandle<State>, owns_url: bool) {
    let pending = use_mut_ref(|| None::<(Timeout, HistoryMode, Query)>);
    let mode = store.history;
    use_effect_with(store.query.clone(), move |query| {
        let mut pending = pending.borrow_mut();
        if mode == HistoryMode::Leave {
            pending.take();
        } else if owns_url {
            let mode = match pending.take() {
                Some((_, HistoryMode::Push, earlier)) if mode == HistoryMode::Push => {
                    history::record(&earlier, HistoryMode::Push);
                    mode
                }
                Some((_, HistoryMode::Push, _)) => HistoryMode::Push,
                _ => mode,
            };
            let delay = if mode == HistoryMode::Typing {
                URL_TYPING_MS
            } else {
                0
            };
            let written = query.clone();
            let timer = Timeout::new(delay, move || history::record(&written, mode));
            *pending = Some((timer, mode, query.clone()));
        }
    });
    let store = store.clone();
    use_effect_with((), move |_| {
        let listener = owns_url
            .then(|| history::on_pop(move |query| store.dispatch(Action::FromUrl(query))))
            .flatten();
        move || drop(listener)
    });
}
