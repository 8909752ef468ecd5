//! Focus where keyboard and screen-reader users expect it: back on a card's button when its
//! detail view closes (which also scrolls the card into view), and on the first new card after
//! "show more", so reading carries on where the list grew.

use crate::components::Ids;
use crate::components::card::open_button_id;
use crate::components::filters::focus_id;
use crate::model::data::SharedData;
use yew::prelude::*;

#[hook]
pub fn use_focus_return(ids: &Ids, project: &Option<String>) {
    let was_open = use_mut_ref(|| None::<String>);
    let ids = ids.clone();
    use_effect_with(project.clone(), move |project| {
        let previous = std::mem::replace(&mut *was_open.borrow_mut(), project.clone());
        if let (Some(id), None) = (previous, project) {
            focus_id(&open_button_id(&ids, &id));
        }
    });
}

#[hook]
pub fn use_focus_new_cards(
    ids: &Ids,
    shown: usize,
    visible: &std::rc::Rc<[usize]>,
    data: &SharedData,
) {
    let before = use_mut_ref(|| shown);
    let ids = ids.clone();
    let visible = visible.clone();
    let data = data.clone();
    use_effect_with(shown, move |&shown| {
        let before = std::mem::replace(&mut *before.borrow_mut(), shown);
        if shown > before
            && let Some(p) = visible.get(before).and_then(|&i| data.projects.get(i))
        {
            focus_id(&open_button_id(&ids, &p.id));
        }
    });
}
