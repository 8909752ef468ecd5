//! The editor: opens the saved draft or the built-in data, and lays out the toolbar, the sheets,
//! the problems, the preview and the publishing help around the draft.

use super::browser;
use super::cell_id;
use super::grid::{PAGE_ROWS, RowOp, SheetGrid};
use super::preview::Preview;
use super::problems::ProblemList;
use super::publish::PublishHelp;
use crate::book::Book;
use crate::convert::{Issue, from_dataset, to_dataset_on};
use crate::export::workbook;
use crate::history::{Action, Draft};
use crate::import::import;
use crate::merge::{Conflict, three_way};
use crate::spec::{PROJECTS, SHEETS, column_letters, sheet_row};
use gloo_events::{EventListener, EventListenerOptions};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The data file's name when downloaded.
pub const DATA_FILE: &str = "youth-projects-data.json";
/// The workbook's name when downloaded.
pub const WORKBOOK: &str = "青年项目清单.xlsx";

/// What the page says about the draft's saving.
#[derive(Clone, PartialEq)]
enum Saving {
    /// Opened with the built-in data; nothing to save yet.
    Fresh,
    Restored(String),
    Saved,
    Failed,
}

/// What the last import did.
#[derive(Clone, PartialEq)]
enum Imported {
    Done(Vec<String>),
    Failed(String, Vec<String>),
}

/// The draft checked, once per change: its data file's text and its problems.
struct Checked {
    json: Rc<String>,
    /// The list's title, for the publishing snippets.
    title: String,
    issues: Rc<Vec<Issue>>,
    errors: usize,
}

impl Checked {
    /// Checked on the editor's day: an update after it is a warning.
    fn of(book: &Book) -> Self {
        let converted = to_dataset_on(book, Some(&browser::today()));
        Checked {
            json: Rc::new(converted.json()),
            title: converted.data.report.title.zh.to_string(),
            errors: converted.errors(),
            issues: Rc::new(converted.issues),
        }
    }
}

fn built_in() -> Book {
    schema::read::shape(crate::BUILT_IN)
        .map(|d| from_dataset(&d))
        .unwrap_or_else(|_| Book::empty())
}

