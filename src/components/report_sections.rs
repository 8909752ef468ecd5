//! The parts of the report around the list: the review of earlier work, the list year's other
//! directions, and the closing attribution.

use super::Ids;
use super::SharedData;
use super::card::quote;
use super::figure::figure_item;
use crate::i18n::{Lang, fill, ui, with_year};
use yew::prelude::*;

/// What the report sections show.
#[derive(PartialEq, Clone)]
pub struct SectionProps {
    pub data: SharedData,
    pub lang: Lang,
}

/// The review (回顾2021): every figure of the report's sentence on the earlier year.
// Not inlined into the App: the browser compiles it when its step first needs it.
#[inline(never)]
pub fn review_section(ids: &Ids, props: &SectionProps) -> Html {
    let r = &props.data.review;
    let lang = props.lang;
    html! {
        <section class="yp-review" aria-labelledby={ids.id("review-title")}>
            <h2 class="yp-h2" id={ids.id("review-title")}>{ r.title.get(lang) }</h2>
            <p class="yp-lead">{ r.summary.get(lang) }</p>
            <ul class="yp-figs yp-review-figs">
                { for r.figures.iter().map(|f| html! {
                    <li class="yp-fig-cell">{ figure_item(f, props.data.list.year, lang, false) }</li>
                }) }
            </ul>
            <details class="yp-more">
                <summary>{ ui(lang).report_text }</summary>
                { quote(&r.sources, &props.data.report, lang) }
            </details>
        </section>
    }
}

/// The list year's other directions.
// Not inlined into the App: the browser compiles it when its step first needs it.
#[inline(never)]
pub fn directions_section(ids: &Ids, props: &SectionProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="yp-directions" aria-labelledby={ids.id("dir-title")}>
            <h2 class="yp-h2" id={ids.id("dir-title")}>{ with_year(ui(lang).directions_title, props.data.list.year) }</h2>
            <div class="yp-dir-grid">
                { for props.data.directions.iter().map(|d| html! {
                    <div class="yp-dir" id={ids.id(&format!("d-{}", d.id))}>
                        <h3 class="yp-h3">{ d.title.get(lang) }</h3>
                        <p>{ d.summary.get(lang) }</p>
                        <details class="yp-more">
                            <summary>{ ui(lang).report_text }</summary>
                            { quote(&d.sources, &props.data.report, lang) }
                        </details>
                    </div>
                }) }
            </div>
        </section>
    }
}

/// Where the data comes from, and how exact it is.
// Not inlined into the App: the browser compiles it when its step first needs it.
#[inline(never)]
pub fn source_note(ids: &Ids, props: &SectionProps) -> Html {
    let r = &props.data.report;
    let lang = props.lang;
    let ui = ui(lang);
    let published = r.published_label(lang);
    let about = fill(
        ui.foot_about,
        &[
            ("event", r.event.get(lang)),
            ("byline", r.byline.get(lang)),
            ("published", &published),
        ],
    );
    html! {
        <section class="yp-foot" aria-labelledby={ids.id("foot-title")}>
            <h2 class="yp-sr" id={ids.id("foot-title")}>{ ui.foot_source }</h2>
            <p>{ ui.foot_source }<cite>{ r.publisher.get(lang) }</cite>{ about }</p>
            <p>{ ui.foot_exact }</p>
        </section>
    }
}
