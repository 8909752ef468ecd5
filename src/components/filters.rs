//! The controls: search box, facet checkboxes with live counts, sort, the chips of active filters
//! and the empty state. They show the query they are given and report changes
//! upward.

use super::Ids;
use crate::i18n::{Lang, Ui, fill, ui};
use crate::model::data::{Dataset, Status};
use crate::model::format::status_label;
use crate::model::query::{Facet, Query, Sort};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The facet's heading.
fn legend(facet: Facet, ui: &Ui) -> &'static str {
    match facet {
        Facet::Theme => ui.theme,
        Facet::Audience => ui.audience,
        Facet::Status => ui.status,
    }
}

/// A facet's options as the reader sees them: each one's id and name in a language.
pub fn options(facet: Facet, data: &Dataset, lang: Lang) -> Vec<(&str, &str)> {
    match facet {
        Facet::Status => Status::ALL
            .iter()
            .map(|s| (s.id(), status_label(*s, lang)))
            .collect(),
        _ => facet
            .options(data)
            .iter()
            .map(|t| (&*t.id, t.name.get(lang)))
            .collect(),
    }
}

/// Moves keyboard focus to an element by id, so it is not lost when the control that had it goes.
pub fn focus_id(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Where focus goes after the control that had it disappears.
pub const RESULTS_HEADING: &str = "results-title";

/// What [`search_box`] shows.
#[derive(PartialEq, Clone)]
pub struct SearchBoxProps {
    pub text: AttrValue,
    pub lang: Lang,
    pub on_text: Callback<String>,
}

/// A labelled `type="search"` input.
pub fn search_box(ids: &Ids, props: &SearchBoxProps) -> Html {
    let ui = ui(props.lang);
    let on_input = {
        let on_text = props.on_text.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_text.emit(input.value());
        })
    };
    let on_submit = focus_results(ids);
    html! {
        // Without JavaScript the form sends `?q=` to this page, and the widget applies it when it
        // starts; with it, the button closes a phone's keyboard and moves focus to the count.
        <form class="yp-search" role="search" method="get" onsubmit={on_submit} onfocusin={Callback::from(search_to_top)}>
            <label class="yp-label" for={ids.id("q")}>{ ui.search_label }</label>
            <p class="yp-hint" id={ids.id("q-hint")}>{ ui.search_hint }</p>
            <input
                class="yp-input"
                id={ids.id("q")}
                type="search"
                aria-describedby={ids.id("q-hint")}
                autocomplete="off"
                spellcheck="false"
                enterkeyhint="search"
                value={props.text.clone()}
                oninput={on_input}
                name="q"
            />
            <button type="submit" class="yp-search-button">{ ui.search_submit }</button>
        </form>
    }
}

/// A form's submit with JavaScript: nothing is sent; focus moves to the results' heading (so a
/// phone's keyboard closes), which says the count, so the results are on
/// screen.
fn focus_results(ids: &Ids) -> Callback<SubmitEvent> {
    let heading = ids.id(RESULTS_HEADING);
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        focus_id(&heading);
    })
}

