//! The widget: one state (the query, kept in the URL), the visible list derived from it, and the
//! page laid out around the cards.

use super::SharedData;
use super::card::ProjectCard;
use super::filters::{
    ActiveFilters, Chip, EmptyState, FilterPanel, RESULTS_HEADING_ID, SortControl,
};
use super::masthead::{HeadlineStrip, Masthead};
use super::report_sections::{DirectionsSection, ReviewSection, SourceNote};
use super::status::{ResultStatus, count_text};
use crate::history;
use crate::model::data::{Tag, Text};
use crate::model::query::{Facet, SearchIndex, Sort};
use crate::model::state::{Action, State};
use crate::model::url;
use std::rc::Rc;
use yew::prelude::*;

/// [`State`] as a Yew reducer. An action that changes nothing returns the same `Rc`, which Yew
/// takes as "no re-render".
#[derive(PartialEq)]
struct Store(State);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.apply(action);
        if next.query == self.0.query {
            self
        } else {
            Rc::new(Store(next))
        }
    }
}

/// Props of [`App`].
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub data: SharedData,
}

fn names(list: &[Tag], ids: &[Text]) -> Vec<Tag> {
    ids.iter()
        .filter_map(|id| list.iter().find(|t| t.id == *id).cloned())
        .collect()
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let data = props.data.clone();
    let store = {
        let data = data.clone();
        use_reducer(move || {
            let mut query = url::decode(&history::current_search());
            query.retain_known(&data);
            Store(State::new(query))
        })
    };

    // The URL follows the state...
    use_effect_with(store.0.clone(), |state| {
        history::record(&state.query, state.history)
    });
    // ...and the state follows back/forward.
    {
        let store = store.clone();
        let data = data.clone();
        use_effect_with((), move |_| {
            let listener = history::on_pop(move |mut query| {
                query.retain_known(&data);
                store.dispatch(Action::FromUrl(query));
            });
            move || drop(listener)
        });
    }

    let index = use_memo(data.clone(), |d| SearchIndex::new(d));
    let query = store.0.query.clone();
    let derived = {
        let index = index.clone();
        use_memo((data.clone(), query.clone()), move |(d, q)| {
            (
                q.visible(d, &index),
                q.counts(Facet::Theme, d, &index),
                q.counts(Facet::Audience, d, &index),
            )
        })
    };
    let (visible, theme_counts, audience_counts) = &*derived;

    let on_toggle = {
        let store = store.clone();
        Callback::from(move |(facet, id)| store.dispatch(Action::Toggle(facet, id)))
    };
    let on_text = {
        let store = store.clone();
        Callback::from(move |text| store.dispatch(Action::SetText(text)))
    };
    let on_sort = {
        let store = store.clone();
        Callback::from(move |sort: Sort| store.dispatch(Action::SetSort(sort)))
    };
    let on_clear = {
        let store = store.clone();
        Callback::from(move |()| store.dispatch(Action::ClearAll))
    };

    let mut chips: Vec<Chip> = Vec::new();
    for facet in [Facet::Theme, Facet::Audience] {
        for id in query.selected(facet) {
            if let Some(tag) = facet.options(&data).iter().find(|t| t.id == id.as_str()) {
                chips.push(Chip {
                    facet: Some(facet),
                    id: id.clone(),
                    label: tag.name.to_string(),
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

    let total = data.projects.len();
    html! {
        <div class="yp">
            <Masthead report={data.report.clone()} />
            <HeadlineStrip data={data.clone()} />
            <div class="yp-layout">
                <FilterPanel
                    text={AttrValue::from(query.text.clone())}
                    themes={data.themes.to_vec()}
                    audiences={data.audiences.to_vec()}
                    theme_counts={theme_counts.clone()}
                    audience_counts={audience_counts.clone()}
                    selected_themes={query.themes.clone()}
                    selected_audiences={query.audiences.clone()}
                    on_text={on_text.clone()}
                    on_toggle={on_toggle.clone()}
                />
                <section class="yp-results" aria-labelledby={RESULTS_HEADING_ID}>
                    <div class="yp-results-head">
                        <h2 class="yp-h2" id={RESULTS_HEADING_ID} tabindex="-1">
                            { "项目清单" }
                            <span class="yp-count">{ count_text(visible.len(), total) }</span>
                        </h2>
                        <SortControl sort={query.sort} {on_sort} />
                    </div>
                    <ActiveFilters {chips} on_toggle={on_toggle.clone()} on_text={on_text.clone()} on_clear={on_clear.clone()} />
                    <ResultStatus shown={visible.len()} {total} />
                    if visible.is_empty() {
                        <EmptyState {on_clear} />
                    } else {
                        <div class="yp-cards">
                            { for visible.iter().map(|&i| {
                                let p = &data.projects[i];
                                html! {
                                    <ProjectCard
                                        key={p.id.as_ref()}
                                        project={p.clone()}
                                        themes={names(&data.themes, &p.themes)}
                                        audiences={names(&data.audiences, &p.audiences)}
                                        report={data.report.clone()}
                                    />
                                }
                            }) }
                        </div>
                    }
                </section>
            </div>
            <ReviewSection data={data.clone()} />
            <DirectionsSection data={data.clone()} />
            <SourceNote data={data.clone()} />
        </div>
    }
}
