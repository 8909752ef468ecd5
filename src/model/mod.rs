//! The product's logic in plain Rust, free of any browser API and tested natively: the data types
//! and their validation, the query (facets, search, sort), the URL codec and the state reducer.

pub mod data;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod query;
pub mod state;
pub mod url;
pub mod validate;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
