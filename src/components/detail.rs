//! The detail view of one project, reachable by URL (`project=<id>`): a modal `<dialog>`, so focus
//! stays inside while it is open and Escape closes it (`hooks::use_modal`). Closing is reported
//! upward; the App returns focus to the card's button.

use super::card::{figures_cited, progress_bars, progress_line, quote, status_badge, tags};
use super::{Ids, SharedData, stand_in_lang};
use crate::hooks::title_of;
use crate::i18n::{Lang, ui};
use crate::model::cite::citation;
use crate::model::data::{Figure, Project};
use crate::model::format::day_label;
use crate::share::Shared;
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
    /// The project's own page (see `model::cite::project_link`).
    pub link: String,
    /// Where the poster's QR code leads (`poster::target`).
    pub poster_url: String,
}

/// Writes the outcome of a share or a copy into the detail view's status line, which screen
/// readers announce.
fn say(note_id: &str, text: &str) {
    if let Some(el) = gloo_utils::document().get_element_by_id(note_id) {
        el.set_text_content(Some(text));
    }
}

/// Everything about one project: all figures, the description, the source sentences.
// Not inlined into the App: the browser compiles it when its step first needs it.
#[inline(never)]
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
    let note_id = ids.id("share-note");
    // The texts are made when the reader asks, not on every render of the view.
    let share = {
        let (data, index, link, note_id) = (
            props.data.clone(),
            props.index,
            props.link.clone(),
            note_id.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let p = &data.projects[index];
            let title = title_of(Some(p), &data, lang);
            let text = p.summary.get(lang).to_string();
            let (link, note_id) = (absolute(&link), note_id.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let said = match crate::share::share(&title, &text, &link).await {
                    Shared::Shared => ui.share_done,
                    Shared::Copied => ui.share_copied,
                    Shared::WeChat => ui.share_wechat,
                    Shared::Cancelled => "",
                    Shared::Failed => ui.copy_failed,
                };
                say(&note_id, said);
            });
        })
    };
    let make_poster = {
        let slot = ids.id("poster");
        Callback::from(move |_: MouseEvent| crate::poster::show(&slot))
    };
    let cite = |f: &Figure| -> Html {
        let figure = p.figures.iter().position(|x| std::ptr::eq(x, f));
        let (data, index, link, note_id) = (
            props.data.clone(),
            props.index,
            props.link.clone(),
            note_id.clone(),
        );
        let onclick = Callback::from(move |_: MouseEvent| {
            let p = &data.projects[index];
            let Some(f) = figure.and_then(|i| p.figures.get(i)) else {
                return;
            };
            let text = citation(p, f, &data.report, lang, &absolute(&link));
            let note_id = note_id.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = crate::share::copy(&text).await;
                say(
                    &note_id,
                    if copied {
                        ui.cite_copied
                    } else {
                        ui.copy_failed
                    },
                );
            });
        });
        html! {
            <button type="button" class="yp-cite" {onclick}>
                { ui.cite }<span class="yp-sr">{ format!(":{}", f.label.get(lang)) }</span>
            </button>
        }
    };
    html! {
        <dialog class="yp-dialog" open={cfg!(feature = "ssr")} ref={dialog.clone()} aria-labelledby={ids.id("detail-title")} onclick={backdrop}>
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
                <div class="yp-share">
                    <button type="button" class="yp-share-button" onclick={share}>{ ui.share }</button>
                    <button type="button" class="yp-share-button" onclick={make_poster}>
                        { ui.poster }
                    </button>
                    <a class="yp-link yp-permalink" href={props.link.clone()}>{ ui.project_page }</a>
                    <p class="yp-share-note" role="status" id={note_id.clone()}></p>
                </div>
                { poster_slot(ids, p, props, lang) }
                <h3 class="yp-h3">{ ui.detail_figures }</h3>
                { progress_line(p, lang) }
                { figures_cited(&p.figures, props.data.list.year, lang, &cite) }
                { progress_bars(p, lang) }
                { updates(p, lang) }
                <h3 class="yp-h3">{ ui.detail_description }</h3>
                <p lang={stand_in_lang(&p.description, lang)}>{ p.description.get(lang) }</p>
                <h3 class="yp-h3">{ ui.report_text }</h3>
                { quote(&p.sources, &props.data.report, lang) }
            </div>
        </dialog>
    }
}

/// Where the poster goes, once asked for, with what the poster module needs beyond what the
/// view shows: where its QR code leads, the picture's file name, the band and source lines and
/// the words around the picture. Keyed by the language, so another language's poster goes with
/// it.
fn poster_slot(ids: &Ids, p: &Project, props: &ProjectDetailProps<'_>, lang: Lang) -> Html {
    let ui = ui(lang);
    let data = &props.data;
    let r = &data.report;
    html! {
        <div key={lang.code()} class="yp-poster" id={ids.id("poster")}
            data-url={props.poster_url.clone()}
            data-file={format!("poster-{}.png", p.id)}
            data-band={format!("{} · {}", data.list.league.get(lang), data.list.campaign.get(lang))}
            data-source={format!("{}{}, {}", ui.source_label, r.publisher.get(lang), r.published_label(lang))}
            data-words={[ui.poster_label, ui.poster_scan, ui.poster_making, ui.poster_hint, ui.poster_download, ui.poster_blocked, ui.poster_failed].join("|")}>
        </div>
    }
}

/// A project's updates, newest first: the day, the status, the text as published, the document
/// it comes from and its link (opened only if it is a web address).
fn updates(p: &Project, lang: Lang) -> Html {
    if p.updates.is_empty() {
        return Html::default();
    }
    let ui = ui(lang);
    let mut list: Vec<_> = p.updates.iter().collect();
    list.sort_by(|a, b| b.as_of.cmp(&a.as_of));
    html! {
        <>
            <h3 class="yp-h3">{ ui.updates_title }</h3>
            <ol class="yp-updates">
                { for list.into_iter().map(|u| html! {
                    <li class="yp-update">
                        <p class="yp-update-head">
                            <time datetime={u.as_of.to_string()}>{ day_label(&u.as_of, lang) }</time>
                            { " " }{ status_badge(u.status, lang) }
                        </p>
                        <p lang={stand_in_lang(&u.text, lang)}>{ u.text.get(lang) }</p>
                        <p class="yp-update-source">
                            { ui.update_source }<cite lang="zh-Hans">{ u.source.to_string() }</cite>
                            if let Some(link) = u.link.as_deref().filter(|l| schema::validate::is_web_link(l)) {
                                { " " }
                                <a class="yp-link" href={link.to_string()} target="_blank" rel="noopener noreferrer">
                                    { ui.update_link }<span class="yp-sr">{ ui.new_window }</span>
                                </a>
                            }
                        </p>
                    </li>
                }) }
            </ol>
        </>
    }
}

/// A link as an absolute address, for sharing outside the page.
pub fn absolute(link: &str) -> String {
    if !cfg!(target_arch = "wasm32") {
        return link.to_string();
    }
    let base = gloo_utils::window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base(link, &base).map_or_else(|_| link.to_string(), |u| u.href())
}
