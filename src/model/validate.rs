//! Checks a data file beyond its shape: closed lists, unique ids, non-empty texts, and figures that
//! stand in their source sentences. The build runs it on the embedded file; every error names the
//! record and the field.

use super::data::{Dataset, Figure, Tag, Text, Tr};
use std::fmt;

/// A problem in the data file, located by record and field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// The record, e.g. `projects[3] "warm-bee"` or `review_2021`.
    pub record: String,
    /// The field within the record, e.g. `figures[0].unit`.
    pub field: String,
    pub problem: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}, field `{}`: {}",
            self.record, self.field, self.problem
        )
    }
}

impl std::error::Error for DataError {}

/// Collects errors for one record.
struct Record<'a> {
    /// The record's list or top-level field, its index in a list and its id: named in full only
    /// for an error (a file may have thousands of records).
    name: &'a str,
    item: Option<(usize, &'a str)>,
    errors: &'a mut Vec<DataError>,
}

impl Record<'_> {
    fn fail(&mut self, field: impl Into<String>, problem: impl Into<String>) {
        let record = match self.item {
            Some((i, id)) => format!("{}[{i}] \"{id}\"", self.name),
            None => self.name.to_string(),
        };
        self.errors.push(DataError {
            record,
            field: field.into(),
            problem: problem.into(),
        });
    }

    /// A text that must not be blank. The field is named (formatted) only for an error: a file of
    /// thousands of records has tens of thousands of texts.
    fn text(&mut self, field: impl std::fmt::Display, value: &str) {
        if value.trim().is_empty() {
            self.fail(field.to_string(), "must not be empty");
        }
    }

    /// Both languages of a translated text.
    fn tr(&mut self, field: impl std::fmt::Display, value: &Tr) {
        self.text(format_args!("{field}.zh"), &value.zh);
        self.text(format_args!("{field}.en"), &value.en);
    }

    fn slug(&mut self, field: &str, value: &str) {
        if !super::data::is_id(value) {
            self.fail(
                field,
                format!("`{value}` is not an id: use 1 to 64 of a-z, 0-9 and -"),
            );
        }
    }

    fn sources(&mut self, sources: &[Text]) {
        if sources.is_empty() {
            self.fail("sources", "needs at least one sentence from the report");
        }
        for (i, s) in sources.iter().enumerate() {
            self.text(format_args!("sources[{i}]"), s);
        }
    }

    fn figures(&mut self, figures: &[Figure], sources: &[Text]) {
        for (i, fig) in figures.iter().enumerate() {
            let at = |f: &str| format!("figures[{i}].{f}");
            self.tr(format_args!("figures[{i}].label"), &fig.label);
            self.text(format_args!("figures[{i}].unit.zh"), &fig.unit.zh);
            // 66万 counts people the label names; only a bare multiplier may go without an
            // English unit, since English puts it into the number (660,000).
            if !matches!(&*fig.unit.zh, "万" | "亿") {
                self.text(format_args!("figures[{i}].unit.en"), &fig.unit.en);
            }
            if super::data::parse_value(&fig.value).is_none() {
                self.fail(
                    at("value"),
                    format!(
                        "`{}` is not a number: write digits as in the report (5000, 168.5; at most 15 before the point) or one Chinese numeral (八, 百)",
                        fig.value
                    ),
                );
                continue;
            }
            if fig.unit.zh.trim().is_empty() {
                continue;
            }
            let core = fig.core_text();
            match sources.iter().find(|s| s.contains(core.as_str())) {
                None => self.fail(
                    at("value"),
                    format!("`{core}` does not appear in any of this record's sources"),
                ),
                Some(sentence) => {
                    if let Some(q) = fig.qualifier
                        && !sentence.contains(q.as_str())
                    {
                        self.fail(
                            at("qualifier"),
                            format!(
                                "`{}` is not in the sentence that gives `{core}`",
                                q.as_str()
                            ),
                        );
                    }
                }
            }
            if let Some(m) = &fig.measure {
                self.slug(&at("measure"), m);
            }
        }
    }
}

