//! The share poster (生成海报): readers inside WeChat save and forward a picture, since WeChat
//! shows a shared link as its title alone. The poster holds what the detail view shows, as it
//! words it (the project's name, up to four of its figures as the report states them, targets
//! first, what each is), with the league, the source and a QR code to the project's own view.
//! Its module (`dist/poster/`, `crates/poster`) is loaded the first time a reader asks, and
//! draws the poster into the detail view's slot from what the view shows: the reader's first
//! download holds only this.

use crate::model::data::Dataset;
use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A module by its address, through the `import()` that `embed.js` leaves for the widget (a
/// dynamic import of the widget's own would be a module file of its own, fetched at start).
fn load(url: &str) -> Result<Promise, JsValue> {
    let import: Function = Reflect::get(
        &js_sys::global(),
        &js_sys::Symbol::for_("youth-projects/import"),
    )?
    .dyn_into()?;
    import.call1(&JsValue::NULL, &url.into())?.dyn_into()
}

/// The folder the widget's files are in, from its standalone page's address (`data-page`).
pub fn folder(page: Option<&str>) -> String {
    page.map_or(String::new(), |p| {
        p[..p.rfind('/').map_or(0, |i| i + 1)].to_string()
    })
}

/// Draws the poster into the slot with id `slot`, loading the poster's module from `folder`.
pub fn show(slot: &str, folder: &str) {
    let (slot, folder) = (slot.to_string(), folder.to_string());
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = draw(&slot, &folder).await {
            web_sys::console::error_2(&"youth-projects: no poster".into(), &e);
        }
    });
}

async fn draw(slot: &str, folder: &str) -> Result<(), JsValue> {
    let slot = gloo_utils::document()
        .get_element_by_id(slot)
        .ok_or("no slot")?;
    let module = JsFuture::from(load(&format!("{folder}poster/youth-projects-poster.js"))?).await?;
    let init: Function = Reflect::get(&module, &"default".into())?.dyn_into()?;
    let options = Object::new();
    Reflect::set(
        &options,
        &"module_or_path".into(),
        &format!("{folder}poster/youth-projects-poster_bg.wasm").into(),
    )?;
    JsFuture::from(
        init.call1(&JsValue::NULL, &options)?
            .dyn_into::<Promise>()?,
    )
    .await?;
    let show: Function = Reflect::get(&module, &"show".into())?.dyn_into()?;
    JsFuture::from(show.call1(&JsValue::NULL, &slot)?.dyn_into::<Promise>()?).await?;
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
