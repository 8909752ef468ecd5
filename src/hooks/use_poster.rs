//! The share poster of the open project: made when the reader asks (its module loaded then), one
//! at a time, its picture let go when the next replaces it; and told when the page's policy will
//! not show it as an image.

use crate::embed::HostOptions;
use crate::i18n::{Lang, ui};
use crate::model::data::SharedData;
use crate::poster::{PosterSpec, PosterState, PosterView, folder, make, release, target};
use yew::prelude::*;

/// The poster, and what the detail view reports.
pub struct Posters {
    pub view: Option<PosterView>,
    /// Makes the poster of a project in a language.
    pub on_make: Callback<(usize, Lang)>,
    /// The page would not show the picture.
    pub on_blocked: Callback<()>,
}

#[hook]
pub fn use_poster(data: &SharedData, built_in: bool, options: &HostOptions) -> Posters {
    let poster = use_state(|| None::<PosterView>);
    let on_make = {
        let (poster, data, page) = (poster.clone(), data.clone(), options.page.clone());
        Callback::from(move |(i, lang): (usize, Lang)| {
            if let Some(PosterView {
                state: PosterState::Ready { url, .. },
                ..
            }) = &*poster
            {
                release(url);
            }
            let spec = PosterSpec::of(&data, i, lang, target(&data, i, built_in, page.as_deref()));
            let alt = spec.alt(ui(lang).poster_label);
            let view = move |state| PosterView {
                project: i,
                lang,
                state,
                alt: alt.clone(),
            };
            poster.set(Some(view(PosterState::Making)));
            let (poster, folder) = (poster.clone(), folder(page.as_deref()));
            wasm_bindgen_futures::spawn_local(async move {
                let state = match make(&folder, &spec).await {
                    Ok(url) => PosterState::Ready {
                        url,
                        blocked: false,
                    },
                    Err(_) => PosterState::Failed,
                };
                poster.set(Some(view(state)));
            });
        })
    };
    let on_blocked = {
        let poster = poster.clone();
        Callback::from(move |()| {
            if let Some(mut view) = (*poster).clone()
                && let PosterState::Ready { blocked, .. } = &mut view.state
            {
                *blocked = true;
                poster.set(Some(view));
            }
        })
    };
    Posters {
        view: (*poster).clone(),
        on_make,
        on_blocked,
    }
}