/// On a phone, the search box moves to the top of the screen when it takes focus,
/// so the count and the first results stay above the on-screen keyboard that opens with it.
fn search_to_top(e: FocusEvent) {
    let narrow = gloo_utils::window()
        .match_media("(max-width: 600px)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    // The target (the box), not the current target: Yew listens on the widget's root.
    let input = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    if let (true, Some(input)) = (narrow, input) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        input.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// What [`facet_group`] shows.
pub struct FacetGroupProps<'a> {
    pub facet: Facet,
    /// Each option's id and name.
    pub options: &'a [(&'a str, &'a str)],
    /// Projects each option would show, parallel to `options`.
    pub counts: &'a [usize],
    pub selected: &'a [String],
    pub lang: Lang,
    pub on_toggle: Callback<(Facet, String)>,
}

/// A `<fieldset>` of checkboxes, each with its live count.
pub fn facet_group(ids: &Ids, props: &FacetGroupProps<'_>) -> Html {
    let key = props.facet.key();
    let legend = legend(props.facet, ui(props.lang));
    html! {
        <fieldset class="yp-facet">
            <legend class="yp-legend">{ legend }</legend>
            <ul class="yp-options">
                { for props.options.iter().zip(props.counts).map(|(&(value, name), &count)| {
                    let id = ids.id(&format!("{key}-{value}"));
                    let checked = props.selected.iter().any(|s| s == value);
                    let onchange = {
                        let on_toggle = props.on_toggle.clone();
                        let facet = props.facet;
                        let value = value.to_string();
                        Callback::from(move |_: Event| on_toggle.emit((facet, value.clone())))
                    };
                    html! {
                        <li class="yp-option">
                            <input class="yp-check" type="checkbox" id={id.clone()} name={key} value={value.to_string()} {checked} {onchange} />
                            <label for={id}>
                                { name }
                                <span class="yp-n">{ format!("({count})") }</span>
                            </label>
                        </li>
                    }
                }) }
            </ul>
        </fieldset>
    }
}

/// What [`filter_panel`] shows.
pub struct FilterPanelProps<'a> {
    pub data: &'a Dataset,
    pub query: &'a Query,
    /// Per option, the projects it would show: the themes', the audiences', the statuses'.
    pub counts: [&'a [usize]; 3],
    pub on_text: Callback<String>,
    pub on_toggle: Callback<(Facet, String)>,
    /// Whether the facets are unfolded on narrow screens, and the callback that flips it (the
    /// prerendered page, and wide screens, where the facets always show).
    pub open: bool,
    pub on_fold: Callback<MouseEvent>,
    /// On a phone once the widget runs: the facets in a sheet.
    pub sheet: Option<SheetProps<'a>>,
}

/// The filter sheet of a phone.
pub struct SheetProps<'a> {
    pub dialog: &'a NodeRef,
    pub open: bool,
    /// How many projects the list shows now, for the button that closes the sheet.
    pub shown: usize,
    pub on_open: Callback<MouseEvent>,
    pub on_close: Callback<()>,
}

