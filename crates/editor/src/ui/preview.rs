//! The live preview: the real widget (the reader's own build, `../embed.js`) in a frame, given
//! the draft's data file as `data-src` the way a published page gives it, at phone or desktop
//! width and in any of its languages. The frame restarts half a second after the last change;
//! it asks for the draft when it is ready (`preview.js`) and gets it by `postMessage`, from
//! this page's origin only.

use gloo_events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlIFrameElement;
use yew::prelude::*;

/// The message `preview.js` posts when it is ready for the draft.
const READY: &str = "youth-projects-preview-ready";

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// The draft's data file.
    pub json: Rc<String>,
}

#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let phone = use_state(|| true);
    let lang = use_state(|| "zh-Hans");
    let reloads = use_state(|| 0u32);
    let frame = use_node_ref();
    let latest = use_mut_ref(|| (String::new(), ""));
    *latest.borrow_mut() = ((*props.json).clone(), *lang);

    // Restart the frame a moment after the last change.
    let timer: Rc<RefCell<Option<gloo_timers::callback::Timeout>>> = use_mut_ref(|| None);
    {
        let reloads = reloads.clone();
        use_effect_with(((*props.json).clone(), *lang), move |_| {
            let next = *reloads + 1;
            *timer.borrow_mut() = Some(gloo_timers::callback::Timeout::new(500, move || {
                reloads.set(next)
            }));
        });
    }
    {
        let frame = frame.clone();
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let window = web_sys::window();
            let listener = window.clone().map(|w| {
                EventListener::new(&w, "message", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                        return;
                    };
                    let origin = web_sys::window()
                        .and_then(|w| w.location().origin().ok())
                        .unwrap_or_default();
                    let ready = event.data().as_string().is_some_and(|d| d == READY);
                    if event.origin() != origin || !ready {
                        return;
                    }
                    let Some(target) = frame
                        .cast::<HtmlIFrameElement>()
                        .and_then(|f| f.content_window())
                    else {
                        return;
                    };
                    let (json, lang) = latest.borrow().clone();
                    let message = js_sys::Object::new();
                    let _ =
                        js_sys::Reflect::set(&message, &"json".into(), &JsValue::from_str(&json));
                    let _ =
                        js_sys::Reflect::set(&message, &"lang".into(), &JsValue::from_str(lang));
                    let _ = target.post_message(&message, &origin);
                })
            });
            move || drop(listener)
        });
    }
    let width = |to_phone: bool| {
        let phone = phone.clone();
        Callback::from(move |_: MouseEvent| phone.set(to_phone))
    };
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            lang.set(match el.value().as_str() {
                "zh-Hant" => "zh-Hant",
                "en" => "en",
                _ => "zh-Hans",
            });
        })
    };
    let option = |value: &'static str, label: &'static str| {
        html! { <option value={value} selected={*lang == value}>{ label }</option> }
    };
    html! {
        <section class="ed-preview" aria-labelledby="ed-preview-title">
            <h2 id="ed-preview-title">{ "预览" }</h2>
            <div class="ed-preview-bar">
                <button type="button" aria-pressed={(*phone).to_string()} onclick={width(true)}>{ "手机" }</button>
                <button type="button" aria-pressed={(!*phone).to_string()} onclick={width(false)}>{ "电脑" }</button>
                <label for="ed-preview-lang">{ "语言" }</label>
                <select id="ed-preview-lang" onchange={on_lang}>
                    { option("zh-Hans", "简体中文") }
                    { option("zh-Hant", "繁體中文") }
                    { option("en", "English") }
                </select>
            </div>
            <div class={classes!("ed-frame", if *phone { "ed-phone" } else { "ed-desktop" })}>
                <iframe ref={frame} title="清单预览:发布后的样子"
                    src={format!("preview.html?n={}", *reloads)} />
            </div>
            <p class="ed-hint">{ "预览用的是草稿生成的数据文件;有错误时,预览会列出问题并显示内置清单,和发布后一样。" }</p>
        </section>
    }
}