#[component]
pub fn Editor() -> Html {
    let opened = use_memo((), |_| match browser::saved_draft() {
        Some(saved) => (saved.book.normalized(), Some(browser::time_of(saved.at))),
        None => (built_in(), None),
    });
    let draft = {
        let book = opened.0.clone();
        use_reducer(move || Draft::new(book))
    };
    let saving = use_state(|| match &opened.1 {
        Some(at) => Saving::Restored(at.clone()),
        None => Saving::Fresh,
    });
    let sheet = use_state(|| PROJECTS);
    let shown = use_state(|| vec![PAGE_ROWS; SHEETS.len()]);
    let imported = use_state(|| None::<Imported>);
    let published = use_state(|| None::<String>);
    let refused = use_state(|| false);
    let focus_next = use_state(|| None::<String>);

    let checked = use_memo(draft.book.clone(), |book| Checked::of(book));
    // The draft as another tab last saved it (or as this tab opened it): what this tab's changes
    // and the other's next save are merged against. And the draft now, for the listener.
    let base = use_mut_ref(|| opened.0.clone());
    let latest = use_mut_ref(|| opened.0.clone());
    *latest.borrow_mut() = (*draft.book).clone();
    let synced = use_state(|| None::<Vec<Conflict>>);

    // Saved as it changes; saving never touches the undo history. A draft that is what another
    // tab saved is stored already.
    {
        let saving = saving.clone();
        let unsaved = draft.unsaved;
        let base = base.clone();
        use_effect_with(draft.book.clone(), move |book| {
            if unsaved && **book != *base.borrow() {
                saving.set(if browser::save_draft(book) {
                    Saving::Saved
                } else {
                    Saving::Failed
                });
            }
        });
    }

    // Another tab saved the draft: its changes and this tab's are merged, never overwritten.
    {
        let dispatcher = draft.dispatcher();
        let (base, latest, synced) = (base.clone(), latest.clone(), synced.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "storage", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    if e.key().as_deref() != Some(browser::DRAFT_KEY) {
                        return;
                    }
                    let Some(theirs) = e.new_value().and_then(|t| browser::draft_of(&t)) else {
                        return;
                    };
                    let mine = latest.borrow().clone();
                    let (merged, conflicts) = three_way(&base.borrow(), &mine, &theirs);
                    *base.borrow_mut() = theirs;
                    // Nothing new from there (an echo of what this tab already has).
                    if merged == mine {
                        return;
                    }
                    dispatcher.dispatch(Action::Sync(merged));
                    synced.set(Some(conflicts));
                })
            });
            move || drop(listener)
        });
    }

    // Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo the draft, in a field too.
    {
        let draft = draft.clone();
        use_effect_with((), move |_| {
            let document = web_sys::window().and_then(|w| w.document());
            let listener = document.map(|d| {
                EventListener::new_with_options(
                    &d,
                    "keydown",
                    EventListenerOptions::enable_prevent_default(),
                    move |e| {
                        let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                            return;
                        };
                        if !(e.ctrl_key() || e.meta_key()) {
                            return;
                        }
                        let key = e.key().to_lowercase();
                        let action = match key.as_str() {
                            "z" if e.shift_key() => Action::Redo,
                            "z" => Action::Undo,
                            "y" => Action::Redo,
                            _ => return,
                        };
                        e.prevent_default();
                        draft.dispatch(action);
                    },
                )
            });
            move || drop(listener)
        });
    }

    // A picked problem's field gets focus once its sheet is shown.
    {
        let focus_next = focus_next.clone();
        use_effect_with((*focus_next).clone(), move |target| {
            if let Some(id) = target {
                browser::focus(id);
                focus_next.set(None);
            }
        });
    }

    let on_file = {
        let draft = draft.clone();
        let imported = imported.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let draft = draft.clone();
            let imported = imported.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let result = match browser::read_file(&file).await {
                    Ok(bytes) => import(&name, &bytes, &draft.book),
                    Err(e) => Err(vec![e]),
                };
                match result {
                    Ok(done) => {
                        draft.dispatch(Action::Replace(done.book));
                        imported.set(Some(Imported::Done(done.notes)));
                    }
                    Err(problems) => imported.set(Some(Imported::Failed(name, problems))),
                }
            });
        })
    };
    let on_workbook = {
        let draft = draft.clone();
        Callback::from(move |_: MouseEvent| {
            if let Ok(bytes) = workbook(&draft.book) {
                let _ = browser::download(
                    WORKBOOK,
                    &bytes,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                );
            }
        })
    };
    let on_data = {
        let checked = checked.clone();
        let published = published.clone();
        let refused = refused.clone();
        Callback::from(move |_: MouseEvent| {
            if checked.errors > 0 {
                refused.set(true);
                return;
            }
            refused.set(false);
            let _ = browser::download(DATA_FILE, checked.json.as_bytes(), "application/json");
            published.set(Some(DATA_FILE.to_string()));
        })
    };
    let act = |make: fn() -> Action| {
        let draft = draft.clone();
        Callback::from(move |_: MouseEvent| draft.dispatch(make()))
    };
    let on_discard = {
        let draft = draft.clone();
        let saving = saving.clone();
        Callback::from(move |_: MouseEvent| {
            draft.dispatch(Action::Discard(built_in()));
            browser::forget_draft();
            saving.set(Saving::Fresh);
        })
    };
    let on_edit = {
        let draft = draft.clone();
        let sheet = *sheet;
        Callback::from(move |(row, column, value): (usize, usize, String)| {
            draft.dispatch(Action::Edit {
                sheet,
                row,
                column,
                value,
            })
        })
    };
    let on_row = {
        let draft = draft.clone();
        let sheet = *sheet;
        let shown = shown.clone();
        let focus_next = focus_next.clone();
        Callback::from(move |op: RowOp| match op {
            RowOp::Add => {
                let rows = draft.book.sheets[sheet].len();
                let mut more = (*shown).clone();
                more[sheet] = more[sheet].max(rows + 1);
                shown.set(more);
                draft.dispatch(Action::AddRow(sheet));
                focus_next.set(Some(cell_id(sheet, rows, 0)));
            }
            RowOp::Remove(row) => draft.dispatch(Action::RemoveRow(sheet, row)),
            RowOp::Up(row) => draft.dispatch(Action::MoveRow {
                sheet,
                row,
                up: true,
            }),
            RowOp::Down(row) => draft.dispatch(Action::MoveRow {
                sheet,
                row,
                up: false,
            }),
        })
    };
    let on_more = {
        let shown = shown.clone();
        let sheet = *sheet;
        Callback::from(move |()| {
            let mut more = (*shown).clone();
            more[sheet] += PAGE_ROWS;
            shown.set(more);
        })
    };
    let on_pick = {
        let sheet = sheet.clone();
        let shown = shown.clone();
        let focus_next = focus_next.clone();
        Callback::from(move |issue: Issue| {
            sheet.set(issue.sheet);
            if let Some(row) = issue.row {
                let mut more = (*shown).clone();
                more[issue.sheet] = more[issue.sheet].max(row + 1);
                shown.set(more);
            }
            let target = match (issue.row, issue.column) {
                (Some(r), Some(c)) => cell_id(issue.sheet, r, c),
                (Some(r), None) => cell_id(issue.sheet, r, 1),
                _ => format!("ed-tab-{}", issue.sheet),
            };
            focus_next.set(Some(target));
        })
    };

    let mut per_sheet = vec![0usize; SHEETS.len()];
    let mut at_cell: HashMap<(usize, usize), (String, bool)> = HashMap::new();
    for i in checked.issues.iter() {
        if !i.warning {
            per_sheet[i.sheet] += 1;
        }
        if i.sheet == *sheet
            && let (Some(r), Some(c)) = (i.row, i.column)
        {
            at_cell
                .entry((r, c))
                .or_insert((i.message.clone(), i.warning));
        }
    }
    let tabs = SHEETS.iter().enumerate().map(|(s, spec)| {
        let choose = {
            let sheet = sheet.clone();
            Callback::from(move |_: MouseEvent| sheet.set(s))
        };
        let label = match per_sheet[s] {
            0 => spec.name.to_string(),
            n => format!("{}({n} 个错误)", spec.name),
        };
        html! {
            <li>
                <button type="button" id={format!("ed-tab-{s}")} onclick={choose}
                    aria-pressed={(s == *sheet).to_string()}>{ label }</button>
            </li>
        }
    });
    let save_text = match &*saving {
        Saving::Fresh => "打开的是内置清单;改动会自动保存在本浏览器".to_string(),
        Saving::Restored(at) => format!("已恢复上次的草稿({at} 保存)"),
        Saving::Saved => "草稿已保存在本浏览器".to_string(),
        Saving::Failed => {
            "草稿未保存:浏览器不允许保存(如无痕模式或空间已满),请下载表格留存".to_string()
        }
    };
    let sync_report = match &*synced {
        None => html! {},
        Some(conflicts) if conflicts.is_empty() => html! {
            <p class="ed-import ed-sync ed-ok" role="status">
                { "另一个标签页也修改了这份草稿:两边的修改已合在一起(可撤销)。" }
            </p>
        },
        Some(conflicts) => html! {
            <div class="ed-import ed-sync ed-error" role="alert">
                <p>{ format!("另一个标签页也修改了这份草稿:两边的修改已合在一起(可撤销);有 {} 格两边改得不同,保留了本页的内容:", conflicts.len()) }</p>
                <ul>{ for conflicts.iter().map(|c| html! {
                    <li>{ format!(
                        "“{}”表第 {} 行 {} 列:本页“{}”,另一页“{}”",
                        SHEETS[c.sheet].name, sheet_row(c.row), column_letters(c.column), c.mine, c.theirs
                    ) }</li>
                }) }</ul>
            </div>
        },
    };
    let import_report = match &*imported {
        None => html! {},
        Some(Imported::Done(notes)) => html! {
            <div class="ed-import ed-imported ed-ok" role="status">
                <p>{ "已导入(可撤销):" }</p>
                <ul>{ for notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
            </div>
        },
        Some(Imported::Failed(name, problems)) => html! {
            <div class="ed-import ed-imported ed-error" role="alert">
                <p>{ format!("“{name}”没有导入,草稿未改动:") }</p>
                <ul>{ for problems.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
            </div>
        },
    };
    html! {
        <>
            <header class="ed-head">
                <h1>{ "青年项目清单编辑器" }</h1>
                <p>{ "从表格做出新一年的清单,或在年内发布进展:导入或填写、按检查结果改正、看预览,然后下载数据文件发布。所有内容只在本浏览器中处理,不会上传。" }</p>
            </header>
            <main class="ed-main">
                <section class="ed-bar" aria-label="文件和操作">
                    <label class="ed-file" for="ed-import">{ "导入表格或数据文件(.xlsx、.csv、.json)" }</label>
                    <input type="file" id="ed-import" accept=".xlsx,.xlsm,.csv,.tsv,.txt,.json" onchange={on_file} />
                    <button type="button" onclick={on_workbook}>{ "下载表格" }</button>
                    <button type="button" onclick={on_data}>{ "下载数据文件" }</button>
                    <button type="button" onclick={act(|| Action::Undo)} disabled={!draft.can_undo()}
                        aria-keyshortcuts="Control+Z">{ "撤销" }</button>
                    <button type="button" onclick={act(|| Action::Redo)} disabled={!draft.can_redo()}
                        aria-keyshortcuts="Control+Shift+Z">{ "重做" }</button>
                    <button type="button" onclick={on_discard}>{ "放弃草稿" }</button>
                </section>
                <p class={classes!("ed-save", (*saving == Saving::Failed).then_some("ed-error"))} role="status">{ save_text }</p>
                { sync_report }
                { import_report }
                if *refused {
                    <p class="ed-refused ed-error" role="alert">
                        { format!("有 {} 个错误,改正后才能下载数据文件。点“检查结果”里的错误可直接跳到要改的格子。", checked.errors) }
                    </p>
                }
                <div class="ed-layout">
                    <section class="ed-sheets" aria-labelledby="ed-sheets-title">
                        <h2 id="ed-sheets-title">{ "表格" }</h2>
                        <ul class="ed-tabs" aria-label="工作表">{ for tabs }</ul>
                        <SheetGrid sheet={*sheet} book={draft.book.clone()} issues={Rc::new(at_cell)}
                            shown={shown[*sheet]} {on_edit} {on_row} {on_more} />
                    </section>
                    <div class="ed-side">
                        <ProblemList issues={checked.issues.clone()} {on_pick} />
                        <Preview json={checked.json.clone()} />
                        if let Some(file) = &*published {
                            <PublishHelp file={file.clone()} title={checked.title.clone()} />
                        }
                    </div>
                </div>
            </main>
        </>
    }
}
