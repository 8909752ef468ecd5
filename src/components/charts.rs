//! The figures panel: two SVG charts drawn by Yew (no chart library), each with `<title>`,
//! `<desc>` and a table alternative. They follow the filters and the language.

use super::Ids;
use crate::i18n::{Lang, fill, ui, with_year};
use crate::model::charts::{CHART_ROWS, Charts, figure};
use crate::model::data::Dataset;
use crate::model::format::{FigureParts, kind_label};
use yew::prelude::*;

/// What [`figures_panel`] shows.
pub struct FiguresPanelProps<'a> {
    pub data: &'a Dataset,
    /// What the charts draw, derived with the visible list.
    pub charts: &'a Charts,
    pub lang: Lang,
}

const WIDTH: i64 = 420;

/// The year's targets by theme, and before → target pairs. A function rendered in the widget's own pass
/// (see `filter_panel`), so the charts change in the same frame as the cards.
// Not inlined into the App: the browser compiles it when its step first needs it.
#[inline(never)]
pub fn figures_panel(ids: &Ids, props: &FiguresPanelProps<'_>) -> Html {
    let lang = props.lang;
    let ui = ui(lang);
    html! {
        <section class="yp-charts" aria-labelledby={ids.id("charts-title")}>
            <h2 class="yp-h2" id={ids.id("charts-title")}>{ ui.charts_title }</h2>
            <p class="yp-lead">{ ui.charts_follow }</p>
            <div class="yp-chart-grid">
                { theme_chart(ids, props) }
                { compare_chart(ids, props) }
            </div>
        </section>
    }
}

/// Bars of the number of the year's numeric targets per theme.
fn theme_chart(ids: &Ids, props: &FiguresPanelProps<'_>) -> Html {
    let lang = props.lang;
    let ui = ui(lang);
    let data = props.data;
    let year = data.list.year;
    let title = with_year(ui.chart_themes_title, year);
    let bars = &props.charts.themes;
    let rows: usize = bars.iter().map(|b| b.targets.len()).sum();
    let max = bars
        .iter()
        .map(|b| b.targets.len())
        .max()
        .unwrap_or(1)
        .max(1) as i64;
    let row = 52;
    let height = (bars.len() as i64 * row).max(row);
    let count = |n: usize| {
        let unit = if n == 1 {
            ui.chart_target_unit
        } else {
            ui.chart_targets_unit
        };
        fill(unit, &[("n", &n.to_string())])
    };
    let summary: Vec<String> = bars
        .iter()
        .map(|b| {
            format!(
                "{} {}",
                data.themes[b.theme].name.get(lang),
                count(b.targets.len())
            )
        })
        .collect();
    let desc = format!(
        "{} {}",
        with_year(ui.chart_themes_desc, year),
        summary.join("; ")
    );
    html! {
        <figure class="yp-chart">
            <figcaption class="yp-h3">{ title.clone() }</figcaption>
            if bars.is_empty() {
                <p class="yp-nofig">{ ui.chart_none }</p>
            } else {
                <svg class="yp-svg" role="img" aria-labelledby={ids.id("c1-t")} aria-describedby={ids.id("c1-d")}
                    viewBox={format!("0 0 {WIDTH} {height}")} width="100%">
                    <title id={ids.id("c1-t")}>{ title.clone() }</title>
                    <desc id={ids.id("c1-d")}>{ desc }</desc>
                    { for bars.iter().enumerate().map(|(i, b)| {
                        let y = i as i64 * row;
                        let len = (b.targets.len() as i64 * 300 / max).max(4);
                        html! {
                            <g>
                                <text class="yp-svg-label" x="0" y={(y + 18).to_string()}>{ data.themes[b.theme].name.get(lang) }</text>
                                <rect class="yp-svg-bar" x="0" y={(y + 26).to_string()} width={len.to_string()} height="18" rx="3" />
                                <text class="yp-svg-value" x={(len + 8).to_string()} y={(y + 40).to_string()}>{ count(b.targets.len()) }</text>
                            </g>
                        }
                    }) }
                </svg>
                { table_view(
                    &title,
                    [ui.col_theme, ui.col_project, &with_year(ui.col_targets, year)],
                    bars.iter()
                        .flat_map(|b| b.targets.iter().map(move |&at| (b.theme, at)))
                        .take(CHART_ROWS)
                        .map(|(t, at)| {
                            let f = figure(data, at);
                            [
                                data.themes[t].name.get(lang).to_string(),
                                data.projects[at.0].name.get(lang).to_string(),
                                format!("{}: {}", f.label.get(lang), FigureParts::of(f, lang).text(lang)),
                            ]
                        }),
                    capped(rows, lang),
                    lang,
                ) }
            }
        </figure>
    }
}

/// A chart's table alternative, folded under "以表格查看": one row header and two cells a row,
/// and `note` under the table.
fn table_view(
    caption: &str,
    columns: [&str; 3],
    rows: impl Iterator<Item = [String; 3]>,
    note: Html,
    lang: Lang,
) -> Html {
    html! {
        <details class="yp-more">
            <summary>{ ui(lang).table_view }</summary>
            <table class="yp-table">
                <caption class="yp-sr">{ caption.to_string() }</caption>
                <thead><tr>
                    { for columns.iter().map(|c| html! { <th scope="col">{ c.to_string() }</th> }) }
                </tr></thead>
                <tbody>
                    { for rows.map(|[head, a, b]| html! {
                        <tr><th scope="row">{ head }</th><td>{ a }</td><td>{ b }</td></tr>
                    }) }
                </tbody>
            </table>
            { note }
        </details>
    }
}

