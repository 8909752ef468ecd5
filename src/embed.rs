//! The widget and its host page: which elements to mount into and with what options, which widget
//! owns the URL, the height message for iframes, and a readable message instead of a blank box if
//! the widget panics.
//!
//! Hosts are `#youth-projects` (the standalone page) and every `[data-youth-projects]` element.
//! Options per host: `data-lang`, `data-query` (initial view, same syntax as the URL), `data-src`
//! (runtime data, chosen by the page's author), `data-src-allow` (the paths a link's `?src=` may
//! choose among, for the widget that owns the URL; see `model::source`), `data-url="none"` (never
//! touch the URL). Exactly one widget owns the URL: the
//! standalone page's, else the first host that does not say `data-url="none"`. The others keep
//! their view in memory.

use crate::i18n::Lang;
use crate::model::query::{Facet, Query, Sort};
use crate::model::source::allowed_src;
use crate::model::state::Action;
use crate::model::url;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, HtmlInputElement};

/// How one widget is set up by its host element.
#[derive(Clone, Debug, PartialEq)]
pub struct HostOptions {
    pub lang: Option<Lang>,
    /// The initial view, as a query string.
    pub query: Option<String>,
    /// Runtime data to load, same-origin: the host's `data-src`, or a link's `?src=` where the
    /// host's `data-src-allow` permits it.
    pub src: Option<String>,
    /// Reads and writes the page URL (query string, history).
    pub owns_url: bool,
    /// Prefix of the widget's element ids.
    pub prefix: String,
    /// The standalone page's own root (`#youth-projects`): the page is the widget's, and its
    /// title follows the view. A host page's title is never touched.
    pub standalone: bool,
    /// The standalone page's address (`data-page`, set by `embed.js`), beside which the
    /// projects' own pages are.
    pub page: Option<String>,
    /// What the reader did on the prerendered page before the widget started, kept when the
    /// widget takes its place (see [`take_over`]).
    pub before_start: BeforeStart,
    /// The first render comes in phases, one task each (see `hooks::use_phases`), so no task
    /// holds the page for long while the widget starts. Set for the page's hosts; the tests
    /// render at once.
    pub phased: bool,
}

/// The reader's doings on the prerendered page, before the wasm arrived.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BeforeStart {
    /// The view set in the page's controls (search text, ticked options, order), if the reader
    /// changed any of them.
    pub view: Option<Query>,
    /// Id of the element that had focus.
    pub focus: Option<String>,
    /// The prerendered view's parts, kept on the page until the widget's own render reaches them.
    pub prerendered: Prerendered,
}

/// What the build prerendered into a host, detached by [`take_over`]: the widget's first phase
/// puts these very nodes back where its own render of them will go, so the page neither
/// shortens nor moves, and later phases replace them in turn.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Prerendered {
    /// The `lang` of the prerendered view.
    pub lang: String,
    /// The masthead (`header.yp-masthead`) and the headline figures (`section.yp-strip`).
    pub masthead: Vec<web_sys::Node>,
    /// The controls: the search and the facets (`section.yp-filters`), the list's head
    /// (`div.yp-results-head`: the count, the order, the CSV download).
    pub controls: Vec<web_sys::Node>,
    /// The cards (`article.yp-card`), in order, with their element ids.
    pub cards: Vec<(String, web_sys::Node)>,
    /// The sections after the list (charts, report sections, source), without a detail view.
    pub sections: Vec<web_sys::Node>,
}

/// A standalone widget: owns the URL, ids prefixed `yp-`.
impl Default for HostOptions {
    fn default() -> Self {
        HostOptions {
            lang: None,
            query: None,
            src: None,
            owns_url: true,
            prefix: "yp-".into(),
            standalone: true,
            page: None,
            before_start: BeforeStart::default(),
            phased: false,
        }
    }
}

/// The message an iframe's widget posts to its parent with its content height.
pub const HEIGHT_MESSAGE: &str = "youth-projects:height";

