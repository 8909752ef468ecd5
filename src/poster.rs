//! The share poster (生成海报): readers inside WeChat save and forward a picture, since WeChat
//! shows a shared link as its title alone. The poster holds what the detail view shows, as it
//! words it (the project's name, up to four of its figures as the report states them, targets
//! first, what each is), with the league, the source and a QR code to the project's own view.
//! Its module (`dist/poster/`, `crates/poster`) is loaded the first time a reader asks, and
//! draws the poster into the detail view's slot from what the view shows: the reader's first
//! download holds only this.

use crate::model::data::Dataset;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Draws the poster into the slot with id `slot`, through the function `embed.js` leaves for it
/// (it loads the poster's module from beside itself; a dynamic import of the widget's own would be
/// a module file of its own, fetched at start).
pub fn show(slot: &str) {
    let slot = slot.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = draw(&slot).await {
            web_sys::console::error_2(&"youth-projects: no poster".into(), &e);
        }
    });
}

async fn draw(slot: &str) -> Result<(), JsValue> {
    let slot = gloo_utils::document()
        .get_element_by_id(slot)
        .ok_or("no slot")?;
    let draw: Function = Reflect::get(
        &js_sys::global(),
        &js_sys::Symbol::for_("youth-projects/poster"),
    )?
    .dyn_into()?;
    JsFuture::from(draw.call1(&JsValue::NULL, &slot)?.dyn_into::<Promise>()?).await?;
    Ok(())
}

/// Where a poster's QR code leads: the project's own page where the build made one for the data
/// shown (at the site's public address when the build was given one), else the page the widget
/// is on with the project open.
pub fn target(data: &Dataset, i: usize, built_in: bool, page: Option<&str>) -> String {
    let id = &data.projects[i].id;
    if built_in {
        if let Some(base) = option_env!("YP_PUBLIC_URL").filter(|b| !b.is_empty()) {
            return format!("{base}projects/{id}/");
        }
        return crate::components::detail::absolute(&crate::model::cite::project_link(page, id));
    }
    let view = crate::model::query::Query {
        project: Some(id.to_string()),
        ..Default::default()
    };
    let location = gloo_utils::window().location();
    let here = location.href().unwrap_or_default();
    let here = here
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_string();
    format!(
        "{here}{}",
        crate::model::url::merge(&location.search().unwrap_or_default(), &view)
    )
}
