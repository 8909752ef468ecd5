//! Data published at run time (`data-src`, or `?src=` on the page that owns the URL): fetched from
//! the page's own origin, read by the browser's JSON parser, mapped onto the model's types and
//! checked by the same validator as the build. Any failure is a [`LoadError`]; the caller keeps
//! the embedded data.

use crate::i18n::{Lang, fill, ui};
use crate::model::data::Dataset;
use crate::model::path::locate;
use crate::model::validate::{DataError, validate};
use gloo_timers::callback::Timeout;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsValue;

/// How long a load may take.
pub const TIMEOUT_MS: u32 = 10_000;

/// Why runtime data was not shown.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The address is not on the page's origin.
    Origin,
    Network,
    Timeout,
    /// An HTTP status other than 2xx.
    Status(u16),
    /// Not JSON; the parser's message.
    Syntax(String),
    /// JSON, but not a valid data file.
    Data(DataError),
}

impl LoadError {
    /// A sentence for the reader, naming the problem (the record and field for data errors).
    pub fn message(&self, src: &str, lang: Lang) -> String {
        let ui = ui(lang);
        let reason = match self {
            LoadError::Origin => ui.load_origin.to_string(),
            LoadError::Network => ui.load_network.to_string(),
            LoadError::Timeout => ui.load_timeout.to_string(),
            LoadError::Status(s) => fill(ui.load_status, &[("status", &s.to_string())]),
            LoadError::Syntax(d) => fill(ui.load_syntax, &[("detail", d)]),
            LoadError::Data(e) => fill(ui.load_schema, &[("detail", &e.to_string())]),
        };
        fill(ui.load_failed, &[("src", src), ("reason", &reason)])
    }
}

/// The absolute URL of `src` if it is on the page's origin.
pub fn same_origin(src: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let here = location.href().ok()?;
    let url = web_sys::Url::new_with_base(src, &here).ok()?;
    (url.origin() == location.origin().ok()?).then(|| url.href())
}

/// Fetches, parses and validates a data file.
pub async fn load(src: &str) -> Result<Dataset, LoadError> {
    let url = same_origin(src).ok_or(LoadError::Origin)?;
    let controller = web_sys::AbortController::new().map_err(|_| LoadError::Network)?;
    let timed_out = Rc::new(Cell::new(false));
    let timer = {
        let controller = controller.clone();
        let timed_out = timed_out.clone();
        Timeout::new(TIMEOUT_MS, move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let failed = |timed_out: &Cell<bool>| {
        if timed_out.get() {
            LoadError::Timeout
        } else {
            LoadError::Network
        }
    };
    let signal = controller.signal();
    let response = gloo_net::http::Request::get(&url)
        .abort_signal(Some(&signal))
        .send()
        .await
        .map_err(|_| failed(&timed_out))?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    let text = response.text().await.map_err(|_| failed(&timed_out))?;
    drop(timer);
    parse(&text)
}

/// Reads a data file's text with the browser's JSON parser and checks it.
pub fn parse(text: &str) -> Result<Dataset, LoadError> {
    let value = js_sys::JSON::parse(text).map_err(|e| {
        LoadError::Syntax(
            js_sys::Error::from(e)
                .message()
                .as_string()
                .unwrap_or_default(),
        )
    })?;
    let data: Dataset =
        serde_path_to_error::deserialize(serde_wasm_bindgen::Deserializer::from(value.clone()))
            .map_err(|e| {
                let (record, field) = locate(e.path(), |list, i| id_at(&value, list, i));
                LoadError::Data(DataError {
                    record,
                    field,
                    problem: e.inner().to_string(),
                })
            })?;
    validate(&data).map_err(LoadError::Data)?;
    Ok(data)
}

fn id_at(root: &JsValue, list: &str, index: usize) -> Option<String> {
    let list = js_sys::Reflect::get(root, &JsValue::from_str(list)).ok()?;
    let item = js_sys::Reflect::get_u32(&list, index as u32).ok()?;
    js_sys::Reflect::get(&item, &JsValue::from_str("id"))
        .ok()?
        .as_string()
}
