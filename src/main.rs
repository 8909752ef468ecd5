//! Boots the widget into every host element of the page (see `embed`) with the embedded data.
//! The standalone page arrives with the default view prerendered by the build, readable before
//! the wasm arrives and without JavaScript; the widget takes that HTML's place (`embed::take_over`)
//! rather than hydrating it, which would cost the download about 16 KB gzip. Each host's takeover
//! has a task of its own, apart from the wasm's start, and renders in steps (`hooks::use_phases`).

use std::rc::Rc;
use youth_projects::components::{App, AppProps, SharedData};
use youth_projects::embed;

fn main() {
    let hosts = embed::find_hosts();
    embed::install_panic_fallback(hosts.iter().map(|(el, _)| el.clone()).collect());
    embed::watch_height();
    let data = SharedData(Rc::new(youth_projects::data::embedded().clone()));
    // The wasm's start (compiling, instantiating) is a long task already on a phone: each host
    // is taken over in a task of its own, after the browser has had its turn.
    for (root, mut options) in hosts {
        let data = data.clone();
        let prerendered = embed::prerendered_parts(&root);
        gloo_timers::callback::Timeout::new(0, move || {
            options.before_start = embed::take_over(&root, prerendered);
            yew::Renderer::<App>::with_root_and_props(root, AppProps { data, options }).render();
        })
        .forget();
    }
    debug_panic_trigger();
}

/// Development builds only: `?debug-panic` panics once the widget is up, to exercise the
/// fallback message. Compiled out of release builds.
#[cfg(debug_assertions)]
fn debug_panic_trigger() {
    let search = youth_projects::history::current_search();
    if youth_projects::model::url::has_key(&search, "debug-panic") {
        gloo_timers::callback::Timeout::new(200, || panic!("debug-panic: requested by the URL"))
            .forget();
    }
}

#[cfg(not(debug_assertions))]
fn debug_panic_trigger() {}
