//! Opening and closing the detail view. A view this page opened is closed by stepping back in
//! history, so Back and the close button agree; one opened by a link closes in place.

use crate::model::state::{Action, State};
use yew::prelude::*;

/// The detail view's callbacks.
#[derive(Clone, PartialEq)]
pub struct DetailCallbacks {
    /// Opens a project by id.
    pub on_open: Callback<String>,
    pub on_close: Callback<()>,
}

#[hook]
pub fn use_detail(store: &UseReducerHandle<State>, owns_url: bool) -> DetailCallbacks {
    let opened_here = use_mut_ref(|| false);
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
                && gloo_utils::window()
                    .history()
                    .is_ok_and(|h| h.back().is_ok());
            if !went_back {
                store.dispatch(Action::CloseProject);
            }
        })
    };
    DetailCallbacks { on_open, on_close }
}
