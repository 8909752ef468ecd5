//! The editor's model against the built-in data: round trips through the sheets, the workbook
//! and the data file, problems at their cells, CSV encodings, undo.

use crate::BUILT_IN;
use crate::book::Book;
use crate::convert::{from_dataset, to_dataset};
use crate::export::workbook;
use crate::history::{Action, Draft};
use crate::import::{decode, import};
use crate::spec::{FIGURES, PROJECTS, SHEETS, SOURCES};

fn built_in() -> Book {
    from_dataset(&schema::read(BUILT_IN).expect("the built-in data reads"))
}

#[test]
fn the_built_in_data_goes_through_the_sheets_unchanged() {
    let original = schema::read(BUILT_IN).unwrap();
    let converted = to_dataset(&built_in());
    assert_eq!(converted.issues, vec![], "no problems");
    let mut data = converted.data.clone();
    // The draft adds what the built-in file leaves to the build: Traditional and pinyin.
    assert_eq!(
        data.projects[2].name.hant,
        hanconv::s2tw(&original.projects[2].name.zh)
    );
    assert!(
        data.pinyin.get("驿").is_some_and(|r| r == "yi"),
        "{:?}",
        data.pinyin.get("驿")
    );
    data.pinyin.clear();
    let strip = |d: &mut schema::Dataset| {
        let json = serde_json::to_string(d).unwrap();
        let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
        fn drop_hant(v: &mut serde_json::Value) {
            match v {
                serde_json::Value::Object(m) => {
                    m.remove("hant");
                    m.values_mut().for_each(drop_hant);
                }
                serde_json::Value::Array(a) => a.iter_mut().for_each(drop_hant),
                _ => {}
            }
        }
        drop_hant(&mut v);
        v
    };
    let mut original = original;
    assert_eq!(strip(&mut data), strip(&mut original));
    // The data file it writes is read by the widget's reader as it is.
    let text = converted.json();
    let again = schema::read(&text).expect("the exported file reads");
    assert_eq!(again.projects.len(), 11);
    assert_eq!(
        again.projects[0].name.hant,
        converted.data.projects[0].name.hant
    );
}

#[test]
fn the_workbook_reimports_to_the_same_draft() {
    let book = built_in();
    let bytes = workbook(&book).expect("written");
    let back = import("清单.xlsx", &bytes, &Book::empty()).expect("read back");
    assert_eq!(back.book, book);
    assert!(
        back.notes.iter().any(|n| n.contains("“项目”表:11 行")),
        "{:?}",
        back.notes
    );
}

#[test]
fn problems_name_sheet_row_and_column() {
    let mut book = built_in();
    // The third figure's value, no longer in its sentence; an unknown theme on project 2.
    book.set(FIGURES, 2, 5, "99999".into());
    book.set(PROJECTS, 1, 10, "nowhere".into());
    book.set(PROJECTS, 4, 2, String::new());
    let issues = to_dataset(&book).issues;
    let texts: Vec<String> = issues.iter().map(|i| i.text()).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("“项目”表第 4 行 K 列(主题):没有标识为“nowhere”")),
        "{texts:#?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("“数字”表第 5 行 F 列(数值):“99999")),
        "{texts:#?}"
    );
    let english = issues
        .iter()
        .find(|i| i.row == Some(4))
        .expect("the English name");
    assert!(english.warning && english.column == Some(2), "{english:?}");
    assert_eq!(
        issues.iter().filter(|i| !i.warning).count(),
        2,
        "{texts:#?}"
    );
}

#[test]
fn cells_the_schema_cannot_hold_are_problems_at_their_cells() {
    let mut book = built_in();
    book.set(FIGURES, 0, 10, "目标".into());
    book.set(FIGURES, 1, 9, "至少".into());
    book.set(SOURCES, 0, 1, "no-such-project".into());
    book.set(FIGURES, 3, 5, "５０００".into());
    let issues = to_dataset(&book).issues;
    let at = |row, column| {
        issues
            .iter()
            .find(|i| i.sheet == FIGURES && i.row == Some(row) && i.column == Some(column))
    };
    assert!(
        at(0, 10).is_some_and(|i| i.message.contains("类型“目标”")),
        "{issues:#?}"
    );
    assert!(
        at(1, 9).is_some_and(|i| i.message.contains("限定词“至少”")),
        "{issues:#?}"
    );
    assert!(
        at(3, 5).is_some_and(|i| i.warning && i.message.contains("5000")),
        "{issues:#?}"
    );
    assert!(
        issues
            .iter()
            .any(|i| i.sheet == SOURCES && i.row == Some(0) && i.column == Some(1))
    );
}

