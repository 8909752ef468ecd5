//! Data published at run time (`data-src`, chosen by the page's author): fetched with gloo-net
//! from the page's own origin, then read and checked by the schema crate, as the build reads the
//! embedded file. Any failure is a [`LoadError`]; the caller keeps the embedded data.
//!
//! Only the build with the `data-files` feature reads files (embed.js loads it on pages whose
//! hosts name one); the build for the built-in list says it does not, should a host name a file
//! after embed.js has chosen.

use crate::model::data::Dataset;
pub use crate::model::load::LoadError;
use std::cell::RefCell;
use std::rc::Rc;

/// How long a load may take.
pub const TIMEOUT_MS: u32 = 10_000;

/// The absolute URL of `src` if it is on the page's origin.
pub fn same_origin(src: &str) -> Option<String> {
    let location = gloo_utils::window().location();
    let url = web_sys::Url::new_with_base(src, &location.href().ok()?).ok()?;
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

/// Fetches, reads and checks a data file.
#[cfg(feature = "data-files")]
pub async fn load(src: &str) -> Result<Dataset, LoadError> {
    use gloo_net::http::Request;
    use gloo_timers::callback::Timeout;
    use std::cell::Cell;
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
    let failed = || {
        if timed_out.get() {
            LoadError::Timeout
        } else {
            LoadError::Network
        }
    };
    let response = Request::get(&url)
        .abort_signal(Some(&controller.signal()))
        .send()
        .await
        .map_err(|_| failed())?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    // The bytes, not `text()`: a JS string handed to the wasm is first given room for three
    // bytes per UTF-16 unit, which at 10,000 projects doubles the peak memory of a load.
    let bytes = response.binary().await.map_err(|_| failed())?;
    drop(timer);
    let text = String::from_utf8(bytes).map_err(|_| LoadError::NotText)?;
    // Kept for the life of the page, so the data's strings borrow from it instead of copying
    // it. (A file that fails its checks is kept too; a page loads its data once.)
    read(Box::leak(text.into_boxed_str()))
}

/// What a load is in the build without reading data files (no fetch, no JSON in its wasm).
#[cfg(not(feature = "data-files"))]
pub async fn load(_: &str) -> Result<Dataset, LoadError> {
    Err(LoadError::NotBuilt)
}

/// Reads and checks a data file's text as a load does.
#[cfg(feature = "data-files")]
pub fn read(text: &'static str) -> Result<Dataset, LoadError> {
    schema::read(text).map_err(LoadError::Data)
}

#[cfg(not(feature = "data-files"))]
pub fn read(_: &'static str) -> Result<Dataset, LoadError> {
    Err(LoadError::NotBuilt)
}
