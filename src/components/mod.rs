//! Thin Yew views over the model. `App` owns the state; the others render props and report what
//! the reader did through `on_*` callbacks.

pub mod app;
pub mod card;
pub mod charts;
pub mod detail;
pub mod export;
pub mod figure;
pub mod filters;
pub mod highlight;
pub mod masthead;
pub mod notice;
pub mod report_sections;
pub mod stand_ins;
pub mod status;

pub use app::{App, AppProps};

pub use crate::model::data::SharedData;
use std::rc::Rc;

/// The `lang` a text needs when the data has none in the view's language and the Simplified
/// text stands in (a missing English text): screen readers then read it as Chinese.
pub fn stand_in_lang(tr: &crate::model::data::Tr, lang: crate::i18n::Lang) -> Option<&'static str> {
    let shown = tr.shown_in(lang);
    (shown != lang).then(|| shown.code())
}

/// The prefix of every element id of one widget, so several widgets on a page never share an id.
#[derive(Clone, Debug, PartialEq)]
pub struct Ids(pub Rc<str>);

impl Ids {
    /// The page-wide id of one of the widget's elements.
    pub fn id(&self, name: &str) -> String {
        format!("{}{name}", self.0)
    }

    /// The project id of a card's element id (`id("p-…")`), if it is one of this widget's.
    pub fn project_of<'a>(&self, element_id: &'a str) -> Option<&'a str> {
        element_id.strip_prefix(&*self.0)?.strip_prefix("p-")
    }
}

impl Default for Ids {
    fn default() -> Self {
        Ids("yp-".into())
    }
}
