//! The share poster (海报): a picture of one project that readers inside WeChat can save and
//! forward, since WeChat shows a shared link as its title alone. It holds the project's name,
//! its figures as the widget words them (each figure one unbroken run: the qualifier never parts
//! from its number; up to four, targets first), what each is, the source line, the league's
//! name and a QR code to the project's own view. The widget loads this module only when a reader
//! first asks for a poster.
//!
//! [`show`] draws it from what the detail view shows, in the reader's language, on a canvas, and
//! puts the PNG into the view's poster slot as an image (which readers long-press to save) with a
//! download beside it and a text alternative that says what it holds; where the page's policy
//! will not show a `blob:` image, the download alone. The slot's `data-` attributes give what the
//! view does not show: the QR code's address (`data-url`), the picture's file name, the band and
//! source lines, and the words around the picture (`data-words`: the picture's name, the QR
//! code's caption, making, the hint, the download, the refused picture, failure).

use js_sys::Promise;
use qrcode::{Color, EcLevel, QrCode};
use wasm_bindgen::prelude::*;
use web_sys::{
    CanvasRenderingContext2d, Element, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement,
};

/// The picture's width: sharp on a phone's screen, small enough to forward.
const WIDTH: f64 = 1080.0;
const MARGIN: f64 = 72.0;
const ACCENT: &str = "#a4111a";
const TEXT: &str = "#15181c";
const MUTED: &str = "#3d4550";
const CJK: &str = "\"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", sans-serif";
const LATIN: &str = "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", \"Noto Sans CJK SC\", sans-serif";

fn main() {}

/// One figure as the widget words it.
struct Figure {
    value: String,
    label: String,
    kind: String,
}

/// What the poster holds.
struct Spec {
    latin: bool,
    band: String,
    title: String,
    figures: Vec<Figure>,
    source: String,
    url: String,
    scan: String,
}

/// Most figures a poster shows.
const FIGURES: usize = 4;

/// The text of the first element under `parent` that `selector` finds, its runs of white space
/// as one space; empty where there is none.
fn text_in(parent: &Element, selector: &str) -> String {
    parent
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|el| el.text_content())
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl Spec {
    /// What the detail view around `slot` shows, and what the slot says besides.
    fn of(slot: &Element, words: &[String]) -> Spec {
        let attr = |name: &str| slot.get_attribute(name).unwrap_or_default();
        let view = slot.closest("dialog").ok().flatten();
        let lang = slot
            .closest("[lang]")
            .ok()
            .flatten()
            .and_then(|el| el.get_attribute("lang"))
            .unwrap_or_default();
        // The view's figures, each as shown; targets first, in the view's order.
        let mut figures: Vec<(bool, Figure)> = Vec::new();
        if let Some(items) = view
            .as_ref()
            .and_then(|v| v.query_selector_all(".yp-fig-item").ok())
        {
            for i in 0..items.length() {
                let Some(item) = items.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                    continue;
                };
                let target = item
                    .query_selector(".yp-kind-target")
                    .ok()
                    .flatten()
                    .is_some();
                figures.push((
                    target,
                    Figure {
                        value: text_in(&item, ".yp-fig-value"),
                        label: text_in(&item, ".yp-fig-label"),
                        kind: text_in(&item, ".yp-kind"),
                    },
                ));
            }
        }
        let (targets, others): (Vec<_>, Vec<_>) = figures.into_iter().partition(|(t, _)| *t);
        Spec {
            latin: lang == "en",
            band: attr("data-band"),
            title: view
                .as_ref()
                .map(|v| text_in(v, ".yp-dialog-head h2"))
                .unwrap_or_default(),
            figures: targets
                .into_iter()
                .chain(others)
                .map(|(_, f)| f)
                .take(FIGURES)
                .collect(),
            source: attr("data-source"),
            url: attr("data-url"),
            scan: words.get(1).cloned().unwrap_or_default(),
        }
    }

    /// What the poster holds, in words: its image's text alternative.
    fn alt(&self, name: &str) -> String {
        let figures: Vec<String> = self
            .figures
            .iter()
            .map(|f| format!("{} {} ({})", f.label, f.value, f.kind))
            .collect();
        format!(
            "{name}: {}. {}. {}. {}. {}",
            self.title,
            figures.join("; "),
            self.source,
            self.band,
            self.url
        )
    }

    fn font(&self, size: f64, bold: bool) -> String {
        let family = if self.latin { LATIN } else { CJK };
        format!("{}{size}px {family}", if bold { "700 " } else { "" })
    }
}

