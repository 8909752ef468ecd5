//! Checks a data file beyond its shape: closed lists, unique ids, non-empty texts, and figures that
//! stand in their source sentences (the report-exactness rule). It finds every problem of a file,
//! not the first, each naming its record and field.

use crate::data::{Dataset, Figure, Tag, Text, Tr};
use crate::figure::{is_id, parse_value};
use crate::problem::{DataError, Problem};

/// Collects errors for one record.
struct Record<'a> {
    /// The record's list or top-level field, its index in a list and its id: named in full only
    /// for an error (a file may have thousands of records).
    name: &'a str,
    item: Option<(usize, &'a str)>,
    errors: &'a mut Vec<DataError>,
}

impl Record<'_> {
    fn fail(&mut self, field: impl Into<String>, problem: Problem) {
        let record = match self.item {
            Some((i, id)) => format!("{}[{i}] \"{id}\"", self.name),
            None => self.name.to_string(),
        };
        self.errors.push(DataError {
            record,
            field: field.into(),
            problem,
        });
    }

    /// A text that must not be blank. The field is named (formatted) only for an error: a file of
    /// thousands of records has tens of thousands of texts.
    fn text(&mut self, field: impl std::fmt::Display, value: &str) {
        if value.trim().is_empty() {
            self.fail(field.to_string(), Problem::Empty);
        }
    }

    /// Both languages of a translated text.
    fn tr(&mut self, field: impl std::fmt::Display, value: &Tr<'_>) {
        self.text(format_args!("{field}.zh"), &value.zh);
        if value.en.trim().is_empty() {
            self.fail(format!("{field}.en"), Problem::NoEnglish);
        }
    }

    fn slug(&mut self, field: &str, value: &str) {
        if !is_id(value) {
            self.fail(field, Problem::NotId(value.to_string()));
        }
    }

    fn sources(&mut self, sources: &[Text<'_>]) {
        if sources.is_empty() {
            self.fail("sources", Problem::NoSources);
        }
        for (i, s) in sources.iter().enumerate() {
            self.text(format_args!("sources[{i}]"), s);
        }
    }

    fn figures(&mut self, figures: &[Figure<'_>], sources: &[Text<'_>]) {
        for (i, fig) in figures.iter().enumerate() {
            let at = |f: &str| format!("figures[{i}].{f}");
            self.tr(format_args!("figures[{i}].label"), &fig.label);
            self.text(format_args!("figures[{i}].unit.zh"), &fig.unit.zh);
            // 66万 counts people the label names; only a bare multiplier may go without an
            // English unit, since English puts it into the number (660,000).
            if !matches!(&*fig.unit.zh, "万" | "亿") && fig.unit.en.trim().is_empty() {
                self.fail(at("unit.en"), Problem::NoEnglish);
            }
            if parse_value(&fig.value).is_none() {
                self.fail(at("value"), Problem::NotANumber(fig.value.to_string()));
                continue;
            }
            if fig.unit.zh.trim().is_empty() {
                continue;
            }
            let core = fig.core_text();
            match sources.iter().find(|s| s.contains(core.as_str())) {
                None => self.fail(at("value"), Problem::NotInSources(core)),
                Some(sentence) => {
                    if let Some(q) = fig.qualifier
                        && !sentence.contains(q.as_str())
                    {
                        self.fail(
                            at("qualifier"),
                            Problem::QualifierNotInSentence {
                                qualifier: q.as_str().to_string(),
                                core,
                            },
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

fn tags(list_name: &str, tags: &[Tag<'_>], errors: &mut Vec<DataError>) {
    let mut rec = Record {
        name: list_name,
        item: None,
        errors,
    };
    if tags.is_empty() {
        rec.fail("", Problem::NoEntries);
    }
    for (i, t) in tags.iter().enumerate() {
        rec.slug(&format!("[{i}].id"), &t.id);
        rec.tr(format_args!("[{i}].name"), &t.name);
        if tags[..i].iter().any(|o| o.id == t.id) {
            rec.fail(format!("[{i}].id"), Problem::DuplicateId(t.id.to_string()));
        }
        if tags[..i].iter().any(|o| o.name.zh == t.name.zh) {
            rec.fail(
                format!("[{i}].name.zh"),
                Problem::DuplicateName(t.name.zh.to_string()),
            );
        }
    }
}

fn tag_refs(rec: &mut Record<'_>, field: &str, refs: &[Text<'_>], known: &[Tag<'_>]) {
    if refs.is_empty() {
        rec.fail(field, Problem::NoEntries);
    }
    for (i, r) in refs.iter().enumerate() {
        if !known.iter().any(|t| t.id == *r) {
            let ids: Vec<&str> = known.iter().map(|t| t.id.as_ref()).collect();
            rec.fail(
                format!("{field}[{i}]"),
                Problem::UnknownId {
                    id: r.to_string(),
                    known: ids.join(", "),
                },
            );
        } else if refs[..i].contains(r) {
            rec.fail(format!("{field}[{i}]"), Problem::ListedTwice(r.to_string()));
        }
    }
}

/// Every problem in the data, in file order, warnings ([`Problem::is_warning`]) among them;
/// empty when the data is good.
pub fn problems(data: &Dataset<'_>) -> Vec<DataError> {
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
        errors.push(DataError::new("projects", "", Problem::NoProjects));
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
            rec.fail("id", Problem::DuplicateId(p.id.to_string()));
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
            rec.fail("id", Problem::DuplicateId(d.id.to_string()));
        }
        rec.tr("title", &d.title);
        rec.tr("summary", &d.summary);
        rec.sources(&d.sources);
    }
    errors
}
