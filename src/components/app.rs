//! The widget: one state (the view, kept in the URL), the visible list derived from it, and the
//! page laid out around the cards.

use super::card::{ProjectCardProps, open_button_id, project_card};
use super::charts::{FiguresPanelProps, figures_panel};
use super::detail::{ProjectDetailProps, project_detail, show_modal};
use super::export::{CsvButtonProps, csv_button};
use super::filters::{
    ActiveFiltersProps, Chip, EmptyStateProps, FilterPanelProps, RESULTS_HEADING, SortControlProps,
    active_filters, empty_state, filter_panel, focus_id, sort_control,
};
use super::masthead::{HeadlineStripProps, MastheadProps, headline_strip, masthead};
use super::report_sections::{SectionProps, directions_section, review_section, source_note};
use super::status::{announce_later, count_text, result_status};
use super::{Ids, SharedData};
use crate::embed::{self, HostOptions};
use crate::history;
use crate::i18n::{Lang, fill, ui};
use crate::model::charts::Charts;
use crate::model::data::Dataset;
use crate::model::query::{Facet, Query, Sort};
use crate::model::search::{SearchIndex, terms};
use crate::model::state::{Action, HistoryMode, PAGE, State};
use crate::model::url;
use crate::remote;
use gloo_timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;

/// How long typing must pause before the URL records the search text.
pub const URL_TYPING_MS: u32 = 300;

/// [`State`] as a Yew reducer. An action that changes nothing returns the same `Rc`, which Yew
/// takes as "no re-render".
#[derive(PartialEq)]
struct Store(State);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.apply(action);
        if next.query == self.0.query && next.shown == self.0.shown {
            self
        } else {
            Rc::new(Store(next))
        }
    }
}

/// Props of [`App`].
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The embedded data, shown until (and unless) runtime data replaces it.
    pub data: SharedData,
    #[prop_or_default]
    pub options: HostOptions,
}

/// The first view: the URL's if this widget owns it and it names a view, else the host's
/// `data-query`; the host's `data-lang` unless the URL chose a language.
fn initial_query(options: &HostOptions, data: &Dataset) -> Query {
    let search = history::current_search();
    let from_url = options.owns_url && url::has_own_keys(&search);
    let mut query = if from_url {
        url::decode(&search)
    } else {
        url::decode(options.query.as_deref().unwrap_or(""))
    };
    let lang_chosen = if from_url {
        url::has_key(&search, "lang")
    } else {
        options
            .query
            .as_deref()
            .is_some_and(|q| url::has_key(q, "lang"))
    };
    if !lang_chosen && let Some(lang) = options.lang {
        query.lang = lang;
    }
    if let Some(view) = &options.before_start.view {
        // Set on the prerendered page before the widget started; the language stays the URL's.
        query.text.clone_from(&view.text);
        query.themes.clone_from(&view.themes);
        query.audiences.clone_from(&view.audiences);
        query.sort = view.sort;
    }
    query.retain_known(data);
    query
}

/// A callback that turns its argument into an action and dispatches it.
fn dispatcher<T: 'static>(store: &UseReducerHandle<Store>, make: fn(T) -> Action) -> Callback<T> {
    let store = store.clone();
    Callback::from(move |x| store.dispatch(make(x)))
}