/// Search and facets. On narrow screens the facets wait behind a button (GOV.UK's mobile
/// pattern) so the cards are not pushed a screen down: once the widget runs, the button opens
/// them in a sheet (`hooks::use_sheet`); on the prerendered page they unfold in place. Wide
/// screens always show them.
///
/// The panel, the chips and the charts are functions rendered in the widget's own pass, not
/// components: a filter change then updates them and the cards together, where Yew may otherwise
/// paint a frame of new cards beside old counts before updating child components.
pub fn filter_panel(ids: &Ids, props: &FilterPanelProps<'_>) -> Html {
    let query = props.query;
    let lang = query.lang;
    let ui = ui(lang);
    let active = query.ticked();
    let open = props.open;
    let label = if active > 0 {
        fill(ui.facets_toggle_active, &[("n", &active.to_string())])
    } else {
        ui.facets_toggle.to_string()
    };
    let groups = html! {
        { for Facet::ALL.into_iter().zip(props.counts).filter(|(f, _)| f.offered(props.data)).map(|(facet, counts)| {
            facet_group(ids, &FacetGroupProps {
                facet,
                options: &options(facet, props.data, lang),
                counts,
                selected: query.selected(facet),
                lang,
                on_toggle: props.on_toggle.clone(),
            })
        }) }
    };
    // A form that says autocomplete="off" (its checkboxes may not say it themselves): a browser
    // restoring a page never ticks what the reader did not tick this time.
    let prevent = Callback::from(|e: SubmitEvent| e.prevent_default());
    let to_results = focus_results(ids);
    let facets = match &props.sheet {
        Some(sheet) => {
            let on_close = sheet.on_close.clone();
            let close = Callback::from(move |_: MouseEvent| on_close.emit(()));
            html! {
                <>
                    <button
                        type="button"
                        class="yp-facets-toggle"
                        aria-haspopup="dialog"
                        aria-expanded={if sheet.open { "true" } else { "false" }}
                        onclick={sheet.on_open.clone()}
                    >
                        { label }
                    </button>
                    <dialog class="yp-sheet" ref={sheet.dialog.clone()} aria-labelledby={ids.id("sheet-title")}>
                        <div class="yp-sheet-head">
                            <h2 class="yp-h2" id={ids.id("sheet-title")}>{ ui.facets_toggle }</h2>
                            <button type="button" class="yp-close" onclick={close.clone()}>
                                <span aria-hidden="true">{ "×" }</span>
                                <span class="yp-sr">{ ui.close }</span>
                            </button>
                        </div>
                        <form id={ids.id("facets")} class="yp-facets" autocomplete="off" onsubmit={prevent}>
                            { groups }
                            <div class="yp-sheet-foot">
                                <button type="submit" class="yp-sheet-done" onclick={close}>
                                    { fill(ui.sheet_show, &[("n", &sheet.shown.to_string())]) }
                                </button>
                            </div>
                        </form>
                    </dialog>
                </>
            }
        }
        None => html! {
            <>
                <button
                    type="button"
                    class="yp-facets-toggle"
                    aria-expanded={if open { "true" } else { "false" }}
                    aria-controls={ids.id("facets")}
                    onclick={props.on_fold.clone()}
                >
                    { label }
                </button>
                // Without JavaScript the form sends the ticked options (`?theme=…&audience=…`);
                // with it, every tick applies at once and the button takes focus to the count.
                <form id={ids.id("facets")} class={classes!("yp-facets", (!open).then_some("yp-folded"))} autocomplete="off" method="get" onsubmit={to_results}>
                    { groups }
                    <button type="submit" class="yp-facets-apply">{ ui.facets_apply }</button>
                </form>
            </>
        },
    };
    html! {
        <section class="yp-filters" aria-labelledby={ids.id("filters-title")}>
            <h2 class="yp-h2 yp-filters-title" id={ids.id("filters-title")}>{ ui.filters_title }</h2>
            { search_box(ids, &SearchBoxProps { text: query.text.clone().into(), lang, on_text: props.on_text.clone() }) }
            { facets }
        </section>
    }
}

/// What [`sort_control`] shows.
#[derive(PartialEq, Clone)]
pub struct SortControlProps {
    pub sort: Sort,
    /// Whether the data has updates: the order by status is offered only then.
    pub progress: bool,
    pub lang: Lang,
    pub on_sort: Callback<Sort>,
}

/// A labelled `<select>` of orders.
pub fn sort_control(ids: &Ids, props: &SortControlProps) -> Html {
    let ui = ui(props.lang);
    let onchange = {
        let on_sort = props.on_sort.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(sort) = Sort::from_key(&select.value()) {
                on_sort.emit(sort);
            }
        })
    };
    html! {
        <div class="yp-sort">
            <label class="yp-label-inline" for={ids.id("sort")}>{ ui.sort }</label>
            <select class="yp-select" id={ids.id("sort")} autocomplete="off" {onchange}>
                { for Sort::ALL.iter().filter(|s| props.progress || **s != Sort::Status).map(|s| html! {
                    <option value={s.key()} selected={*s == props.sort}>{ s.label(ui) }</option>
                }) }
            </select>
        </div>
    }
}

/// One active filter, as shown in the chips.
#[derive(Clone, PartialEq, Debug)]
pub struct Chip {
    /// What the chip removes; `None` for the search text.
    pub facet: Option<Facet>,
    pub id: String,
    pub label: String,
}

