//! Text with the search matches marked, built from text nodes and `<mark>` elements only: never
//! parsed as HTML.

use crate::model::search::highlight;
use yew::prelude::*;

/// The text with every match of the query (literal, script-blind or pinyin) in `<mark>`; an empty
/// query shows the text as it is.
pub fn highlighted(text: &str, query: &str) -> Html {
    if query.trim().is_empty() {
        return html! { { text.to_string() } };
    }
    html! {
        { for highlight(text, query).into_iter().map(|(run, marked)| {
            if marked {
                html! { <mark class="yp-mark">{ run }</mark> }
            } else {
                html! { { run } }
            }
        }) }
    }
}
