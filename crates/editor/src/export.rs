//! The draft out of the editor: the workbook (`rust_xlsxwriter`, a sheet per part with its note
//! and Chinese headers, every cell written as text so Excel keeps `0123` and long numbers as
//! typed) and the data file.

use crate::book::Book;
use crate::spec::SHEETS;
use rust_xlsxwriter::{Format, FormatAlign, Workbook, XlsxError};

/// The draft as an `.xlsx` workbook.
pub fn workbook(book: &Book) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let note = Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_font_color("#444444");
    let header = Format::new().set_bold().set_background_color("#F2D7D5");
    let text = Format::new()
        .set_num_format("@")
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    for (spec, rows) in SHEETS.iter().zip(&book.sheets) {
        let ws = wb.add_worksheet();
        ws.set_name(spec.name)?;
        ws.write_string_with_format(0, 0, spec.note, &note)?;
        ws.set_row_height(0, 48)?;
        for (c, column) in spec.columns.iter().enumerate() {
            let c = c as u16;
            ws.set_column_width(c, if column.long { 48 } else { 16 })?;
            ws.set_column_format(c, &text)?;
            ws.write_string_with_format(1, c, column.header, &header)?;
        }
        for (r, cells) in rows.iter().enumerate() {
            for (c, cell) in cells.iter().enumerate() {
                if !cell.is_empty() {
                    ws.write_string_with_format(r as u32 + 2, c as u16, cell, &text)?;
                }
            }
        }
        ws.set_freeze_panes(2, 0)?;
    }
    wb.save_to_buffer()
}