fn tags(list_name: &str, tags: &[Tag], errors: &mut Vec<DataError>) {
    let mut rec = Record {
        name: list_name,
        item: None,
        errors,
    };
    if tags.is_empty() {
        rec.fail("", "needs at least one entry");
    }
    for (i, t) in tags.iter().enumerate() {
        rec.slug(&format!("[{i}].id"), &t.id);
        rec.tr(format_args!("[{i}].name"), &t.name);
        if tags[..i].iter().any(|o| o.id == t.id) {
            rec.fail(format!("[{i}].id"), format!("duplicate id `{}`", t.id));
        }
        if tags[..i].iter().any(|o| o.name.zh == t.name.zh) {
            rec.fail(
                format!("[{i}].name.zh"),
                format!("duplicate name `{}`", t.name.zh),
            );
        }
    }
}

fn tag_refs(rec: &mut Record<'_>, field: &str, refs: &[Text], known: &[Tag]) {
    if refs.is_empty() {
        rec.fail(field, "needs at least one entry");
    }
    for (i, r) in refs.iter().enumerate() {
        if !known.iter().any(|t| t.id == *r) {
            let ids: Vec<&str> = known.iter().map(|t| t.id.as_ref()).collect();
            rec.fail(
                format!("{field}[{i}]"),
                format!("unknown id `{r}`; known: {}", ids.join(", ")),
            );
        } else if refs[..i].contains(r) {
            rec.fail(format!("{field}[{i}]"), format!("`{r}` is listed twice"));
        }
    }
}

/// Every problem in the data, in file order; empty when the data is good.
pub fn problems(data: &Dataset) -> Vec<DataError> {
    let mut errors = Vec::new();

    let mut rec = Record {
        name: "report",
        item: None,
        errors: &mut errors,
    };
    let r = &data.report;
    for (field, value) in [
        ("title", &r.title),
        ("event", &r.event),
        ("event_date", &r.event_date),
        ("publisher", &r.publisher),
        ("byline", &r.byline),
        ("intro", &r.intro),
    ] {
        rec.tr(field, value);
    }
    rec.text("published", &r.published);

    tags("themes", &data.themes, &mut errors);
    tags("audiences", &data.audiences, &mut errors);

    if data.projects.is_empty() {
        errors.push(DataError {
            record: "projects".into(),
            field: String::new(),
            problem: "needs at least one project".into(),
        });
    }
    // A set, not a scan of the earlier records: a province-wide file has thousands of projects.
    let mut ids = std::collections::HashSet::with_capacity(data.projects.len());
    for (i, p) in data.projects.iter().enumerate() {
        let mut rec = Record {
            name: "projects",
            item: Some((i, &p.id)),
            errors: &mut errors,
        };
        rec.slug("id", &p.id);
        if !ids.insert(&*p.id) {
            rec.fail("id", format!("duplicate id `{}`", p.id));
        }
        rec.tr("name", &p.name);
        rec.tr("summary", &p.summary);
        rec.tr("description", &p.description);
        tag_refs(&mut rec, "themes", &p.themes, &data.themes);
        tag_refs(&mut rec, "audiences", &p.audiences, &data.audiences);
        rec.sources(&p.sources);
        rec.figures(&p.figures, &p.sources);
    }

    let mut rec = Record {
        name: "review_2021",
        item: None,
        errors: &mut errors,
    };
    rec.tr("title", &data.review_2021.title);
    rec.tr("summary", &data.review_2021.summary);
    rec.sources(&data.review_2021.sources);
    rec.figures(&data.review_2021.figures, &data.review_2021.sources);

    for (i, d) in data.directions_2022.iter().enumerate() {
        let mut rec = Record {
            name: "directions_2022",
            item: Some((i, &d.id)),
            errors: &mut errors,
        };
        rec.slug("id", &d.id);
        if data.directions_2022[..i].iter().any(|o| o.id == d.id) {
            rec.fail("id", format!("duplicate id `{}`", d.id));
        }
        rec.tr("title", &d.title);
        rec.tr("summary", &d.summary);
        rec.sources(&d.sources);
    }
    errors
}

/// The data, or its first problem.
pub fn validate(data: &Dataset) -> Result<(), DataError> {
    match problems(data).into_iter().next() {
        None => Ok(()),
        Some(e) => Err(e),
    }
}
