//! A figure as the report states it, with its qualifier in its own place around the number.

use super::stand_in_lang;
use crate::i18n::Lang;
use crate::model::data::{Figure, Kind};
use crate::model::format::{FigureParts, kind_label};
use yew::prelude::*;

/// 不少于 10000 平方米 / 4000 余 万元 / 50 million yuan or more, the number large.
///
/// Figures, highlighted texts, tags and quotes are plain functions rather than components: there
/// are hundreds of them in a long list, and a component each would cost a scope and a scheduler
/// run apiece (and wasm size) for no state of their own.
pub fn figure_value(figure: &Figure, lang: Lang) -> Html {
    let parts = FigureParts::of(figure, lang);
    let q = |text: Option<&'static str>| text.map(|t| html! { <span class="yp-q">{ t }</span> });
    // Spaces between English words are text nodes, so copying the figure gives readable text.
    let gap = if lang == Lang::En { " " } else { "" };
    // The number never parts from its unit (from the unit's first word, in English): they are
    // one unbreakable run, and only the qualifiers and the rest of an English unit may wrap.
    let (unit, unit_rest) = match parts.unit.split_once(' ') {
        Some((first, rest)) if lang == Lang::En => (first.to_string(), Some(rest.to_string())),
        _ => (parts.unit.clone(), None),
    };
    html! {
        <span class="yp-fig">
            if let Some(b) = q(parts.before) { { b }{ gap } }
            <span class="yp-core">
                <span class="yp-num">{ parts.number }</span>
                { for q(parts.infix) }
                if !unit.is_empty() {
                    { gap }<span class="yp-unit">{ unit }</span>
                }
            </span>
            if let Some(rest) = unit_rest {
                { gap }<span class="yp-unit">{ rest }</span>
            }
            if let Some(a) = q(parts.after) { { gap }{ a } }
        </span>
    }
}

/// A figure with its label: the number first, large, then what it counts, and (with `show_kind`)
/// what it is under the label (2022年目标, 2021年, 已有基础; `year` is the list's).
pub fn figure_item(f: &Figure, year: u16, lang: Lang, show_kind: bool) -> Html {
    let kind_class = match f.kind {
        Kind::Target => "yp-kind yp-kind-target",
        _ => "yp-kind",
    };
    html! {
        <div class="yp-fig-item">
            <p class="yp-fig-value">{ figure_value(f, lang) }</p>
            <p class="yp-fig-label" lang={stand_in_lang(&f.label, lang)}>{ f.label.get(lang) }</p>
            if show_kind {
                <p class={kind_class}>{ kind_label(f, year, lang) }</p>
            }
        </div>
    }
}
