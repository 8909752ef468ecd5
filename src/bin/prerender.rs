//! Prerenders the widget's default view into the built page, so the cards are readable before the
//! wasm arrives and without JavaScript; the wasm then takes that HTML's place. Trunk runs it after each
//! build (`Trunk.toml`, post_build hook) on `$TRUNK_STAGING_DIR/index.html`; a path given as the
//! first argument is used instead. The element `<main id="youth-projects">` receives the HTML.

use std::rc::Rc;
use youth_projects::components::{App, AppProps, SharedData};

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
    let props = AppProps {
        data: SharedData(Rc::new(youth_projects::data::embedded().clone())),
        options: Default::default(),
    };
    let view = futures::executor::block_on(
        yew::LocalServerRenderer::<App>::with_props(props)
            .hydratable(false)
            .render(),
    );
    let out = format!("{}{view}{}", &html[..start], &html[end..]);
    std::fs::write(&page, out).unwrap_or_else(|e| fail(&format!("{page}: {e}")));
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1);
}
