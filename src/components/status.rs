//! The result count, for eyes at once and for screen readers once the reader pauses.

use super::Ids;
use crate::i18n::{Lang, fill, ui};
use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// How long the count must stay unchanged before it is announced.
const ANNOUNCE_AFTER_MS: u32 = 700;

/// The text of the count.
pub fn count_text(shown: usize, total: usize, lang: Lang) -> String {
    let ui = ui(lang);
    let template = if shown == total {
        ui.count_all
    } else {
        ui.count_some
    };
    fill(
        template,
        &[("shown", &shown.to_string()), ("total", &total.to_string())],
    )
}

/// A visually hidden `role="status"` region, updated only after typing or clicking settles, so a
/// screen reader hears one count, not one per keystroke. Empty until the first change.
///
/// The App renders it empty and [`announce_later`] writes its text: an announcement 700 ms after
/// the reader pauses should not cost a render of the whole widget.
pub fn result_status(ids: &Ids, region: &NodeRef) -> Html {
    html! {
        <p class="yp-sr" role="status" id={ids.id("status")} ref={region.clone()}></p>
    }
}

/// Writes the count into the status region once it has stayed unchanged for a moment; dropping
/// the returned timer cancels it.
pub fn announce_later(region: &NodeRef, shown: usize, total: usize, lang: Lang) -> Timeout {
    let region = region.clone();
    Timeout::new(ANNOUNCE_AFTER_MS, move || {
        if let Some(el) = region.get() {
            el.set_text_content(Some(&count_text(shown, total, lang)));
        }
    })
}
