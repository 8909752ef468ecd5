//! Reads a data file: JSON syntax (`json`), then shape, then the checks of `validate`. The build,
//! the tests and data loaded in the browser all come through [`read`], so a file that builds also
//! loads, and a shape error names its record and field (`projects[3] "warm-bee"`,
//! `figures[0].unit`) the same way everywhere. The text is read straight into the model's types:
//! a file of 10,000 projects never exists as a tree of JSON values.

use super::data::{
    Dataset, Direction, Figure, Kind, Project, Qualifier, Report, Review, Tag, Text, Tr,
};
use super::json::{Parser, SyntaxError, Value, parse};
use super::validate::{DataError, validate};
use std::borrow::Cow;

/// Why a data file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON.
    Syntax(SyntaxError),
    /// JSON, but not a valid data file.
    Data(DataError),
}

/// Parses, reads and validates a data file.
pub fn read(text: &str) -> Result<Dataset, ReadError> {
    read_with(Parser::new(text), text)
}

/// [`read`] for a text kept for the life of the page: the data's strings borrow from it rather
/// than copying it, which halves the memory a long list takes (data loaded at run time).
pub fn read_kept(text: &'static str) -> Result<Dataset, ReadError> {
    read_with(Parser::borrowing(text), text)
}

fn read_with(mut p: Parser, text: &str) -> Result<Dataset, ReadError> {
    let read = dataset(&mut p).and_then(|d| {
        p.end()?;
        Ok(d)
    });
    match read {
        Ok(data) => validate(&data).map(|()| data).map_err(ReadError::Data),
        Err(Fail::Syntax(e)) => Err(ReadError::Syntax(e)),
        Err(Fail::Shape { steps, problem }) => {
            // Only now is the text parsed as a tree, to name the failing record by its id.
            let root = parse(text).ok();
            Err(ReadError::Data(locate(steps, problem, root.as_ref())))
        }
    }
}

/// [`read`], with a syntax error given as a [`DataError`] whose record is its line and column.
pub fn parse_data(text: &str) -> Result<Dataset, DataError> {
    read(text).map_err(|e| match e {
        ReadError::Data(e) => e,
        ReadError::Syntax(e) => DataError {
            record: format!("line {}, column {}", e.line, e.column),
            field: String::new(),
            problem: format!("not valid JSON: {}", e.problem),
        },
    })
}

/// One step of the path to a value.
enum Step {
    Key(&'static str),
    Index(usize),
}

/// A syntax error, or a shape error with its path from the innermost value outwards.
enum Fail {
    Syntax(SyntaxError),
    Shape { steps: Vec<Step>, problem: String },
}

impl From<SyntaxError> for Fail {
    fn from(e: SyntaxError) -> Self {
        Fail::Syntax(e)
    }
}

type Read<T> = Result<T, Fail>;

/// The error for a value of the wrong kind, or a syntax error where no value starts at all.
fn wrong<T>(p: &mut Parser, expected: &str) -> Read<T> {
    let found = p.next_kind()?;
    fail(format!("expected {expected}, found {found}"))
}

fn fail<T>(problem: String) -> Read<T> {
    Err(Fail::Shape {
        steps: Vec::new(),
        problem,
    })
}

impl Fail {
    fn at(mut self, step: Step) -> Self {
        if let Fail::Shape { steps, .. } = &mut self {
            steps.push(step);
        }
        self
    }
}

/// Names the record (the top-level field, or an item of a top-level list with its id) and the
/// field within it.
fn locate(mut steps: Vec<Step>, problem: String, root: Option<&Value>) -> DataError {
    steps.reverse();
    let name = |s: &Step| match s {
        Step::Key(k) => k.to_string(),
        Step::Index(i) => format!("[{i}]"),
    };
    let mut record = steps.first().map(name).unwrap_or_default();
    let mut rest = steps.get(1..).unwrap_or_default();
    if let (Some(Step::Key(list)), Some(Step::Index(i))) = (steps.first(), steps.get(1)) {
        record = format!("{list}[{i}]");
        let id = root.and_then(|r| r.get(list)).and_then(|l| match l {
            Value::Array(items) => items.get(*i)?.get("id"),
            _ => None,
        });
        if let Some(Value::String(id)) = id {
            record.push_str(&format!(" \"{id}\""));
        }
        rest = &steps[2..];
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
        problem,
    }
}

/// Reads an object whose keys must be among `known`, each at most once, calling `member` with
/// the index of each key in `known`; errors inside a member get its key in their path.
fn object(
    p: &mut Parser,
    known: &[&'static str],
    mut member: impl FnMut(&mut Parser, usize) -> Read<()>,
) -> Read<()> {
    // One copy of the loop for every kind of record, rather than one per record type.
    object_with(p, known, &mut member)
}

fn object_with(
    p: &mut Parser,
    known: &[&'static str],
    member: &mut dyn FnMut(&mut Parser, usize) -> Read<()>,
) -> Read<()> {
    if p.next_byte() != Some(b'{') {
        return wrong(p, "an object");
    }
    let mut seen = 0u32;
    p.members(|p, key| {
        let Some(i) = known.iter().position(|k| *k == key) else {
            return fail(format!(
                "unknown field `{key}`, expected one of `{}`",
                known.join("`, `")
            ));
        };
        if seen & (1 << i) != 0 {
            return fail(format!("duplicate field `{key}`"));
        }
        seen |= 1 << i;
        member(p, i).map_err(|f| f.at(Step::Key(known[i])))
    })
}

/// A required member's value, or the error naming it.
fn need<T>(value: Option<T>, key: &str) -> Read<T> {
    match value {
        Some(v) => Ok(v),
        None => fail(format!("missing field `{key}`")),
    }
}

/// An optional member: `null` reads as absent.
fn optional<T>(p: &mut Parser, read: impl FnOnce(&mut Parser) -> Read<T>) -> Read<Option<T>> {
    if p.null() {
        Ok(None)
    } else {
        read(p).map(Some)
    }
}

fn text(p: &mut Parser) -> Read<Text> {
    if p.next_byte() != Some(b'"') {
        return wrong(p, "a string");
    }
    Ok(p.string_value()?)
}

fn list<T: Clone>(
    p: &mut Parser,
    read: impl Fn(&mut Parser) -> Read<T>,
) -> Read<Cow<'static, [T]>> {
    read_list(p, read, false)
}

/// A list that may be long (the projects): sized from a scan first, since growing a list of
/// 10,000 projects by doubling would briefly hold two copies of it while the file's text is also
/// in memory.
fn long_list<T: Clone>(
    p: &mut Parser,
    read: impl Fn(&mut Parser) -> Read<T>,
) -> Read<Cow<'static, [T]>> {
    read_list(p, read, true)
}

fn read_list<T: Clone>(
    p: &mut Parser,
    read: impl Fn(&mut Parser) -> Read<T>,
    sized: bool,
) -> Read<Cow<'static, [T]>> {
    if p.next_byte() != Some(b'[') {
        return wrong(p, "a list");
    }
    let mut out = Vec::with_capacity(if sized { p.count_items() } else { 0 });
    p.elements(|p, i| {
        out.push(read(p).map_err(|f| f.at(Step::Index(i)))?);
        Ok::<_, Fail>(())
    })?;
    // Exactly as long as the file's list: a list of 10,000 projects would otherwise keep room
    // for thousands more.
    out.shrink_to_fit();
    Ok(Cow::Owned(out))
}