#[test]
fn csv_in_gbk_and_utf8_with_bom_replaces_its_sheet() {
    let header = SHEETS[PROJECTS]
        .columns
        .iter()
        .map(|c| c.header)
        .collect::<Vec<_>>()
        .join(",");
    let text = format!(
        "{header}\nnew-one,青年夜校,Youth night school,,夜校简介,About,,说明,Details,,children,youth\n"
    );
    let (gbk, _, _) = encoding_rs::GBK.encode(&text);
    assert!(std::str::from_utf8(&gbk).is_err(), "really GBK bytes");
    assert_eq!(decode(&gbk).unwrap().1, "GBK/GB18030");
    let current = built_in();
    let got = import("项目.csv", &gbk, &current).expect("GBK reads");
    assert_eq!(got.book.cell(PROJECTS, 0, 1), "青年夜校");
    assert_eq!(got.book.sheets[PROJECTS].len(), 1);
    assert_eq!(
        got.book.sheets[FIGURES], current.sheets[FIGURES],
        "other sheets kept"
    );
    assert!(got.notes[0].contains("GBK"), "{:?}", got.notes);
    let mut bom = b"\xef\xbb\xbf".to_vec();
    bom.extend(text.as_bytes());
    // Found by its headers when the name says nothing.
    let got = import("export.csv", &bom, &current).expect("UTF-8 with BOM reads");
    assert_eq!(got.book.cell(PROJECTS, 0, 0), "new-one");
}

#[test]
fn a_bad_file_changes_nothing_and_says_why() {
    let e = import("清单.xlsx", b"<html>not a workbook</html>", &Book::empty()).unwrap_err();
    assert!(e[0].contains("不是有效的 .xlsx"), "{e:?}");
    let e = import("a.csv", "标识,名称\nx,y\n".as_bytes(), &Book::empty()).unwrap_err();
    assert!(
        e[0].contains("缺少") || e[0].contains("不是任何一张表"),
        "{e:?}"
    );
    let e = import("data.json", b"{\"report\": 1}", &Book::empty()).unwrap_err();
    assert!(e[0].contains("data.json"), "{e:?}");
    let e = import("x.pdf", b"%PDF", &Book::empty()).unwrap_err();
    assert!(e[0].contains("不是能导入的文件"), "{e:?}");
}

#[test]
fn typing_in_one_cell_is_one_undo_step_and_an_import_is_one() {
    let book = built_in();
    let mut d = Draft::new(book.clone());
    assert!(!d.can_undo());
    assert!(!d.unsaved, "an opened draft has nothing new to save");
    for v in ["a", "ab", "abc"] {
        d = d.apply(Action::Edit {
            sheet: PROJECTS,
            row: 0,
            column: 1,
            value: v.into(),
        });
    }
    d = d.apply(Action::Edit {
        sheet: PROJECTS,
        row: 1,
        column: 1,
        value: "x".into(),
    });
    d = d.apply(Action::Undo);
    assert_eq!(d.book.cell(PROJECTS, 0, 1), "abc");
    assert_eq!(d.book.cell(PROJECTS, 1, 1), book.cell(PROJECTS, 1, 1));
    d = d.apply(Action::Undo);
    assert_eq!(*d.book, book);
    assert!(!d.can_undo(), "never past the opened state");
    d = d.apply(Action::Redo);
    assert_eq!(d.book.cell(PROJECTS, 0, 1), "abc");
    assert!(d.unsaved);
    d = d.apply(Action::Discard(book.clone()));
    assert!(!d.unsaved, "the built-in data needs no saving");
    assert_eq!(*d.book, book);
    d = d.apply(Action::Undo);
    assert!(
        d.unsaved,
        "undoing a discard brings the work back, to be saved"
    );
    d = d.apply(Action::Replace(Book::empty()));
    d = d.apply(Action::Undo);
    assert_eq!(d.book.cell(PROJECTS, 0, 1), "abc");
    assert!(!d.can_redo() || d.apply(Action::Redo).book.sheets[PROJECTS].is_empty());
}