/// What [`active_filters`] shows.
#[derive(PartialEq, Clone)]
pub struct ActiveFiltersProps {
    pub chips: Vec<Chip>,
    pub lang: Lang,
    pub on_toggle: Callback<(Facet, String)>,
    pub on_text: Callback<String>,
    pub on_clear: Callback<()>,
}

/// The active filters as buttons that remove them, and a "clear all".
pub fn active_filters(ids: &Ids, props: &ActiveFiltersProps) -> Html {
    if props.chips.is_empty() {
        return html! {};
    }
    let ui = ui(props.lang);
    let heading = ids.id(RESULTS_HEADING);
    let on_clear = {
        let on_clear = props.on_clear.clone();
        let heading = heading.clone();
        Callback::from(move |_: MouseEvent| {
            on_clear.emit(());
            focus_id(&heading);
        })
    };
    html! {
        <div class="yp-active">
            <p class="yp-active-title" id={ids.id("active-title")}>{ ui.active_title }</p>
            <ul class="yp-chips" aria-labelledby={ids.id("active-title")}>
                { for props.chips.iter().map(|chip| {
                    let onclick = {
                        let chip = chip.clone();
                        let on_toggle = props.on_toggle.clone();
                        let on_text = props.on_text.clone();
                        let heading = heading.clone();
                        Callback::from(move |_: MouseEvent| {
                            match chip.facet {
                                Some(facet) => on_toggle.emit((facet, chip.id.clone())),
                                None => on_text.emit(String::new()),
                            }
                            focus_id(&heading);
                        })
                    };
                    html! {
                        <li>
                            <button type="button" class="yp-chip" {onclick}>
                                <span class="yp-sr">{ ui.remove_filter }</span>
                                { chip.label.clone() }
                                <span class="yp-chip-x" aria-hidden="true">{ "×" }</span>
                            </button>
                        </li>
                    }
                }) }
                <li>
                    <button type="button" class="yp-link" onclick={on_clear}>{ ui.clear_all }</button>
                </li>
            </ul>
        </div>
    }
}

/// What [`empty_state`] shows.
#[derive(PartialEq, Clone)]
pub struct EmptyStateProps {
    pub lang: Lang,
    pub on_clear: Callback<()>,
    /// The nearest project names: each one's name, the text that finds it, and its link.
    pub suggestions: Vec<(String, String, String)>,
    /// Searches for a suggestion's text.
    pub on_suggest: Callback<String>,
}

/// What to do when nothing matches.
pub fn empty_state(ids: &Ids, props: &EmptyStateProps) -> Html {
    let ui = ui(props.lang);
    let heading = ids.id(RESULTS_HEADING);
    let onclick = {
        let on_clear = props.on_clear.clone();
        Callback::from(move |_: MouseEvent| {
            on_clear.emit(());
            focus_id(&heading);
        })
    };
    let suggest = |(name, text, link): &(String, String, String)| {
        let onclick = {
            let (on_suggest, text, heading) = (
                props.on_suggest.clone(),
                text.clone(),
                ids.id(RESULTS_HEADING),
            );
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                on_suggest.emit(text.clone());
                focus_id(&heading);
            })
        };
        html! { <li><a class="yp-link" href={link.clone()} {onclick}>{ name.clone() }</a></li> }
    };
    html! {
        <div class="yp-empty">
            <p class="yp-empty-title">{ ui.empty_title }</p>
            if !props.suggestions.is_empty() {
                <p class="yp-suggest-title" id={ids.id("suggest-title")}>{ ui.suggest_title }</p>
                <ul class="yp-suggest" aria-labelledby={ids.id("suggest-title")}>
                    { for props.suggestions.iter().map(suggest) }
                </ul>
            }
            <ul class="yp-empty-tips">
                <li>{ ui.empty_tip_words }</li>
                <li>{ ui.empty_tip_facets }</li>
            </ul>
            <button type="button" class="yp-button" {onclick}>{ ui.empty_button }</button>
        </div>
    }
}
