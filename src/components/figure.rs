//! A figure as the report states it, with its qualifier in its own place around the number.

use crate::i18n::Lang;
use crate::model::data::{Figure, Kind};
use crate::model::format::kind_label;
use yew::prelude::*;

/// Props of [`FigureValue`].
#[derive(Properties, PartialEq, Clone)]
pub struct FigureValueProps {
    pub figure: Figure,
    pub lang: Lang,
}

/// 不少于 10000 平方米 / 4000 余 万元 / 50 million yuan or more, the number large.
#[component]
pub fn FigureValue(props: &FigureValueProps) -> Html {
    let parts = props.figure.parts(props.lang);
    let q = |text: Option<&'static str>| text.map(|t| html! { <span class="yp-q">{ t }</span> });
    // Spaces between English words are text nodes, so copying the figure gives readable text.
    let gap = if props.lang == Lang::En { " " } else { "" };
    html! {
        <span class="yp-fig">
            if let Some(b) = q(parts.before) { { b }{ gap } }
            <span class="yp-num">{ parts.number }</span>
            { for q(parts.infix) }
            if !parts.unit.is_empty() {
                { gap }<span class="yp-unit">{ parts.unit }</span>
            }
            if let Some(a) = q(parts.after) { { gap }{ a } }
        </span>
    }
}

/// Props of [`FigureItem`].
#[derive(Properties, PartialEq, Clone)]
pub struct FigureItemProps {
    pub figure: Figure,
    pub lang: Lang,
    /// Show the kind (2022年目标, 2021年, 已有基础) under the label.
    #[prop_or(true)]
    pub show_kind: bool,
}

/// A figure with its label: the number first, large, then what it counts.
#[component]
pub fn FigureItem(props: &FigureItemProps) -> Html {
    let f = &props.figure;
    let kind_class = match f.kind {
        Kind::Target2022 => "yp-kind yp-kind-target",
        _ => "yp-kind",
    };
    html! {
        <div class="yp-fig-item">
            <p class="yp-fig-value"><FigureValue figure={f.clone()} lang={props.lang} /></p>
            <p class="yp-fig-label">{ f.label.get(props.lang) }</p>
            if props.show_kind {
                <p class={kind_class}>{ kind_label(f.kind, props.lang) }</p>
            }
        </div>
    }
}
