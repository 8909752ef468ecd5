//! Boots the widget into every host element of the page (see `embed`) with the embedded data:
//! hydrating the HTML the build prerendered into the standalone page when the widget starts at
//! that same default view, rendering afresh everywhere else.

use std::rc::Rc;
use youth_projects::components::app::starts_at_default;
use youth_projects::components::{App, AppProps, SharedData};
use youth_projects::embed;

fn main() {
    let hosts = embed::find_hosts();
    embed::install_panic_fallback(hosts.iter().map(|(el, _)| el.clone()).collect());
    let data = SharedData(Rc::new(youth_projects::data::embedded().clone()));
    for (root, options) in hosts {
        let prerendered = root.query_selector(":scope > .yp").ok().flatten().is_some();
        let hydrate = prerendered && starts_at_default(&options, &data.0);
        if !hydrate {
            // The host's placeholder ("loading…"), or a prerendered view other than the one this
            // URL asks for, goes; the widget takes its place.
            while let Some(child) = root.first_child() {
                let _ = root.remove_child(&child);
            }
        }
        let renderer = yew::Renderer::<App>::with_root_and_props(
            root,
            AppProps {
                data: data.clone(),
                options,
            },
        );
        if hydrate {
            renderer.hydrate();
        } else {
            renderer.render();
        }
    }
    embed::watch_height();
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
