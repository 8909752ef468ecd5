//! Text with the search matches marked, built from text nodes and `<mark>` elements only: never
//! parsed as HTML.

use crate::model::search::highlight;
use yew::prelude::*;

/// Props of [`Highlighted`].
#[derive(Properties, PartialEq, Clone)]
pub struct HighlightedProps {
    pub text: AttrValue,
    /// The reader's search text; empty shows the text as it is.
    pub query: AttrValue,
}

/// The text with every match of the query (literal, script-blind or pinyin) in `<mark>`.
#[component]
pub fn Highlighted(props: &HighlightedProps) -> Html {
    if props.query.trim().is_empty() {
        return html! { { props.text.to_string() } };
    }
    html! {
        { for highlight(&props.text, &props.query).into_iter().map(|(run, marked)| {
            if marked {
                html! { <mark class="yp-mark">{ run }</mark> }
            } else {
                html! { { run } }
            }
        }) }
    }
}
