//! The browser's URL and history, as the widget uses them: read the query string, record a new
//! view, and hear back/forward. Failures (a sandboxed iframe that forbids `pushState`, say) leave
//! the URL alone; the widget keeps working.

use crate::model::query::Query;
use crate::model::state::HistoryMode;
use crate::model::url;

/// The page's current query string, with its `?`, or empty (always empty when prerendering, which
/// shows the default view).
pub fn current_search() -> String {
    if cfg!(not(target_arch = "wasm32")) {
        return String::new();
    }
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Records the query in the URL, keeping the page's other parameters and its hash.
pub fn record(query: &Query, mode: HistoryMode) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let current = location.search().unwrap_or_default();
    let next = url::merge(&current, query);
    if next == current || mode == HistoryMode::Leave {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let target = format!("{path}{next}{hash}");
    if let Ok(history) = window.history() {
        let _ = match mode {
            HistoryMode::Push => {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target))
            }
            _ => history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target)),
        };
    }
}

/// Calls `on_change` with the URL's query after each back or forward; dropping the listener stops it.
pub fn on_pop(on_change: impl Fn(Query) + 'static) -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(
        &window,
        "popstate",
        move |_| on_change(url::decode(&current_search())),
    ))
}

/// Adds a history entry for the same URL (for a view the URL does not name, such as the filter
/// sheet, that Back should close); false if the browser refused.
pub fn push_same() -> bool {
    web_sys::window()
        .and_then(|w| w.history().ok())
        .is_some_and(|h| h.push_state(&wasm_bindgen::JsValue::NULL, "").is_ok())
}

/// Steps back in history; false if the browser refused.
pub fn back() -> bool {
    web_sys::window()
        .and_then(|w| w.history().ok())
        .is_some_and(|h| h.back().is_ok())
}
