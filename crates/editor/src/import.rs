//! Files into the draft: an `.xlsx` workbook (calamine), a `.csv` of one sheet in UTF-8 (with or
//! without BOM), UTF-16 or GBK/GB18030 (what Excel and WPS write on Chinese Windows), or a data
//! file `.json`. A file that cannot be read changes nothing: the import fails with every reason,
//! each naming the file, sheet, cell or column. Cells are read as text; nothing in a file runs.

use crate::book::Book;
use crate::convert::{fill_first_format, from_dataset};
use crate::merge::{Merged, merge_rows};
use crate::spec::{SHEETS, Sheet, SheetSpec, column_letters};
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use std::io::Cursor;

/// Files larger than this are refused before reading.
pub const MAX_FILE: usize = 20 * 1024 * 1024;
/// A workbook that would unpack to more than this is refused (a zip bomb).
pub const MAX_UNPACKED: u64 = 200 * 1024 * 1024;

/// A file read into the draft.
#[derive(Debug)]
pub struct Imported {
    pub book: Book,
    /// What was done, for the editor to check: encoding, delimiter, sheets replaced, cells
    /// changed on the way.
    pub notes: Vec<String>,
}

/// Reads a file by its name's extension. `current` is the draft: a whole workbook or a data file
/// replaces it; a workbook of some sheets, or a CSV of one, is merged into those sheets by their
/// rows' keys.
pub fn import(name: &str, bytes: &[u8], current: &Book) -> Result<Imported, Vec<String>> {
    if bytes.len() > MAX_FILE {
        return Err(vec![format!(
            "“{name}”有 {} MB,超过 20 MB,未读取",
            bytes.len() / (1024 * 1024)
        )]);
    }
    let lower = name.to_lowercase();
    if lower.ends_with(".xlsx") || lower.ends_with(".xlsm") {
        workbook(name, bytes, current)
    } else if lower.ends_with(".csv") || lower.ends_with(".tsv") || lower.ends_with(".txt") {
        csv_sheet(name, bytes, current)
    } else if lower.ends_with(".json") {
        data_file(name, bytes)
    } else if bytes.starts_with(b"PK\x03\x04") {
        // No telling extension (a download saved without one): a zip is read as a workbook.
        workbook(name, bytes, current)
    } else if bytes.trim_ascii_start().starts_with(b"{") {
        data_file(name, bytes)
    } else if lower.ends_with(".xls") || lower.ends_with(".et") {
        Err(vec![format!(
            "“{name}”是旧格式的表格:请在 Excel 或 WPS 中另存为 .xlsx 后重试"
        )])
    } else {
        Err(vec![format!(
            "“{name}”不是能导入的文件:请选 .xlsx 工作簿、.csv 表格或 .json 数据文件"
        )])
    }
}

