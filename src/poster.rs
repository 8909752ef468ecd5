//! The share poster (生成海报): readers inside WeChat save and forward a picture, since WeChat
//! shows a shared link as its title alone. The widget words what the poster holds (the
//! project's name, up to four of its figures as the report states them, targets first, the
//! source, the league, the address its QR code leads to) and hands it to the poster module
//! (`dist/poster/`, `crates/poster`), loaded the first time a reader asks, which draws it as a
//! PNG. The picture is shown as an `<img>` of a `blob:` address, which readers can long-press
//! to save, with a download beside it.

use crate::i18n::{Lang, ui};
use crate::model::data::{Dataset, Kind};
use crate::model::format::{FigureParts, kind_label};
use js_sys::{Array, Function, Object, Promise, Reflect};
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

/// One figure as the poster shows it: the figure as one run, what it counts, and what it is.
pub struct PosterFigure {
    pub value: String,
    pub label: String,
    pub kind: String,
}

/// What a poster holds, worded in the reader's language.
pub struct PosterSpec {
    pub lang: &'static str,
    pub band: String,
    pub title: String,
    pub figures: Vec<PosterFigure>,
    pub source: String,
    pub url: String,
    pub scan: String,
}

impl PosterSpec {
    /// What the picture holds, for its text alternative.
    pub fn alt(&self, label: &str) -> String {
        let figures: Vec<String> = self
            .figures
            .iter()
            .map(|f| format!("{} {} ({})", f.label, f.value, f.kind))
            .collect();
        format!(
            "{label}: {}. {}. {}. {}. {}",
            self.title,
            figures.join("; "),
            self.source,
            self.band,
            self.url
        )
    }

    /// As the poster module takes it: one list of texts, `lang, band, title, source, url, scan`,
    /// then each figure's value, label and kind.
    fn to_js(&self) -> JsValue {
        let texts = Array::new();
        for text in [
            self.lang,
            &self.band,
            &self.title,
            &self.source,
            &self.url,
            &self.scan,
        ] {
            texts.push(&text.into());
        }
        for f in &self.figures {
            for text in [&f.value, &f.label, &f.kind] {
                texts.push(&text.into());
            }
        }
        texts.into()
    }
}

/// Most figures a poster shows.
pub const FIGURES: usize = 4;

impl PosterSpec {
    /// The poster of project `i`, leading to `url`: its figures as the report states them,
    /// targets first (what has been achieved is not the report's, and not on it).
    pub fn of(data: &Dataset, i: usize, lang: Lang, url: String) -> PosterSpec {
        let p = &data.projects[i];
        let ui = ui(lang);
        let year = data.list.year;
        // Targets first, then earlier results and what exists, in the report's order (two passes,
        // not a sort: no sort of its own in the download).
        let targets = p.figures.iter().filter(|f| f.kind == Kind::Target);
        let others = p
            .figures
            .iter()
            .filter(|f| !matches!(f.kind, Kind::Target | Kind::Achieved));
        let figures = targets.chain(others);
        let r = &data.report;
        PosterSpec {
            lang: lang.code(),
            band: format!(
                "{} · {}",
                data.list.league.get(lang),
                data.list.campaign.get(lang)
            ),
            title: p.name.get(lang).to_string(),
            figures: figures
                .take(FIGURES)
                .map(|f| PosterFigure {
                    value: FigureParts::of(f, lang).text(lang),
                    label: f.label.get(lang).to_string(),
                    kind: kind_label(f, year, lang),
                })
                .collect(),
            source: format!(
                "{}{}, {}",
                ui.source_label,
                r.publisher.get(lang),
                r.published_label(lang)
            ),
            url,
            scan: ui.poster_scan.to_string(),
        }
    }
}

/// The folder the widget's files are in, from its standalone page's address (`data-page`).
pub fn folder(page: Option<&str>) -> String {
    page.map_or(String::new(), |p| {
        p[..p.rfind('/').map_or(0, |i| i + 1)].to_string()
    })
}

/// Draws a poster with the poster module from `folder`, and gives its `blob:` address.
pub async fn make(folder: &str, spec: &PosterSpec) -> Result<String, JsValue> {
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
    let draw: Function = Reflect::get(&module, &"poster".into())?.dyn_into()?;
    let blob = JsFuture::from(
        draw.call1(&JsValue::NULL, &spec.to_js())?
            .dyn_into::<Promise>()?,
    )
    .await?;
    web_sys::Url::create_object_url_with_blob(&blob.dyn_into()?)
}

/// Lets a poster's picture go.
pub fn release(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
}

/// A poster as the detail view shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct PosterView {
    pub project: usize,
    pub lang: Lang,
    pub state: PosterState,
    /// What it holds, in words: the picture's text alternative.
    pub alt: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PosterState {
    Making,
    /// Its picture's `blob:` address; `blocked` where the page's policy would not show it.
    Ready {
        url: String,
        blocked: bool,
    },
    Failed,
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