/// Opens every `<details>` of the widget before printing, so descriptions and sources print.
fn open_details_for_print() -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(
        &window,
        "beforeprint",
        |_| {
            let Some(list) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector_all(".yp details").ok())
            else {
                return;
            };
            for i in 0..list.length() {
                if let Some(el) = list
                    .item(i)
                    .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
                {
                    let _ = el.set_attribute("open", "");
                }
            }
        },
    ))
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let options = &props.options;
    let owns_url = options.owns_url;
    let ids = (*use_memo(options.prefix.clone(), |prefix| Ids(prefix.as_str().into()))).clone();
    let data_state = use_state(|| props.data.clone());
    let data = (*data_state).clone();
    let notice = use_state(|| None::<String>);
    let store = {
        let data = data.clone();
        let options = options.clone();
        use_reducer(move || {
            let mut state = State::new(initial_query(&options, &data));
            if options.before_start.view.is_some() {
                // Set before the widget started: the URL records it now.
                state.history = HistoryMode::Replace;
            }
            Store(state)
        })
    };

    // On narrow screens the facets fold; a shared link with facets opens them, so the reader
    // sees why the list is short.
    let facets_open = use_state(|| {
        let q = &store.0.query;
        !q.themes.is_empty() || !q.audiences.is_empty()
    });

    // The URL follows the state, a moment after the page shows it: writing the URL costs the
    // browser milliseconds that belong after the paint, and a burst of keystrokes writes it once.
    // A pending new entry (Push) stays a new entry if typing follows it at once; back/forward
    // cancels whatever is pending.
    let pending_url = use_mut_ref(|| None::<(Timeout, HistoryMode)>);
    use_effect_with(store.0.clone(), move |state| {
        let mut pending = pending_url.borrow_mut();
        if state.history == HistoryMode::Leave {
            pending.take();
        } else if owns_url {
            let mode = match pending.take() {
                Some((_, HistoryMode::Push)) => HistoryMode::Push,
                _ => state.history,
            };
            let query = state.query.clone();
            let delay = if mode == HistoryMode::Typing {
                URL_TYPING_MS
            } else {
                0
            };
            let timer = Timeout::new(delay, move || history::record(&query, mode));
            *pending = Some((timer, mode));
        }
        embed::report_height();
    });
    // ...and the state follows back/forward.
    {
        let store = store.clone();
        let data = data_state.clone();
        use_effect_with((), move |_| {
            let listener = owns_url
                .then(|| {
                    history::on_pop(move |mut query| {
                        query.retain_known(&data);
                        store.dispatch(Action::FromUrl(query));
                    })
                })
                .flatten();
            let print = open_details_for_print();
            move || drop((listener, print))
        });
    }
    // Runtime data replaces the embedded data once it has loaded and validated; on failure the
    // embedded data stays and a notice says why. The download starts at the first render, so it
    // runs while the built-in list is drawn, and a line says the data is loading, so nobody takes
    // the built-in list for the one on its way.
    let pending = use_state(|| {
        options
            .src
            .clone()
            .filter(|_| cfg!(target_arch = "wasm32"))
            .map(|src| (src.clone(), remote::Pending::start(src)))
    });
    let loading = use_state(|| pending.is_some());
    {
        let data_state = data_state.clone();
        let notice = notice.clone();
        let store = store.clone();
        let loading = loading.clone();
        use_effect_with((), move |_| {
            if let Some((src, load)) = (*pending).clone() {
                load.then(move |result| {
                    loading.set(false);
                    match result {
                        Ok(loaded) => {
                            let loaded = Rc::new(loaded);
                            store.dispatch(Action::RetainKnown(loaded.clone()));
                            data_state.set(SharedData(loaded));
                        }
                        Err(e) => notice.set(Some(e.message(&src, store.0.query.lang))),
                    }
                });
            }
        });
    }

    // Marks the widget live (mounted, listeners attached), for the paint benchmark; focus goes
    // back where the reader had it on the prerendered page.
    let root = use_node_ref();
    {
        let root = root.clone();
        let focus = options.before_start.focus.clone();
        use_effect_with((), move |_| {
            if let Some(el) = root.cast::<web_sys::Element>() {
                let _ = el.set_attribute("data-ready", "");
            }
            if let Some(id) = focus {
                focus_id(&id);
            }
        });
    }

    let query = store.0.query.clone();
    let lang = query.lang;

    // When the detail view closes, focus goes back to the button that opens it, which also
    // scrolls its card into view.
    let was_open = use_mut_ref(|| None::<String>);
    let ids_for_focus = ids.clone();
    use_effect_with(query.project.clone(), move |project| {
        let previous = std::mem::replace(&mut *was_open.borrow_mut(), project.clone());
        if let (Some(id), None) = (previous, project) {
            focus_id(&open_button_id(&ids_for_focus, &id));
        }
    });
    let index = use_memo(data.clone(), |d| SearchIndex::new(d));
    // The search runs once per text and dataset; facets, sort and language reuse its result, and
    // the cards highlight its terms.
    let search_terms = use_memo(query.text.clone(), |text| terms(text));
    let matched = {
        let index = index.clone();
        use_memo((data.clone(), search_terms.clone()), move |(d, terms)| {
            index.matching(d, terms)
        })
    };
    // The list, its counts and its charts, made again only when the list can change: not when a
    // detail view opens or closes.
    let derived = {
        let matched = matched.clone();
        let index = index.clone();
        use_memo((data.clone(), query.list_view()), move |(d, q)| {
            let visible = Rc::<[usize]>::from(q.visible_among(d, &matched));
            let charts = Charts::of(d, &visible);
            (
                visible,
                q.counts_among(Facet::Theme, d, &index, &matched),
                q.counts_among(Facet::Audience, d, &index, &matched),
                charts,
            )
        })
    };
    let (visible, theme_counts, audience_counts, charts) = &*derived;
    // After "show more", focus goes to the first new card, so keyboard and screen-reader users
    // carry on reading where the list grew.
    let shown_before = use_mut_ref(|| store.0.shown);
    {
        let ids = ids.clone();
        let derived_for_focus = derived.clone();
        let data = data.clone();
        use_effect_with(store.0.shown, move |&shown| {
            let before = std::mem::replace(&mut *shown_before.borrow_mut(), shown);
            if shown > before
                && let Some(p) = derived_for_focus
                    .0
                    .get(before)
                    .and_then(|&i| data.projects.get(i))
            {
                focus_id(&open_button_id(&ids, &p.id));
            }
        });
    }
    // Whether this page opened the detail view (then closing steps back in history).
    let opened_here = use_mut_ref(|| false);

    let on_toggle: Callback<(Facet, String)> = dispatcher(&store, |(f, id)| Action::Toggle(f, id));
    let on_text: Callback<String> = dispatcher(&store, Action::SetText);
    let on_sort: Callback<Sort> = dispatcher(&store, Action::SetSort);
    let on_lang: Callback<Lang> = dispatcher(&store, Action::SetLang);
    let on_clear: Callback<()> = dispatcher(&store, |()| Action::ClearAll);
    let on_fold = {
        let facets_open = facets_open.clone();
        Callback::from(move |_: MouseEvent| facets_open.set(!*facets_open))
    };
    let on_more = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::ShowMore))
    };
    let shown = store.0.shown.min(visible.len());
    let more = visible.len() - shown;
    let on_open = {
        let store = store.clone();
        let opened_here = opened_here.clone();
        Callback::from(move |id: String| {
            *opened_here.borrow_mut() = true;
            store.dispatch(Action::OpenProject(id));
        })
    };
    let on_close = {
        let store = store.clone();
        Callback::from(move |()| {
            let went_back = std::mem::replace(&mut *opened_here.borrow_mut(), false)
                && owns_url
                && web_sys::window()
                    .and_then(|w| w.history().ok())
                    .is_some_and(|h| h.back().is_ok());
            if !went_back {
                store.dispatch(Action::CloseProject);
            }
        })
    };

    let mut chips: Vec<Chip> = Vec::new();
    for facet in [Facet::Theme, Facet::Audience] {
        for id in query.selected(facet) {
            if let Some(tag) = facet.options(&data).iter().find(|t| t.id == id.as_str()) {
                chips.push(Chip {
                    facet: Some(facet),
                    id: id.clone(),
                    label: tag.name.get(lang).to_string(),
                });
            }
        }
    }
    if !query.text.trim().is_empty() {
        chips.push(Chip {
            facet: None,
            id: String::new(),
            label: format!("“{}”", query.text.trim()),
        });
    }

    let detail = query
        .project
        .as_ref()
        .and_then(|id| data.projects.iter().position(|p| p.id == id.as_str()));
    // The detail view opens as a modal once rendered, and Escape closes it while it is open.
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        let on_close = on_close.clone();
        use_effect_with(detail, move |detail| {
            let listener = detail.and_then(|_| show_modal(&dialog, on_close));
            move || drop(listener)
        });
    }
    let total = data.projects.len();
    // The count is announced once it settles, not at the first render.
    let status = use_node_ref();
    {
        let status = status.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(
            (visible.len(), total, lang),
            move |&(shown, total, lang)| {
                let timer = (!std::mem::replace(&mut *first.borrow_mut(), false))
                    .then(|| announce_later(&status, shown, total, lang));
                move || drop(timer)
            },
        );
    }
    let dismiss = {
        let notice = notice.clone();
        Callback::from(move |_: MouseEvent| notice.set(None))
    };
    let sections = SectionProps {
        data: data.clone(),
        lang,
    };
    html! {
        <div class="yp" lang={lang.code()} ref={root}>
            { masthead(&MastheadProps { data: data.clone(), lang, on_lang }) }
            if *loading {
                <p class="yp-notice yp-loading" role="status">{ ui(lang).load_pending }</p>
            }
            if let Some(message) = (*notice).clone() {
                <div class="yp-notice" role="alert">
                    <p>{ message }</p>
                    <button type="button" class="yp-secondary" onclick={dismiss}>{ ui(lang).dismiss }</button>
                </div>
            }
            { headline_strip(&ids, &HeadlineStripProps { data: data.clone(), lang }) }
            <div class="yp-layout">
                { filter_panel(&ids, &FilterPanelProps {
                    data: &data,
                    query: &query,
                    counts: [theme_counts, audience_counts],
                    on_text: on_text.clone(),
                    on_toggle: on_toggle.clone(),
                    open: *facets_open,
                    on_fold,
                }) }
                <section class="yp-results" aria-labelledby={ids.id(RESULTS_HEADING)}>
                    <div class="yp-results-head">
                        <h2 class="yp-h2" id={ids.id(RESULTS_HEADING)} tabindex="-1">
                            { ui(lang).results_title }
                            <span class="yp-count">{ count_text(visible.len(), total, lang) }</span>
                        </h2>
                        <div class="yp-tools">
                            { sort_control(&ids, &SortControlProps { sort: query.sort, lang, on_sort }) }
                            { csv_button(CsvButtonProps { data: data.clone(), visible: visible.clone(), lang }) }
                        </div>
                    </div>
                    { active_filters(&ids, &ActiveFiltersProps {
                        chips,
                        lang,
                        on_toggle: on_toggle.clone(),
                        on_text: on_text.clone(),
                        on_clear: on_clear.clone(),
                    }) }
                    { result_status(&ids, &status) }
                    if visible.is_empty() {
                        { empty_state(&ids, &EmptyStateProps { lang, on_clear }) }
                    } else {
                        <div class="yp-cards">
                            { for visible[..shown].iter().map(|&i| {
                                project_card(&ids, &ProjectCardProps {
                                    data: &data,
                                    index: i,
                                    tags: index.tags_of(i),
                                    lang,
                                    terms: &search_terms,
                                    on_open: on_open.clone(),
                                })
                            }) }
                        </div>
                        if more > 0 {
                            <button type="button" class="yp-secondary yp-show-more" onclick={on_more}>
                                { fill(ui(lang).show_more, &[("n", &more.min(PAGE).to_string()), ("rest", &more.to_string())]) }
                            </button>
                        }
                    }
                </section>
            </div>
            { figures_panel(&ids, &FiguresPanelProps { data: &data, charts, lang }) }
            { review_section(&ids, &sections) }
            { directions_section(&ids, &sections) }
            { source_note(&ids, &sections) }
            if let Some(i) = detail {
                { project_detail(&ids, &dialog, &ProjectDetailProps {
                    data: &data,
                    index: i,
                    tags: index.tags_of(i),
                    lang,
                    on_close: &on_close,
                }) }
            }
        </div>
    }
}
