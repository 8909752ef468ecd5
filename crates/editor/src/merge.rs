//! Tables merged into the draft by their rows' keys (the schema's [`SheetSpec::key`]: 项目 by
//! 标识, 进度 by 项目标识 and 截至日期, 数字 by owner, label, kind and day, …): a table an office
//! sends goes into its sheets without touching the rest, and two tabs of the editor that changed
//! one draft end with both changes.
//!
//! [`SheetSpec::key`]: schema::sheets::SheetSpec::key

use crate::book::Book;
use crate::spec::{Cell, SHEETS};
use schema::sheets::Owner;

/// A row's key: its key cells, trimmed, with the owner in its current word (so `2021回顾` and
/// `回顾` are one owner). Empty for a blank row.
pub fn key_of(sheet: usize, row: &[String]) -> Vec<String> {
    if Book::row_is_blank(row) {
        return Vec::new();
    }
    let spec = &SHEETS[sheet];
    spec.key
        .iter()
        .map(|cell| {
            let text = spec
                .column(*cell)
                .and_then(|c| row.get(c))
                .map_or("", |t| t.trim());
            match cell {
                Cell::Owner => match Owner::of(text) {
                    Some(owner) => owner.word().to_string(),
                    None => text.to_string(),
                },
                _ => text.to_string(),
            }
        })
        .collect()
}

/// What merging a table into one sheet did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Merged {
    pub added: usize,
    pub replaced: usize,
    /// Rows of a sheet of fields that name no field of it.
    pub unknown: usize,
}

/// Merges a table's rows into a sheet's: a row whose key the sheet has replaces that row's cells
/// in the columns the table has (`present`), a new key adds a row, and nothing is deleted. The
/// rows of a sheet of fields are fixed: a row naming no field is counted, not added.
pub fn merge_rows(
    sheet: usize,
    rows: &mut Vec<Vec<String>>,
    incoming: &[Vec<String>],
    present: &[bool],
) -> Merged {
    let width = SHEETS[sheet].columns.len();
    let fixed = !SHEETS[sheet].fields.is_empty();
    let mut done = Merged::default();
    for new in incoming {
        let key = key_of(sheet, new);
        if key.is_empty() {
            continue;
        }
        let target = match rows.iter().position(|r| key_of(sheet, r) == key) {
            Some(i) => {
                done.replaced += 1;
                i
            }
            None if fixed => {
                done.unknown += 1;
                continue;
            }
            None => {
                done.added += 1;
                rows.push(vec![String::new(); width]);
                rows.len() - 1
            }
        };
        for (c, cell) in new.iter().enumerate().take(width) {
            if present.get(c) == Some(&true) {
                rows[target][c] = cell.clone();
            }
        }
    }
    done
}

/// A cell both tabs changed, each its own way: the merge keeps this tab's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub sheet: usize,
    /// The row in the merged sheet.
    pub row: usize,
    pub column: usize,
    pub mine: String,
    pub theirs: String,
}

/// One cell of two changes of `base`: a side that changed it wins; if both did, differently,
/// this tab's (`mine`) does and the cell is a conflict.
fn cell<'a>(base: &str, mine: &'a str, theirs: &'a str) -> (&'a str, bool) {
    if mine == base || mine == theirs {
        (theirs, false)
    } else if theirs == base {
        (mine, false)
    } else {
        (mine, true)
    }
}

/// Two rows' changes of a base row (an empty base for a row both added).
fn merge_row(
    sheet: usize,
    at: usize,
    base: &[String],
    mine: &[String],
    theirs: &[String],
    conflicts: &mut Vec<Conflict>,
) -> Vec<String> {
    let empty = String::new();
    let get = |row: &'_ [String], c: usize| row.get(c).unwrap_or(&empty).clone();
    (0..mine.len().max(theirs.len()))
        .map(|c| {
            let (b, m, t) = (get(base, c), get(mine, c), get(theirs, c));
            let (kept, conflict) = cell(&b, &m, &t);
            if conflict {
                conflicts.push(Conflict {
                    sheet,
                    row: at,
                    column: c,
                    mine: m.clone(),
                    theirs: t.clone(),
                });
            }
            kept.to_string()
        })
        .collect()
}

/// The draft two tabs made from one they both had (`base`): this tab's changes (`mine`) and the
/// other's (`theirs`) together. A sheet only one of them changed is taken from that one; a sheet
/// both changed is merged cell by cell where neither added or removed rows, else row by row by
/// the rows' keys. Where both changed one cell, this tab's text is kept and the cell listed.
pub fn three_way(base: &Book, mine: &Book, theirs: &Book) -> (Book, Vec<Conflict>) {
    let mut conflicts = Vec::new();
    let none = Vec::new();
    let sheets = (0..SHEETS.len())
        .map(|s| {
            let b = base.sheets.get(s).unwrap_or(&none);
            let m = mine.sheets.get(s).unwrap_or(&none);
            let t = theirs.sheets.get(s).unwrap_or(&none);
            if m == b || m == t {
                return t.clone();
            }
            if t == b {
                return m.clone();
            }
            if b.len() == m.len() && b.len() == t.len() {
                return (0..b.len())
                    .map(|r| merge_row(s, r, &b[r], &m[r], &t[r], &mut conflicts))
                    .collect();
            }
            by_keys(s, b, m, t, &mut conflicts)
        })
        .collect();
    (Book { sheets }.normalized(), conflicts)
}

/// One sheet both tabs changed, rows added or removed: merged by the rows' keys. The other
/// tab's rows in its order, this tab's changed rows over them, its new rows after them; a row
/// this tab removed goes unless the other tab changed it.
fn by_keys(
    sheet: usize,
    base: &[Vec<String>],
    mine: &[Vec<String>],
    theirs: &[Vec<String>],
    conflicts: &mut Vec<Conflict>,
) -> Vec<Vec<String>> {
    let find = |rows: &[Vec<String>], key: &[String]| {
        rows.iter()
            .position(|r| !key.is_empty() && key_of(sheet, r) == key)
    };
    let mut out = theirs.to_vec();
    let mut removed = Vec::new();
    for b in base {
        let key = key_of(sheet, b);
        if find(mine, &key).is_none()
            && let Some(t) = find(&out, &key)
            && out[t] == *b
        {
            removed.push(t);
        }
    }
    for row in mine {
        let key = key_of(sheet, row);
        if key.is_empty() {
            continue;
        }
        let b = find(base, &key).map(|i| base[i].clone());
        match (b, find(&out, &key)) {
            (Some(b), Some(t)) if *row != b => {
                out[t] = merge_row(sheet, t, &b, row, &out[t].clone(), conflicts)
            }
            (Some(_), Some(_)) => {}
            (None, Some(t)) => out[t] = merge_row(sheet, t, &[], row, &out[t].clone(), conflicts),
            // New here, or changed here and removed there: kept.
            (None, None) => out.push(row.clone()),
            (Some(b), None) if *row != b => out.push(row.clone()),
            (Some(_), None) => {}
        }
    }
    removed.sort_unstable();
    for t in removed.into_iter().rev() {
        out.remove(t);
    }
    out
}
