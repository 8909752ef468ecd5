//! The widget's first render in steps, one task each, so that no task holds the page for long
//! while the widget starts (on a phone, creating the whole page's DOM at once is a quarter of a
//! second): first the widget's frame around the prerendered page's parts, then the controls
//! (the search box, the facets, the list's head) and the masthead, then the cards, a dozen a
//! step, then the charts and the report's sections. Until its step comes, a part shows the prerendered page's own nodes where they show
//! the same thing (see `embed::Prerendered`), so nothing moves. Each step is a render of the
//! whole widget and a frame's layout besides, so there are as few as keep each under ~100 ms on
//! a phone (CPU ×4 in `bench/paint`).

use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// Cards created in one step: about 80 ms of a phone's time (CPU ×4).
pub const CARDS_PER_STEP: usize = 12;

/// What the widget renders itself by now; the rest is prerendered or still to come.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phase {
    /// The search box, the facets and the list's head, the masthead and the headline figures.
    pub top: bool,
    /// How many of the list's cards.
    pub cards: usize,
    /// The charts, the report's sections and the source note: the render is whole.
    pub whole: bool,
}

impl Phase {
    /// Everything rendered.
    pub const WHOLE: Phase = Phase {
        top: true,
        cards: usize::MAX,
        whole: true,
    };

    /// The parts rendered after `step` steps, for a list of `shown` cards.
    pub fn at(step: usize, shown: usize) -> Phase {
        let card_steps = shown.div_ceil(CARDS_PER_STEP).max(1);
        Phase {
            top: step >= 1,
            cards: (step.saturating_sub(1) * CARDS_PER_STEP).min(shown),
            whole: step > card_steps + 1,
        }
    }
}

/// The parts this render shows; the next step follows in a task of its own until the render
/// is whole, after `before_step` is told which step ends. Without a prerendered page to stand
/// in (`prerendered` false) the first step is the controls' and the masthead's. An unphased
/// widget renders everything at once.
#[hook]
pub fn use_phases(
    phased: bool,
    prerendered: bool,
    shown: usize,
    before_step: Callback<usize>,
) -> Phase {
    let step = use_state(|| usize::from(!prerendered));
    // Once whole, whole for good: a longer list later (another page of cards) is one render.
    let done = use_mut_ref(|| !phased);
    let phase = if *done.borrow() {
        Phase::WHOLE
    } else {
        Phase::at(*step, shown)
    };
    *done.borrow_mut() = phase.whole;
    let handle = step.clone();
    use_effect_with((*step, phase.whole), move |&(now, whole)| {
        // A timer, not a microtask: the browser handles input and paints in between.
        let timer = (!whole).then(|| {
            Timeout::new(0, move || {
                before_step.emit(now);
                handle.set(now + 1);
            })
        });
        move || drop(timer)
    });
    phase
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_stays_then_the_controls_and_masthead_come_then_the_cards_then_the_rest() {
        let at = |step| Phase::at(step, 11);
        let none = Phase {
            top: false,
            cards: 0,
            whole: false,
        };
        assert_eq!(at(0), none);
        assert_eq!(at(1), Phase { top: true, ..none });
        assert_eq!(
            at(2),
            Phase {
                top: true,
                cards: 11,
                whole: false
            }
        );
        assert_eq!(
            at(3),
            Phase {
                cards: 11,
                ..Phase::WHOLE
            }
        );
    }

    #[test]
    fn long_lists_take_a_dozen_cards_a_step() {
        let cards: Vec<usize> = (1..7).map(|s| Phase::at(s, 50).cards).collect();
        assert_eq!(cards, [0, 12, 24, 36, 48, 50]);
        assert!(!Phase::at(6, 50).whole && Phase::at(7, 50).whole);
    }

    #[test]
    fn an_empty_list_still_has_its_card_step() {
        assert!(!Phase::at(2, 0).whole);
        assert!(Phase::at(3, 0).whole);
    }
}
