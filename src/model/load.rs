//! Why data published at run time was not shown, said in the reader's language. Kept in the
//! state as it is, not as a sentence, so the notice follows a change of language.

use crate::i18n::{Lang, fill, ui};
use schema::{DataError, Problems};

/// Why runtime data was not shown; the embedded data stays.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The address is not on the page's origin.
    Origin,
    Network,
    Timeout,
    /// An HTTP status other than 2xx.
    Status(u16),
    /// The file is not UTF-8 text.
    NotText,
    /// Not JSON, not a data file, or a data file with problems: every one of them.
    Data(Problems),
    /// This build of the widget does not read data files (the page loaded the one for the
    /// built-in list).
    NotBuilt,
}

impl LoadError {
    /// One sentence for the reader: where the data came from, why it was not shown (for a file
    /// with problems, how many), and that the built-in data (of `year`) stays.
    pub fn summary(&self, src: &str, year: u16, lang: Lang) -> String {
        let ui = ui(lang);
        let reason = match self {
            LoadError::Origin => ui.load_origin.to_string(),
            LoadError::Network => ui.load_network.to_string(),
            LoadError::Timeout => ui.load_timeout.to_string(),
            LoadError::Status(s) => fill(ui.load_status, &[("status", &s.to_string())]),
            LoadError::NotText => ui.load_not_text.to_string(),
            LoadError::NotBuilt => ui.load_not_built.to_string(),
            LoadError::Data(p) if p.len() == 1 => ui.load_problem.to_string(),
            LoadError::Data(p) => fill(ui.load_problems, &[("n", &p.len().to_string())]),
        };
        let year = year.to_string();
        fill(
            ui.load_failed,
            &[("src", src), ("reason", &reason), ("year", &year)],
        )
    }

    /// The file's problems, each naming its record and field; empty for other failures.
    pub fn problems(&self) -> &[DataError] {
        match self {
            LoadError::Data(p) => &p.0,
            _ => &[],
        }
    }
}
