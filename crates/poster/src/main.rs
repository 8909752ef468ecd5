//! The share poster (海报): a picture of one project that readers inside WeChat can save and
//! forward, since WeChat shows a shared link as its title alone. It holds the project's name,
//! its figures as the widget words them (each figure one unbroken run: the qualifier never parts
//! from its number), the source line, the league's name and a QR code to the project's own
//! view. Drawn in the reader's browser on a canvas, returned as a PNG; the widget loads this
//! module only when a reader first asks for a poster.
//!
//! The widget passes what to draw, already worded in the reader's language, as one list of texts:
//! `lang, band, title, source, url, scan`, then each figure's `value, label, kind`.

use js_sys::{Array, Promise};
use qrcode::{Color, EcLevel, QrCode};
use wasm_bindgen::prelude::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

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

impl Spec {
    fn of(spec: &JsValue) -> Spec {
        let texts: Vec<String> = Array::from(spec)
            .iter()
            .map(|v| v.as_string().unwrap_or_default())
            .collect();
        let text = |i: usize| texts.get(i).cloned().unwrap_or_default();
        let figures = texts
            .get(6..)
            .unwrap_or_default()
            .chunks_exact(3)
            .map(|f| Figure {
                value: f[0].clone(),
                label: f[1].clone(),
                kind: f[2].clone(),
            })
            .collect();
        Spec {
            latin: text(0) == "en",
            band: text(1),
            title: text(2),
            figures,
            source: text(3),
            url: text(4),
            scan: text(5),
        }
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

/// The poster of `spec` as a PNG `Blob`.
#[wasm_bindgen]
pub async fn poster(spec: JsValue) -> Result<JsValue, JsValue> {
    let spec = Spec::of(&spec);
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width(WIDTH as u32);
    canvas.set_height(100);
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d")?.ok_or("no canvas")?.dyn_into()?;
    let (items, height) = layout(&ctx, &spec);
    // A canvas resized loses its state: drawn afresh at its final size.
    canvas.set_height(height.ceil() as u32);
    draw(&ctx, &spec, &items, height)?;
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
