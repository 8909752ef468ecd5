//! Prerenders the widget's default view into the built page, so the cards are readable before the
//! wasm arrives and without JavaScript; the wasm then takes that HTML's place. Trunk runs it after each
//! build (`Trunk.toml`, post_build hook) on `$TRUNK_STAGING_DIR/index.html`; a path given as the
//! first argument is used instead. The element `<main id="youth-projects">` receives the HTML.
//!
//! It also writes a page per project beside it, `projects/<id>/index.html`: the same page with that
//! project's detail view open, its own title, description, Open Graph tags and canonical link (what
//! QQ, DingTalk, Weibo and chat apps read for a link preview, without running scripts; WeChat
//! reads only the title), and its relative URLs two folders up. `og:url` and the canonical link
//! are written only when `YP_PUBLIC_URL` gives the site's address of the built folder (e.g.
//! `https://www.example.org/youth/`): both must be absolute.

use std::path::Path;
use std::rc::Rc;
use youth_projects::components::{App, AppProps, SharedData};
use youth_projects::embed::HostOptions;
use youth_projects::hooks::title_of;
use youth_projects::i18n::{Lang, fill, ui};
use youth_projects::model::data::{Kind, Project};
use youth_projects::model::format::FigureParts;

/// The root element as written in `index.html`, and as the release build's minifier writes it.
const OPEN: [&str; 2] = ["<main id=\"youth-projects\">", "<main id=youth-projects>"];
const CLOSE: &str = "</main>";

fn main() {
    let page = std::env::args().nth(1).unwrap_or_else(|| {
        let dir = std::env::var("TRUNK_STAGING_DIR")
            .unwrap_or_else(|_| fail("give the page as an argument, or run from trunk"));
        format!("{dir}/index.html")
    });
    let html = std::fs::read_to_string(&page).unwrap_or_else(|e| fail(&format!("{page}: {e}")));
    let start = OPEN
        .iter()
        .find_map(|open| html.find(open).map(|i| i + open.len()))
        .unwrap_or_else(|| fail(&format!("{page}: no {} element", OPEN[0])));
    let end = html[start..]
        .find(CLOSE)
        .map(|i| start + i)
        .unwrap_or_else(|| fail(&format!("{page}: {} is not closed", OPEN[0])));
    let render = |options: HostOptions| {
        let props = AppProps {
            data: SharedData(Rc::new(youth_projects::data::embedded().clone())),
            options,
        };
        futures::executor::block_on(
            yew::LocalServerRenderer::<App>::with_props(props)
                .hydratable(false)
                .render(),
        )
    };
    let data = youth_projects::data::embedded();
    let base = std::env::var("YP_PUBLIC_URL").unwrap_or_default();
    let head = |title: &str, description: &str, kind: &str, url: &str| {
        // Both must be absolute URLs: without the site's address, neither is written.
        let address = if base.is_empty() {
            String::new()
        } else {
            format!(
                "<meta property=\"og:url\" content=\"{u}\"><link rel=\"canonical\" href=\"{u}\">",
                u = escape(url)
            )
        };
        format!(
            "<meta property=\"og:title\" content=\"{t}\"><meta property=\"og:description\" content=\"{d}\"><meta property=\"og:type\" content=\"{kind}\"><meta property=\"og:locale\" content=\"zh_CN\">{address}",
            t = escape(title),
            d = escape(description),
        )
    };
    let list_title = title_of(None, data, Lang::Hans);
    let main_url = if base.is_empty() {
        "./".to_string()
    } else {
        base.clone()
    };
    // The page's title and description are the data's, so another year's or another league's
    // list needs no change to `index.html`.
    let page_description = fill(
        ui(Lang::Hans).page_description,
        &[
            ("league", data.list.league.get(Lang::Hans)),
            ("title", data.report.title.get(Lang::Hans)),
            ("n", &data.projects.len().to_string()),
        ],
    );
    let main_head = head(&list_title, &page_description, "website", &main_url);
    let out = format!(
        "{}{}{}",
        &html[..start],
        render(HostOptions::default()),
        &html[end..]
    );
    let out = drop_description(&set_title(&out, &list_title));
    let out = out.replacen(
        "</title>",
        &format!(
            "</title><meta name=\"description\" content=\"{}\">{main_head}",
            escape(&page_description)
        ),
        1,
    );
    std::fs::write(&page, out).unwrap_or_else(|e| fail(&format!("{page}: {e}")));

    let folder = Path::new(&page)
        .parent()
        .unwrap_or(Path::new("."))
        .join("projects");
    for p in data.projects.iter() {
        let view = render(HostOptions {
            query: Some(format!("project={}", p.id)),
            page: Some("../../index.html".into()),
            ..HostOptions::default()
        });
        let title = title_of(Some(p), data, Lang::Hans);
        let description = project_description(p);
        let url = format!("{}projects/{}/", base, p.id);
        let url = if base.is_empty() {
            "./".to_string()
        } else {
            url
        };
        let mut doc = format!("{}{view}{}", &html[..start], &html[end..]);
        doc = two_folders_up(&doc);
        doc = set_title(&doc, &title);
        doc = drop_description(&doc);
        doc = doc.replacen(
            "</title>",
            &format!(
                "</title><meta name=\"description\" content=\"{}\">{}",
                escape(&description),
                head(&title, &description, "article", &url)
            ),
            1,
        );
        // The widget opens this project when it starts, as the prerendered page shows it.
        for open in OPEN {
            doc = doc.replacen(
                open,
                &format!(
                    "<main id=\"youth-projects\" data-query=\"project={}\">",
                    p.id
                ),
                1,
            );
        }
        let dir = folder.join(&*p.id);
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())));
        let file = dir.join("index.html");
        std::fs::write(&file, doc).unwrap_or_else(|e| fail(&format!("{}: {e}", file.display())));
    }
}

