//! The result count for screen readers, announced once it settles, not at the first render and
//! not once per keystroke.

use crate::components::status::announce_later;
use crate::i18n::Lang;
use yew::prelude::*;

#[hook]
pub fn use_announcement(region: &NodeRef, shown: usize, total: usize, lang: Lang) {
    let region = region.clone();
    let first = use_mut_ref(|| true);
    use_effect_with((shown, total, lang), move |&(shown, total, lang)| {
        let timer = (!std::mem::replace(&mut *first.borrow_mut(), false))
            .then(|| announce_later(&region, shown, total, lang));
        move || drop(timer)
    });
}
