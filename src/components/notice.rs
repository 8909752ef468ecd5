//! The notice of a failed runtime load: why the file was not shown, in the reader's language
//! (made at render from the error, so it follows a change of language), every problem of the
//! file with its record and field, and a button to dismiss it. The embedded data stays.

use crate::i18n::{Lang, fill, ui};
use crate::model::load::LoadError;
use yew::prelude::*;

/// Most problems listed; a file with thousands says how many more there are.
pub const LISTED_PROBLEMS: usize = 20;

/// What [`load_notice`] shows.
pub struct LoadNoticeProps<'a> {
    pub src: &'a str,
    pub error: &'a LoadError,
    /// The year of the built-in data that stays.
    pub year: u16,
    pub lang: Lang,
    pub on_dismiss: Callback<()>,
}

pub fn load_notice(props: &LoadNoticeProps<'_>) -> Html {
    let ui = ui(props.lang);
    let problems = props.error.problems();
    let dismiss = {
        let on_dismiss = props.on_dismiss.clone();
        Callback::from(move |_: MouseEvent| on_dismiss.emit(()))
    };
    html! {
        <div class="yp-notice" role="alert">
            <p>{ props.error.summary(props.src, props.year, props.lang) }</p>
            if !problems.is_empty() {
                <ol class="yp-problems" aria-label={ui.load_problems_label}>
                    { for problems.iter().take(LISTED_PROBLEMS).map(|e| html! {
                        <li>{ e.message(props.lang) }</li>
                    }) }
                </ol>
                if problems.len() > LISTED_PROBLEMS {
                    <p>{ fill(ui.load_more_problems, &[("n", &(problems.len() - LISTED_PROBLEMS).to_string())]) }</p>
                }
            }
            <button type="button" class="yp-secondary" onclick={dismiss}>{ ui.dismiss }</button>
        </div>
    }
}
