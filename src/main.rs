//! Boots the widget into the page's `#youth-projects` element (or the body) with the embedded data.

use std::rc::Rc;
use youth_projects::components::{App, AppProps, SharedData};

fn main() {
    let data = SharedData(Rc::new(youth_projects::data::embedded().clone()));
    let document = web_sys::window().and_then(|w| w.document());
    let root = document
        .as_ref()
        .and_then(|d| d.get_element_by_id("youth-projects"))
        .or_else(|| document.as_ref().and_then(|d| d.body()).map(Into::into));
    if let Some(root) = root {
        // The host's placeholder ("loading…") goes; the widget takes its place.
        while let Some(child) = root.first_child() {
            let _ = root.remove_child(&child);
        }
        yew::Renderer::<App>::with_root_and_props(root, AppProps { data }).render();
    }
}
