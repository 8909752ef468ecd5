//! The youth-projects widget of 共青团济南市委: the 2022 「我为青少年办实事」 list as exact,
//! filterable cards. `model` holds the logic (its data types, checks and reader are the `schema`
//! crate's), `components` the Yew views over it, `hooks` the App's effects, `data` the embedded
//! data file, `i18n` the interface strings; `history`, `embed` and `remote` talk to the browser:
//! the URL, the host page, and data loaded at run time.

// The baked data (build.rs) names `alloc::borrow::Cow`.
extern crate alloc;

pub mod components;
pub mod data;
pub mod embed;
pub mod history;
pub mod hooks;
pub mod i18n;
pub mod model;
pub mod poster;
pub mod remote;
pub mod share;

/// The data file's types, checks and reader (the workspace's schema crate).
pub use schema;
