//! The report's data as the widget holds it: the schema crate's types, borrowed for the life of
//! the page. The embedded data is a `static` the build writes; data loaded at run time borrows
//! its strings from the file's text, which is kept for the page's life (`remote`).

pub use schema::{Kind, Qualifier, Status, is_id, parse_value, unit_scale};

/// A text of the data.
pub type Text = schema::Text<'static>;
/// A list of the data.
pub type List<T> = schema::List<'static, T>;
pub type Tr = schema::Tr<'static>;
pub type Dataset = schema::Dataset<'static>;
pub type Report = schema::Report<'static>;
pub type Tag = schema::Tag<'static>;
pub type Project = schema::Project<'static>;
pub type Figure = schema::Figure<'static>;
pub type Review = schema::Review<'static>;
pub type Update = schema::Update<'static>;
pub type Direction = schema::Direction<'static>;

/// The dataset as the widget passes it around: shared, and compared by identity, so a re-render
/// or a state comparison never walks the data.
#[derive(Clone, Debug)]
pub struct SharedData(pub std::rc::Rc<Dataset>);

impl PartialEq for SharedData {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedData {
    type Target = Dataset;
    fn deref(&self) -> &Dataset {
        &self.0
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
