//! Boots the editors' studio into the page's `#editor` element.

fn main() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("editor"));
    if let Some(root) = root {
        yew::Renderer::<editor::ui::Editor>::with_root(root).render();
    }
}
