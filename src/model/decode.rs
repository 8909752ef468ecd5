//! Reads a data file: JSON syntax (`json`), then shape, then the checks of `validate`. The build,
//! the tests and data loaded in the browser all come through [`parse_data`], so a file that builds
//! also loads, and a shape error names its record and field (`projects[3] "warm-bee"`,
//! `figures[0].unit`) the same way everywhere.

use super::data::{
    Dataset, Direction, Figure, Kind, Project, Qualifier, Report, Review, Tag, Text, Tr,
};
use super::json::{Value, parse};
use super::validate::{DataError, validate};
use std::borrow::Cow;

/// Parses, reads and validates a data file.
pub fn parse_data(text: &str) -> Result<Dataset, DataError> {
    let root = parse(text).map_err(|e| DataError {
        record: format!("line {}, column {}", e.line, e.column),
        field: String::new(),
        problem: format!("not valid JSON: {}", e.problem),
    })?;
    read_data(&root)
}

/// Reads and validates a parsed data file.
pub fn read_data(root: &Value) -> Result<Dataset, DataError> {
    let data = dataset(root).map_err(|f| f.locate(root))?;
    validate(&data)?;
    Ok(data)
}

/// One step of the path to a value.
enum Step {
    Key(&'static str),
    Index(usize),
}

/// A shape error, with its path from the innermost value outwards.
struct Fail {
    steps: Vec<Step>,
    problem: String,
}

type Read<T> = Result<T, Fail>;

fn fail<T>(problem: String) -> Read<T> {
    Err(Fail {
        steps: Vec::new(),
        problem,
    })
}

impl Fail {
    fn at(mut self, step: Step) -> Self {
        self.steps.push(step);
        self
    }

    /// Names the record (the top-level field, or an item of a top-level list with its id) and the
    /// field within it.
    fn locate(mut self, root: &Value) -> DataError {
        self.steps.reverse();
        let name = |s: &Step| match s {
            Step::Key(k) => k.to_string(),
            Step::Index(i) => format!("[{i}]"),
        };
        let mut steps = self.steps.iter();
        let mut record = steps.next().map(name).unwrap_or_default();
        let mut rest = self.steps.get(1..).unwrap_or_default();
        if let (Some(Step::Key(list)), Some(Step::Index(i))) =
            (self.steps.first(), self.steps.get(1))
        {
            record = format!("{list}[{i}]");
            let id = root.get(list).and_then(|l| match l {
                Value::Array(items) => items.get(*i)?.get("id"),
                _ => None,
            });
            if let Some(Value::String(id)) = id {
                record.push_str(&format!(" \"{id}\""));
            }
            rest = &self.steps[2..];
        }
        let mut field = String::new();
        for s in rest {
            if !field.is_empty() && matches!(s, Step::Key(_)) {
                field.push('.');
            }
            field.push_str(&name(s));
        }
        DataError {
            record,
            field,
            problem: self.problem,
        }
    }
}

/// The members of an object whose keys are all among `known`.
struct Object<'v> {
    members: &'v [(String, Value)],
}

impl<'v> Object<'v> {
    fn new(value: &'v Value, known: &[&str]) -> Read<Self> {
        let Value::Object(members) = value else {
            return fail(format!("expected an object, found {}", value.kind()));
        };
        for (i, (key, _)) in members.iter().enumerate() {
            if !known.contains(&key.as_str()) {
                return fail(format!(
                    "unknown field `{key}`, expected one of `{}`",
                    known.join("`, `")
                ));
            }
            if members[..i].iter().any(|(k, _)| k == key) {
                return fail(format!("duplicate field `{key}`"));
            }
        }
        Ok(Object { members })
    }

    fn optional(&self, key: &str) -> Option<&'v Value> {
        self.members
            .iter()
            .find(|(k, v)| k == key && *v != Value::Null)
            .map(|(_, v)| v)
    }

    /// Reads a required member with `read`, adding its key to any error's path.
    fn field<T>(&self, key: &'static str, read: impl Fn(&'v Value) -> Read<T>) -> Read<T> {
        match self.optional(key) {
            Some(v) => read(v).map_err(|f| f.at(Step::Key(key))),
            None => fail(format!("missing field `{key}`")),
        }
    }
}

fn text(value: &Value) -> Read<Text> {
    match value {
        Value::String(s) => Ok(Cow::Owned(s.clone())),
        other => fail(format!("expected a string, found {}", other.kind())),
    }
}

fn list<T: Clone>(value: &Value, read: impl Fn(&Value) -> Read<T>) -> Read<Cow<'static, [T]>> {
    let Value::Array(items) = value else {
        return fail(format!("expected a list, found {}", value.kind()));
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        out.push(read(item).map_err(|f| f.at(Step::Index(i)))?);
    }
    Ok(Cow::Owned(out))
}

