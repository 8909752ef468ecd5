//! Which of the prerendered page's nodes stand in for the widget's parts while its first render
//! comes in steps (`hooks::use_phases`): only where they show what the widget would, so that no
//! frame shows anything else and nothing moves.

use super::Ids;
use crate::embed::Prerendered;
use crate::hooks::Phase;
use crate::model::data::Dataset;
use crate::model::query::Query;
use web_sys::Node;
use yew::Html;

/// How far the prerendered view is the widget's first view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fit {
    /// A view was prerendered into the host at all.
    pub prerendered: bool,
    /// The same language: the masthead fits.
    pub lang: bool,
    /// The same cards in the same order besides: the cards, the charts and the report's sections.
    pub cards: bool,
    /// The default view besides: the controls.
    pub controls: bool,
}

impl Fit {
    /// The fit of `kept` to the view of `query`, whose list shows `list` (indexes into `data`).
    pub fn of(kept: &Prerendered, ids: &Ids, data: &Dataset, list: &[usize], query: &Query) -> Fit {
        let lang = kept.lang == query.lang.code();
        let cards = lang
            && kept.cards.len() == list.len()
            && list
                .iter()
                .zip(&kept.cards)
                .all(|(&i, (id, _))| ids.project_of(id) == Some(data.projects[i].id.as_ref()));
        let default_view = Query {
            lang: query.lang,
            ..Query::default()
        };
        Fit {
            prerendered: !kept.lang.is_empty(),
            lang,
            cards,
            controls: cards && kept.controls.len() == 2 && query.list_view() == default_view,
        }
    }
}

/// The stand-ins of one render. `None` (or `*_now`) where the widget renders the part itself.
pub struct StandIns {
    pub masthead: Option<Html>,
    pub strip: Option<Html>,
    pub filters: Option<Html>,
    pub results_head: Option<Html>,
    /// How many of the list's cards the widget renders itself; `cards` follow them.
    pub cards_now: usize,
    pub cards: Html,
    /// The charts and the report's sections are the widget's; else `sections` stand in for them.
    pub sections_now: bool,
    pub sections: Html,
}

impl StandIns {
    /// The stand-ins in `phase` for a list of `shown` cards. A prerendered page whose parts
    /// cannot stand in gets the widget's at once: it must not lose what it showed. A host
    /// without a prerendered view fills in step by step.
    pub fn new(kept: &Prerendered, fit: Fit, phase: Phase, shown: usize) -> StandIns {
        let nodes = |nodes: &[Node]| -> Html { nodes.iter().cloned().map(Html::VRef).collect() };
        let lang = fit.lang && !phase.whole;
        let masthead = lang && !phase.top && kept.masthead.len() == 2;
        let controls = lang && !phase.top && fit.controls;
        let cards = lang && fit.cards;
        let lost = fit.prerendered && !cards;
        let cards_now = if lost { shown } else { phase.cards.min(shown) };
        StandIns {
            masthead: masthead.then(|| nodes(&kept.masthead[..1])),
            strip: masthead.then(|| nodes(&kept.masthead[1..])),
            filters: controls.then(|| nodes(&kept.controls[..1])),
            results_head: controls.then(|| nodes(&kept.controls[1..])),
            cards: if cards {
                kept.cards[cards_now..]
                    .iter()
                    .map(|(_, node)| Html::VRef(node.clone()))
                    .collect()
            } else {
                Html::default()
            },
            cards_now,
            sections_now: phase.whole || lost,
            sections: if cards {
                nodes(&kept.sections)
            } else {
                Html::default()
            },
        }
    }
}
