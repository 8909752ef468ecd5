//! The result count, for eyes at once and for screen readers once the reader pauses.

use super::Ids;
use crate::i18n::{Lang, fill, ui};
use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// How long the count must stay unchanged before it is announced.
const ANNOUNCE_AFTER_MS: u32 = 700;

/// Props of [`ResultStatus`].
#[derive(Properties, PartialEq, Clone)]
pub struct ResultStatusProps {
    pub ids: Ids,
    pub shown: usize,
    pub total: usize,
    pub lang: Lang,
}

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
#[component]
pub fn ResultStatus(props: &ResultStatusProps) -> Html {
    let ids = &props.ids;
    let announced = use_state(String::new);
    let first = use_mut_ref(|| true);
    {
        let announced = announced.clone();
        use_effect_with(
            (props.shown, props.total, props.lang),
            move |&(shown, total, lang)| {
                let timer = if std::mem::replace(&mut *first.borrow_mut(), false) {
                    None
                } else {
                    Some(Timeout::new(ANNOUNCE_AFTER_MS, move || {
                        announced.set(count_text(shown, total, lang))
                    }))
                };
                move || drop(timer)
            },
        );
    }
    html! {
        <p class="yp-sr" role="status" id={ids.id("status")}>{ (*announced).clone() }</p>
    }
}