fn tr(value: &Value) -> Read<Tr> {
    let o = Object::new(value, &["zh", "en"])?;
    Ok(Tr {
        zh: o.field("zh", text)?,
        en: o.field("en", text)?,
        hant: Cow::Borrowed(""),
    })
}

fn texts(value: &Value) -> Read<Cow<'static, [Text]>> {
    list(value, text)
}

fn dataset(value: &Value) -> Read<Dataset> {
    let o = Object::new(
        value,
        &[
            "report",
            "themes",
            "audiences",
            "projects",
            "review_2021",
            "directions_2022",
        ],
    )?;
    Ok(Dataset {
        report: o.field("report", report)?,
        themes: o.field("themes", |v| list(v, tag))?,
        audiences: o.field("audiences", |v| list(v, tag))?,
        projects: o.field("projects", |v| list(v, project))?,
        review_2021: o.field("review_2021", review)?,
        directions_2022: o.field("directions_2022", |v| list(v, direction))?,
    })
}

fn report(value: &Value) -> Read<Report> {
    let o = Object::new(
        value,
        &[
            "title",
            "event",
            "event_date",
            "publisher",
            "byline",
            "published",
            "intro",
        ],
    )?;
    Ok(Report {
        title: o.field("title", tr)?,
        event: o.field("event", tr)?,
        event_date: o.field("event_date", tr)?,
        publisher: o.field("publisher", tr)?,
        byline: o.field("byline", tr)?,
        published: o.field("published", text)?,
        intro: o.field("intro", tr)?,
    })
}

fn tag(value: &Value) -> Read<Tag> {
    let o = Object::new(value, &["id", "name"])?;
    Ok(Tag {
        id: o.field("id", text)?,
        name: o.field("name", tr)?,
    })
}

fn project(value: &Value) -> Read<Project> {
    let o = Object::new(
        value,
        &[
            "id",
            "name",
            "summary",
            "description",
            "themes",
            "audiences",
            "figures",
            "sources",
        ],
    )?;
    Ok(Project {
        id: o.field("id", text)?,
        name: o.field("name", tr)?,
        summary: o.field("summary", tr)?,
        description: o.field("description", tr)?,
        themes: o.field("themes", texts)?,
        audiences: o.field("audiences", texts)?,
        figures: o.field("figures", |v| list(v, figure))?,
        sources: o.field("sources", texts)?,
        sort_key: Cow::Borrowed(""),
    })
}

/// A string member that must be one of `names`, read as the matching item of `values`.
fn one_of<T: Copy>(value: &Value, names: &[&str], values: &[T]) -> Read<T> {
    let name = text(value)?;
    match names.iter().position(|n| *n == name) {
        Some(i) => Ok(values[i]),
        None => fail(format!(
            "unknown variant `{name}`, expected one of `{}`",
            names.join("`, `")
        )),
    }
}

fn figure(value: &Value) -> Read<Figure> {
    let o = Object::new(
        value,
        &[
            "label",
            "value",
            "unit",
            "qualifier",
            "kind",
            "measure",
            "headline",
        ],
    )?;
    let qualifiers = [
        Qualifier::AtLeast,
        Qualifier::NoLessThan,
        Qualifier::Over,
        Qualifier::BuiltOrBuilding,
    ];
    let qualifier_names = qualifiers.map(Qualifier::as_str);
    let kinds = [Kind::Target2022, Kind::Baseline2021, Kind::Cumulative];
    Ok(Figure {
        label: o.field("label", tr)?,
        value: o.field("value", text)?,
        unit: o.field("unit", tr)?,
        qualifier: match o.optional("qualifier") {
            Some(_) => Some(o.field("qualifier", |v| one_of(v, &qualifier_names, &qualifiers))?),
            None => None,
        },
        kind: o.field("kind", |v| {
            one_of(v, &["target2022", "baseline2021", "cumulative"], &kinds)
        })?,
        measure: match o.optional("measure") {
            Some(_) => Some(o.field("measure", text)?),
            None => None,
        },
        headline: match o.optional("headline") {
            Some(_) => o.field("headline", |v| match v {
                Value::Bool(b) => Ok(*b),
                other => fail(format!("expected true or false, found {}", other.kind())),
            })?,
            None => false,
        },
    })
}

fn review(value: &Value) -> Read<Review> {
    let o = Object::new(value, &["title", "summary", "figures", "sources"])?;
    Ok(Review {
        title: o.field("title", tr)?,
        summary: o.field("summary", tr)?,
        figures: o.field("figures", |v| list(v, figure))?,
        sources: o.field("sources", texts)?,
    })
}

fn direction(value: &Value) -> Read<Direction> {
    let o = Object::new(value, &["id", "title", "summary", "sources"])?;
    Ok(Direction {
        id: o.field("id", text)?,
        title: o.field("title", tr)?,
        summary: o.field("summary", tr)?,
        sources: o.field("sources", texts)?,
    })
}