/// The built-in workbook with one sheet changed by `edit` (rust_xlsxwriter, as another office's
/// tool would write it).
fn workbook_with(edit: impl Fn(&mut rust_xlsxwriter::Worksheet, &str)) -> Vec<u8> {
    let book = built_in();
    let mut wb = rust_xlsxwriter::Workbook::new();
    for (spec, rows) in SHEETS.iter().zip(&book.sheets) {
        let ws = wb.add_worksheet();
        ws.set_name(spec.name).unwrap();
        ws.write_string(0, 0, spec.note).unwrap();
        for (c, col) in spec.columns.iter().enumerate() {
            ws.write_string(1, c as u16, col.header).unwrap();
        }
        for (r, cells) in rows.iter().enumerate() {
            for (c, cell) in cells.iter().enumerate() {
                ws.write_string(r as u32 + 2, c as u16, cell).unwrap();
            }
        }
        edit(ws, spec.name);
    }
    wb.save_to_buffer().unwrap()
}

#[test]
fn markup_in_a_cell_is_text_and_formulas_give_their_saved_result() {
    let bytes = workbook_with(|ws, name| {
        if name == "项目" {
            ws.write_string(2, 1, "<img src=x onerror=alert(1)>")
                .unwrap();
            ws.write_formula(
                3,
                0,
                rust_xlsxwriter::Formula::new("=\"hope-\"&\"house\"").set_result("hope-house"),
            )
            .unwrap();
        }
    });
    let got = import("清单.xlsx", &bytes, &Book::empty()).expect("reads");
    assert_eq!(
        got.book.cell(PROJECTS, 0, 1),
        "<img src=x onerror=alert(1)>"
    );
    assert_eq!(got.book.cell(PROJECTS, 1, 0), "hope-house");
}

#[test]
fn merged_cells_formula_errors_and_missing_parts_are_refused_by_address() {
    let bytes = workbook_with(|ws, name| match name {
        "原文" => {
            let f = rust_xlsxwriter::Format::new();
            ws.merge_range(2, 0, 4, 0, "项目", &f).unwrap();
        }
        "数字" => {
            ws.write_formula(
                2,
                5,
                rust_xlsxwriter::Formula::new("=1/0").set_result("#DIV/0!"),
            )
            .unwrap();
        }
        _ => {}
    });
    let e = import("清单.xlsx", &bytes, &Book::empty()).unwrap_err();
    assert!(
        e.iter().any(|p| p.contains("“原文”表有合并单元格 A3:A5")),
        "{e:#?}"
    );
    assert!(
        e.iter()
            .any(|p| p.contains("“数字”表 F3 单元格是公式错误 #DIV/0!")),
        "{e:#?}"
    );

    let mut wb = rust_xlsxwriter::Workbook::new();
    wb.add_worksheet()
        .set_name("项目")
        .unwrap()
        .write_string(1, 0, "标识")
        .unwrap();
    let e = import("旧表.xlsx", &wb.save_to_buffer().unwrap(), &Book::empty()).unwrap_err();
    assert!(e.iter().any(|p| p.contains("缺少工作表“报道”")), "{e:#?}");
    assert!(
        e.iter().any(|p| p.contains("“项目”表缺少 “名称”、")),
        "{e:#?}"
    );
}

#[test]
fn a_zip_bomb_is_refused_before_it_is_unpacked() {
    let mut bytes = workbook(&built_in()).unwrap();
    // Declare an entry 4 GB large in the central directory, as a bomb does.
    let at = bytes
        .windows(4)
        .position(|w| w == [0x50, 0x4b, 0x01, 0x02])
        .expect("a central directory");
    bytes[at + 24..at + 28].copy_from_slice(&0xffff_fff0u32.to_le_bytes());
    let e = import("清单.xlsx", &bytes, &Book::empty()).unwrap_err();
    assert!(e[0].contains("压缩炸弹"), "{e:?}");
}

#[test]
fn ten_thousand_projects_go_through_the_workbook() {
    let mut book = built_in();
    let template = book.sheets[PROJECTS][0].clone();
    book.sheets[PROJECTS] = (0..10_000)
        .map(|i| {
            let mut row = template.clone();
            row[0] = format!("p-{i}");
            row[1] = format!("项目{i}");
            row
        })
        .collect();
    let bytes = workbook(&book).unwrap();
    let back = import("万行.xlsx", &bytes, &Book::empty()).expect("reads");
    assert_eq!(back.book.sheets[PROJECTS].len(), 10_000);
    assert_eq!(back.book.cell(PROJECTS, 9_999, 1), "项目9999");
    // Each project without its figures and sentences is a problem, all of them listed.
    let issues = to_dataset(&back.book).issues;
    assert!(issues.len() >= 9_999, "{}", issues.len());
}