fn tr(p: &mut Parser) -> Read<Tr> {
    let (mut zh, mut en) = (None, None);
    object(p, &["zh", "en"], |p, i| {
        let t = Some(text(p)?);
        if i == 0 {
            zh = t
        } else {
            en = t
        }
        Ok(())
    })?;
    Ok(Tr {
        zh: need(zh, "zh")?,
        en: need(en, "en")?,
        hant: Cow::Borrowed(""),
    })
}

fn texts(p: &mut Parser) -> Read<Cow<'static, [Text]>> {
    list(p, text)
}

fn dataset(p: &mut Parser) -> Read<Dataset> {
    let (mut report_, mut themes, mut audiences, mut projects, mut review_, mut directions) =
        (None, None, None, None, None, None);
    object(
        p,
        &[
            "report",
            "themes",
            "audiences",
            "projects",
            "review_2021",
            "directions_2022",
        ],
        |p, i| {
            match i {
                0 => report_ = Some(report(p)?),
                1 => themes = Some(list(p, tag)?),
                2 => audiences = Some(list(p, tag)?),
                3 => projects = Some(long_list(p, project)?),
                4 => review_ = Some(review(p)?),
                _ => directions = Some(list(p, direction)?),
            }
            Ok(())
        },
    )?;
    Ok(Dataset {
        report: need(report_, "report")?,
        themes: need(themes, "themes")?,
        audiences: need(audiences, "audiences")?,
        projects: need(projects, "projects")?,
        review_2021: need(review_, "review_2021")?,
        directions_2022: need(directions, "directions_2022")?,
    })
}

fn report(p: &mut Parser) -> Read<Report> {
    const KEYS: [&str; 7] = [
        "title",
        "event",
        "event_date",
        "publisher",
        "byline",
        "published",
        "intro",
    ];
    let mut trs: [Option<Tr>; 7] = Default::default();
    let mut published = None;
    object(p, &KEYS, |p, i| {
        if i == 5 {
            published = Some(text(p)?);
        } else {
            trs[i] = Some(tr(p)?);
        }
        Ok(())
    })?;
    let [title, event, event_date, publisher, byline, _, intro] = trs;
    Ok(Report {
        title: need(title, KEYS[0])?,
        event: need(event, KEYS[1])?,
        event_date: need(event_date, KEYS[2])?,
        publisher: need(publisher, KEYS[3])?,
        byline: need(byline, KEYS[4])?,
        published: need(published, KEYS[5])?,
        intro: need(intro, KEYS[6])?,
    })
}

