//! The data file of the youth-projects widget, as one crate used by the widget, its build script
//! and the editor alike: the types with their serde form ([`data`]), the typed paths problems are
//! placed by ([`path`]), the one walk over every translated text ([`walk`]), the rules for
//! figures ([`figure`]), the checks a file must pass ([`validate`]), the problems they report in
//! three languages ([`problem`]), reading a file's text into the types ([`read()`]) with files of
//! the first format upgraded ([`legacy`]), and the workbook the editors fill in, each field at its
//! sheet and column ([`sheets`]).

pub mod data;
pub mod figure;
pub mod lang;
pub mod legacy;
pub mod path;
pub mod problem;
pub mod read;
pub mod sheets;
pub mod validate;
pub mod walk;

pub use data::{
    Dataset, Direction, FORMAT, Figure, Kind, List, ListInfo, Project, Qualifier, Readings, Report,
    Review, Status, Tag, Text, Tr, Update,
};
pub use figure::{is_date, is_id, is_year, parse_value, unit_scale};
pub use lang::Lang;
pub use path::{Field, Key, Part, Path, Record};
pub use problem::{DataError, Problem, Problems};
pub use read::read;
pub use validate::{problems, problems_on};

#[cfg(test)]
mod tests;
