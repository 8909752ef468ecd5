//! The detail view of one project, reachable by URL (`project=<id>`): a modal `<dialog>`, so focus
//! stays inside while it is open and Escape closes it (`hooks::use_modal`). Closing is reported
//! upward; the App returns focus to the card's button.

use super::card::{figures, quote, tags};
use super::{Ids, SharedData, stand_in_lang};
use crate::i18n::{Lang, ui};
use wasm_bindgen::JsCast;
use web_sys::HtmlDialogElement;
use yew::prelude::*;

/// What [`project_detail`] shows.
pub struct ProjectDetailProps<'a> {
    /// The dataset and the project's index in it, as for a card.
    pub data: &'a SharedData,
    pub index: usize,
    /// The project's tags, as the search index numbers them.
    pub tags: &'a [usize],
    pub lang: Lang,
    pub on_close: &'a Callback<()>,
}

/// Everything about one project: all figures, the description, the source sentences.
pub fn project_detail(ids: &Ids, dialog: &NodeRef, props: &ProjectDetailProps<'_>) -> Html {
    let p = &props.data.projects[props.index];
    let lang = props.lang;
    let ui = ui(lang);
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    // A click on the backdrop lands on the dialog element itself.
    let backdrop = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: MouseEvent| {
            let on_dialog = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlDialogElement>().ok())
                .is_some();
            if on_dialog {
                on_close.emit(());
            }
        })
    };
    html! {
        <dialog class="yp-dialog" ref={dialog.clone()} aria-labelledby={ids.id("detail-title")} onclick={backdrop}>
            <div class="yp-dialog-body">
                <div class="yp-dialog-head">
                    <h2 class="yp-h2" id={ids.id("detail-title")} lang={stand_in_lang(&p.name, lang)}>{ p.name.get(lang) }</h2>
                    <button type="button" class="yp-close" onclick={close}>
                        <span aria-hidden="true">{ "×" }</span>
                        <span class="yp-sr">{ ui.close }</span>
                    </button>
                </div>
                { tags(props.data, props.tags, lang, &[]) }
                <p class="yp-lead" lang={stand_in_lang(&p.summary, lang)}>{ p.summary.get(lang) }</p>
                <h3 class="yp-h3">{ ui.detail_figures }</h3>
                { figures(&p.figures, lang) }
                <h3 class="yp-h3">{ ui.detail_description }</h3>
                <p lang={stand_in_lang(&p.description, lang)}>{ p.description.get(lang) }</p>
                <h3 class="yp-h3">{ ui.report_text }</h3>
                { quote(&p.sources, &props.data.report, lang) }
            </div>
        </dialog>
    }
}
