//! The draft with its undo and redo: one reducer over the book. Typing into one cell is one
//! step until another cell is edited; an import is one step; undo never goes past the state the
//! editor opened with. Saving the draft is apart from this, so it never resets the history.

use crate::book::Book;
use std::rc::Rc;

/// Undo steps kept: enough for an afternoon, small enough for a 10,000-row list.
const KEPT: usize = 200;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Draft {
    pub book: Rc<Book>,
    past: Vec<Rc<Book>>,
    future: Vec<Rc<Book>>,
    /// The cell the last step typed into: further typing there joins that step.
    typing: Option<(usize, usize, usize)>,
    /// Whether the book holds work the browser should keep: set by every change, cleared by
    /// discarding the draft (the built-in data needs no saving).
    pub unsaved: bool,
}

pub enum Action {
    Edit {
        sheet: usize,
        row: usize,
        column: usize,
        value: String,
    },
    AddRow(usize),
    RemoveRow(usize, usize),
    MoveRow {
        sheet: usize,
        row: usize,
        up: bool,
    },
    /// An import: one step, undoable.
    Replace(Book),
    /// The draft as another tab saved it, this tab's changes merged in: one step, undoable.
    Sync(Book),
    /// Back to the built-in data: one step, undoable, and nothing left to save.
    Discard(Book),
    Undo,
    Redo,
}

impl Draft {
    pub fn new(book: Book) -> Self {
        Draft {
            book: Rc::new(book),
            ..Draft::default()
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// The draft after an action.
    pub fn apply(&self, action: Action) -> Draft {
        let mut next = self.clone();
        match action {
            Action::Undo => {
                let Some(book) = next.past.pop() else {
                    return next;
                };
                next.future.push(std::mem::replace(&mut next.book, book));
                next.typing = None;
            }
            Action::Redo => {
                let Some(book) = next.future.pop() else {
                    return next;
                };
                next.past.push(std::mem::replace(&mut next.book, book));
                next.typing = None;
            }
            Action::Edit {
                sheet,
                row,
                column,
                value,
            } => {
                if next.book.cell(sheet, row, column) == value {
                    return next;
                }
                let place = Some((sheet, row, column));
                if next.typing != place || next.past.is_empty() {
                    next.step();
                }
                Rc::make_mut(&mut next.book).set(sheet, row, column, value);
                next.typing = place;
            }
            Action::AddRow(sheet) => {
                next.step();
                Rc::make_mut(&mut next.book).add_row(sheet);
            }
            Action::RemoveRow(sheet, row) => {
                next.step();
                Rc::make_mut(&mut next.book).remove_row(sheet, row);
            }
            Action::MoveRow { sheet, row, up } => {
                next.step();
                Rc::make_mut(&mut next.book).move_row(sheet, row, up);
            }
            Action::Replace(book) | Action::Sync(book) => {
                next.step();
                next.book = Rc::new(book.normalized());
            }
            Action::Discard(book) => {
                next.step();
                next.book = Rc::new(book.normalized());
                next.unsaved = false;
                return next;
            }
        }
        next.unsaved = true;
        next
    }

    /// Keeps the present book as an undo step; a new step forgets what was undone.
    fn step(&mut self) {
        self.past.push(self.book.clone());
        if self.past.len() > KEPT {
            self.past.remove(0);
        }
        self.future.clear();
        self.typing = None;
    }
}

impl yew::Reducible for Draft {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}
