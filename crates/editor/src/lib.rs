//! The editors' studio: the league's web editors make next year's list from the spreadsheets
//! their offices keep, see every problem at its cell, preview the real widget, and download the
//! workbook and the data file. Everything runs in the browser; nothing leaves the page.
//!
//! The model ([`spec`], [`book`], [`convert`], [`import`], [`merge`], [`export`], [`history`]) is
//! pure Rust,
//! tested natively; the views are in [`ui`].

pub mod book;
pub mod convert;
pub mod export;
pub mod history;
pub mod import;
pub mod merge;
pub mod spec;
pub mod ui;

/// The data built into the widget, which the editor opens with.
pub const BUILT_IN: &str = include_str!("../../../src/data/projects.json");

#[cfg(test)]
mod tests;
