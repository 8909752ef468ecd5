//! The widget rendered in a real browser (headless Chromium through wasm-bindgen-test): cards and
//! figures, facets, search, sort, the URL, back/forward, the debounced status, and runtime data
//! read by the product's own path. Nothing sleeps for a fixed time: each step waits until what it
//! expects holds, or fails after a few seconds saying what it waited for.

#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};
use youth_projects::components::{App, AppProps, SharedData};
use youth_projects::embed::HostOptions;
use youth_projects::i18n::Lang;
use youth_projects::model::data::Dataset;
use youth_projects::model::state::PAGE;
use youth_projects::remote::{self, LoadError};
use youth_projects::schema::Problem;

wasm_bindgen_test_configure!(run_in_browser);

fn window() -> web_sys::Window {
    web_sys::window().unwrap()
}

fn document() -> web_sys::Document {
    window().document().unwrap()
}

/// Sets the page's query string without reloading.
fn set_search(search: &str) {
    let path = window().location().pathname().unwrap();
    window()
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}")),
        )
        .unwrap();
}

fn search() -> String {
    window().location().search().unwrap()
}

/// Waits, re-rendering as it goes, until `holds` is true; fails after 5 s naming `what`.
async fn until(what: &str, holds: impl Fn() -> bool) {
    for _ in 0..500 {
        yew::scheduler::flush().await;
        if holds() {
            return;
        }
        TimeoutFuture::new(10).await;
    }
    panic!("waited 5 s for {what}");
}

/// Waits until the page's query string is `expected`.
async fn url_is(expected: &str) {
    until(
        &format!("the URL to read {expected:?} (it reads {:?})", search()),
        || search() == expected,
    )
    .await;
}

/// A mounted widget; unmounted and removed on drop so tests do not see each other.
struct Mounted {
    root: Element,
    handle: Option<yew::AppHandle<App>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.root.remove();
    }
}

impl Mounted {
    async fn new(search: &str) -> Mounted {
        Mounted::with(search, HostOptions::default()).await
    }

    async fn with(search: &str, options: HostOptions) -> Mounted {
        let data = youth_projects::data::embedded().clone();
        Mounted::with_data(search, options, data).await
    }

    async fn with_data(search: &str, options: HostOptions, data: Dataset) -> Mounted {
        set_search(search);
        let root = document().create_element("div").unwrap();
        root.set_id("output");
        document().body().unwrap().append_child(&root).unwrap();
        let data = SharedData(Rc::new(data));
        let handle =
            yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { data, options })
                .render();
        yew::scheduler::flush().await;
        Mounted {
            root,
            handle: Some(handle),
        }
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .collect()
    }

    fn one(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no {selector}"))
    }

    fn card_titles(&self) -> Vec<String> {
        self.all("article.yp-card h3")
            .iter()
            .map(|e| e.text_content().unwrap_or_default())
            .collect()
    }

    async fn click(&self, selector: &str) {
        self.one(selector).unchecked_into::<HtmlElement>().click();
        yew::scheduler::flush().await;
    }

    async fn type_search(&self, text: &str) {
        let input: HtmlInputElement = self.one("#yp-q").unchecked_into();
        input.set_value(text);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
        input.dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
    }

    fn count(&self, selector: &str) -> usize {
        self.all(selector).len()
    }

    fn text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }
}

#[wasm_bindgen_test]
async fn shows_eleven_cards_with_their_figures() {
    let w = Mounted::new("").await;
    let cards = w.all("article.yp-card");
    assert_eq!(cards.len(), 11);
    assert_eq!(
        w.all("article").len(),
        11,
        "article is for project cards only"
    );
    let first = cards[0].text_content().unwrap();
    assert!(first.contains("乡村好青年赋能项目"), "{first}");
    assert!(first.contains("5000万元以上"), "{first}");
    assert!(first.contains("4000余万元"), "{first}");
    let hope = w.one("#yp-p-hope-house").text_content().unwrap();
    assert!(
        hope.contains("已建在建694个") && hope.contains("100个"),
        "{hope}"
    );
    assert_eq!(
        w.all("#yp-p-hope-house .yp-pair .yp-fig-item").len(),
        2,
        "694 beside 100"
    );
    let startup = w.one("#yp-p-youth-startup").text_content().unwrap();
    assert!(
        startup.contains("不少于10000平方米") && startup.contains("1000个"),
        "{startup}"
    );
    for id in ["grassroots-talks", "youth-jinan-online"] {
        assert_eq!(
            w.all(&format!("#yp-p-{id} .yp-fig")).len(),
            0,
            "{id} has no figure"
        );
        assert_eq!(w.all(&format!("#yp-p-{id} .yp-nofig")).len(), 1);
    }
    // Sources quoted verbatim inside the expandable part.
    let quote = w
        .one("#yp-p-warm-bee details blockquote")
        .text_content()
        .unwrap();
    assert!(
        quote.contains("联合相关单位打造100家“快递小哥”爱心驿站"),
        "{quote}"
    );
    assert_eq!(w.all(".yp-review .yp-fig").len(), 14);
    assert_eq!(w.all(".yp-dir").len(), 4);
    assert!(w.text().contains("大众网·海报新闻"));
}

