//! The filter sheet on phones: a modal `<dialog>` over the list, as apps do it. Opening it adds a
//! history entry (for the widget that owns the URL), so that Back closes it, as readers on
//! Android expect; ticks inside it rewrite that entry, and closing it (Back, Escape, ×, or
//! "显示 N 个项目") steps back and then records what was ticked as one new entry, so a later Back
//! undoes the sheet's ticks together.

use crate::history;
use crate::model::state::{Action, HistoryMode, State};
use gloo_events::{EventListener, EventListenerOptions};
use web_sys::HtmlDialogElement;
use yew::prelude::*;

/// The sheet's callbacks.
#[derive(Clone, PartialEq)]
pub struct SheetCallbacks {
    pub on_open: Callback<MouseEvent>,
    pub on_close: Callback<()>,
}

/// Whether the screen is narrow enough for the sheet (where the filters fold), followed as it
/// changes (a phone turned sideways).
#[hook]
pub fn use_narrow() -> bool {
    const QUERY: &str = "(max-width: 899px)";
    // The prerender has no window: its page is the unfolded one, for every width.
    let media = use_memo((), |_| {
        cfg!(target_arch = "wasm32")
            .then(web_sys::window)
            .flatten()
            .and_then(|w| w.match_media(QUERY).ok().flatten())
    });
    let narrow = use_state(|| media.as_ref().as_ref().is_some_and(|m| m.matches()));
    {
        let narrow = narrow.clone();
        use_effect_with((), move |_| {
            let listener = media.as_ref().as_ref().map(|m| {
                let m2 = m.clone();
                EventListener::new(m, "change", move |_| narrow.set(m2.matches()))
            });
            move || drop(listener)
        });
    }
    *narrow
}

#[hook]
pub fn use_sheet(
    store: &UseReducerHandle<State>,
    dialog: &NodeRef,
    owns_url: bool,
) -> SheetCallbacks {
    let pushed = use_mut_ref(|| false);
    let on_open = {
        let store = store.clone();
        let pushed = pushed.clone();
        Callback::from(move |_: MouseEvent| {
            if owns_url && history::push_same() {
                *pushed.borrow_mut() = true;
            }
            store.dispatch(Action::OpenSheet);
        })
    };
    let on_close = {
        let store = store.clone();
        let pushed = pushed.clone();
        Callback::from(move |()| {
            // Back to the entry before the sheet; the popstate below closes it.
            if !(std::mem::take(&mut *pushed.borrow_mut()) && history::back()) {
                store.dispatch(Action::CloseSheet);
            }
        })
    };
    {
        let dialog = dialog.clone();
        let on_close = on_close.clone();
        // The query of the render that closed the sheet: what was ticked in it.
        let query = store.query.clone();
        use_effect_with(store.sheet, move |&open| {
            let el = dialog.cast::<HtmlDialogElement>();
            let mut listeners = Vec::new();
            if let Some(el) = el {
                if open {
                    if !el.open() {
                        let _ = el.show_modal();
                    }
                    // Escape fires `cancel`: close through the state, so the URL follows.
                    let on_close = on_close.clone();
                    listeners.push(EventListener::new_with_options(
                        &el,
                        "cancel",
                        EventListenerOptions::enable_prevent_default(),
                        move |e| {
                            e.prevent_default();
                            on_close.emit(());
                        },
                    ));
                } else if el.open() {
                    el.close();
                    // Closed by Back (the reader's, or ours from `on_close`): the entry before
                    // the sheet shows; what was ticked in the sheet follows as a new entry (none
                    // if nothing changed).
                    *pushed.borrow_mut() = false;
                    if owns_url {
                        history::record(&query, HistoryMode::Push);
                    }
                }
            }
            move || drop(listeners)
        });
    }
    SheetCallbacks { on_open, on_close }
}
