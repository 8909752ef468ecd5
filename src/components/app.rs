//! The widget: one reducer (`model::state::State`: the view, kept in the URL, the data shown and
//! runtime data's fate), the visible list derived from it, the effects in named hooks
//! (`crate::hooks`), and the page laid out around the cards.

use super::card::{ProjectCardProps, project_card};
use super::charts::{FiguresPanelProps, figures_panel};
use super::detail::{ProjectDetailProps, project_detail};
use super::export::{CsvButtonProps, csv_button};
use super::filters::{
    ActiveFiltersProps, Chip, EmptyStateProps, FilterPanelProps, RESULTS_HEADING, SheetProps,
    SortControlProps, active_filters, empty_state, filter_panel, sort_control,
};
use super::masthead::{HeadlineStripProps, MastheadProps, headline_strip, masthead};
use super::notice::{LoadNoticeProps, load_notice};
use super::report_sections::{SectionProps, directions_section, review_section, source_note};
use super::stand_ins::{Fit, StandIns};
use super::status::{count_text, result_status};
use super::{Ids, SharedData};
use crate::embed::HostOptions;
use crate::history;
use crate::hooks::{
    DetailCallbacks, SheetCallbacks, use_announcement, use_detail, use_focus_new_cards,
    use_focus_return, use_modal, use_narrow, use_page_title, use_phases, use_print_details,
    use_ready, use_runtime_data, use_sheet, use_url_sync, use_visible,
};
use crate::i18n::{Lang, fill, ui, with_year};
use crate::model::cite::project_link;
use crate::model::data::Dataset;
use crate::model::progress::Summary;
use crate::model::query::{Facet, Query, Sort};
use crate::model::state::{Action, HistoryMode, Load, PAGE, State};
use crate::model::url;
use yew::prelude::*;

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
        query.statuses.clone_from(&view.statuses);
        query.sort = view.sort;
    }
    query.retain_known(data);
    query
}

/// The first state.
fn initial_state(props: &AppProps) -> State {
    let options = &props.options;
    let mut state = State::new(
        initial_query(options, &props.data),
        props.data.clone(),
        options.src.clone(),
    );
    if options.before_start.view.is_some() {
        // Set before the widget started: the URL records it now.
        state.history = HistoryMode::Replace;
    }
    state
}

/// How the list stands, above it, where the data has updates: how many projects are in each
/// status (by their latest update) and the latest day among those updates.
fn progress_summary(summary: Option<&Summary>, lang: Lang) -> Html {
    let Some(summary) = summary else {
        return Html::default();
    };
    let ui = ui(lang);
    let sep = if lang == Lang::En { "; " } else { "、" };
    let counts: Vec<String> = summary
        .counts
        .iter()
        .map(|(status, n)| {
            fill(
                ui.progress_count,
                &[
                    ("status", crate::model::format::status_label(*status, lang)),
                    ("n", &n.to_string()),
                ],
            )
        })
        .collect();
    let date = crate::model::format::day_label(&summary.latest, lang);
    html! {
        <p class="yp-progress-summary">
            { fill(ui.progress_summary, &[("date", &date), ("counts", &counts.join(sep))]) }
        </p>
    }
}

/// The project names nearest to a search that found nothing: each one's name, the text that finds
/// it, and the link that searches for that text (so it works as a link too).
fn suggested(data: &Dataset, query: &Query) -> Vec<(String, String, String)> {
    if query.text.trim().is_empty() {
        return Vec::new();
    }
    crate::model::suggest::suggestions(data, &query.text)
        .into_iter()
        .map(|s| {
            let mut view = query.list_view();
            view.set_text(&s.text);
            let link = format!("?{}", url::encode(&view));
            let name = data.projects[s.project].name.get(query.lang).to_string();
            (name, s.text, link)
        })
        .collect()
}

