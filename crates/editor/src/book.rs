//! The draft as the editor holds it: the workbook's sheets as rows of text cells, exactly as an
//! editor typed or imported them. Forms, undo, the saved draft and export all work on this;
//! [`crate::convert`] turns it into the data file and back.

use crate::spec::SHEETS;
use serde::{Deserialize, Serialize};

/// Every sheet of the draft: `sheets[sheet][row][column]`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Book {
    pub sheets: Vec<Vec<Vec<String>>>,
}

impl Book {
    /// A book of empty sheets, with the fixed rows named.
    pub fn empty() -> Self {
        Book::default().normalized()
    }

    /// The book with every sheet present, every row as wide as its sheet's columns, and the fixed
    /// rows in place: a restored draft or an import fits the forms whatever it held.
    pub fn normalized(mut self) -> Self {
        self.sheets.resize(SHEETS.len(), Vec::new());
        for (rows, spec) in self.sheets.iter_mut().zip(SHEETS.iter()) {
            for row in rows.iter_mut() {
                row.resize(spec.columns.len(), String::new());
            }
            if !spec.fields.is_empty() {
                let mut fixed = Vec::with_capacity(spec.fields.len());
                for field in spec.fields {
                    let found = rows.iter().find(|r| r[0].trim() == field.name).cloned();
                    let mut row = found.unwrap_or_else(|| vec![String::new(); spec.columns.len()]);
                    row[0] = field.name.to_string();
                    fixed.push(row);
                }
                *rows = fixed;
            }
        }
        self
    }

    pub fn cell(&self, sheet: usize, row: usize, column: usize) -> &str {
        self.sheets
            .get(sheet)
            .and_then(|rows| rows.get(row))
            .and_then(|cells| cells.get(column))
            .map_or("", String::as_str)
    }

    /// Sets a cell; a place outside the sheet changes nothing.
    pub fn set(&mut self, sheet: usize, row: usize, column: usize, value: String) {
        if let Some(cell) = self
            .sheets
            .get_mut(sheet)
            .and_then(|rows| rows.get_mut(row))
            .and_then(|cells| cells.get_mut(column))
        {
            *cell = value;
        }
    }

    /// Adds an empty row at the end of a sheet whose rows are not fixed.
    pub fn add_row(&mut self, sheet: usize) {
        if let (Some(rows), Some(spec)) = (self.sheets.get_mut(sheet), SHEETS.get(sheet))
            && spec.fields.is_empty()
        {
            rows.push(vec![String::new(); spec.columns.len()]);
        }
    }

    pub fn remove_row(&mut self, sheet: usize, row: usize) {
        if let (Some(rows), Some(spec)) = (self.sheets.get_mut(sheet), SHEETS.get(sheet))
            && spec.fields.is_empty()
            && row < rows.len()
        {
            rows.remove(row);
        }
    }

    /// Swaps a row with the one above (`up`) or below it.
    pub fn move_row(&mut self, sheet: usize, row: usize, up: bool) {
        if let Some(rows) = self.sheets.get_mut(sheet) {
            let other = if up {
                row.checked_sub(1)
            } else {
                Some(row + 1)
            };
            if let Some(other) = other
                && other < rows.len()
                && row < rows.len()
            {
                rows.swap(row, other);
            }
        }
    }

    /// Whether a row has nothing in it (blank rows of a spreadsheet are skipped).
    pub fn row_is_blank(cells: &[String]) -> bool {
        cells.iter().all(|c| c.trim().is_empty())
    }
}
