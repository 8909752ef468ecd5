//! The page header: the league and campaign, title, meeting, date, source and the language
//! switch; and the strip of the year's headline targets.

use super::Ids;
use super::SharedData;
use super::figure::figure_value;
use crate::i18n::{Lang, ui, with_year};
use yew::prelude::*;

/// What [`masthead`] shows.
#[derive(PartialEq, Clone)]
pub struct MastheadProps {
    pub data: SharedData,
    pub lang: Lang,
    pub on_lang: Callback<Lang>,
    /// Large text is on, and the switch that turns it on and off.
    pub large: bool,
    pub on_large: Callback<()>,
}

/// Title, attribution and language switch.
// Not inlined into the App: the browser compiles it when its step first needs it.
#[inline(never)]
pub fn masthead(props: &MastheadProps) -> Html {
    let r = &props.data.report;
    let lang = props.lang;
    let ui = ui(lang);
    let list = &props.data.list;
    let meeting = html! {
        <>{ r.event.get(lang) }{ " · " }<time datetime={r.date.to_string()}>{ r.event_date.get(lang) }</time></>
    };
    html! {
        <header class="yp-masthead">
            <div class="yp-masthead-top">
                <p class="yp-eyebrow">{ format!("{} · {}", list.league.get(lang), list.campaign.get(lang)) }</p>
                <div class="yp-switches">
                    { lang_switch(&LangSwitchProps { lang, on_lang: props.on_lang.clone() }) }
                    <button type="button" class="yp-large-toggle" aria-pressed={if props.large { "true" } else { "false" }}
                        onclick={let on = props.on_large.clone(); Callback::from(move |_: MouseEvent| on.emit(()))}>
                        { ui.large_text }
                    </button>
                </div>
            </div>
            <h1 class="yp-title">{ r.title.get(lang) }</h1>
            <p class="yp-meta yp-wide">{ meeting.clone() }</p>
            <p class="yp-source">
                { ui.source_label }<cite>{ r.publisher.get(lang) }</cite>
                <span class="yp-wide">{ format!(" ({})", r.byline.get(lang)) }</span>
                { format!(", {}", r.published_label(lang)) }
            </p>
            <p class="yp-intro yp-wide">{ r.intro.get(lang) }</p>
            // On a phone the meeting and the introduction wait behind a disclosure, so the cards
            // start on the first screen; wide screens show them as they are (the other copy is
            // not displayed, so it is not read twice).
            <details class="yp-about yp-narrow">
                <summary>{ ui.about }</summary>
                <p class="yp-meta">{ meeting }</p>
                <p class="yp-intro">{ r.intro.get(lang) }</p>
            </details>
        </header>
    }
}

/// What [`lang_switch`] shows.
#[derive(PartialEq, Clone)]
pub struct LangSwitchProps {
    pub lang: Lang,
    pub on_lang: Callback<Lang>,
}

/// 简体 · 繁體 · English, each named in its own language.
pub fn lang_switch(props: &LangSwitchProps) -> Html {
    html! {
        <nav class="yp-langs" aria-label={ui(props.lang).language}>
            <ul>
                { for Lang::ALL.into_iter().map(|l| {
                    let on_lang = props.on_lang.clone();
                    let pressed = l == props.lang;
                    html! {
                        <li>
                            <button
                                type="button"
                                class="yp-lang"
                                lang={l.code()}
                                aria-pressed={if pressed { "true" } else { "false" }}
                                onclick={Callback::from(move |_: MouseEvent| on_lang.emit(l))}
                            >
                                { l.endonym() }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}

/// What [`headline_strip`] shows.
#[derive(PartialEq, Clone)]
pub struct HeadlineStripProps {
    pub data: SharedData,
    pub lang: Lang,
}

/// At most this many headline figures fit the strip; further ones are left to their cards.
const STRIP_MAX: usize = 8;

/// The year's targets the data file marks as headline figures, each with its project: the first
/// [`STRIP_MAX`] in data order.
// Not inlined into the App: the browser compiles it when its step first needs it.
#[inline(never)]
pub fn headline_strip(ids: &Ids, props: &HeadlineStripProps) -> Html {
    let lang = props.lang;
    let items = props
        .data
        .projects
        .iter()
        .flat_map(|p| p.figures.iter().filter(|f| f.headline).map(move |f| (p, f)))
        .take(STRIP_MAX);
    html! {
        <section class="yp-strip" aria-labelledby={ids.id("strip-title")}>
            <h2 class="yp-strip-title" id={ids.id("strip-title")}>{ with_year(ui(lang).strip_title, props.data.list.year) }</h2>
            <ul class="yp-strip-list">
                { for items.map(|(p, f)| html! {
                    <li class="yp-strip-item">
                        <p class="yp-fig-value">{ figure_value(f, lang) }</p>
                        <p class="yp-fig-label">{ f.label.get(lang) }</p>
                        <p class="yp-strip-project">{ p.name.get(lang) }</p>
                    </li>
                }) }
            </ul>
        </section>
    }
}
