//! Text with the search matches marked, built from text nodes and `<mark>` elements only: never
//! parsed as HTML.

use crate::model::search::{FileReadings, Term, highlight};
use yew::prelude::*;

/// The text with every match of the search terms (literal, script-blind or pinyin) in `<mark>`;
/// no terms show the text as it is. The terms are made once per search, not once per text;
/// `file` is the data's own pinyin readings.
pub fn highlighted(text: &str, terms: &[Term], file: &FileReadings) -> Html {
    if terms.is_empty() {
        return html! { { text.to_string() } };
    }
    html! {
        { for highlight(text, terms, file).into_iter().map(|(run, marked)| {
            if marked {
                html! { <mark class="yp-mark">{ run }</mark> }
            } else {
                html! { { run } }
            }
        }) }
    }
}