/// A callback that turns its argument into an action and dispatches it.
fn dispatcher<T: 'static>(store: &UseReducerHandle<State>, make: fn(T) -> Action) -> Callback<T> {
    let store = store.clone();
    Callback::from(move |x| store.dispatch(make(x)))
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let options = &props.options;
    let owns_url = options.owns_url;
    let ids = (*use_memo(options.prefix.clone(), |prefix| Ids(prefix.as_str().into()))).clone();
    let store = {
        let props = props.clone();
        use_reducer(move || initial_state(&props))
    };
    let data = store.data.clone();
    let query = store.query.clone();
    let lang = query.lang;

    // Large text, as the reader chose it on this device (read in the browser only: the
    // prerendered page has the default size, and embed.js gives it the reader's before it paints).
    let large = use_state(|| cfg!(target_arch = "wasm32") && crate::embed::large_text());
    let on_large = {
        let large = large.clone();
        Callback::from(move |()| {
            let on = !*large;
            crate::embed::set_large_text(on);
            large.set(on);
        })
    };

    // On narrow screens the facets fold; a shared link with facets opens them, so the reader
    // sees why the list is short.
    let facets_open = use_state(|| store.query.ticked() > 0);

    let root = use_node_ref();
    let dialog = use_node_ref();
    let status = use_node_ref();
    let sheet_dialog = use_node_ref();
    use_url_sync(&store, owns_url);
    use_runtime_data(&store);
    use_print_details(&root);
    use_focus_return(&ids, &query.project);
    let (index, search_terms, derived) = use_visible(&data, &query);
    let visible = &derived.list;
    use_focus_new_cards(&ids, store.shown, visible, &data);
    let DetailCallbacks { on_open, on_close } = use_detail(&store, owns_url);
    let detail = query
        .project
        .as_ref()
        .and_then(|id| data.projects.iter().position(|p| p.id == id.as_str()));
    use_modal(&dialog, detail, &on_close);
    let narrow = use_narrow();
    let SheetCallbacks {
        on_open: on_open_sheet,
        on_close: on_close_sheet,
    } = use_sheet(&store, &sheet_dialog, owns_url);
    use_page_title(
        options.standalone && owns_url,
        detail.map(|i| &data.projects[i]),
        &data,
        lang,
    );
    let built_in = data == props.data;
    // The list's progress, once per dataset (it walks every project's updates).
    let summary = use_memo(data.clone(), |d| crate::model::progress::summary(d));
    let total = data.projects.len();
    use_announcement(&status, visible.len(), total, lang);
    // In an iframe, the host hears the new height after every change of what is shown.
    use_effect_with(
        (
            query.clone(),
            store.shown,
            data.clone(),
            std::mem::discriminant(&store.load),
        ),
        |_| crate::embed::report_height(),
    );

    let on_toggle: Callback<(Facet, String)> = dispatcher(&store, |(f, id)| Action::Toggle(f, id));
    let on_text: Callback<String> = dispatcher(&store, Action::SetText);
    let on_sort: Callback<Sort> = dispatcher(&store, Action::SetSort);
    let on_lang: Callback<Lang> = dispatcher(&store, Action::SetLang);
    let on_clear: Callback<()> = dispatcher(&store, |()| Action::ClearAll);
    let on_dismiss: Callback<()> = dispatcher(&store, |()| Action::Dismiss);
    let on_fold = {
        let facets_open = facets_open.clone();
        Callback::from(move |_: MouseEvent| facets_open.set(!*facets_open))
    };
    let on_more = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::ShowMore))
    };
    let shown = store.shown.min(visible.len());
    let more = visible.len() - shown;
    // Until the first render is whole, the prerendered nodes stand in for the parts not yet
    // rendered, where they show what the widget would.
    let kept = &options.before_start.prerendered;
    let fit = Fit::of(kept, &ids, &data, &visible[..shown], &query);
    // Whatever the reader did meanwhile in the prerendered controls carries over to the
    // widget's own, focus included.
    let refocus = use_mut_ref(|| None::<String>);
    let before_step = {
        let (store, root, refocus) = (store.clone(), root.clone(), refocus.clone());
        Callback::from(move |step: usize| {
            let Some(el) = root.cast::<web_sys::Element>() else {
                return;
            };
            if step == 0 && fit.controls {
                for action in crate::embed::changes_in(&el, &store.query) {
                    store.dispatch(action);
                }
                *refocus.borrow_mut() = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element())
                    .filter(|a| el.contains(Some(a)) && !a.id().is_empty())
                    .map(|a| a.id());
            }
        })
    };
    let phase = use_phases(options.phased, fit.prerendered, shown, before_step);
    use_ready(&root, options.before_start.focus.clone(), phase.whole);
    use_effect_with(phase.top, move |&live| {
        if let Some(id) = live.then(|| refocus.borrow_mut().take()).flatten() {
            super::filters::focus_id(&id);
        }
    });
    let StandIns {
        masthead: kept_masthead,
        strip: kept_strip,
        filters: kept_filters,
        results_head: kept_head,
        cards_now,
        cards: kept_cards,
        sections_now,
        sections: kept_sections,
    } = StandIns::new(kept, fit, phase, shown);

    let [theme_counts, audience_counts, status_counts] = &derived.counts;
    let charts = &derived.charts;

    let mut chips: Vec<Chip> = Vec::new();
    for facet in Facet::ALL {
        let names = super::filters::options(facet, &data, lang);
        for id in query.selected(facet) {
            if let Some((_, name)) = names.iter().find(|(o, _)| *o == id.as_str()) {
                chips.push(Chip {
                    facet: Some(facet),
                    id: id.clone(),
                    label: name.to_string(),
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

    let sections = SectionProps {
        data: data.clone(),
        lang,
    };
    html! {
        <div class={classes!("yp", (*large).then_some("yp-large"))} lang={lang.code()} ref={root}>
            if let Some(nodes) = kept_masthead {
                { nodes }
            } else {
                { masthead(&MastheadProps { data: data.clone(), lang, on_lang, large: *large, on_large }) }
            }
            if matches!(store.load, Load::Pending { .. }) {
                <p class="yp-notice yp-loading" role="status">{ with_year(ui(lang).load_pending, data.list.year) }</p>
            }
            if let Some((src, error)) = store.load_error() {
                { load_notice(&LoadNoticeProps { src, error, year: data.list.year, lang, on_dismiss }) }
            }
            if let Some(nodes) = kept_strip {
                { nodes }
            } else {
                { headline_strip(&ids, &HeadlineStripProps { data: data.clone(), lang }) }
            }
            <div class="yp-layout">
                if let Some(nodes) = kept_filters {
                    { nodes }
                } else {
                    { filter_panel(&ids, &FilterPanelProps {
                        data: &data,
                        query: &query,
                        counts: [theme_counts, audience_counts, status_counts],
                        on_text: on_text.clone(),
                        on_toggle: on_toggle.clone(),
                        open: *facets_open,
                        on_fold,
                        sheet: narrow.then(|| SheetProps {
                            dialog: &sheet_dialog,
                            open: store.sheet,
                            shown: visible.len(),
                            on_open: on_open_sheet.clone(),
                            on_close: on_close_sheet.clone(),
                        }),
                    }) }
                }
                <section class="yp-results" aria-labelledby={ids.id(RESULTS_HEADING)}>
                    if let Some(nodes) = kept_head {
                        { nodes }
                    } else {
                        <div class="yp-results-head">
                            <h2 class="yp-h2" id={ids.id(RESULTS_HEADING)} tabindex="-1">
                                { ui(lang).results_title }
                                <span class="yp-count">{ count_text(visible.len(), total, lang) }</span>
                            </h2>
                            { progress_summary(summary.as_ref().as_ref(), lang) }
                            <div class="yp-tools">
                                { sort_control(&ids, &SortControlProps { sort: query.sort, progress: summary.is_some(), lang, on_sort }) }
                                { csv_button(CsvButtonProps { data: data.clone(), visible: visible.clone(), lang }) }
                            </div>
                        </div>
                    }
                    { active_filters(&ids, &ActiveFiltersProps {
                        chips,
                        lang,
                        on_toggle: on_toggle.clone(),
                        on_text: on_text.clone(),
                        on_clear: on_clear.clone(),
                    }) }
                    { result_status(&ids, &status) }
                    if visible.is_empty() {
                        { empty_state(&ids, &EmptyStateProps {
                            lang,
                            on_clear,
                            suggestions: suggested(&data, &query),
                            on_suggest: on_text.clone(),
                        }) }
                    } else {
                        <div class="yp-cards">
                            <>{ for visible[..cards_now].iter().map(|&i| {
                                project_card(&ids, &ProjectCardProps {
                                    data: &data,
                                    index: i,
                                    tags: index.tags_of(i),
                                    lang,
                                    terms: &search_terms,
                                    on_open: on_open.clone(),
                                })
                            }) }</>
                            { kept_cards }
                        </div>
                        if more > 0 {
                            <button type="button" class="yp-secondary yp-show-more" onclick={on_more}>
                                { fill(ui(lang).show_more, &[("n", &more.min(PAGE).to_string()), ("rest", &more.to_string())]) }
                            </button>
                        }
                    }
                </section>
            </div>
            if sections_now {
                { figures_panel(&ids, &FiguresPanelProps { data: &data, charts, lang }) }
                { review_section(&ids, &sections) }
                { directions_section(&ids, &sections) }
                { source_note(&ids, &sections) }
            } else {
                { kept_sections }
            }
            if let Some(i) = detail {
                { project_detail(&ids, &dialog, &ProjectDetailProps {
                    data: &data,
                    index: i,
                    tags: index.tags_of(i),
                    lang,
                    on_close: &on_close,
                    link: project_link(options.page.as_deref(), &data.projects[i].id),
                    poster_url: if cfg!(target_arch = "wasm32") {
                        crate::poster::target(&data, i, built_in, options.page.as_deref())
                    } else {
                        String::new()
                    },
                }) }
            }
        </div>
    }
}
