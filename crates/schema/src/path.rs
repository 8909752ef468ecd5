//! Where in a data file a problem is, as a typed path: a record (the list, the report, a
//! project, …), and a field within it (`name.en`, `themes[2]`, `figures[1].unit.en`). Problems
//! carry it as it is; each language words it when it is shown, and an editor maps it to its
//! sheet, row and column ([`crate::sheets`]) without parsing text.

use std::fmt;

/// A translated text's language, as the file names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// `zh`: Simplified Chinese, as editors write it.
    Zh,
    /// `en`.
    En,
    /// `hant`: Traditional Chinese, made from the Simplified text unless the file has its own.
    Hant,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Zh, Part::En, Part::Hant];

    pub fn key(self) -> &'static str {
        match self {
            Part::Zh => "zh",
            Part::En => "en",
            Part::Hant => "hant",
        }
    }

    fn of(key: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// Declares [`Key`] with each field's name in the file, one list for both directions.
macro_rules! keys {
    ($($(#[$doc:meta])* $key:ident = $name:literal,)*) => {
        /// A field of a record of the data file, by its name in the file. One name may serve
        /// several records (`title` of the report, the review and a direction).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key {
            $($(#[$doc])* $key,)*
        }

        impl Key {
            pub const ALL: &[Key] = &[$(Key::$key,)*];

            /// The field's name in the file.
            pub fn name(self) -> &'static str {
                match self {
                    $(Key::$key => $name,)*
                }
            }

            /// The field of a name in the file; `None` for a name the format does not have.
            pub fn of(name: &str) -> Option<Key> {
                match name {
                    $($name => Some(Key::$key),)*
                    _ => None,
                }
            }
        }
    };
}

keys! {
    Format = "format",
    Year = "year",
    League = "league",
    LeagueFull = "league_full",
    Campaign = "campaign",
    Title = "title",
    Event = "event",
    EventDate = "event_date",
    Date = "date",
    Publisher = "publisher",
    Byline = "byline",
    Published = "published",
    Intro = "intro",
    Id = "id",
    Name = "name",
    Summary = "summary",
    Description = "description",
    Themes = "themes",
    Audiences = "audiences",
    Figures = "figures",
    Sources = "sources",
    Label = "label",
    Value = "value",
    Unit = "unit",
    Qualifier = "qualifier",
    Kind = "kind",
    Adds = "adds",
    Measure = "measure",
    Headline = "headline",
    Updates = "updates",
    AsOf = "as_of",
    Status = "status",
    Text = "text",
    Source = "source",
    Link = "link",
    Keywords = "keywords",
}

/// A record of the data file: a top-level object, or an item of a top-level list; ordered as
/// the file has them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Record {
    /// The file as a whole (its JSON, its format).
    File,
    /// `list`: whose list it is, and of which year.
    List,
    Report,
    /// The list of themes as a whole, and one theme.
    Themes,
    Theme(usize),
    Audiences,
    Audience(usize),
    /// The list of projects as a whole, and one project.
    Projects,
    Project(usize),
    Review,
    Directions,
    Direction(usize),
}

impl Record {
    /// The record's top-level name in the file.
    pub fn name(self) -> &'static str {
        match self {
            Record::File => "",
            Record::List => "list",
            Record::Report => "report",
            Record::Themes | Record::Theme(_) => "themes",
            Record::Audiences | Record::Audience(_) => "audiences",
            Record::Projects | Record::Project(_) => "projects",
            Record::Review => "review",
            Record::Directions | Record::Direction(_) => "directions",
        }
    }

    /// Its index in its list, for an item of one.
    pub fn index(self) -> Option<usize> {
        match self {
            Record::Theme(i) | Record::Audience(i) | Record::Project(i) | Record::Direction(i) => {
                Some(i)
            }
            _ => None,
        }
    }

    /// The record a top-level name and an index (for the lists) lead to. Files of the first
    /// format named the review and the directions with a year; those names are read only here.
    fn of(name: &str, index: Option<usize>) -> Option<Record> {
        Some(match (name, index) {
            ("list", _) => Record::List,
            ("report", _) => Record::Report,
            ("review" | "review_2021", _) => Record::Review,
            ("themes", None) => Record::Themes,
            ("themes", Some(i)) => Record::Theme(i),
            ("audiences", None) => Record::Audiences,
            ("audiences", Some(i)) => Record::Audience(i),
            ("projects", None) => Record::Projects,
            ("projects", Some(i)) => Record::Project(i),
            ("directions" | "directions_2022", None) => Record::Directions,
            ("directions" | "directions_2022", Some(i)) => Record::Direction(i),
            ("format", _) => Record::File,
            _ => return None,
        })
    }
}

/// A field of a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// A field of the record itself (`id`, `year`), or one language of a translated text
    /// (`name.en`); no part for the text as a whole.
    Key(Key, Option<Part>),
    /// An item of one of the record's lists (`themes[2]`, `sources[0]`, `figures[1]`), or a field
    /// of that item (`figures[1].unit.en`).
    Item(Key, usize, Option<(Key, Option<Part>)>),
}