#[wasm_bindgen_test]
async fn a_facet_filters_and_writes_the_url() {
    let w = Mounted::new("").await;
    assert_eq!(
        w.one("label[for=yp-theme-jobs]").text_content().unwrap(),
        "就业创业(3)"
    );
    w.click("#yp-theme-jobs").await;
    assert_eq!(
        w.card_titles(),
        [
            "乡村好青年赋能项目",
            "“青年驿站”求职学生免费住宿服务项目",
            "“青创泉城”青年创新创业扶持项目"
        ]
    );
    url_is("?theme=jobs").await;
    assert!(
        w.one("#yp-theme-jobs")
            .unchecked_into::<HtmlInputElement>()
            .checked()
    );
    // Counts follow: with 就业创业 chosen, 大学生 would leave one project.
    assert_eq!(
        w.one("label[for=yp-audience-students]")
            .text_content()
            .unwrap(),
        "大学生(1)"
    );
    w.click("#yp-audience-students").await;
    assert_eq!(w.all("article").len(), 1);
    url_is("?theme=jobs&audience=students").await;
    w.click("#yp-theme-jobs").await;
    w.click("#yp-audience-students").await;
    assert_eq!(w.all("article").len(), 11);
    url_is("").await;
}

#[wasm_bindgen_test]
async fn search_finds_chinese_text_and_keeps_it_in_the_url() {
    let w = Mounted::new("?from=singlemessage").await;
    w.type_search("快递").await;
    assert_eq!(w.card_titles(), ["“暖蜂行动”快递小哥关爱服务项目"]);
    // The host's own parameter stays.
    url_is("?from=singlemessage&q=%E5%BF%AB%E9%80%92").await;
    w.type_search("小屋").await;
    assert_eq!(w.card_titles(), ["“希望小屋”困境儿童关爱项目"]);
    w.type_search("驿站").await;
    assert_eq!(w.all("article").len(), 2);
}

#[wasm_bindgen_test]
async fn a_shared_url_restores_the_view() {
    let w = Mounted::new("?theme=services&q=%E9%A9%BF%E7%AB%99&sort=name").await;
    assert_eq!(
        w.card_titles(),
        [
            "“暖蜂行动”快递小哥关爱服务项目",
            "“青年驿站”求职学生免费住宿服务项目"
        ],
        "services ∩ 驿站, by pinyin: nuan < qing"
    );
    assert!(
        w.one("#yp-theme-services")
            .unchecked_into::<HtmlInputElement>()
            .checked()
    );
    assert_eq!(
        w.one("#yp-q").unchecked_into::<HtmlInputElement>().value(),
        "驿站"
    );
    assert_eq!(
        w.one("#yp-sort")
            .unchecked_into::<HtmlSelectElement>()
            .value(),
        "name"
    );
    assert_eq!(w.all(".yp-chip").len(), 2, "one chip per active filter");
}

#[wasm_bindgen_test]
async fn bad_parameters_are_ignored() {
    let w = Mounted::new("?theme=%ZZ,nope&audience=%FF&sort=biggest&q=%E5%BF").await;
    assert_eq!(w.all("article").len(), 11);
    assert_eq!(w.all(".yp-chip").len(), 0);
}

