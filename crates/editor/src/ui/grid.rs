//! One sheet as a form: a row per record, a labelled field per cell (a text area for long text),
//! the Traditional fields showing the conversion they will get when left empty, and buttons to
//! add, remove and reorder rows. A cell with a problem is marked invalid and described by it.

use super::cell_id;
use crate::book::Book;
use crate::convert::traditional;
use crate::spec::{SHEETS, sheet_row};
use std::collections::HashMap;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Rows shown at first; more on request, so a 10,000-row list stays quick to edit.
pub const PAGE_ROWS: usize = 100;

/// What a row button asks for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RowOp {
    Add,
    Remove(usize),
    Up(usize),
    Down(usize),
}

#[derive(Properties, PartialEq)]
pub struct SheetGridProps {
    pub sheet: usize,
    pub book: Rc<Book>,
    /// The first problem of each cell (row, column) of this sheet: its text, and whether it is
    /// only a warning.
    pub issues: Rc<HashMap<(usize, usize), (String, bool)>>,
    pub shown: usize,
    pub on_edit: Callback<(usize, usize, String)>,
    pub on_row: Callback<RowOp>,
    pub on_more: Callback<()>,
}

#[component]
pub fn SheetGrid(props: &SheetGridProps) -> Html {
    let s = props.sheet;
    let spec = &SHEETS[s];
    let rows = props.book.sheets.get(s).map_or(&[][..], Vec::as_slice);
    let fixed = !spec.fields.is_empty();
    let shown = props.shown.min(rows.len());
    let caption = format!("“{}”表", spec.name);
    let body = rows[..shown].iter().enumerate().map(|(r, cells)| {
        let n = sheet_row(r);
        let fields = spec.columns.iter().enumerate().map(|(c, column)| {
            let value = cells.get(c).cloned().unwrap_or_default();
            if fixed && c == 0 {
                return html! { <th scope="row" class="ed-fixed">{ value }</th> };
            }
            let id = cell_id(s, r, c);
            let label = format!("{caption}第 {n} 行 {}", column.header);
            let issue = props.issues.get(&(r, c));
            let invalid = issue.is_some_and(|(_, warning)| !warning);
            let note_id = format!("{id}-note");
            let placeholder = spec
                .zh_of(c)
                .map(|zh| traditional(cells.get(zh).map_or("", String::as_str), ""))
                .filter(|t| !t.is_empty())
                .map(|t| format!("自动:{t}"));
            let on_edit = props.on_edit.clone();
            let field = if column.long {
                let oninput = Callback::from(move |e: InputEvent| {
                    let el: HtmlTextAreaElement = e.target_unchecked_into();
                    on_edit.emit((r, c, el.value()));
                });
                html! {
                    <textarea id={id} aria-label={label} value={value} rows="2" {oninput}
                        placeholder={placeholder}
                        aria-invalid={invalid.then_some("true")}
                        aria-describedby={issue.map(|_| note_id.clone())} />
                }
            } else {
                let oninput = Callback::from(move |e: InputEvent| {
                    let el: HtmlInputElement = e.target_unchecked_into();
                    on_edit.emit((r, c, el.value()));
                });
                html! {
                    <input type="text" id={id} aria-label={label} value={value} {oninput}
                        placeholder={placeholder}
                        aria-invalid={invalid.then_some("true")}
                        aria-describedby={issue.map(|_| note_id.clone())} />
                }
            };
            let note = issue.map(|(text, warning)| {
                let class = if *warning { "ed-note ed-warn" } else { "ed-note ed-error" };
                html! { <span class={class} id={note_id}>{ text.clone() }</span> }
            });
            html! {
                <td class={classes!(invalid.then_some("ed-bad"), column.long.then_some("ed-long"))}>
                    { field }{ for note }
                </td>
            }
        });
        let op = |make: fn(usize) -> RowOp| {
            let on_row = props.on_row.clone();
            Callback::from(move |_: MouseEvent| on_row.emit(make(r)))
        };
        html! {
            <tr key={r}>
                <th scope="row" class="ed-rownum">{ n }</th>
                { for fields }
                if !fixed {
                    <td class="ed-rowops">
                        <button type="button" onclick={op(RowOp::Up)} disabled={r == 0}
                            aria-label={format!("第 {n} 行上移")}>{ "↑" }</button>
                        <button type="button" onclick={op(RowOp::Down)} disabled={r + 1 == rows.len()}
                            aria-label={format!("第 {n} 行下移")}>{ "↓" }</button>
                        <button type="button" onclick={op(RowOp::Remove)}
                            aria-label={format!("删除第 {n} 行")}>{ "删除" }</button>
                    </td>
                }
            </tr>
        }
    });
    let add = {
        let on_row = props.on_row.clone();
        Callback::from(move |_: MouseEvent| on_row.emit(RowOp::Add))
    };
    let more = {
        let on_more = props.on_more.clone();
        Callback::from(move |_: MouseEvent| on_more.emit(()))
    };
    html! {
        <>
            <p class="ed-sheet-note">{ spec.note }</p>
            <div class="ed-grid" role="region" aria-label={caption.clone()} tabindex="0">
                <table>
                    <caption class="ed-sr">{ caption.clone() }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "行" }</th>
                            { for spec.columns.iter().map(|c| html! { <th scope="col">{ c.header }</th> }) }
                            if !fixed { <th scope="col">{ "操作" }</th> }
                        </tr>
                    </thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
            <p class="ed-grid-foot">
                if shown < rows.len() {
                    <button type="button" onclick={more}>
                        { format!("再显示 {} 行(共 {} 行)", PAGE_ROWS.min(rows.len() - shown), rows.len()) }
                    </button>
                }
                if !fixed {
                    <button type="button" onclick={add}>{ format!("在“{}”表添加一行", spec.name) }</button>
                }
            </p>
        </>
    }
}