/// A text cut into lines no wider than `width`: Chinese between any two characters, a Latin
/// word kept whole unless it alone is wider.
fn wrap(ctx: &CanvasRenderingContext2d, text: &str, width: f64) -> Vec<String> {
    let fits = |s: &str| ctx.measure_text(s).map(|m| m.width()).unwrap_or(0.0) <= width;
    let mut lines = Vec::new();
    let mut line = String::new();
    for c in text.chars() {
        let mut next = line.clone();
        next.push(c);
        if fits(&next) || line.is_empty() {
            line = next;
            continue;
        }
        // Latin: go back to the last space, if the line has one.
        if c.is_ascii_alphanumeric()
            && let Some(space) = line.rfind(' ')
        {
            let rest = line[space + 1..].to_string();
            lines.push(line[..space].trim_end().to_string());
            line = rest;
            line.push(c);
            continue;
        }
        lines.push(line.trim_end().to_string());
        line = if c == ' ' {
            String::new()
        } else {
            c.to_string()
        };
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// What is drawn where: laid out once to know the height, then drawn.
enum Item {
    Band {
        lines: Vec<String>,
        height: f64,
    },
    Text {
        lines: Vec<String>,
        font: String,
        size: f64,
        color: &'static str,
        y: f64,
    },
    Code {
        y: f64,
        size: f64,
    },
}

fn layout(ctx: &CanvasRenderingContext2d, spec: &Spec) -> (Vec<Item>, f64) {
    let inner = WIDTH - 2.0 * MARGIN;
    let mut items = Vec::new();
    let mut y;
    ctx.set_font(&spec.font(34.0, true));
    let band = wrap(ctx, &spec.band, inner);
    let band_height = 60.0 + band.len() as f64 * 48.0;
    items.push(Item::Band {
        lines: band,
        height: band_height,
    });
    y = band_height + 56.0;
    let block = |items: &mut Vec<Item>,
                 y: &mut f64,
                 text: &str,
                 size: f64,
                 bold: bool,
                 color,
                 after: f64| {
        let font = spec.font(size, bold);
        ctx.set_font(&font);
        let lines = wrap(ctx, text, inner);
        let height = lines.len() as f64 * size * 1.4;
        items.push(Item::Text {
            lines,
            font,
            size,
            color,
            y: *y,
        });
        *y += height + after;
    };
    block(&mut items, &mut y, &spec.title, 60.0, true, TEXT, 40.0);
    for f in &spec.figures {
        // The figure is one run: made smaller to fit the line, never broken.
        let mut size: f64 = 76.0;
        loop {
            ctx.set_font(&spec.font(size, true));
            let w = ctx.measure_text(&f.value).map(|m| m.width()).unwrap_or(0.0);
            if w <= inner || size <= 30.0 {
                break;
            }
            size -= 4.0;
        }
        items.push(Item::Text {
            lines: vec![f.value.clone()],
            font: spec.font(size, true),
            size,
            color: ACCENT,
            y,
        });
        y += size * 1.25;
        block(&mut items, &mut y, &f.label, 34.0, false, TEXT, 4.0);
        block(&mut items, &mut y, &f.kind, 28.0, true, MUTED, 36.0);
    }
    block(&mut items, &mut y, &spec.source, 28.0, false, MUTED, 40.0);
    let code = 300.0;
    items.push(Item::Code { y, size: code });
    y += code + 20.0;
    block(&mut items, &mut y, &spec.scan, 30.0, true, TEXT, 6.0);
    block(&mut items, &mut y, &spec.url, 22.0, false, MUTED, 0.0);
    (items, y + MARGIN)
}

fn draw(
    ctx: &CanvasRenderingContext2d,
    spec: &Spec,
    items: &[Item],
    height: f64,
) -> Result<(), JsValue> {
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, WIDTH, height);
    ctx.set_text_baseline("top");
    for item in items {
        match item {
            Item::Band { lines, height } => {
                ctx.set_fill_style_str(ACCENT);
                ctx.fill_rect(0.0, 0.0, WIDTH, *height);
                ctx.set_fill_style_str("#ffffff");
                ctx.set_font(&spec.font(34.0, true));
                for (i, line) in lines.iter().enumerate() {
                    ctx.fill_text(line, MARGIN, 30.0 + i as f64 * 48.0)?;
                }
            }
            Item::Text {
                lines,
                font,
                size,
                color,
                y,
            } => {
                ctx.set_fill_style_str(color);
                ctx.set_font(font);
                for (i, line) in lines.iter().enumerate() {
                    ctx.fill_text(line, MARGIN, y + i as f64 * size * 1.4)?;
                }
            }
            Item::Code { y, size } => {
                let Ok(code) = QrCode::with_error_correction_level(spec.url.as_bytes(), EcLevel::M)
                else {
                    continue;
                };
                let n = code.width();
                // A quiet zone of four modules, as readers need.
                let module = (size / (n as f64 + 8.0)).floor().max(1.0);
                let side = module * (n as f64 + 8.0);
                ctx.set_fill_style_str("#ffffff");
                ctx.fill_rect(MARGIN, *y, side, side);
                ctx.set_fill_style_str("#000000");
                let colors = code.to_colors();
                for (i, color) in colors.iter().enumerate() {
                    if *color == Color::Dark {
                        let (x, row) = ((i % n) as f64, (i / n) as f64);
                        ctx.fill_rect(
                            MARGIN + (x + 4.0) * module,
                            y + (row + 4.0) * module,
                            module,
                            module,
                        );
                    }
                }
            }
        }
    }
    Ok(())
}

/// The poster as a PNG `Blob`.
async fn png(spec: &Spec) -> Result<JsValue, JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width(WIDTH as u32);
    canvas.set_height(100);
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d")?.ok_or("no canvas")?.dyn_into()?;
    let (items, height) = layout(&ctx, spec);
    // A canvas resized loses its state: drawn afresh at its final size.
    canvas.set_height(height.ceil() as u32);
    draw(&ctx, spec, &items, height)?;
    let done = Promise::new(&mut |resolve, reject| {
        let failed = reject.clone();
        let callback = Closure::once_into_js(move |blob: JsValue| {
            let _ = if blob.is_null() {
                reject.call1(&JsValue::NULL, &"no picture".into())
            } else {
                resolve.call1(&JsValue::NULL, &blob)
            };
        });
        if let Err(e) = canvas.to_blob(callback.unchecked_ref()) {
            let _ = failed.call1(&JsValue::NULL, &e);
        }
    });
    wasm_bindgen_futures::JsFuture::from(done).await
}