/// Every host element of the page, in document order, with its options.
pub fn find_hosts() -> Vec<(Element, HostOptions)> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let mut elements: Vec<(Element, bool)> = Vec::new();
    if let Some(el) = document.get_element_by_id("youth-projects") {
        elements.push((el, true));
    }
    if let Ok(list) = document.query_selector_all("[data-youth-projects]") {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                elements.push((el, false));
            }
        }
    }
    let search = crate::history::current_search();
    let page_path = gloo_utils::window()
        .location()
        .pathname()
        .unwrap_or_default();
    let mut url_taken = false;
    elements
        .into_iter()
        .enumerate()
        .map(|(i, (el, standalone))| {
            let attr = |name: &str| el.get_attribute(name).filter(|v| !v.trim().is_empty());
            let wants_url = attr("data-url").as_deref() != Some("none");
            let owns_url = !url_taken && (standalone || wants_url);
            url_taken |= owns_url;
            let mut src = attr("data-src");
            // A link may choose the file only where the author allows it (`data-src-allow`).
            if owns_url
                && let Some(allow) = attr("data-src-allow")
                && let Some(asked) = url::value_of(&search, "src")
                && let Some(path) = allowed_src(&asked, &allow, &page_path)
            {
                src = Some(path);
            }
            let options = HostOptions {
                lang: attr("data-lang").and_then(|l| Lang::from_code(&l)),
                query: attr("data-query"),
                src,
                owns_url,
                prefix: if i == 0 {
                    "yp-".into()
                } else {
                    format!("yp{}-", i + 1)
                },
                standalone,
                page: attr("data-page"),
                before_start: BeforeStart::default(),
                phased: true,
            };
            (el, options)
        })
        .collect()
}

/// Empties a host element for the widget: its placeholder ("loading…"), or the view the build
/// prerendered. Returns what the reader did on a prerendered view meanwhile, which the widget
/// keeps: what its controls were set to, and the focused element. (The search box, the sort and
/// the checkboxes' form say `autocomplete="off"`, so these are the reader's own doings, never
/// values the browser restored.) The `prerendered` parts come back with it, detached, for the
/// widget to put back in place until its own render of them.
///
/// The widget renders into the emptied host within the same task, before the browser paints
/// again, so no frame shows an empty host. Nothing here reads layout, which would let the
/// browser clamp the scroll position to the emptied page.
pub fn take_over(host: &Element, prerendered: Prerendered) -> BeforeStart {
    let focus = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .filter(|el| host.contains(Some(el)) && !el.id().is_empty())
        .map(|el| el.id());
    let view = controls_view(host);
    while let Some(child) = host.first_child() {
        let _ = host.remove_child(&child);
    }
    BeforeStart {
        view,
        focus,
        prerendered,
    }
}

/// The parts of the view prerendered into a host (nothing for a placeholder), to hand to
/// [`take_over`]; found apart from it, in the wasm's first task, to keep the takeover's short.
pub fn prerendered_parts(host: &Element) -> Prerendered {
    let mut parts = Prerendered::default();
    let Some(root) = host.query_selector(":scope > .yp").ok().flatten() else {
        return parts;
    };
    parts.lang = root.get_attribute("lang").unwrap_or_default();
    if let Ok(list) = root.query_selector_all(".yp-cards > article.yp-card") {
        for i in 0..list.length() {
            if let Some(card) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                parts.cards.push((card.id(), card.into()));
            }
        }
    }
    for selector in [".yp-layout > .yp-filters", ".yp-results > .yp-results-head"] {
        if let Some(el) = root.query_selector(selector).ok().flatten() {
            parts.controls.push(el.into());
        }
    }
    let mut after_list = false;
    let mut child = root.first_element_child();
    while let Some(el) = child {
        child = el.next_element_sibling();
        if el.matches(".yp-masthead, .yp-strip").unwrap_or(false) {
            parts.masthead.push(el.into());
        } else if after_list && el.tag_name() != "DIALOG" {
            parts.sections.push(el.into());
        } else if el.matches(".yp-layout").unwrap_or(false) {
            after_list = true;
        }
    }
    parts
}

/// The view a prerendered page's controls are set to, if it is not the default one.
fn controls_view(host: &Element) -> Option<Query> {
    let view = read_controls(host);
    (view != Query::default()).then_some(view)
}