/// A project's description for link previews: its summary and its headline target.
fn project_description(p: &Project) -> String {
    let figure = p
        .figures
        .iter()
        .find(|f| f.headline)
        .or_else(|| p.figures.iter().find(|f| f.kind == Kind::Target))
        .or(p.figures.first());
    match figure {
        Some(f) => format!(
            "{} {}:{}。",
            p.summary.zh,
            f.label.zh,
            FigureParts::of(f, Lang::Hans).text(Lang::Hans)
        ),
        None => p.summary.zh.to_string(),
    }
}

/// Where the page's `<meta name="description">` tag is.
fn meta_description(html: &str) -> Option<(usize, usize)> {
    let at = html
        .find("name=description")
        .or_else(|| html.find("name=\"description\""))?;
    let start = html[..at].rfind("<meta")?;
    let end = at + html[at..].find('>')? + 1;
    Some((start, end))
}

fn drop_description(html: &str) -> String {
    match meta_description(html) {
        Some((a, b)) => format!("{}{}", &html[..a], &html[b..]),
        None => html.to_string(),
    }
}

fn set_title(html: &str, title: &str) -> String {
    match (html.find("<title>"), html.find("</title>")) {
        (Some(a), Some(b)) if a < b => {
            format!("{}<title>{}{}", &html[..a], escape(title), &html[b..])
        }
        _ => html.to_string(),
    }
}

/// The page's relative URLs as seen from `projects/<id>/`.
fn two_folders_up(html: &str) -> String {
    let mut out = html.to_string();
    for (from, to) in [
        ("href=./", "href=../../"),
        ("src=./", "src=../../"),
        ("href=\"./", "href=\"../../"),
        ("src=\"./", "src=\"../../"),
        ("href=favicon.svg", "href=../../favicon.svg"),
        ("href=\"favicon.svg\"", "href=\"../../favicon.svg\""),
    ] {
        out = out.replace(from, to);
    }
    out
}

/// Text as an HTML attribute value or text.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1);
}