/// A note in the slot, which screen readers announce.
fn note(document: &web_sys::Document, text: &str) -> Result<Element, JsValue> {
    let p = document.create_element("p")?;
    p.set_class_name("yp-poster-note");
    p.set_attribute("role", "status")?;
    p.set_text_content(Some(text));
    Ok(p)
}

/// Draws the poster of the detail view around `slot` into it.
#[wasm_bindgen]
pub async fn show(slot: Element) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let words: Vec<String> = slot
        .get_attribute("data-words")
        .unwrap_or_default()
        .split('|')
        .map(str::to_string)
        .collect();
    let word = |i: usize| words.get(i).map_or("", String::as_str);
    // A poster made before (in this language) goes.
    slot.replace_children_with_node_1(&note(&document, word(2))?.into());
    let spec = Spec::of(&slot, &words);
    let blob = match png(&spec).await {
        Ok(blob) => blob,
        Err(e) => {
            slot.replace_children_with_node_1(&note(&document, word(6))?.into());
            return Err(e);
        }
    };
    let url = web_sys::Url::create_object_url_with_blob(&blob.dyn_into()?)?;
    let img: HtmlImageElement = document.create_element("img")?.dyn_into()?;
    img.set_class_name("yp-poster-img");
    img.set_alt(&spec.alt(word(0)));
    let caption = note(&document, word(3))?;
    let hint = document.create_text_node(&format!("{} ", word(3)));
    caption.replace_children_with_node_1(&hint);
    let link: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_class_name("yp-link");
    link.set_href(&url);
    link.set_download(&slot.get_attribute("data-file").unwrap_or_default());
    link.set_text_content(Some(word(4)));
    caption.append_child(&link)?;
    // Under a policy that refuses `blob:` images, the download alone.
    let blocked = word(5).to_string();
    let onerror = Closure::once_into_js({
        let img = img.clone();
        move || {
            img.remove();
            hint.set_data(&format!("{blocked} "));
        }
    });
    img.set_onerror(Some(onerror.unchecked_ref()));
    img.set_src(&url);
    slot.replace_children_with_node_1(&img);
    slot.append_child(&caption)?;
    Ok(())
}