/// Where a problem is: a record, and a field within it (none for the record as a whole).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Path {
    pub record: Record,
    pub field: Option<Field>,
}

impl Path {
    /// The record as a whole.
    pub fn record(record: Record) -> Path {
        Path {
            record,
            field: None,
        }
    }

    /// A field of a record.
    pub fn key(record: Record, key: Key) -> Path {
        Path {
            record,
            field: Some(Field::Key(key, None)),
        }
    }

    /// The same path, narrowed to one language of the text it leads to.
    pub fn part(self, part: Part) -> Path {
        let field = match self.field {
            Some(Field::Key(k, _)) => Some(Field::Key(k, Some(part))),
            Some(Field::Item(list, i, Some((k, _)))) => {
                Some(Field::Item(list, i, Some((k, Some(part)))))
            }
            other => other,
        };
        Path { field, ..self }
    }

    /// The same record, at a field of one of its items: `figures[i].unit`.
    pub fn item(record: Record, list: Key, index: usize, key: Option<Key>) -> Path {
        Path {
            record,
            field: Some(Field::Item(list, index, key.map(|k| (k, None)))),
        }
    }

    /// The record as the file names it: `projects[3]`, `report`; empty for the file.
    pub fn record_name(&self) -> String {
        match self.record.index() {
            Some(i) => format!("{}[{i}]", self.record.name()),
            None => self.record.name().to_string(),
        }
    }

    /// The field as the file names it, below its record: `figures[0].unit.en`; empty for the
    /// record as a whole.
    pub fn field_name(&self) -> String {
        let leaf = |k: Key, p: Option<Part>| match p {
            Some(p) => format!("{}.{}", k.name(), p.key()),
            None => k.name().to_string(),
        };
        match self.field {
            None => String::new(),
            Some(Field::Key(k, p)) => leaf(k, p),
            Some(Field::Item(list, i, None)) => format!("{}[{i}]", list.name()),
            Some(Field::Item(list, i, Some((k, p)))) => {
                format!("{}[{i}].{}", list.name(), leaf(k, p))
            }
        }
    }

    /// The path serde's error path leads to, as far as the format knows its names: an unknown
    /// field's path ends at the record or item that has it (the problem's text names the field).
    pub fn from_segments(segments: &[Segment<'_>]) -> Path {
        let mut rest = segments.iter().copied().peekable();
        let Some(Segment::Key(top)) = rest.next() else {
            return Path::record(Record::File);
        };
        let index = match rest.peek() {
            Some(Segment::Index(i)) => {
                let i = *i;
                rest.next();
                Some(i)
            }
            _ => None,
        };
        let Some(record) = Record::of(top, index) else {
            return Path::record(Record::File);
        };
        if top == "format" {
            return Path::key(Record::File, Key::Format);
        }
        let mut path = Path::record(record);
        let Some(Segment::Key(name)) = rest.next() else {
            return path;
        };
        let Some(key) = Key::of(name) else {
            return path;
        };
        path.field = Some(Field::Key(key, None));
        match rest.next() {
            Some(Segment::Key(p)) => {
                if let Some(part) = Part::of(p) {
                    path = path.part(part);
                }
            }
            Some(Segment::Index(i)) => {
                path.field = Some(Field::Item(key, i, None));
                if let Some(Segment::Key(sub)) = rest.next()
                    && let Some(sub) = Key::of(sub)
                {
                    path.field = Some(Field::Item(key, i, Some((sub, None))));
                    if let Some(Segment::Key(p)) = rest.next()
                        && let Some(part) = Part::of(p)
                    {
                        path = path.part(part);
                    }
                }
            }
            None => {}
        }
        path
    }
}

/// One step of a path through the file's JSON: an object's key or a list's index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

/// `projects[3].figures[0].unit.en`: the path in the file.
impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (record, field) = (self.record_name(), self.field_name());
        match (record.is_empty(), field.is_empty()) {
            (_, true) => f.write_str(&record),
            (true, false) => f.write_str(&field),
            (false, false) => write!(f, "{record}.{field}"),
        }
    }
}
