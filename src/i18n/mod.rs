//! Every string of the interface in three languages. Editors write Simplified Chinese and English
//! in `ui.json` beside this file; the build converts the Simplified strings to Traditional and
//! generates one [`Ui`] per language, so a missing or misspelt key is a compile error.

pub use schema::Lang;

include!(concat!(env!("OUT_DIR"), "/ui.rs"));

/// The interface strings of a language.
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Hans => &UI_HANS,
        Lang::Hant => &UI_HANT,
        Lang::En => &UI_EN,
    }
}

/// Fills `{name}` placeholders.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// A template's `{year}` filled: the year is the data's, never the interface's.
pub fn with_year(template: &str, year: u16) -> String {
    fill(template, &[("year", &year.to_string())])
}
