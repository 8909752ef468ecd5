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
pub mod report_sections;
pub mod status;

pub use app::{App, AppProps};

use crate::model::data::Dataset;
use std::ops::Deref;
use std::rc::Rc;

/// The prefix of every element id of one widget, so several widgets on a page never share an id.
#[derive(Clone, Debug, PartialEq)]
pub struct Ids(pub Rc<str>);

impl Ids {
    /// The page-wide id of one of the widget's elements.
    pub fn id(&self, name: &str) -> String {
        format!("{}{name}", self.0)
    }
}

impl Default for Ids {
    fn default() -> Self {
        Ids("yp-".into())
    }
}

/// The dataset as a prop: shared, and compared by identity so a re-render never walks the data.
#[derive(Clone, Debug)]
pub struct SharedData(pub Rc<Dataset>);

impl PartialEq for SharedData {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedData {
    type Target = Dataset;
    fn deref(&self) -> &Dataset {
        &self.0
    }
}
