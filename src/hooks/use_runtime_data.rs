//! Runtime data (`data-src`): the download starts at the first render, so it runs while the
//! built-in list is drawn; its result reaches the reducer as `Loaded` or `LoadFailed`.

use crate::model::data::SharedData;
use crate::model::state::{Action, Load, State};
use crate::remote::Pending;
use std::rc::Rc;
use yew::prelude::*;

#[hook]
pub fn use_runtime_data(store: &UseReducerHandle<State>) {
    let pending = use_memo((), |_| match &store.load {
        Load::Pending { src } if cfg!(target_arch = "wasm32") => Some(Pending::start(src.clone())),
        _ => None,
    });
    let store = store.clone();
    use_effect_with((), move |_| {
        if let Some(load) = &*pending {
            load.then(move |result| {
                store.dispatch(match result {
                    Ok(data) => Action::Loaded(SharedData(Rc::new(data))),
                    Err(e) => Action::LoadFailed(e),
                })
            });
        }
    });
}
