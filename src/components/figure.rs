//! A figure as the report states it, with its qualifier in its own place around the number.

use crate::model::data::{Figure, Qualifier};
use yew::prelude::*;

/// Props of [`FigureValue`].
#[derive(Properties, PartialEq, Clone)]
pub struct FigureValueProps {
    pub figure: Figure,
}

/// 不少于 10000 平方米 / 4000 余 万元 / 5000 万元 以上, number large.
#[component]
pub fn FigureValue(props: &FigureValueProps) -> Html {
    let f = &props.figure;
    let q = |text: &'static str| html! { <span class="yp-q">{ text }</span> };
    let before = f.qualifier.filter(|q| q.is_prefix()).map(|x| q(x.as_str()));
    let infix = (f.qualifier == Some(Qualifier::Over)).then(|| q("余"));
    let after = (f.qualifier == Some(Qualifier::AtLeast)).then(|| q("以上"));
    html! {
        <span class="yp-fig">
            { for before }
            <span class="yp-num">{ f.value.as_ref() }</span>
            { for infix }
            <span class="yp-unit">{ f.unit.as_ref() }</span>
            { for after }
        </span>
    }
}

/// Props of [`FigureItem`].
#[derive(Properties, PartialEq, Clone)]
pub struct FigureItemProps {
    pub figure: Figure,
    /// Show the kind (2022年目标, 2021年, 已有基础) under the label.
    #[prop_or(true)]
    pub show_kind: bool,
}

/// A figure with its label: the number first, large, then what it counts.
#[component]
pub fn FigureItem(props: &FigureItemProps) -> Html {
    let f = &props.figure;
    let kind_class = match f.kind {
        crate::model::data::Kind::Target2022 => "yp-kind yp-kind-target",
        _ => "yp-kind",
    };
    html! {
        <div class="yp-fig-item">
            <p class="yp-fig-value"><FigureValue figure={f.clone()} /></p>
            <p class="yp-fig-label">{ f.label.as_ref() }</p>
            if props.show_kind {
                <p class={kind_class}>{ f.kind.label() }</p>
            }
        </div>
    }
}