/// The view set in the controls below `el`: the search box's text, the ticked facets, the
/// order (each left at its default where `el` has no such control).
fn read_controls(el: &Element) -> Query {
    let mut view = Query::default();
    let first = |selector: &str| el.query_selector(selector).ok().flatten();
    if let Some(input) =
        first("input[type=search]").and_then(|el| el.dyn_into::<HtmlInputElement>().ok())
    {
        view.set_text(input.value().trim());
    }
    for facet in Facet::ALL {
        let selector = format!("input[type=checkbox][name={}]:checked", facet.key());
        let Ok(list) = el.query_selector_all(&selector) else {
            continue;
        };
        for i in 0..list.length() {
            if let Some(input) = list
                .item(i)
                .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
            {
                view.toggle(facet, &input.value());
            }
        }
    }
    if let Some(select) =
        first("select").and_then(|el| el.dyn_into::<web_sys::HtmlSelectElement>().ok())
        && let Some(sort) = Sort::from_key(&select.value())
    {
        view.sort = sort;
    }
    view
}

/// What the reader did in prerendered controls still on the page (below `el`), which the
/// widget's own are about to replace, as the actions that bring `query` in line with them.
pub fn changes_in(el: &Element, query: &Query) -> Vec<Action> {
    let set = read_controls(el);
    let mut actions = Vec::new();
    if set.text != query.text.trim() {
        actions.push(Action::SetText(set.text.clone()));
    }
    for facet in Facet::ALL {
        let (now, before) = (set.selected(facet), query.selected(facet));
        for id in now.iter().filter(|id| !before.contains(id)) {
            actions.push(Action::Toggle(facet, id.clone()));
        }
        for id in before.iter().filter(|id| !now.contains(id)) {
            actions.push(Action::Toggle(facet, id.clone()));
        }
    }
    if set.sort != query.sort {
        actions.push(Action::SetSort(set.sort));
    }
    actions
}

/// Where the reader's choice of large text is kept, on this device, for every widget of the site.
const LARGE_TEXT_KEY: &str = "youth-projects/large-text";

/// Whether the reader chose large text on this device (never, where storage is refused).
pub fn large_text() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(LARGE_TEXT_KEY).ok().flatten())
        .is_some_and(|v| v == "1")
}

/// Keeps the reader's choice of large text on this device; where storage is refused, for this
/// page only.
pub fn set_large_text(on: bool) {
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = if on {
            s.set_item(LARGE_TEXT_KEY, "1")
        } else {
            s.remove_item(LARGE_TEXT_KEY)
        };
    }
}

thread_local! {
    static HOSTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// On a panic, every host shows a short message and a link to the standalone page instead of a
/// broken widget. The link is the host's `data-page`, set by embed.js, or this page.
pub fn install_panic_fallback(hosts: Vec<Element>) {
    HOSTS.with(|h| *h.borrow_mut() = hosts);
    // Through Yew, which would otherwise install its own hook when it first renders.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        HOSTS.with(|hosts| {
            for host in hosts.borrow().iter() {
                show_fallback(host);
            }
        });
    }));
}

/// Replaces a host's content with the fallback message, built from text nodes.
pub fn show_fallback(host: &Element) {
    let Some(document) = host.owner_document() else {
        return;
    };
    let page = host
        .get_attribute("data-page")
        .unwrap_or_else(|| "./".to_string());
    let (Ok(p), Ok(a)) = (document.create_element("p"), document.create_element("a")) else {
        return;
    };
    p.set_class_name("yp-fallback");
    p.set_text_content(Some(
        "项目清单暂时无法显示。The list cannot be shown right now. ",
    ));
    let _ = a.set_attribute("href", &page);
    a.set_text_content(Some("打开完整页面 / Open the full page"));
    let _ = p.append_child(&a);
    while let Some(child) = host.first_child() {
        let _ = host.remove_child(&child);
    }
    let _ = host.append_child(&p);
}

/// True when the page is inside a frame.
fn in_frame() -> bool {
    web_sys::window()
        .and_then(|w| Some(w.parent().ok()?.map(|p| p != w).unwrap_or(false)))
        .unwrap_or(false)
}

/// Posts the page's content height to the parent frame (nothing when not framed).
pub fn report_height() {
    if !in_frame() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let height = root.get_bounding_client_rect().height().ceil();
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    if let Ok(Some(parent)) = window.parent() {
        let _ = parent.post_message(&message, "*");
    }
}

/// In a frame, reports the height whenever the content's size changes (load, filters, resize).
pub fn watch_height() {
    if !in_frame() {
        return;
    }
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let callback = Closure::<dyn FnMut()>::new(report_height);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // The observer lives as long as the page.
        callback.forget();
        std::mem::forget(observer);
    }
    report_height();
}
