//! The product's logic in plain Rust, free of any browser API and tested natively: the data types
//! and their validation, search and query (facets, sort), figure wording per language, the URL
//! codec, the state reducer, the CSV export and what the charts draw.

pub mod charts;
pub mod csv;
pub mod data;
pub mod decode;
pub mod format;
pub mod json;
pub mod query;
pub mod search;
pub mod state;
pub mod url;
pub mod validate;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
