//! The page header: title, meeting, date and source, and the strip of headline 2022 targets.

use super::SharedData;
use super::figure::FigureValue;
use crate::model::data::Report;
use yew::prelude::*;

/// Props of [`Masthead`].
#[derive(Properties, PartialEq, Clone)]
pub struct MastheadProps {
    pub report: Report,
}

/// Title and attribution.
#[component]
pub fn Masthead(props: &MastheadProps) -> Html {
    let r = &props.report;
    html! {
        <header class="yp-masthead">
            <p class="yp-eyebrow">{ "共青团济南市委 · 我为青少年办实事" }</p>
            <h1 class="yp-title">{ r.title.as_ref() }</h1>
            <p class="yp-meta">
                { r.event.as_ref() }{ " · " }<time datetime="2022-03-01">{ r.event_date.as_ref() }</time>
            </p>
            <p class="yp-source">
                { "来源:" }<cite>{ r.publisher.as_ref() }</cite>{ format!("({}),{}", r.byline, r.published_label()) }
            </p>
            <p class="yp-intro">{ r.intro.as_ref() }</p>
        </header>
    }
}

/// Props of [`HeadlineStrip`].
#[derive(Properties, PartialEq, Clone)]
pub struct HeadlineStripProps {
    pub data: SharedData,
}

/// The 2022 targets the data file marks as headline figures, each with its project.
#[component]
pub fn HeadlineStrip(props: &HeadlineStripProps) -> Html {
    let items = props
        .data
        .projects
        .iter()
        .flat_map(|p| p.figures.iter().filter(|f| f.headline).map(move |f| (p, f)));
    html! {
        <section class="yp-strip" aria-labelledby="yp-strip-title">
            <h2 class="yp-strip-title" id="yp-strip-title">{ "2022年主要目标" }</h2>
            <ul class="yp-strip-list">
                { for items.map(|(p, f)| html! {
                    <li class="yp-strip-item">
                        <p class="yp-fig-value"><FigureValue figure={f.clone()} /></p>
                        <p class="yp-fig-label">{ f.label.as_ref() }</p>
                        <p class="yp-strip-project">{ p.name.as_ref() }</p>
                    </li>
                }) }
            </ul>
        </section>
    }
}