#[wasm_bindgen_test]
async fn back_and_forward_move_between_views() {
    let w = Mounted::new("").await;
    w.click("#yp-theme-children").await;
    assert_eq!(w.all("article").len(), 4);
    url_is("?theme=children").await;
    w.click("#yp-audience-volunteers").await;
    assert_eq!(w.all("article").len(), 2);
    url_is("?theme=children&audience=volunteers").await;
    window().history().unwrap().back().unwrap();
    url_is("?theme=children").await;
    until("4 cards after Back", || w.count("article") == 4).await;
    assert!(
        !w.one("#yp-audience-volunteers")
            .unchecked_into::<HtmlInputElement>()
            .checked()
    );
    window().history().unwrap().forward().unwrap();
    until("2 cards after Forward", || w.count("article") == 2).await;
    url_is("?theme=children&audience=volunteers").await;
}

#[wasm_bindgen_test]
async fn sort_orders_by_largest_figure() {
    let w = Mounted::new("").await;
    let select: HtmlSelectElement = w.one("#yp-sort").unchecked_into();
    select.set_value("largest");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    url_is("?sort=largest").await;
    let titles = w.card_titles();
    assert_eq!(titles[0], "乡村好青年赋能项目");
    assert_eq!(titles[10], "“青春济南”青年线上服务项目");
}

#[wasm_bindgen_test]
async fn empty_state_offers_to_clear_and_status_waits_for_a_pause() {
    let w = Mounted::new("").await;
    w.type_search("火星").await;
    assert_eq!(w.all("article").len(), 0);
    assert!(
        w.one(".yp-empty")
            .text_content()
            .unwrap()
            .contains("没有找到符合条件的项目")
    );
    assert_eq!(
        w.one("[role=status]").text_content().unwrap(),
        "",
        "not announced while typing"
    );
    until("the count announced once typing pauses", || {
        w.one("[role=status]").text_content().unwrap() == "找到 0 个项目(共 11 个)"
    })
    .await;
    w.click(".yp-empty button").await;
    assert_eq!(w.all("article").len(), 11);
    url_is("").await;
    let focused = document().active_element().map(|e| e.id());
    assert_eq!(
        focused.as_deref(),
        Some("yp-results-title"),
        "focus is not lost"
    );
}

// ---- languages, highlighting, detail view ----

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_every_text_and_the_url() {
    let w = Mounted::new("").await;
    assert_eq!(
        w.one(".yp").get_attribute("lang").as_deref(),
        Some("zh-Hans")
    );
    w.click("button.yp-lang[lang=en]").await;
    assert_eq!(w.one(".yp").get_attribute("lang").as_deref(), Some("en"));
    url_is("?lang=en").await;
    assert!(
        w.one("#yp-results-title")
            .text_content()
            .unwrap()
            .starts_with("Projects")
    );
    let hope = w.one("#yp-p-hope-house").text_content().unwrap();
    assert!(hope.contains("694 houses built or being built"), "{hope}");
    // Outside the verbatim quotes and the language names, no Chinese is left.
    for q in w.all("blockquote, [lang^=zh]") {
        q.remove();
    }
    assert!(!has_cjk(&w.text()), "{}", w.text());
}

#[wasm_bindgen_test]
async fn lang_in_the_url_gives_traditional_text_but_quotes_stay_simplified() {
    let w = Mounted::new("?lang=zh-Hant").await;
    assert_eq!(
        w.one(".yp").get_attribute("lang").as_deref(),
        Some("zh-Hant")
    );
    assert_eq!(
        w.one("h1").text_content().unwrap(),
        "2022年度“我為青少年辦實事”清單"
    );
    let card = w.one("#yp-p-youth-station h3").text_content().unwrap();
    assert_eq!(card, "“青年驛站”求職學生免費住宿服務項目");
    let quote = w
        .one("#yp-p-youth-station blockquote")
        .text_content()
        .unwrap();
    assert!(
        quote.contains("进一步提升“‘青年驿站’求职学生免费住宿服务项目”"),
        "{quote}"
    );
    assert!(
        w.one("#yp-p-rural-youth")
            .text_content()
            .unwrap()
            .contains("5000萬元以上")
    );
}

#[wasm_bindgen_test]
async fn search_matches_are_marked_as_text() {
    let w = Mounted::new("").await;
    w.type_search("xwxw").await;
    assert_eq!(w.card_titles(), ["“希望小屋”困境儿童关爱项目"]);
    let marks: Vec<String> = w
        .all("#yp-p-hope-house h3 mark")
        .iter()
        .map(|m| m.text_content().unwrap())
        .collect();
    assert_eq!(marks, ["希望小屋"]);
    w.type_search("驛站").await;
    assert_eq!(w.all("article").len(), 2);
    assert_eq!(w.one("#yp-p-warm-bee mark").text_content().unwrap(), "驿站");
}

