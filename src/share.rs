//! Passing a project on: the Web Share API where the browser has it, the clipboard where it does
//! not, and a hint inside WeChat, which ignores the Web Share API and shares from its ··· menu.
//! Called through `js_sys::Reflect`, since not every browser has these, and a missing one must
//! fall back, never fail.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What became of a share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The browser's share sheet took it.
    Shared,
    /// The link went to the clipboard.
    Copied,
    /// Inside WeChat: the reader is told to use its menu.
    WeChat,
    /// The reader closed the share sheet: nothing to say.
    Cancelled,
    /// The clipboard refused.
    Failed,
}

fn navigator() -> Option<JsValue> {
    let window = web_sys::window()?;
    Reflect::get(&window, &"navigator".into()).ok()
}

/// Whether the page runs inside WeChat's browser.
pub fn in_wechat() -> bool {
    navigator()
        .and_then(|n| Reflect::get(&n, &"userAgent".into()).ok())
        .and_then(|ua| ua.as_string())
        .is_some_and(|ua| ua.contains("MicroMessenger"))
}

/// Calls `navigator.<object>.<method>(arg)` where it exists and awaits its promise.
async fn call(object: Option<&str>, method: &str, arg: &JsValue) -> Option<()> {
    let mut target = navigator()?;
    if let Some(name) = object {
        target = Reflect::get(&target, &name.into()).ok()?;
    }
    let f: Function = Reflect::get(&target, &method.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: Promise = f.call1(&target, arg).ok()?.dyn_into().ok()?;
    JsFuture::from(promise).await.ok().map(|_| ())
}

/// Copies text to the clipboard; `false` where the browser refuses.
pub async fn copy(text: &str) -> bool {
    call(Some("clipboard"), "writeText", &JsValue::from_str(text))
        .await
        .is_some()
}

/// Shares a title, a text and a link.
pub async fn share(title: &str, text: &str, url: &str) -> Shared {
    if in_wechat() {
        return Shared::WeChat;
    }
    let has_share = navigator()
        .and_then(|n| Reflect::get(&n, &"share".into()).ok())
        .is_some_and(|f| f.is_function());
    if has_share {
        let data = Object::new();
        for (k, v) in [("title", title), ("text", text), ("url", url)] {
            let _ = Reflect::set(&data, &k.into(), &v.into());
        }
        return match call(None, "share", &data).await {
            Some(()) => Shared::Shared,
            None => Shared::Cancelled,
        };
    }
    if copy(url).await {
        Shared::Copied
    } else {
        Shared::Failed
    }
}
