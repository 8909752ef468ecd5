//! The data file of the youth-projects widget, as one crate used by the widget, its build script
//! and any editor alike: the types with their serde form ([`data`]), the rules for figures
//! ([`figure`]), the checks a file must pass ([`validate`]), the problems they report in three
//! languages ([`problem`]), and reading a file's text into the types ([`read()`]).

pub mod data;
pub mod figure;
pub mod lang;
pub mod problem;
pub mod read;
pub mod validate;

pub use data::{
    Dataset, Direction, Figure, Kind, List, Project, Qualifier, Report, Review, Tag, Text, Tr,
};
pub use figure::{is_id, parse_value, unit_scale};
pub use lang::Lang;
pub use problem::{DataError, Problem, Problems};
pub use read::read;
pub use validate::problems;

#[cfg(test)]
mod tests;
