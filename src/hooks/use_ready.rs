//! Marks the widget live once its first render is whole and its listeners attached
//! (`data-ready`, which the tests and the paint benchmark wait for), and gives focus back to the
//! element the reader had focused on the prerendered page.

use crate::components::filters::focus_id;
use yew::prelude::*;

#[hook]
pub fn use_ready(root: &NodeRef, focus: Option<String>, whole: bool) {
    let root = root.clone();
    use_effect_with(whole, move |&whole| {
        if !whole {
            return;
        }
        if let Some(el) = root.cast::<web_sys::Element>() {
            let _ = el.set_attribute("data-ready", "");
        }
        if let Some(id) = focus {
            focus_id(&id);
        }
    });
}
