//! The editor's page: the sheets as forms, the problems, the live preview and the publishing
//! help, around one [`crate::history::Draft`]. Effects on the browser (files, storage,
//! downloads) are in [`browser`].

pub mod app;
pub mod browser;
pub mod grid;
pub mod preview;
pub mod problems;
pub mod publish;

pub use app::Editor;

/// The id of a cell's field in the forms, which a problem moves focus to.
pub fn cell_id(sheet: usize, row: usize, column: usize) -> String {
    format!("cell-{sheet}-{row}-{column}")
}