/// A workbook: the sheets of [`SHEETS`] it has, found by name (or an earlier editor's name). All
/// of them replace the draft; some of them are merged into it.
fn workbook(name: &str, bytes: &[u8], current: &Book) -> Result<Imported, Vec<String>> {
    let not_a_workbook = || {
        vec![format!(
            "“{name}”不是有效的 .xlsx 工作簿:请在 Excel 或 WPS 中另存为 .xlsx 后重试"
        )]
    };
    // The sizes the archive declares, before anything is unpacked.
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| not_a_workbook())?;
    let mut unpacked: u64 = 0;
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).map_err(|_| not_a_workbook())?;
        unpacked = unpacked.saturating_add(entry.size());
    }
    if unpacked > MAX_UNPACKED {
        return Err(vec![format!(
            "“{name}”解压后有 {} MB,超过 200 MB,未读取(可能是压缩炸弹)",
            unpacked / (1024 * 1024)
        )]);
    }
    let mut wb: Xlsx<_> =
        open_workbook_from_rs(Cursor::new(bytes)).map_err(|_| not_a_workbook())?;
    let names = wb.sheet_names();
    // Which of the list's sheets the workbook has, under their names or an earlier editor's.
    let found: Vec<(usize, String)> = SHEETS
        .iter()
        .enumerate()
        .filter_map(|(s, spec)| Some((s, names.iter().find(|n| spec.is_named(n))?.clone())))
        .collect();
    if found.is_empty() {
        let all: Vec<String> = SHEETS.iter().map(|s| format!("“{}”", s.name)).collect();
        return Err(vec![format!(
            "“{name}”中没有清单的工作表:工作表应名为 {}",
            all.join("、")
        )]);
    }
    // A whole workbook (the studio's, or the first editor's, which had no 进度) replaces the
    // draft; a workbook of some sheets, as an office sends, is merged into them.
    let whole = SHEETS
        .iter()
        .enumerate()
        .all(|(s, spec)| spec.sheet == Sheet::Updates || found.iter().any(|(f, _)| *f == s));
    let first_format = found.iter().any(|(s, n)| n.trim() != SHEETS[*s].name);
    let mut problems = Vec::new();
    let mut notes = Vec::new();
    let mut tables = Vec::new();
    for (s, sheet_name) in found {
        let spec = &SHEETS[s];
        let Ok(range) = wb.worksheet_range(&sheet_name) else {
            problems.push(format!("“{name}”的工作表“{sheet_name}”无法读取"));
            continue;
        };
        let (top, left) = range.start().unwrap_or((0, 0));
        let mut grid: Vec<Vec<String>> = Vec::new();
        for (r, row) in range.rows().enumerate() {
            let absolute = top as usize + r;
            while grid.len() < absolute {
                grid.push(Vec::new());
            }
            let mut cells = vec![String::new(); left as usize];
            for (c, cell) in row.iter().enumerate() {
                let address = format!("{}{}", column_letters(left as usize + c), absolute + 1);
                cells.push(cell_text(cell, spec, &address, &mut problems, &mut notes));
            }
            grid.push(cells);
        }
        let merged: Vec<String> = wb
            .merge_cells_by_sheet_name(&sheet_name)
            .unwrap_or_default()
            .iter()
            .filter(|d| d.start.0 >= 1)
            .map(|d| {
                format!(
                    "{}{}:{}{}",
                    column_letters(d.start.1 as usize),
                    d.start.0 + 1,
                    column_letters(d.end.1 as usize),
                    d.end.0 + 1
                )
            })
            .collect();
        if !merged.is_empty() {
            problems.push(format!(
                "“{}”表有合并单元格 {}:合并后只有左上角一格有内容,请取消合并并在每一格填写",
                spec.name,
                merged.join("、")
            ));
        }
        match sheet_rows(spec, &grid, whole) {
            Ok(table) => tables.push((s, table)),
            Err(e) => problems.extend(e),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut book = if whole {
        Book::empty()
    } else {
        current.clone()
    };
    for (s, table) in tables {
        notes.extend(table.unknown_note(&SHEETS[s]));
        if whole {
            notes.push(format!("“{}”表:{} 行", SHEETS[s].name, count(&table.rows)));
            book.sheets[s] = table.rows;
        } else {
            let done = merge_rows(s, &mut book.sheets[s], &table.rows, &table.present);
            notes.push(merge_note(&SHEETS[s], done));
        }
    }
    let mut book = book.normalized();
    if whole && first_format {
        fill_first_format(&mut book);
        notes.push(
            "这是旧版编辑器的表格:已按它所属的 2022 年清单补上“报道”表的年度、团组织和活动日期"
                .to_string(),
        );
    }
    Ok(Imported { book, notes })
}

/// What merging a table into a sheet did, for the report.
fn merge_note(spec: &SheetSpec, done: Merged) -> String {
    let mut note = format!(
        "合并到“{}”表:新增 {} 行,替换 {} 行",
        spec.name, done.added, done.replaced
    );
    if done.unknown > 0 {
        note.push_str(&format!(",另有 {} 行不是这张表的字段,未导入", done.unknown));
    }
    note
}

/// Rows that hold something.
fn count(rows: &[Vec<String>]) -> usize {
    rows.iter().filter(|r| !Book::row_is_blank(r)).count()
}

/// Excel's error values, as a saved formula result shows them.
const EXCEL_ERRORS: [&str; 8] = [
    "#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!",
];

/// A cell as text, the way the sheet shows it. A formula's saved result is read, never
/// recalculated; an error value (`#N/A`) is a problem at its address.
fn cell_text(
    cell: &Data,
    spec: &SheetSpec,
    address: &str,
    problems: &mut Vec<String>,
    notes: &mut Vec<String>,
) -> String {
    match cell {
        Data::Empty => String::new(),
        // A formula's error as its saved text: still an error.
        Data::String(s) if EXCEL_ERRORS.contains(&s.trim()) => {
            problems.push(format!(
                "“{}”表 {address} 单元格是公式错误 {}:请改成文字",
                spec.name,
                s.trim()
            ));
            String::new()
        }
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e15 {
                format!("{}", *f as i64)
            } else {
                if f.abs() >= 1e15 {
                    notes.push(format!(
                        "“{}”表 {address}:数字超过 15 位,Excel 保存时已丢失精度,请核对原文",
                        spec.name
                    ));
                }
                format!("{f}")
            }
        }
        Data::Bool(b) => if *b { "是" } else { "否" }.to_string(),
        Data::DateTime(d) => d.to_string(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => {
            problems.push(format!(
                "“{}”表 {address} 单元格是公式错误 {e}:请改成文字",
                spec.name
            ));
            String::new()
        }
    }
}

/// A sheet's rows as a file has them, moved to the columns [`SHEETS`] gives them.
struct Table {
    rows: Vec<Vec<String>>,
    /// Which of the sheet's columns the file has.
    present: Vec<bool>,
    /// The file's headers that are none of the sheet's, as it wrote them.
    unknown: Vec<String>,
}

impl Table {
    /// The report's line on the file's own columns, left out.
    fn unknown_note(&self, spec: &SheetSpec) -> Option<String> {
        (!self.unknown.is_empty()).then(|| {
            let names: Vec<String> = self.unknown.iter().map(|h| format!("“{h}”")).collect();
            format!(
                "“{}”表的 {} 列不是清单的一部分,未导入",
                spec.name,
                names.join("、")
            )
        })
    }
}

/// The data rows of a sheet's grid: the row after its headers on, each column moved to where
/// [`SHEETS`] has it, whatever the file's order. A missing column is a problem naming it: any
/// column but the optional ones in a whole workbook (`whole`), only the key columns in a table
/// merged into the draft (its other columns keep the draft's cells). Blank rows are kept (they
/// keep the row numbers the editor sees in the spreadsheet) except at the end.
fn sheet_rows(spec: &SheetSpec, grid: &[Vec<String>], whole: bool) -> Result<Table, Vec<String>> {
    // Headers match whatever parentheses and spaces they were typed with.
    let clean = |s: &str| {
        s.trim_start_matches('\u{feff}')
            .replace(['(', ')', '\u{ff08}', '\u{ff09}', ' ', '\u{3000}'], "")
    };
    let wanted: Vec<String> = spec.columns.iter().map(|c| clean(c.header)).collect();
    let first = spec.key.first().and_then(|k| spec.column(*k)).unwrap_or(0);
    let header_row = grid
        .iter()
        .take(10)
        .position(|row| row.iter().any(|c| clean(c) == wanted[first]));
    let Some(h) = header_row else {
        return Err(vec![format!(
            "“{}”表找不到标题行:应有一列标题为“{}”",
            spec.name, spec.columns[first].header
        )]);
    };
    let headers: Vec<String> = grid[h].iter().map(|c| clean(c)).collect();
    let mut at = Vec::new();
    let mut missing = Vec::new();
    for (want, column) in wanted.iter().zip(spec.columns) {
        let required = if whole {
            !column.optional
        } else {
            spec.key.contains(&column.cell)
        };
        match headers.iter().position(|h| h == want) {
            Some(i) => at.push(Some(i)),
            None if !required => at.push(None),
            None => {
                missing.push(format!("“{}”", column.header));
                at.push(None);
            }
        }
    }
    if !missing.is_empty() {
        return Err(vec![format!(
            "“{}”表缺少 {} 列(标题在第 {} 行)",
            spec.name,
            missing.join("、"),
            h + 1
        )]);
    }
    let unknown = grid[h]
        .iter()
        .enumerate()
        .filter(|(i, text)| !text.trim().is_empty() && !at.contains(&Some(*i)))
        .map(|(_, text)| text.trim().to_string())
        .collect();
    let mut rows: Vec<Vec<String>> = grid
        .iter()
        .skip(h + 1)
        .map(|row| {
            at.iter()
                .map(|i| i.and_then(|i| row.get(i)).cloned().unwrap_or_default())
                .collect()
        })
        .collect();
    while rows.last().is_some_and(|r| Book::row_is_blank(r)) {
        rows.pop();
    }
    Ok(Table {
        rows,
        present: at.iter().map(Option::is_some).collect(),
        unknown,
    })
}

/// The text of a CSV file, and the encoding it was in: a BOM says which; else UTF-8 if it is
/// valid UTF-8; else GB18030 (a superset of GBK). The whole file is decoded before it is split,
/// since GBK bytes cannot be split on delimiters safely.
pub fn decode(bytes: &[u8]) -> Option<(String, &'static str)> {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return (!had_errors).then(|| (text.into_owned(), encoding.name()));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some((text.to_string(), "UTF-8"));
    }
    encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|text| (text.into_owned(), "GBK/GB18030"))
}