#[wasm_bindgen_test]
async fn the_detail_view_opens_from_its_card_and_escape_returns_focus() {
    let w = Mounted::new("").await;
    w.click("#yp-open-warm-bee").await;
    url_is("?project=warm-bee").await;
    let dialog = w.one("dialog.yp-dialog");
    assert!(dialog.has_attribute("open"));
    assert!(
        dialog
            .text_content()
            .unwrap()
            .contains("联合相关单位打造100家“快递小哥”爱心驿站")
    );
    // Escape makes the browser fire `cancel` on a modal dialog.
    dialog
        .dispatch_event(&web_sys::Event::new("cancel").unwrap())
        .unwrap();
    // Closing steps back in history.
    url_is("").await;
    until("the dialog gone", || w.count("dialog.yp-dialog") == 0).await;
    let focused = document().active_element().map(|e| e.id());
    assert_eq!(focused.as_deref(), Some("yp-open-warm-bee"));
}

#[wasm_bindgen_test]
async fn a_detail_url_opens_directly_and_back_closes_it() {
    let w = Mounted::new("?project=hope-house&lang=en").await;
    let dialog = w.one("dialog.yp-dialog");
    assert!(
        dialog
            .text_content()
            .unwrap()
            .contains("“Hope House” Care Project")
    );
    assert_eq!(w.all("dialog.yp-dialog .yp-fig").len(), 3, "every figure");
    w.click("dialog.yp-dialog .yp-close").await;
    // A deep link closes in place.
    url_is("?lang=en").await;
    assert_eq!(w.all("dialog.yp-dialog").len(), 0);
    w.click("#yp-open-rural-youth").await;
    assert_eq!(w.all("dialog.yp-dialog").len(), 1);
    window().history().unwrap().back().unwrap();
    until("Back to close the dialog", || {
        w.count("dialog.yp-dialog") == 0
    })
    .await;
}

// ---- embedding ----

