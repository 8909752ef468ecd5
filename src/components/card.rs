//! One project card: name, tags, summary, figures (paired where the report gives a before and a
//! 2022 target), and an expandable part with the description and the report's sentences.

use super::figure::FigureItem;
use crate::model::data::{Figure, Kind, Project, Report, Tag};
use yew::prelude::*;

/// Props of [`ProjectCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct ProjectCardProps {
    pub project: Project,
    /// Display names of the project's themes and audiences, in that order.
    pub themes: Vec<Tag>,
    pub audiences: Vec<Tag>,
    pub report: Report,
}

/// Figures grouped for display: a lone figure, or the figures sharing one measure, earlier first.
fn groups(figures: &[Figure]) -> Vec<Vec<&Figure>> {
    let mut out: Vec<Vec<&Figure>> = Vec::new();
    for f in figures {
        let same = f
            .measure
            .as_ref()
            .and_then(|m| out.iter_mut().find(|g| g[0].measure.as_ref() == Some(m)));
        match same {
            Some(group) => group.push(f),
            None => out.push(vec![f]),
        }
    }
    for g in &mut out {
        // 2021 and existing figures before the 2022 target.
        g.sort_by_key(|f| f.kind != Kind::Baseline2021 && f.kind != Kind::Cumulative);
    }
    out
}

/// A project as an `<article>`.
#[component]
pub fn ProjectCard(props: &ProjectCardProps) -> Html {
    let p = &props.project;
    let title_id = format!("yp-p-{}-t", p.id);
    let figures = groups(&p.figures);
    html! {
        <article class="yp-card" id={format!("yp-p-{}", p.id)} aria-labelledby={title_id.clone()}>
            <h3 class="yp-card-title" id={title_id}>{ p.name.as_ref() }</h3>
            <ul class="yp-tags">
                { for props.themes.iter().map(|t| html! { <li class="yp-tag yp-tag-theme">{ t.name.as_ref() }</li> }) }
                { for props.audiences.iter().map(|t| html! { <li class="yp-tag yp-tag-aud">{ t.name.as_ref() }</li> }) }
            </ul>
            <p class="yp-summary">{ p.summary.as_ref() }</p>
            if figures.is_empty() {
                <p class="yp-nofig">{ "报道未给出该项目的具体数字。" }</p>
            } else {
                <ul class="yp-figs">
                    { for figures.iter().map(|g| figure_group(g)) }
                </ul>
            }
            <details class="yp-more">
                <summary>{ "项目详情与报道原文" }</summary>
                <p class="yp-desc">{ p.description.as_ref() }</p>
                <Quote sources={p.sources.to_vec()} report={props.report.clone()} />
            </details>
        </article>
    }
}

fn figure_group(group: &[&Figure]) -> Html {
    if let [single] = group {
        return html! { <li class={classes!("yp-fig-cell", target_class(single))}><FigureItem figure={(*single).clone()} /></li> };
    }
    html! {
        <li class="yp-fig-cell yp-pair">
            { for group.iter().enumerate().map(|(i, f)| html! {
                <>
                    if i > 0 { <span class="yp-arrow" aria-hidden="true">{ "→" }</span> }
                    <FigureItem figure={(*f).clone()} />
                </>
            }) }
        </li>
    }
}

fn target_class(f: &Figure) -> Option<&'static str> {
    (f.kind == Kind::Target2022).then_some("yp-fig-target")
}

/// Props of [`Quote`].
#[derive(Properties, PartialEq, Clone)]
pub struct QuoteProps {
    pub sources: Vec<crate::model::data::Text>,
    pub report: Report,
}

/// The report's sentences, verbatim, with the attribution.
#[component]
pub fn Quote(props: &QuoteProps) -> Html {
    html! {
        <figure class="yp-quote">
            <blockquote>
                { for props.sources.iter().map(|s| html! { <p>{ s.as_ref() }</p> }) }
            </blockquote>
            <figcaption>{ format!("——{},{}", props.report.publisher, props.report.published_label()) }</figcaption>
        </figure>
    }
}