/// The delimiter of the first line: tab, comma, semicolon or bar, whichever it has most of
/// (tab on a tie, as spreadsheets paste tabs).
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let mut best = (b'\t', first.matches('\t').count());
    for d in [b',', b';', b'|'] {
        let n = first.matches(d as char).count();
        if n > best.1 {
            best = (d, n);
        }
    }
    best.0
}

/// One sheet as CSV: which one is told by the file's name (Excel and WPS save a sheet as
/// `工作簿-项目.csv` or as the editor names it) or, failing that, by its headers.
fn csv_sheet(name: &str, bytes: &[u8], current: &Book) -> Result<Imported, Vec<String>> {
    let Some((text, encoding)) = decode(bytes) else {
        return Err(vec![format!(
            "“{name}”的编码无法识别:请另存为“CSV UTF-8”或 .xlsx 后重试"
        )]);
    };
    let d = delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(d)
        .from_reader(text.as_bytes());
    let mut grid = Vec::new();
    for (i, record) in reader.records().enumerate() {
        match record {
            Ok(r) => grid.push(r.iter().map(str::to_string).collect::<Vec<_>>()),
            Err(e) => {
                return Err(vec![format!("“{name}”第 {} 行无法读取:{e}", i + 1)]);
            }
        }
    }
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let by_name: Vec<usize> = (0..SHEETS.len())
        .filter(|&s| {
            let spec = &SHEETS[s];
            stem.contains(spec.name) || spec.old_names.iter().any(|old| stem.contains(old))
        })
        .collect();
    // A longer name holds a shorter one (其他方向 and 方向): the longest that the stem holds.
    let by_name: Vec<usize> = match by_name.iter().map(|&s| SHEETS[s].name.len()).max() {
        Some(longest) if by_name.len() > 1 => by_name
            .into_iter()
            .filter(|&s| SHEETS[s].name.len() == longest)
            .collect(),
        _ => by_name,
    };
    let candidates: Vec<usize> = if by_name.len() == 1 {
        by_name
    } else {
        let strict: Vec<usize> = (0..SHEETS.len())
            .filter(|&s| sheet_rows(&SHEETS[s], &grid, true).is_ok())
            .filter(|&s| {
                // 报道 and 回顾 share headers: the rows only one of them has tell them apart.
                let fields = SHEETS[s].fields;
                fields.is_empty()
                    || grid.iter().any(|r| {
                        r.first().is_some_and(|c| {
                            fields.iter().any(|f| {
                                f.name == c.trim()
                                    && SHEETS
                                        .iter()
                                        .filter(|o| o.sheet != SHEETS[s].sheet)
                                        .all(|o| o.fields.iter().all(|g| g.name != f.name))
                            })
                        })
                    })
            })
            .collect();
        if strict.is_empty() {
            // An office's table may lack columns the draft keeps: its key columns tell the sheet
            // then, and of the sheets it fits, the one that knows the most of its headers.
            let known = |s: usize| {
                sheet_rows(&SHEETS[s], &grid, false)
                    .map(|t| t.present.iter().filter(|p| **p).count())
                    .ok()
            };
            let scored: Vec<(usize, usize)> = (0..SHEETS.len())
                .filter_map(|s| Some((s, known(s)?)))
                .collect();
            let best = scored.iter().map(|(_, n)| *n).max().unwrap_or(0);
            scored
                .into_iter()
                .filter(|(_, n)| *n == best)
                .map(|(s, _)| s)
                .collect()
        } else {
            // A sheet whose headers are a part of another's (主题 in 项目) gives way to the other.
            let widest = strict
                .iter()
                .map(|&s| SHEETS[s].columns.len())
                .max()
                .unwrap_or(0);
            strict
                .into_iter()
                .filter(|&s| SHEETS[s].columns.len() == widest)
                .collect()
        }
    };
    let sheet = match candidates.as_slice() {
        [one] => *one,
        [] => {
            return Err(vec![format!(
                "“{name}”的标题行不是任何一张表的:请用“下载表格”得到的表头,或在文件名中写明表名(如“项目.csv”)"
            )]);
        }
        several => {
            let names: Vec<String> = several
                .iter()
                .map(|&s| format!("“{}”", SHEETS[s].name))
                .collect();
            return Err(vec![format!(
                "无法判断“{name}”是哪张表({}):请在文件名中写明表名",
                names.join("或")
            )]);
        }
    };
    let table = sheet_rows(&SHEETS[sheet], &grid, false)?;
    let delimiter_name = match d {
        b'\t' => "制表符",
        b',' => "逗号",
        b';' => "分号",
        _ => "竖线",
    };
    let mut book = current.clone();
    let done = merge_rows(sheet, &mut book.sheets[sheet], &table.rows, &table.present);
    let mut notes = vec![format!(
        "按 {encoding} 编码、{delimiter_name}分隔读取“{name}”:{} 行",
        count(&table.rows)
    )];
    notes.extend(table.unknown_note(&SHEETS[sheet]));
    notes.push(merge_note(&SHEETS[sheet], done));
    Ok(Imported {
        book: book.normalized(),
        notes,
    })
}

/// A data file: its shape read by the schema (its checks then run on the draft, like any edit).
fn data_file(name: &str, bytes: &[u8]) -> Result<Imported, Vec<String>> {
    let Ok(text) = std::str::from_utf8(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes)) else {
        return Err(vec![format!("“{name}”不是 UTF-8 编码的数据文件")]);
    };
    match schema::read::shape(text) {
        Ok(data) => Ok(Imported {
            book: from_dataset(&data),
            notes: vec![format!(
                "读取数据文件“{name}”:{} 个项目",
                data.projects.len()
            )],
        }),
        Err(e) => Err(vec![format!("“{name}”:{}", e.message(schema::Lang::Hans))]),
    }
}
