//! The product's logic in plain Rust, free of any browser API and tested natively: the data as the
//! widget holds it (its types, checks and reader are the `schema` crate's), search and query
//! (facets, sort), figure wording per language, progress over the year, the URL codec, the state
//! reducer, the CSV export and what the charts draw.

pub mod charts;
pub mod cite;
pub mod csv;
pub mod data;
pub mod format;
pub mod load;
pub mod progress;
pub mod query;
pub mod search;
pub mod source;
pub mod state;
pub mod suggest;
pub mod url;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod fixture;
