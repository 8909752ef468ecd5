//! Data published at run time (`data-src`, or `?src=` on the page that owns the URL): fetched from
//! the page's own origin, then read and checked by the same code as the build (`model::decode`).
//! Any failure is a [`LoadError`]; the caller keeps the embedded data.

use crate::i18n::{Lang, fill, ui};
use crate::model::data::Dataset;
use crate::model::decode::{ReadError, read, read_kept};
use crate::model::validate::DataError;
use gloo_timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

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

/// What to do with a load's result.
type Then = Box<dyn FnOnce(Result<Dataset, LoadError>)>;

/// A load started as early as possible (at a widget's first render, so the download runs while
/// the built-in list is drawn), whose result is handed to whoever asks for it, then or later.
pub struct Pending {
    result: RefCell<Option<Result<Dataset, LoadError>>>,
    waiting: RefCell<Option<Then>>,
}

impl Pending {
    /// Starts loading `src`.
    pub fn start(src: String) -> Rc<Pending> {
        let pending = Rc::new(Pending {
            result: RefCell::new(None),
            waiting: RefCell::new(None),
        });
        let slot = pending.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = load(&src).await;
            let waiting = slot.waiting.borrow_mut().take();
            match waiting {
                Some(then) => then(result),
                None => *slot.result.borrow_mut() = Some(result),
            }
        });
        pending
    }

    /// Calls `then` with the result: at once if it is in, else when it comes.
    pub fn then(&self, then: impl FnOnce(Result<Dataset, LoadError>) + 'static) {
        let ready = self.result.borrow_mut().take();
        match ready {
            Some(result) => then(result),
            None => *self.waiting.borrow_mut() = Some(Box::new(then)),
        }
    }
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
    let window = web_sys::window().ok_or(LoadError::Network)?;
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&signal));
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(&url, &init))
        .await
        .and_then(JsValue::dyn_into)
        .map_err(|_| failed(&timed_out))?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    // The bytes, not `text()`: a JS string handed to the wasm is first given room for three
    // bytes per UTF-16 unit, which at 10,000 projects doubles the peak memory of a load.
    let bytes = match response.array_buffer() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec()),
        Err(_) => None,
    }
    .ok_or_else(|| failed(&timed_out))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| LoadError::Syntax("the file is not UTF-8 text".into()))?;
    drop(timer);
    // Kept for the life of the page, so the data's strings borrow from it instead of copying
    // it: at 10,000 projects that is the difference between about 14 and 20 MB. (A file that
    // fails validation is kept too; a page loads its data once.)
    let text: &'static str = Box::leak(text.into_boxed_str());
    read_kept(text).map_err(load_error)
}

fn load_error(e: ReadError) -> LoadError {
    match e {
        ReadError::Syntax(e) => LoadError::Syntax(e.to_string()),
        ReadError::Data(e) => LoadError::Data(e),
    }
}

/// Reads a data file's text and checks it, with the same reader as the build.
pub fn parse(text: &str) -> Result<Dataset, LoadError> {
    read(text).map_err(load_error)
}
