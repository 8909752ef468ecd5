//! The CSV download of the visible projects, made in the page: no server involved.

use super::SharedData;
use crate::i18n::{Lang, ui};
use crate::model::csv::projects_csv;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// The downloaded file's name: the list's year is in it, so a year's download never passes for
/// another's.
pub fn csv_name(year: u16) -> String {
    format!("youth-projects-{year}.csv")
}

/// What [`csv_button`] exports.
#[derive(PartialEq, Clone)]
pub struct CsvButtonProps {
    pub data: SharedData,
    /// Shared with the rest of the view, not copied for the button.
    pub visible: Rc<[usize]>,
    pub lang: Lang,
}

/// "Download CSV (current results)". The file is made only when the button is pressed.
pub fn csv_button(props: CsvButtonProps) -> Html {
    let label = ui(props.lang).csv_button;
    let onclick = {
        Callback::from(move |_: MouseEvent| {
            let text = projects_csv(&props.data, &props.visible, props.lang);
            let _ = download(&text, &csv_name(props.data.list.year));
        })
    };
    html! {
        <button type="button" class="yp-secondary" {onclick}>{ label }</button>
    }
}

/// Saves text as a file through a temporary object URL.
fn download(text: &str, name: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    document
        .body()
        .ok_or_else(|| JsValue::from_str("no body"))?
        .append_child(&a)?;
    a.click();
    a.remove();
    web_sys::Url::revoke_object_url(&url)
}