#[wasm_bindgen_test]
async fn a_widget_that_does_not_own_the_url_keeps_its_view_in_memory() {
    let options = HostOptions {
        lang: Some(Lang::En),
        query: Some("audience=kids".into()),
        owns_url: false,
        prefix: "yp2-".into(),
        ..HostOptions::default()
    };
    let w = Mounted::with("?theme=jobs", options).await;
    assert_eq!(w.one(".yp").get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(
        w.all("article").len(),
        4,
        "its data-query, not the page URL"
    );
    assert!(w.all("#yp-q").is_empty(), "ids carry the widget's prefix");
    w.click("#yp2-audience-kids").await;
    assert_eq!(w.all("article").len(), 11);
    // A write would come from a zero-delay timer set during the click: let any such run first.
    TimeoutFuture::new(0).await;
    assert_eq!(search(), "?theme=jobs", "the URL is left alone");
}

/// A text kept for the page's life, as `remote::load` keeps a fetched file.
fn kept(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

#[wasm_bindgen_test]
fn runtime_data_is_read_and_checked_like_the_build() {
    let good = include_str!("../static/demo/data-sample.json");
    let data = remote::read(good).expect("the sample file is valid");
    assert_eq!(data.projects.len(), 3);
    assert_eq!(
        data.projects[0].name.get(Lang::Hant),
        "乡村好青年赋能项目",
        "no conversion at run time: Simplified shown"
    );

    match remote::read("{ \"report\": ") {
        Err(LoadError::Data(p)) => {
            assert_eq!(p.len(), 1);
            assert!(
                matches!(p.0[0].problem, Problem::Syntax { line: 1, .. }),
                "{p:?}"
            );
        }
        other => panic!("{other:?}"),
    }
    let broken = good.replacen(
        "\"unit\": {\n            \"zh\": \"万元\"",
        "\"unit\": {\n            \"zh\": \"\"",
        1,
    );
    match remote::read(kept(broken)) {
        Err(LoadError::Data(p)) => {
            let e = &p.0[0];
            assert_eq!(e.record(), "projects[0] \"rural-youth\"");
            assert_eq!(e.field(), "figures[0].unit.zh");
            assert_eq!(e.problem, Problem::Empty);
        }
        other => panic!("{other:?}"),
    }
    let wrong_type = good.replacen("\"value\": \"5000\"", "\"value\": 5000", 1);
    match remote::read(kept(wrong_type)) {
        Err(LoadError::Data(p)) => {
            let e = &p.0[0];
            assert_eq!(e.record(), "projects[0] \"rural-youth\"");
            assert_eq!(e.field(), "figures[0].value");
            assert_eq!(
                e.message(Lang::En),
                "projects[0] \"rural-youth\", field figures[0].value: does not fit the data file's format: invalid type: integer `5000`, expected a string"
            );
        }
        other => panic!("{other:?}"),
    }
}

/// A same-origin address (a `blob:` URL) for a data file's text.
fn blob_url(text: &str) -> String {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).unwrap();
    web_sys::Url::create_object_url_with_blob(&blob).unwrap()
}

#[wasm_bindgen_test]
async fn a_file_with_three_problems_lists_them_in_the_readers_language() {
    let mut file: serde_json::Value =
        serde_json::from_str(include_str!("../static/demo/data-sample.json")).unwrap();
    file["projects"][0]["name"]["zh"] = "".into();
    file["projects"][1]["themes"][0] = "sports".into();
    file["projects"][2]["figures"][0]["value"] = "约100".into();
    let options = HostOptions {
        src: Some(blob_url(&file.to_string())),
        ..HostOptions::default()
    };
    let w = Mounted::with("", options).await;
    until("the notice", || w.count("[role=alert]") == 1).await;
    let items = |w: &Mounted| -> Vec<String> {
        w.all("[role=alert] li")
            .iter()
            .map(|li| li.text_content().unwrap())
            .collect()
    };
    let notice = w.one("[role=alert] p").text_content().unwrap();
    assert!(notice.contains("文件有 3 个问题"), "{notice}");
    let listed = items(&w);
    assert_eq!(listed.len(), 3, "{listed:?}");
    assert!(listed[0].ends_with("字段 name.zh:不能为空"), "{listed:?}");
    assert!(listed[1].contains("没有标识为“sports”的项"), "{listed:?}");
    assert!(listed[2].contains("“约100”不是数字"), "{listed:?}");
    assert_eq!(w.count("article.yp-card"), 11, "the embedded data stays");

    // The notice follows a change of language.
    w.click("button.yp-lang[lang=en]").await;
    let notice = w.one("[role=alert] p").text_content().unwrap();
    assert!(notice.contains("the file has 3 problems"), "{notice}");
    let listed = items(&w);
    assert!(
        listed[0].ends_with("field name.zh: must not be empty"),
        "{listed:?}"
    );
    assert!(listed[2].contains("`约100` is not a number"), "{listed:?}");
    w.click("button.yp-lang[lang=zh-Hant]").await;
    let listed = items(&w);
    assert!(listed[0].ends_with("字段 name.zh:不能為空"), "{listed:?}");

    w.click("[role=alert] button").await;
    assert_eq!(w.count("[role=alert]"), 0, "dismissed");
    assert_eq!(w.count("article.yp-card"), 11);
}

/// The embedded projects repeated `copies` times under new ids.
fn many_projects(copies: usize) -> Dataset {
    let mut data = youth_projects::data::embedded().clone();
    let originals = data.projects.to_vec();
    let mut all = Vec::new();
    for n in 0..copies {
        for p in &originals {
            let mut p = p.clone();
            p.id = format!("{}-{n}", p.id).into();
            all.push(p);
        }
    }
    data.projects = all.into();
    data
}

#[wasm_bindgen_test]
async fn a_long_list_shows_a_page_of_cards_and_more_on_request() {
    let data = many_projects(12); // 132 projects
    let w = Mounted::with_data("", HostOptions::default(), data).await;
    assert_eq!(w.all("article.yp-card").len(), PAGE);
    let more = w.one("button.yp-show-more").text_content().unwrap();
    assert!(more.contains("50") && more.contains("82"), "{more}");
    assert!(w.one(".yp-count").text_content().unwrap().contains("132"));

    w.click("button.yp-show-more").await;
    assert_eq!(w.all("article.yp-card").len(), 2 * PAGE);
    // Focus moves to the first new card's button, where reading goes on.
    let cards = w.all("article.yp-card");
    let focused = document().active_element().expect("something has focus");
    assert!(
        cards[PAGE].contains(Some(&focused)),
        "focus is in card {PAGE}"
    );

    w.click("button.yp-show-more").await;
    assert_eq!(w.all("article.yp-card").len(), 132);
    assert!(w.all("button.yp-show-more").is_empty());

    // A new search starts again at one page: 青年 matches more than a page of these projects.
    w.type_search("青年").await;
    let count = w.one(".yp-count").text_content().unwrap();
    let matching: usize = count
        .split(|c: char| !c.is_ascii_digit())
        .find(|n| !n.is_empty())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{count}"));
    assert!(matching > PAGE && matching < 132, "{count}");
    assert_eq!(w.count("article.yp-card"), PAGE);
    assert_eq!(w.count("button.yp-show-more"), 1);
}

/// Pressing "show more" right after typing (before the URL records the text) keeps the text
/// on its way into the URL.
#[wasm_bindgen_test]
async fn show_more_within_the_typing_pause_keeps_the_search_in_the_url() {
    let w = Mounted::with_data("", HostOptions::default(), many_projects(12)).await;
    w.type_search("青年").await;
    assert_eq!(search(), "", "not yet: typing waits for a pause");
    w.click("button.yp-show-more").await;
    assert!(w.count("article.yp-card") > PAGE);
    url_is("?q=%E9%9D%92%E5%B9%B4").await;
}

// ---- the first render in steps ----

#[wasm_bindgen_test]
async fn a_widget_rendered_in_steps_shows_its_controls_first_and_every_part_in_the_end() {
    let options = HostOptions {
        phased: true,
        ..HostOptions::default()
    };
    let w = Mounted::with("", options).await;
    // The first step: the controls, with nothing prerendered to stand in for the rest.
    assert_eq!(w.count("#yp-q"), 1, "the search box comes first");
    assert_eq!(w.count("article.yp-card"), 0);
    assert!(w.one(".yp").get_attribute("data-ready").is_none());
    until("the widget to be whole", || {
        w.one(".yp").get_attribute("data-ready").is_some()
    })
    .await;
    assert_eq!(w.count("article.yp-card"), 11);
    assert_eq!(w.count("header.yp-masthead"), 1);
    assert_eq!(w.count("section.yp-charts"), 1);
    assert_eq!(w.count("section.yp-foot"), 1);
    // Whole for good: another search is one render, as in an unphased widget.
    w.type_search("快递").await;
    assert_eq!(w.count("article.yp-card"), 1);
    assert_eq!(w.count("section.yp-charts"), 1);
}

#[wasm_bindgen_test]
fn what_the_reader_set_in_prerendered_controls_becomes_actions() {
    use youth_projects::model::query::{Facet, Query, Sort};
    use youth_projects::model::state::Action;
    let el = |tag: &str, attrs: &[(&str, &str)]| {
        let e = document().create_element(tag).unwrap();
        for (k, v) in attrs {
            e.set_attribute(k, v).unwrap();
        }
        e
    };
    let root = el("div", &[]);
    let search: HtmlInputElement = el("input", &[("type", "search")]).unchecked_into();
    search.set_value(" 快递 ");
    let ticked: HtmlInputElement = el(
        "input",
        &[("type", "checkbox"), ("name", "theme"), ("value", "jobs")],
    )
    .unchecked_into();
    ticked.set_checked(true);
    let unticked = el(
        "input",
        &[
            ("type", "checkbox"),
            ("name", "audience"),
            ("value", "kids"),
        ],
    );
    let select = el("select", &[]);
    select
        .append_child(&el("option", &[("value", "featured")]))
        .unwrap();
    select
        .append_child(&el("option", &[("value", "name"), ("selected", "")]))
        .unwrap();
    for child in [
        search.unchecked_ref::<Element>(),
        ticked.unchecked_ref(),
        &unticked,
        &select,
    ] {
        root.append_child(child).unwrap();
    }
    let mut query = Query::default();
    query.toggle(Facet::Audience, "kids");
    let actions = youth_projects::embed::changes_in(&root, &query);
    assert_eq!(
        actions,
        vec![
            Action::SetText("快递".into()),
            Action::Toggle(Facet::Theme, "jobs".into()),
            Action::Toggle(Facet::Audience, "kids".into()),
            Action::SetSort(Sort::from_key("name").unwrap()),
        ]
    );
    // Controls as the query has them: nothing to do.
    let mut same = Query::default();
    same.set_text("快递");
    same.toggle(Facet::Theme, "jobs");
    same.sort = Sort::from_key("name").unwrap();
    assert_eq!(youth_projects::embed::changes_in(&root, &same), vec![]);
}
