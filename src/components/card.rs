//! One project card: name, tags, summary, figures (paired where the report gives a before and a
//! target of the list's year), an expandable part with the description and the report's sentences, and the
//! button that opens the detail view.

use super::figure::figure_item;
use super::highlight::highlighted;
use super::{Ids, stand_in_lang};
use crate::i18n::{Lang, fill, ui};
use crate::model::data::{Dataset, Figure, Kind, Project, Report, Status, Tag, Text};
use crate::model::format::{FigureParts, day_label, status_label};
use crate::model::progress::{bars, has_target};
use crate::model::search::Term;
use yew::prelude::*;

/// What [`project_card`] shows.
pub struct ProjectCardProps<'a> {
    /// The dataset and the project's index in it.
    pub data: &'a Dataset,
    pub index: usize,
    /// The project's tags, as the search index numbers them (see [`tags`]).
    pub tags: &'a [usize],
    pub lang: Lang,
    /// The search terms, for highlighting.
    pub terms: &'a [Term],
    pub on_open: Callback<String>,
}

/// Figures grouped for display: a lone figure, or the figures sharing one measure, earlier first.
/// An achieved figure set against a target is left to that target's progress bar.
pub fn groups(figures: &[Figure]) -> Vec<Vec<&Figure>> {
    let mut out: Vec<Vec<&Figure>> = Vec::new();
    for f in figures.iter().filter(|f| !has_target(figures, f)) {
        let same = f
            .measure
            .as_ref()
            .and_then(|m| out.iter_mut().find(|g| g[0].measure.as_ref() == Some(m)));
        match same {
            Some(group) => group.push(f),
            None => out.push(vec![f]),
        }
    }
    // Earlier and existing figures before the target, otherwise in data order.
    out.into_iter()
        .map(|g| {
            let (mut before, target): (Vec<_>, Vec<_>) =
                g.into_iter().partition(|f| f.kind != Kind::Target);
            before.extend(target);
            before
        })
        .collect()
}

/// The id of the button that opens a project's detail view; focus returns there on close.
pub fn open_button_id(ids: &Ids, project: &str) -> String {
    ids.id(&format!("open-{project}"))
}

/// A project as an `<article>`, keyed by its id. A function rendered in the widget's own pass
/// (see `filter_panel`): a search updates the highlighting of the cards that stay in the same
/// frame as it adds and removes the others.
// Not inlined into the App: the browser compiles it when its step first needs it.
#[inline(never)]
pub fn project_card(ids: &Ids, props: &ProjectCardProps<'_>) -> Html {
    let p = &props.data.projects[props.index];
    let lang = props.lang;
    let ui = ui(lang);
    let title_id = ids.id(&format!("p-{}-t", p.id));
    let on_open = {
        let on_open = props.on_open.clone();
        let id = p.id.to_string();
        Callback::from(move |_: MouseEvent| on_open.emit(id.clone()))
    };
    html! {
        <article key={p.id.as_ref()} class="yp-card" id={ids.id(&format!("p-{}", p.id))} aria-labelledby={title_id.clone()}>
            <h3 class="yp-card-title" id={title_id} lang={stand_in_lang(&p.name, lang)}>
                { highlighted(p.name.get(lang), props.terms, &props.data.pinyin) }
            </h3>
            { tags(props.data, props.tags, lang, props.terms) }
            <p class="yp-summary" lang={stand_in_lang(&p.summary, lang)}>
                { highlighted(p.summary.get(lang), props.terms, &props.data.pinyin) }
            </p>
            { progress_line(p, lang) }
            { figures(&p.figures, props.data.list.year, lang) }
            { progress_bars(p, lang) }
            <details class="yp-more">
                <summary>{ ui.card_more }</summary>
                <p class="yp-desc" lang={stand_in_lang(&p.description, lang)}>
                    { highlighted(p.description.get(lang), props.terms, &props.data.pinyin) }
                </p>
                { quote(&p.sources, &props.data.report, lang) }
            </details>
            <button type="button" class="yp-open" id={open_button_id(ids, &p.id)} onclick={on_open}>
                { ui.open_detail }
                <span class="yp-sr">{ format!(":{}", p.name.get(lang)) }</span>
            </button>
        </article>
    }
}

/// A project's theme and audience tags, matches of the search marked. `tags` numbers them as
/// the search index does (`SearchIndex::tags_of`): the themes, then the audiences.
pub fn tags(data: &Dataset, tags: &[usize], lang: Lang, terms: &[Term]) -> Html {
    let themes = data.themes.len();
    let tag = |&i: &usize| {
        let (t, class) = match i.checked_sub(themes) {
            None => (data.themes.get(i), "yp-tag-theme"),
            Some(a) => (data.audiences.get(a), "yp-tag-aud"),
        };
        t.map(|t: &Tag| html! {
            <li class={classes!("yp-tag", class)}>{ highlighted(t.name.get(lang), terms, &data.pinyin) }</li>
        })
    };
    html! {
        <ul class="yp-tags">{ for tags.iter().filter_map(tag) }</ul>
    }
}

