//! What the editor asks of the browser: the saved draft (localStorage, every call guarded, since
//! it throws in some private modes and is full at about 5 MB), downloads, and reading a chosen
//! file.

use crate::book::Book;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;

/// Where the draft is kept; other tabs of the editor hear of each save through `storage` events.
pub const DRAFT_KEY: &str = "youth-projects-editor/draft";

/// The draft as saved: the sheets and when.
#[derive(Serialize, Deserialize)]
pub struct Saved {
    pub book: Book,
    /// Milliseconds since 1970, from the browser's clock.
    pub at: f64,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The draft saved earlier in this browser, if any and readable.
pub fn saved_draft() -> Option<Saved> {
    let text = storage()?.get_item(DRAFT_KEY).ok()??;
    serde_json::from_str(&text).ok()
}

/// Saves the draft; `false` when the browser refused (private mode, storage full).
pub fn save_draft(book: &Book) -> bool {
    let Ok(text) = serde_json::to_string(&Saved {
        book: book.clone(),
        at: js_sys::Date::now(),
    }) else {
        return false;
    };
    storage().is_some_and(|s| s.set_item(DRAFT_KEY, &text).is_ok())
}

/// A draft another tab saved, from a `storage` event's new value.
pub fn draft_of(text: &str) -> Option<Book> {
    serde_json::from_str::<Saved>(text)
        .ok()
        .map(|s| s.book.normalized())
}

/// Today in the editor's time zone, `YYYY-MM-DD`: the day an update may not be after.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

pub fn forget_draft() {
    if let Some(s) = storage() {
        let _ = s.remove_item(DRAFT_KEY);
    }
}

/// A local time of day for "saved at": 14:05.
pub fn time_of(ms: f64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    format!(
        "{}月{}日 {:02}:{:02}",
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// Offers bytes as a file download.
pub fn download(name: &str, bytes: &[u8], mime: &str) -> Result<(), wasm_bindgen::JsValue> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The click has taken the URL; it can go once the browser has started the download.
    gloo_timers::callback::Timeout::new(1_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// The bytes of a chosen file.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("无法读取“{}”", file.name()))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Copies text to the clipboard, where the page may.
pub fn copy(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

/// Moves focus to an element by id, and brings it into view.
pub fn focus(id: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}
