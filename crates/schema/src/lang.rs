//! The widget's languages: what the data's texts and the problems' messages come in.

/// A language of the widget, as a BCP 47 tag in URLs and `lang` attributes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Simplified Chinese, the report's own script and the default.
    #[default]
    Hans,
    /// Traditional Chinese, converted from the Simplified text at build time.
    Hant,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Hans, Lang::Hant, Lang::En];

    /// The BCP 47 tag: `zh-Hans`, `zh-Hant`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Hans => "zh-Hans",
            Lang::Hant => "zh-Hant",
            Lang::En => "en",
        }
    }

    /// Reads a tag; case-insensitive, since people type URLs by hand.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The language's name in itself, for the switcher.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Hans => "简体",
            Lang::Hant => "繁體",
            Lang::En => "English",
        }
    }
}

/// The months' names in English, for dates in words (the Chinese ones are numbered: 3月).
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
