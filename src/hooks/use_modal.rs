//! The detail view as a modal `<dialog>`: shown as a modal once rendered, so focus stays inside,
//! and Escape reported as a close, so the state (and the URL) follow.

use gloo_events::{EventListener, EventListenerOptions};
use web_sys::HtmlDialogElement;
use yew::prelude::*;

/// Shows `dialog` as a modal whenever `open` names a project, listening for Escape while it is.
#[hook]
pub fn use_modal(dialog: &NodeRef, open: Option<usize>, on_close: &Callback<()>) {
    let dialog = dialog.clone();
    let on_close = on_close.clone();
    use_effect_with(open, move |open| {
        let listener = open.and_then(|_| show_modal(&dialog, on_close));
        move || drop(listener)
    });
}

fn show_modal(dialog: &NodeRef, on_close: Callback<()>) -> Option<EventListener> {
    let el = dialog.cast::<HtmlDialogElement>()?;
    if !el.open() {
        let _ = el.show_modal();
    }
    // Escape fires `cancel`: close through the state, so the URL follows.
    let options = EventListenerOptions::enable_prevent_default();
    Some(EventListener::new_with_options(
        &el,
        "cancel",
        options,
        move |e| {
            e.prevent_default();
            on_close.emit(());
        },
    ))
}
