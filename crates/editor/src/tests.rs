//! The editor's model against the built-in data: round trips through the sheets, the workbook
//! and the data file, problems at their cells, CSV encodings, undo.

use crate::BUILT_IN;
use crate::book::Book;
use crate::convert::{from_dataset, to_dataset};
use crate::export::workbook;
use crate::history::{Action, Draft};
use crate::import::{decode, import};
use crate::merge::three_way;
use crate::spec::{Cell, FIGURES, PROJECTS, REPORT, SHEETS, SOURCES, UPDATES};
use schema::{Key, Part};

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
    data.pinyin = Default::default();
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
    book.set(FIGURES, 0, 10, "计划".into());
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
        at(0, 10).is_some_and(|i| i
            .message
            .contains("“计划”无法识别:应填 目标、此前结果、累计")),
        "{issues:#?}"
    );
    assert!(
        at(1, 9).is_some_and(|i| i.message.contains("“至少”无法识别")),
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
fn csv_in_gbk_and_utf8_with_bom_merges_into_its_sheet() {
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
    assert_eq!(got.book.cell(PROJECTS, 11, 1), "青年夜校");
    assert_eq!(
        got.book.sheets[PROJECTS].len(),
        12,
        "added, nothing deleted"
    );
    assert!(
        got.notes
            .iter()
            .any(|n| n == "合并到“项目”表:新增 1 行,替换 0 行"),
        "{:?}",
        got.notes
    );
    assert_eq!(
        got.book.sheets[FIGURES], current.sheets[FIGURES],
        "other sheets kept"
    );
    assert!(got.notes[0].contains("GBK"), "{:?}", got.notes);
    let mut bom = b"\xef\xbb\xbf".to_vec();
    bom.extend(text.as_bytes());
    // Found by its headers when the name says nothing.
    let got = import("export.csv", &bom, &current).expect("UTF-8 with BOM reads");
    assert_eq!(got.book.cell(PROJECTS, 11, 0), "new-one");
}

#[test]
fn a_bad_file_changes_nothing_and_says_why() {
    let e = import("清单.xlsx", b"<html>not a workbook</html>", &Book::empty()).unwrap_err();
    assert!(e[0].contains("不是有效的 .xlsx"), "{e:?}");
    let e = import("a.csv", "标识,名称\nx,y\n".as_bytes(), &Book::empty()).unwrap_err();
    assert!(
        e[0].contains("无法判断“a.csv”是哪张表(“主题”或“服务对象”或“项目”)"),
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
        // A whole workbook's sheet without a column it needs.
        "项目" => {
            ws.write_string(1, 1, "旧名称").unwrap();
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

    assert!(
        e.iter().any(|p| p.contains("“项目”表缺少 “名称” 列")),
        "{e:#?}"
    );
    // A workbook of none of the list's sheets says which it should have.
    let mut wb = rust_xlsxwriter::Workbook::new();
    wb.add_worksheet().set_name("Sheet1").unwrap();
    let e = import("旧表.xlsx", &wb.save_to_buffer().unwrap(), &Book::empty()).unwrap_err();
    assert!(e.iter().any(|p| p.contains("没有清单的工作表")), "{e:#?}");
    // One sheet merged into the draft needs its key columns only.
    let mut wb = rust_xlsxwriter::Workbook::new();
    wb.add_worksheet()
        .set_name("进度")
        .unwrap()
        .write_string(0, 0, "项目标识")
        .unwrap();
    let e = import("进度.xlsx", &wb.save_to_buffer().unwrap(), &Book::empty()).unwrap_err();
    assert!(
        e.iter().any(|p| p.contains("“进度”表缺少 “截至日期” 列")),
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

/// A workbook written by the first editor (sheets `2021回顾` and `2022方向`, kinds `2022目标` and
/// `2021结果`, no year in the 报道 sheet) imports with no problem, as the 2022 list it is.
#[test]
fn a_first_format_workbook_imports_as_the_list_it_is() {
    let bytes = include_bytes!("../../../tests/fixtures/workbook-format-1.xlsx");
    let imported = import("清单-旧版.xlsx", bytes, &Book::empty()).expect("imports");
    assert!(
        imported.notes.iter().any(|n| n.contains("旧版编辑器")),
        "{:?}",
        imported.notes
    );
    let converted = to_dataset(&imported.book);
    assert_eq!(converted.issues, vec![], "no problems");
    let data = converted.data;
    assert_eq!(data.list.year, 2022);
    assert_eq!(data.list.league.zh, "共青团济南市委");
    assert_eq!(data.report.date, "2022-03-01");
    assert!(
        data.review
            .figures
            .iter()
            .all(|f| f.kind == schema::Kind::Earlier && f.year == Some(2021))
    );
    // The same list as the built-in file, but for what the first format could not say (that the
    // 100 new houses add to the 694, the readers' own words).
    let mut book = built_in();
    let keywords = SHEETS[PROJECTS]
        .column(Cell::Field(Key::Keywords, None))
        .unwrap();
    for row in book.sheets[PROJECTS].iter_mut() {
        row[keywords].clear();
    }
    let mut built_in = to_dataset(&book).data;
    for p in built_in.projects.to_mut() {
        for f in p.figures.to_mut() {
            f.adds = false;
        }
    }
    assert_eq!(
        serde_json::to_value(&data).unwrap(),
        serde_json::to_value(&built_in).unwrap()
    );
}

/// Next year's list: the studio's own workbook with every year moved on imports with no problem,
/// and the data it makes says the new year everywhere the old one was.
#[test]
fn a_workbook_with_the_years_moved_on_imports_with_no_error() {
    let mut book = built_in();
    for sheet in book.sheets.iter_mut() {
        for row in sheet.iter_mut() {
            for cell in row.iter_mut() {
                *cell = cell.replace("2022", "2024").replace("2021", "2023");
            }
        }
    }
    let bytes = workbook(&book).unwrap();
    let back = import("清单.xlsx", &bytes, &Book::empty()).expect("imports");
    let converted = to_dataset(&back.book);
    assert_eq!(converted.issues, vec![], "no problems");
    assert_eq!(converted.data.list.year, 2024);
    assert_eq!(converted.data.report.date, "2024-03-01");
    let json = converted.json();
    assert!(!json.contains("2022") && !json.contains("2021"));
    assert!(json.contains("\"year\": 2023"));
}

/// Every cell of every sheet that must hold something, emptied, gives a problem at exactly that
/// cell: the schema's typed paths and the table's columns agree for every field.
#[test]
fn every_field_is_placed_at_its_cell() {
    let book = built_in();
    let converted = to_dataset(&book);
    assert_eq!(converted.issues, vec![]);
    let mut checked = 0;
    for (s, spec) in SHEETS.iter().enumerate() {
        for (r, row) in book.sheets[s].iter().enumerate() {
            for (c, column) in spec.columns.iter().enumerate() {
                let may_be_empty = column.is_hant()
                    || matches!(
                        column.cell,
                        Cell::FieldName
                            | Cell::Field(
                                Key::Qualifier
                                    | Key::Measure
                                    | Key::Headline
                                    | Key::Adds
                                    | Key::Keywords,
                                _
                            )
                    );
                // A bare 万 or 亿 needs no English unit: English puts it into the number.
                let multiplier = column.cell == Cell::Field(Key::Unit, Some(Part::En))
                    && spec
                        .column(Cell::Field(Key::Unit, Some(Part::Zh)))
                        .is_some_and(|zh| matches!(row[zh].as_str(), "万" | "亿"));
                if row[c].trim().is_empty() || may_be_empty || multiplier {
                    continue;
                }
                let mut emptied = book.clone();
                emptied.set(s, r, c, String::new());
                let issues = to_dataset(&emptied).issues;
                assert!(
                    issues
                        .iter()
                        .any(|i| i.sheet == s && i.row == Some(r) && i.column == Some(c)),
                    "{} row {r} column {} emptied: {:#?}",
                    spec.name,
                    column.header,
                    issues.iter().map(|i| i.text()).collect::<Vec<_>>()
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 500, "{checked}");
}

/// The 报道 sheet holds the list's year, league and campaign, and the meeting's day.
#[test]
fn the_year_and_the_league_are_rows_of_the_report_sheet() {
    let book = built_in();
    let spec = &SHEETS[REPORT];
    let value = spec.column(Cell::Part(Part::Zh)).unwrap();
    let row = |name: &str| spec.fields.iter().position(|f| f.name == name).unwrap();
    assert_eq!(book.cell(REPORT, row("年度"), value), "2022");
    assert_eq!(book.cell(REPORT, row("团组织"), value), "共青团济南市委");
    assert_eq!(
        book.cell(REPORT, row("活动名称"), value),
        "我为青少年办实事"
    );
    assert_eq!(
        book.cell(REPORT, row("活动日期（年-月-日）"), value),
        "2022-03-01"
    );
    let mut wrong = book.clone();
    wrong.set(REPORT, row("年度"), value, "二〇二三".into());
    let issues = to_dataset(&wrong).issues;
    assert!(
        issues.iter().any(|i| i.sheet == REPORT
            && i.row == Some(row("年度"))
            && i.message.contains("不是年份")),
        "{issues:#?}"
    );
}

/// One sheet of an office's workbook: its name, its headers (row 1) and its rows.
type OfficeSheet<'a> = (&'a str, &'a [&'a str], Vec<Vec<&'a str>>);

/// A workbook of the given sheets, as an office's own tables are.
fn office_workbook(sheets: &[OfficeSheet]) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    for (name, headers, rows) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(*name).unwrap();
        for (c, h) in headers.iter().enumerate() {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        for (r, cells) in rows.iter().enumerate() {
            for (c, cell) in cells.iter().enumerate() {
                ws.write_string(r as u32 + 1, c as u16, *cell).unwrap();
            }
        }
    }
    wb.save_to_buffer().unwrap()
}

const UPDATE_HEADERS: &[&str] = &["截至日期", "备注", "项目标识", "状态", "进展", "出处"];

fn update_row<'a>(id: &'a str, day: &'a str, status: &'a str, text: &'a str) -> Vec<&'a str> {
    vec![day, "内部备注", id, status, text, "2022年三季度进展通报"]
}

/// An office's 项目 table (headers in row 1, its own order, a 备注 column of its own) merges
/// into the draft's 项目 sheet by 标识; the other sheets stay; the report says what it did.
#[test]
fn a_workbook_of_one_sheet_merges_into_that_sheet() {
    let current = built_in();
    let bytes = office_workbook(&[(
        "项目",
        &["备注", "服务对象", "标识", "名称", "主题"],
        vec![
            vec![
                "改名",
                "kids",
                "hope-house",
                "“希望小屋”关爱项目",
                "children",
            ],
            vec![
                "新项目",
                "students",
                "night-school",
                "青年夜校",
                "education",
            ],
        ],
    )]);
    let got = import("团市委项目表.xlsx", &bytes, &current).expect("merges");
    assert!(
        got.notes
            .iter()
            .any(|n| n == "合并到“项目”表:新增 1 行,替换 1 行"),
        "{:?}",
        got.notes
    );
    assert!(
        got.notes.iter().any(|n| n.contains("“备注”")),
        "{:?}",
        got.notes
    );
    let projects = &got.book.sheets[PROJECTS];
    assert_eq!(projects.len(), 12);
    assert_eq!(got.book.cell(PROJECTS, 1, 1), "“希望小屋”关爱项目");
    // Columns the table does not have keep the draft's cells.
    assert_eq!(got.book.cell(PROJECTS, 1, 2), current.cell(PROJECTS, 1, 2));
    assert_eq!(got.book.cell(PROJECTS, 11, 0), "night-school");
    for s in (0..SHEETS.len()).filter(|&s| s != PROJECTS) {
        assert_eq!(got.book.sheets[s], current.sheets[s], "{}", SHEETS[s].name);
    }
}

/// Two offices' 进度 tables imported in turn both stay; one of a day already there replaces it.
#[test]
fn two_offices_progress_tables_both_stay() {
    let first = office_workbook(&[(
        "进度",
        UPDATE_HEADERS,
        vec![update_row(
            "hope-house",
            "2022-09-30",
            "按序时推进",
            "截至9月30日,全市新建“希望小屋”62个。",
        )],
    )]);
    let second = office_workbook(&[(
        "进度",
        UPDATE_HEADERS,
        vec![
            update_row("warm-bee", "2022-09-30", "滞后", "爱心驿站建设进度滞后。"),
            update_row(
                "hope-house",
                "2022-09-30",
                "超序时",
                "截至9月30日,全市新建“希望小屋”62个。",
            ),
        ],
    )]);
    let one = import("关爱科.xlsx", &first, &built_in()).unwrap();
    assert!(
        one.notes
            .iter()
            .any(|n| n == "合并到“进度”表:新增 1 行,替换 0 行"),
        "{:?}",
        one.notes
    );
    let two = import("社区科.xlsx", &second, &one.book).unwrap();
    assert!(
        two.notes
            .iter()
            .any(|n| n == "合并到“进度”表:新增 1 行,替换 1 行"),
        "{:?}",
        two.notes
    );
    assert_eq!(two.book.sheets[UPDATES].len(), 2);
    let data = to_dataset(&two.book);
    assert_eq!(data.errors(), 0, "{:?}", data.issues);
    let houses = &data.data.projects[1];
    assert_eq!(houses.updates.len(), 1);
    assert_eq!(houses.updates[0].status, schema::Status::Ahead);
    assert_eq!(
        data.data.projects[3].updates[0].status,
        schema::Status::Behind
    );
}

/// An achieved figure not in its update's text, an unknown status, a project that does not
/// exist and a day after today are problems at their cells.
#[test]
fn progress_problems_are_at_their_cells() {
    let mut book = built_in();
    let spec = &SHEETS[UPDATES];
    let col = |cell| spec.column(cell).unwrap();
    book.add_row(UPDATES);
    book.add_row(UPDATES);
    for (r, (id, day, status)) in [
        ("hope-house", "2022-09-30", "差不多"),
        ("nowhere", "2099-01-01", "滞后"),
    ]
    .into_iter()
    .enumerate()
    {
        book.set(UPDATES, r, col(Cell::OwnerId), id.into());
        book.set(UPDATES, r, col(Cell::Field(Key::AsOf, None)), day.into());
        book.set(
            UPDATES,
            r,
            col(Cell::Field(Key::Status, None)),
            status.into(),
        );
        book.set(
            UPDATES,
            r,
            col(Cell::Field(Key::Text, Some(Part::Zh))),
            "截至9月30日,全市新建“希望小屋”62个。".into(),
        );
        book.set(
            UPDATES,
            r,
            col(Cell::Field(Key::Source, None)),
            "三季度通报".into(),
        );
        book.set(
            UPDATES,
            r,
            col(Cell::Field(Key::Link, None)),
            "ftp://example.org".into(),
        );
    }
    book.add_row(FIGURES);
    let f = book.sheets[FIGURES].len() - 1;
    let figures = &SHEETS[FIGURES];
    let fcol = |cell| figures.column(cell).unwrap();
    for (cell, text) in [
        (Cell::Owner, "项目"),
        (Cell::OwnerId, "hope-house"),
        (Cell::Field(Key::Label, Some(Part::Zh)), "新建“希望小屋”"),
        (Cell::Field(Key::Label, Some(Part::En)), "New Hope Houses"),
        (Cell::Field(Key::Value, None), "63"),
        (Cell::Field(Key::Unit, Some(Part::Zh)), "个"),
        (Cell::Field(Key::Unit, Some(Part::En)), "houses"),
        (Cell::Field(Key::Kind, None), "完成"),
        (Cell::Field(Key::Measure, None), "houses"),
        (Cell::Field(Key::AsOf, None), "2022-09-30"),
    ] {
        book.set(FIGURES, f, fcol(cell), text.into());
    }
    let issues = crate::convert::to_dataset_on(&book, Some("2022-12-01")).issues;
    let at = |sheet, row, column| {
        issues
            .iter()
            .find(|i| i.sheet == sheet && i.row == Some(row) && i.column == Some(column))
            .map(|i| (i.message.clone(), i.warning))
    };
    assert!(
        at(FIGURES, f, fcol(Cell::Field(Key::Value, None)))
            .is_some_and(|(m, _)| m.contains("“63个”不在截至“2022-09-30”的进展原文中")),
        "{issues:#?}"
    );
    assert!(
        at(UPDATES, 0, col(Cell::Field(Key::Status, None)))
            .is_some_and(|(m, _)| m.contains("“差不多”无法识别")),
        "{issues:#?}"
    );
    assert!(
        at(UPDATES, 1, col(Cell::OwnerId))
            .is_some_and(|(m, _)| m.contains("没有标识为“nowhere”的项目")),
        "{issues:#?}"
    );
    assert!(
        at(UPDATES, 0, col(Cell::Field(Key::Link, None)))
            .is_some_and(|(m, _)| m.contains("不是网址")),
        "{issues:#?}"
    );
    // The day after today: a warning, checked on the editor's day only.
    let mut later = book.clone();
    later.set(
        UPDATES,
        0,
        col(Cell::Field(Key::AsOf, None)),
        "2023-01-05".into(),
    );
    let issues = crate::convert::to_dataset_on(&later, Some("2022-12-01")).issues;
    assert!(
        issues.iter().any(|i| i.sheet == UPDATES
            && i.row == Some(0)
            && i.warning
            && i.message.contains("晚于今天")),
        "{issues:#?}"
    );
}

/// Two tabs on one draft: each one's change survives the other's save.
#[test]
fn two_tabs_changes_merge() {
    let base = built_in();
    // One tab imports a 进度 table; the other types a name.
    let mut theirs = base.clone();
    theirs.sheets[UPDATES].push({
        let mut row = vec![String::new(); SHEETS[UPDATES].columns.len()];
        row[0] = "hope-house".into();
        row[1] = "2022-09-30".into();
        row
    });
    let mut mine = base.clone();
    mine.set(PROJECTS, 2, 2, "Youth Station lodging".into());
    let (merged, conflicts) = three_way(&base, &mine, &theirs);
    assert_eq!(conflicts, vec![]);
    assert_eq!(merged.sheets[UPDATES].len(), 1);
    assert_eq!(merged.cell(PROJECTS, 2, 2), "Youth Station lodging");
    // Both typed in one sheet: different cells merge, one cell changed both ways is a conflict
    // that keeps this tab's text.
    let mut theirs = base.clone();
    theirs.set(PROJECTS, 3, 2, "Warm Bee".into());
    theirs.set(PROJECTS, 2, 2, "Their station".into());
    let (merged, conflicts) = three_way(&base, &mine, &theirs);
    assert_eq!(merged.cell(PROJECTS, 3, 2), "Warm Bee");
    assert_eq!(merged.cell(PROJECTS, 2, 2), "Youth Station lodging");
    assert_eq!(conflicts.len(), 1);
    assert_eq!((conflicts[0].row, conflicts[0].column), (2, 2));
    // Rows added in both: merged by their keys, both kept.
    let mut mine = base.clone();
    mine.add_row(PROJECTS);
    mine.set(PROJECTS, 11, 0, "mine-new".into());
    let mut theirs = base.clone();
    theirs.add_row(PROJECTS);
    theirs.set(PROJECTS, 11, 0, "their-new".into());
    theirs.set(PROJECTS, 0, 1, "乡村好青年项目".into());
    let (merged, conflicts) = three_way(&base, &mine, &theirs);
    assert_eq!(conflicts, vec![]);
    let ids: Vec<&str> = merged.sheets[PROJECTS]
        .iter()
        .map(|r| r[0].as_str())
        .collect();
    assert_eq!(&ids[11..], ["their-new", "mine-new"]);
    assert_eq!(merged.cell(PROJECTS, 0, 1), "乡村好青年项目");
}