/// A project's figures, or a note that the report gives none. `year` is the list's.
pub fn figures(figures: &[Figure], year: u16, lang: Lang) -> Html {
    figures_cited(figures, year, lang, &|_| Html::default())
}

/// A project's figures, each followed by what `after` adds (the detail view's "复制引用"). A pair
/// reads as a change (4000余万元 → 5000万元以上) unless its target adds to what exists: then as an
/// addition (已建在建694个 + 2022年新增100个), never as an arrow from the larger to the smaller.
pub fn figures_cited(
    figures: &[Figure],
    year: u16,
    lang: Lang,
    after: &dyn Fn(&Figure) -> Html,
) -> Html {
    if figures.is_empty() {
        return html! { <p class="yp-nofig">{ ui(lang).no_figures }</p> };
    }
    html! {
        <ul class="yp-figs">
            { for groups(figures).into_iter().map(|g| match g.as_slice() {
                [single] => html! {
                    <li class={classes!("yp-fig-cell", (single.kind == Kind::Target).then_some("yp-fig-target"))}>
                        { figure_item(single, year, lang, true) }
                        { after(single) }
                    </li>
                },
                group => html! {
                    <li class="yp-fig-cell yp-pair">
                        { for group.iter().enumerate().map(|(i, f)| html! {
                            <>
                                if i > 0 {
                                    if f.adds {
                                        <span class="yp-arrow yp-plus" aria-hidden="true">{ "+" }</span>
                                    } else {
                                        <span class="yp-arrow" aria-hidden="true">{ "→" }</span>
                                    }
                                }
                                { figure_item(f, year, lang, true) }
                                { after(f) }
                            </>
                        }) }
                    </li>
                },
            }) }
        </ul>
    }
}

/// A project's latest status, in words (never colour alone), and the day it is as of; nothing
/// for a project without updates.
pub fn progress_line(p: &Project, lang: Lang) -> Html {
    let Some(u) = p.latest() else {
        return Html::default();
    };
    html! {
        <p class="yp-progress-line">
            { status_badge(u.status, lang) }
            <span class="yp-asof">
                { fill(ui(lang).as_of, &[("date", &day_label(&u.as_of, lang))]) }
            </span>
        </p>
    }
}

/// A status as a badge: its words, and its colour only beside them.
pub fn status_badge(status: Status, lang: Lang) -> Html {
    html! {
        <span class={classes!("yp-badge", format!("yp-badge-{}", status.id()))}>
            { status_label(status, lang) }
        </span>
    }
}

/// Each target with what has been achieved of it: both figures as the report states them and,
/// where they are plain numbers of one unit, the share done as a bar and a whole percent
/// (rounded down, said to be computed).
pub fn progress_bars(p: &Project, lang: Lang) -> Html {
    let bars = bars(p);
    if bars.is_empty() {
        return Html::default();
    }
    let ui = ui(lang);
    let latest = p.latest().map(|u| &*u.as_of);
    html! {
        <ul class="yp-bars" aria-label={ui.progress_label}>
            { for bars.iter().map(|bar| {
                let target = FigureParts::of(bar.target, lang);
                let mut achieved = FigureParts::of(bar.achieved, lang);
                // One unit: said once, after the target (62 / 100个).
                if bar.achieved.unit.zh == bar.target.unit.zh {
                    achieved.unit.clear();
                }
                let figures = format!("{} / {}", achieved.text(lang), target.text(lang));
                let day = bar.achieved.as_of.as_deref().filter(|d| Some(*d) != latest);
                html! {
                    <li class="yp-bar-item">
                        <p class="yp-bar-label" lang={stand_in_lang(&bar.target.label, lang)}>{ bar.target.label.get(lang) }</p>
                        if let Some(share) = bar.share {
                            <svg class="yp-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                <rect class="yp-bar-track" width="100" height="8" rx="4" />
                                <rect class="yp-bar-fill" width={share.min(100).to_string()} height="8" rx="4" />
                            </svg>
                        }
                        <p class="yp-bar-text">
                            <span class="yp-bar-figures">{ figures }</span>
                            if let Some(share) = bar.share {
                                { " · " }<span class="yp-bar-share">{ format!("{share}%") }</span>
                                <span class="yp-sr">{ format!("({})", ui.progress_computed) }</span>
                            }
                            if let Some(day) = day {
                                { " · " }{ fill(ui.as_of, &[("date", &day_label(day, lang))]) }
                            }
                        </p>
                    </li>
                }
            }) }
        </ul>
    }
}

/// The report's sentences, verbatim and in their original Simplified Chinese, with attribution.
pub fn quote(sources: &[Text], report: &Report, lang: Lang) -> Html {
    let note = (lang != Lang::Hans).then(|| format!(" · {}", ui(lang).quote_original));
    html! {
        <figure class="yp-quote">
            <blockquote lang="zh-Hans">
                { for sources.iter().map(|s| html! { <p>{ s.to_string() }</p> }) }
            </blockquote>
            <figcaption>
                { format!("——{}, {}", report.publisher.get(lang), report.published_label(lang)) }
                { note.unwrap_or_default() }
            </figcaption>
        </figure>
    }
}