fn tag(p: &mut Parser) -> Read<Tag> {
    let (mut id, mut name) = (None, None);
    object(p, &["id", "name"], |p, i| {
        if i == 0 {
            id = Some(text(p)?);
        } else {
            name = Some(tr(p)?);
        }
        Ok(())
    })?;
    Ok(Tag {
        id: need(id, "id")?,
        name: need(name, "name")?,
    })
}

fn project(p: &mut Parser) -> Read<Project> {
    const KEYS: [&str; 8] = [
        "id",
        "name",
        "summary",
        "description",
        "themes",
        "audiences",
        "figures",
        "sources",
    ];
    let (mut id, mut name, mut summary, mut description) = (None, None, None, None);
    let (mut themes, mut audiences, mut figures, mut sources) = (None, None, None, None);
    object(p, &KEYS, |p, i| {
        match i {
            0 => id = Some(text(p)?),
            1 => name = Some(tr(p)?),
            2 => summary = Some(tr(p)?),
            3 => description = Some(tr(p)?),
            4 => themes = Some(texts(p)?),
            5 => audiences = Some(texts(p)?),
            6 => figures = Some(list(p, figure)?),
            _ => sources = Some(texts(p)?),
        }
        Ok(())
    })?;
    Ok(Project {
        id: need(id, KEYS[0])?,
        name: need(name, KEYS[1])?,
        summary: need(summary, KEYS[2])?,
        description: need(description, KEYS[3])?,
        themes: need(themes, KEYS[4])?,
        audiences: need(audiences, KEYS[5])?,
        figures: need(figures, KEYS[6])?,
        sources: need(sources, KEYS[7])?,
        sort_key: Cow::Borrowed(""),
    })
}

/// A string that must be one of `names`, read as the matching item of `values`.
fn one_of<T: Copy>(p: &mut Parser, names: &[&str], values: &[T]) -> Read<T> {
    let name = text(p)?;
    match names.iter().position(|n| *n == name) {
        Some(i) => Ok(values[i]),
        None => fail(format!(
            "unknown variant `{name}`, expected one of `{}`",
            names.join("`, `")
        )),
    }
}

fn figure(p: &mut Parser) -> Read<Figure> {
    const KEYS: [&str; 7] = [
        "label",
        "value",
        "unit",
        "qualifier",
        "kind",
        "measure",
        "headline",
    ];
    let qualifiers = [
        Qualifier::AtLeast,
        Qualifier::NoLessThan,
        Qualifier::Over,
        Qualifier::BuiltOrBuilding,
    ];
    let qualifier_names = qualifiers.map(Qualifier::as_str);
    let kinds = [Kind::Target2022, Kind::Baseline2021, Kind::Cumulative];
    let (mut label, mut value, mut unit, mut kind) = (None, None, None, None);
    let (mut qualifier, mut measure, mut headline) = (None, None, None);
    object(p, &KEYS, |p, i| {
        match i {
            0 => label = Some(tr(p)?),
            1 => value = Some(text(p)?),
            2 => unit = Some(tr(p)?),
            3 => qualifier = optional(p, |p| one_of(p, &qualifier_names, &qualifiers))?,
            4 => {
                kind = Some(one_of(
                    p,
                    &["target2022", "baseline2021", "cumulative"],
                    &kinds,
                )?)
            }
            5 => measure = optional(p, text)?,
            _ => {
                headline = optional(p, |p| match p.bool() {
                    Some(b) => Ok(b),
                    None => wrong(p, "true or false"),
                })?
            }
        }
        Ok(())
    })?;
    Ok(Figure {
        label: need(label, KEYS[0])?,
        value: need(value, KEYS[1])?,
        unit: need(unit, KEYS[2])?,
        qualifier,
        kind: need(kind, KEYS[4])?,
        measure,
        headline: headline.unwrap_or(false),
    })
}

fn review(p: &mut Parser) -> Read<Review> {
    const KEYS: [&str; 4] = ["title", "summary", "figures", "sources"];
    let (mut title, mut summary, mut figures, mut sources) = (None, None, None, None);
    object(p, &KEYS, |p, i| {
        match i {
            0 => title = Some(tr(p)?),
            1 => summary = Some(tr(p)?),
            2 => figures = Some(list(p, figure)?),
            _ => sources = Some(texts(p)?),
        }
        Ok(())
    })?;
    Ok(Review {
        title: need(title, KEYS[0])?,
        summary: need(summary, KEYS[1])?,
        figures: need(figures, KEYS[2])?,
        sources: need(sources, KEYS[3])?,
    })
}

fn direction(p: &mut Parser) -> Read<Direction> {
    const KEYS: [&str; 4] = ["id", "title", "summary", "sources"];
    let (mut id, mut title, mut summary, mut sources) = (None, None, None, None);
    object(p, &KEYS, |p, i| {
        match i {
            0 => id = Some(text(p)?),
            1 => title = Some(tr(p)?),
            2 => summary = Some(tr(p)?),
            _ => sources = Some(texts(p)?),
        }
        Ok(())
    })?;
    Ok(Direction {
        id: need(id, KEYS[0])?,
        title: need(title, KEYS[1])?,
        summary: need(summary, KEYS[2])?,
        sources: need(sources, KEYS[3])?,
    })
}
