//! The workbook as the editor numbers it: the schema's table of sheets and columns
//! ([`schema::sheets`], the one description of which field lives where), each sheet by its place
//! in the book, and the row and column names a spreadsheet shows.

pub use schema::sheets::{Cell, Column, SHEETS, Sheet, SheetSpec};

pub const REPORT: usize = Sheet::Report as usize;
pub const THEMES: usize = Sheet::Themes as usize;
pub const AUDIENCES: usize = Sheet::Audiences as usize;
pub const PROJECTS: usize = Sheet::Projects as usize;
pub const FIGURES: usize = Sheet::Figures as usize;
pub const SOURCES: usize = Sheet::Sources as usize;
pub const REVIEW: usize = Sheet::Review as usize;
pub const DIRECTIONS: usize = Sheet::Directions as usize;
pub const UPDATES: usize = Sheet::Updates as usize;

/// The row number a spreadsheet shows for a sheet's data row: the note is row 1, the headers
/// row 2.
pub fn sheet_row(index: usize) -> usize {
    index + 3
}

/// A column's letters as a spreadsheet names it: 0 → A, 26 → AA.
pub fn column_letters(mut index: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}
