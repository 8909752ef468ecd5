//! Before printing, every `<details>` of the widget opens, so descriptions and sources print.

use wasm_bindgen::JsCast;
use yew::prelude::*;

#[hook]
pub fn use_print_details(root: &NodeRef) {
    let root = root.clone();
    use_effect_with((), move |_| {
        let listener =
            gloo_events::EventListener::new(&gloo_utils::window(), "beforeprint", move |_| {
                let Some(list) = root
                    .cast::<web_sys::Element>()
                    .and_then(|r| r.query_selector_all("details").ok())
                else {
                    return;
                };
                for i in 0..list.length() {
                    if let Some(el) = list
                        .item(i)
                        .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                    {
                        let _ = el.set_attribute("open", "");
                    }
                }
            });
        move || drop(listener)
    });
}