/// A note under a table that lists only the first [`CHART_ROWS`] of `total` rows.
fn capped(total: usize, lang: Lang) -> Html {
    if total <= CHART_ROWS {
        return Html::default();
    }
    let text = fill(
        ui(lang).chart_capped,
        &[
            ("shown", &CHART_ROWS.to_string()),
            ("total", &total.to_string()),
        ],
    );
    html! { <p class="yp-nofig">{ text }</p> }
}

/// Pairs of an earlier or existing figure and its target, each pair on its own scale. A target
/// that adds to what exists is said to (2022年新增), and its pair joined by "+", not "→".
fn compare_chart(ids: &Ids, props: &FiguresPanelProps<'_>) -> Html {
    let lang = props.lang;
    let ui = ui(lang);
    let data = props.data;
    let year = data.list.year;
    let title = with_year(ui.chart_compare_title, year);
    let text = |at| FigureParts::of(figure(data, at), lang).text(lang);
    let col_target = with_year(ui.col_target, year);
    let adds = |c: &crate::model::charts::Comparison| figure(data, c.target).adds;
    // The target as the chart and its table name it: an addition says so.
    let target_text = |c: &crate::model::charts::Comparison| {
        if adds(c) {
            format!(
                "{} ({})",
                text(c.target),
                kind_label(figure(data, c.target), year, lang)
            )
        } else {
            text(c.target)
        }
    };
    // What has been achieved of the target, where an update says: its figure and its day.
    let achieved_text = |c: &crate::model::charts::Comparison| {
        c.achieved.map(|at| {
            format!(
                "{} ({})",
                text(at),
                kind_label(figure(data, at), year, lang)
            )
        })
    };
    let all_pairs = &props.charts.comparisons;
    let pairs = &all_pairs[..all_pairs.len().min(CHART_ROWS)];
    let name = |p: usize| data.projects[p].name.get(lang);
    let any_achieved = pairs.iter().any(|c| c.achieved.is_some());
    let row = if any_achieved { 118 } else { 92 };
    let height = (pairs.len() as i64 * row).max(row);
    let desc: Vec<String> = pairs
        .iter()
        .map(|c| {
            let mut line = format!(
                "{}: {} {} {}",
                name(c.project),
                text(c.before),
                if adds(c) { "+" } else { "→" },
                target_text(c)
            );
            if let Some(done) = achieved_text(c) {
                line.push_str(&format!(", {done}"));
            }
            line
        })
        .collect();
    html! {
        <figure class="yp-chart">
            <figcaption class="yp-h3">{ title.clone() }</figcaption>
            if pairs.is_empty() {
                <p class="yp-nofig">{ ui.chart_none }</p>
            } else {
                <p class="yp-legend-line">
                    <span class="yp-key yp-key-before" aria-hidden="true"></span>{ ui.col_before }
                    <span class="yp-key yp-key-target" aria-hidden="true"></span>{ col_target.clone() }
                    if any_achieved {
                        <span class="yp-key yp-key-achieved" aria-hidden="true"></span>{ ui.chart_achieved }
                    }
                </p>
                <svg class="yp-svg" role="img" aria-labelledby={ids.id("c2-t")} aria-describedby={ids.id("c2-d")}
                    viewBox={format!("0 0 {WIDTH} {height}")} width="100%">
                    <title id={ids.id("c2-t")}>{ title.clone() }</title>
                    <desc id={ids.id("c2-d")}>{ format!("{} {}", with_year(ui.chart_compare_desc, year), desc.join("; ")) }</desc>
                    { for pairs.iter().enumerate().map(|(i, c)| {
                        let y = i as i64 * row;
                        let bar = |len: u32, class: &'static str, top: i64, text: String| {
                            let w = (i64::from(len) * 180 / 1000).max(4);
                            html! {
                                <>
                                    <rect class={class} x="0" y={top.to_string()} width={w.to_string()} height="20" rx="3" />
                                    <text class="yp-svg-value" x={(w + 8).to_string()} y={(top + 15).to_string()}>{ text }</text>
                                </>
                            }
                        };
                        html! {
                            <g>
                                <text class="yp-svg-label" x="0" y={(y + 18).to_string()}>{ name(c.project) }</text>
                                { bar(c.before_len, "yp-svg-before", y + 28, text(c.before)) }
                                { bar(c.target_len, "yp-svg-bar", y + 54, target_text(c)) }
                                if let Some(done) = achieved_text(c) {
                                    { bar(c.achieved_len, "yp-svg-achieved", y + 80, done) }
                                }
                            </g>
                        }
                    }) }
                </svg>
                { table_view(
                    &title,
                    [ui.col_project, ui.col_before, &col_target],
                    pairs.iter().map(|c| [
                        name(c.project).to_string(),
                        format!("{} ({})", text(c.before), kind_label(figure(data, c.before), year, lang)),
                        match achieved_text(c) {
                            Some(done) => format!("{} · {done}", target_text(c)),
                            None => target_text(c),
                        },
                    ]),
                    Html::default(),
                    lang,
                ) }
                { capped(all_pairs.len(), lang) }
            }
        </figure>
    }
}
