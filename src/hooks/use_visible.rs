//! The visible list and everything made from it, derived from the data and the query with memos,
//! never stored: the search runs once per text and dataset (facets, sort and language reuse its
//! result, and the cards highlight its terms); the list, its counts and its charts are made again
//! only when the list can change, not when a detail view opens or closes.

use crate::model::charts::Charts;
use crate::model::data::SharedData;
use crate::model::query::{Facet, Query};
use crate::model::search::{SearchIndex, Term, terms};
use std::rc::Rc;
use yew::prelude::*;

/// What the App shows of the data for a query.
#[derive(PartialEq)]
pub struct Visible {
    /// Indexes of the visible projects, in display order.
    pub list: Rc<[usize]>,
    /// Per option, how many projects ticking it would give: themes, audiences, statuses.
    pub counts: [Vec<usize>; 3],
    pub charts: Charts,
}

/// The search index, the search terms and the visible list.
#[hook]
pub fn use_visible(
    data: &SharedData,
    query: &Query,
) -> (Rc<SearchIndex>, Rc<Vec<Term>>, Rc<Visible>) {
    let index = use_memo(data.clone(), |d| SearchIndex::new(d));
    let search_terms = use_memo(query.text.clone(), |text| terms(text));
    let matched = {
        let index = index.clone();
        use_memo((data.clone(), search_terms.clone()), move |(d, terms)| {
            index.matching(d, terms)
        })
    };
    let visible = {
        let index = index.clone();
        use_memo((data.clone(), query.list_view()), move |(d, q)| {
            let list = Rc::<[usize]>::from(q.visible_among(d, &matched));
            let charts = Charts::of(d, &list);
            Visible {
                counts: Facet::ALL.map(|f| q.counts_among(f, d, &index, &matched)),
                list,
                charts,
            }
        })
    };
    (index, search_terms, visible)
}
