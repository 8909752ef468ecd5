//! Checks a data file beyond its shape: the list's year and names, closed lists, unique ids,
//! non-empty texts, figures that stand in their source sentences (the report-exactness rule), and
//! figure kinds that fit their years. It finds every problem of a file, not the first, each at
//! its typed path.

use crate::data::{Dataset, Figure, Kind, Tag, Text, Update};
use crate::figure::{is_date, is_id, is_year, parse_value};
use crate::path::{Field, Key, Part, Path, Record};
use crate::problem::{DataError, Problem};

/// Collects the problems of one record.
struct Rec<'a> {
    record: Record,
    /// The record's id, named with each of its problems.
    id: Option<&'a str>,
    errors: &'a mut Vec<DataError>,
}

impl Rec<'_> {
    fn fail(&mut self, path: Path, problem: Problem) {
        self.errors.push(DataError::new(path, self.id, problem));
    }

    fn key(&self, key: Key) -> Path {
        Path::key(self.record, key)
    }

    /// A text that must not be blank.
    fn text(&mut self, path: Path, value: &str) {
        if value.trim().is_empty() {
            self.fail(path, Problem::Empty);
        }
    }

    fn slug(&mut self, path: Path, value: &str) {
        if !is_id(value) {
            self.fail(path, Problem::NotId(value.to_string()));
        }
    }

    fn sources(&mut self, sources: &[Text<'_>]) {
        if sources.is_empty() {
            self.fail(self.key(Key::Sources), Problem::NoSources);
        }
        for (i, s) in sources.iter().enumerate() {
            self.text(Path::item(self.record, Key::Sources, i, None), s);
        }
    }

    /// The record's figures: each stands in its sentences (an achieved one in its update's
    /// text), with a kind that fits its year and day.
    fn figures(&mut self, figures: &[Figure<'_>], sources: &[Text<'_>], updates: &[Update<'_>]) {
        for (i, fig) in figures.iter().enumerate() {
            let record = self.record;
            let at = |k: Key| Path::item(record, Key::Figures, i, Some(k));
            match (fig.kind, fig.year) {
                (Kind::Earlier, None) => self.fail(at(Key::Year), Problem::NoYear),
                (Kind::Earlier, Some(y)) if !is_year(y) => {
                    self.fail(at(Key::Year), Problem::NotAYear(y.to_string()))
                }
                (Kind::Earlier, _) | (_, None) => {}
                (_, Some(_)) => self.fail(at(Key::Year), Problem::YearNotEarlier),
            }
            if fig.adds && fig.kind != Kind::Target {
                self.fail(at(Key::Adds), Problem::AddsNotTarget);
            }
            // An achieved figure stands in the text of its day's update, not in the report.
            let mut update_text = None;
            match (fig.kind, &fig.as_of) {
                (Kind::Achieved, None) => self.fail(at(Key::AsOf), Problem::NoDate),
                (Kind::Achieved, Some(day)) if !is_date(day) => {
                    self.fail(at(Key::AsOf), Problem::NotADate(day.to_string()))
                }
                (Kind::Achieved, Some(day)) => match updates.iter().find(|u| u.as_of == *day) {
                    None => self.fail(at(Key::AsOf), Problem::NoUpdateOfDate(day.to_string())),
                    Some(u) => update_text = Some((&*u.text.zh, &**day)),
                },
                (_, Some(_)) => self.fail(at(Key::AsOf), Problem::AsOfNotAchieved),
                (_, None) => {}
            }
            if let Some(m) = &fig.measure {
                self.slug(at(Key::Measure), m);
            }
            if parse_value(&fig.value).is_none() {
                self.fail(at(Key::Value), Problem::NotANumber(fig.value.to_string()));
                continue;
            }
            if fig.unit.zh.trim().is_empty() {
                continue;
            }
            let core = fig.core_text();
            let sentence = match (fig.kind, update_text) {
                (Kind::Achieved, None) => continue,
                (Kind::Achieved, Some((text, day))) => {
                    if !text.contains(core.as_str()) {
                        let date = day.to_string();
                        self.fail(at(Key::Value), Problem::NotInUpdate { core, date });
                        continue;
                    }
                    Some(text)
                }
                _ => sources
                    .iter()
                    .map(|s| &**s)
                    .find(|s| s.contains(core.as_str())),
            };
            match sentence {
                None => self.fail(at(Key::Value), Problem::NotInSources(core)),
                Some(sentence) => {
                    if let Some(q) = fig.qualifier
                        && !sentence.contains(q.as_str())
                    {
                        self.fail(
                            at(Key::Qualifier),
                            Problem::QualifierNotInSentence {
                                qualifier: q.as_str().to_string(),
                                core,
                            },
                        );
                    }
                }
            }
        }
    }

    /// A project's updates: a real day (not after `today`, when the file is checked on one), one
    /// update a day, its source named, and its link a web address.
    fn updates(&mut self, updates: &[Update<'_>], today: Option<&str>) {
        for (i, u) in updates.iter().enumerate() {
            let record = self.record;
            let at = |k: Key| Path::item(record, Key::Updates, i, Some(k));
            if !is_date(&u.as_of) {
                self.fail(at(Key::AsOf), Problem::NotADate(u.as_of.to_string()));
            } else if today.is_some_and(|t| *u.as_of > *t) {
                self.fail(at(Key::AsOf), Problem::AfterToday(u.as_of.to_string()));
            }
            if updates[..i].iter().any(|o| o.as_of == u.as_of) {
                self.fail(at(Key::AsOf), Problem::DuplicateDate(u.as_of.to_string()));
            }
            self.text(at(Key::Source), &u.source);
            if let Some(link) = &u.link
                && !is_web_link(link)
            {
                self.fail(at(Key::Link), Problem::NotAWebLink(link.to_string()));
            }
        }
    }

    /// A project's themes or audiences: each one of the closed list, none twice.
    fn tag_refs(&mut self, list: Key, refs: &[Text<'_>], known: &[Tag<'_>]) {
        if refs.is_empty() {
            self.fail(self.key(list), Problem::NoEntries);
        }
        for (i, r) in refs.iter().enumerate() {
            let at = Path::item(self.record, list, i, None);
            if !known.iter().any(|t| t.id == *r) {
                let ids: Vec<&str> = known.iter().map(|t| t.id.as_ref()).collect();
                self.fail(
                    at,
                    Problem::UnknownId {
                        id: r.to_string(),
                        known: ids.join(", "),
                    },
                );
            } else if refs[..i].contains(r) {
                self.fail(at, Problem::ListedTwice(r.to_string()));
            }
        }
    }
}

fn tags(whole: Record, item: fn(usize) -> Record, tags: &[Tag<'_>], errors: &mut Vec<DataError>) {
    if tags.is_empty() {
        errors.push(DataError::new(
            Path::record(whole),
            None,
            Problem::NoEntries,
        ));
    }
    for (i, t) in tags.iter().enumerate() {
        let mut rec = Rec {
            record: item(i),
            id: Some(&t.id),
            errors,
        };
        rec.slug(rec.key(Key::Id), &t.id);
        if tags[..i].iter().any(|o| o.id == t.id) {
            rec.fail(rec.key(Key::Id), Problem::DuplicateId(t.id.to_string()));
        }
        if tags[..i].iter().any(|o| o.name.zh == t.name.zh) {
            rec.fail(
                rec.key(Key::Name).part(Part::Zh),
                Problem::DuplicateName(t.name.zh.to_string()),
            );
        }
    }
}

/// The id of the record a path is in, for naming it.
fn id_of<'d>(data: &'d Dataset<'_>, record: Record) -> Option<&'d str> {
    let id = match record {
        Record::Theme(i) => &data.themes.get(i)?.id,
        Record::Audience(i) => &data.audiences.get(i)?.id,
        Record::Project(i) => &data.projects.get(i)?.id,
        Record::Direction(i) => &data.directions.get(i)?.id,
        _ => return None,
    };
    Some(id)
}

/// An address a link may open: `https://` or `http://` and a host (never `javascript:`, `data:`
/// or a path of the page's own site).
pub fn is_web_link(link: &str) -> bool {
    let lower = link.trim().to_ascii_lowercase();
    ["https://", "http://"].iter().any(|scheme| {
        lower
            .strip_prefix(scheme)
            .is_some_and(|rest| rest.chars().next().is_some_and(|c| c.is_alphanumeric()))
    }) && !link.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Every problem in the data, warnings ([`Problem::is_warning`]) among them; empty when the data
/// is good. The reader never judges days: this is [`problems_on`] without one.
pub fn problems(data: &Dataset<'_>) -> Vec<DataError> {
    problems_on(data, None)
}

/// Every problem in the data, checked on a day (`YYYY-MM-DD`, the editor's today): an update
/// after it is a warning. In file order: a record's texts, then its other fields.
pub fn problems_on(data: &Dataset<'_>, today: Option<&str>) -> Vec<DataError> {
    let mut errors = Vec::new();
    data.texts(&mut |path, tr| {
        if tr.zh.trim().is_empty() {
            let id = id_of(data, path.record);
            errors.push(DataError::new(path.part(Part::Zh), id, Problem::Empty));
        }
        // A bare 万 or 亿 needs no English: English puts it into the number (660,000).
        let multiplier = matches!(path.field, Some(Field::Item(_, _, Some((Key::Unit, _)))))
            && matches!(&*tr.zh, "万" | "亿");
        if tr.en.trim().is_empty() && !multiplier {
            let id = id_of(data, path.record);
            errors.push(DataError::new(path.part(Part::En), id, Problem::NoEnglish));
        }
    });
    let mut rec = Rec {
        record: Record::List,
        id: None,
        errors: &mut errors,
    };
    if data.list.year == 0 {
        rec.fail(rec.key(Key::Year), Problem::Empty);
    } else if !is_year(data.list.year) {
        rec.fail(
            rec.key(Key::Year),
            Problem::NotAYear(data.list.year.to_string()),
        );
    }
    let r = &data.report;
    rec.record = Record::Report;
    if r.date.trim().is_empty() {
        rec.fail(rec.key(Key::Date), Problem::Empty);
    } else if !is_date(&r.date) {
        rec.fail(rec.key(Key::Date), Problem::NotADate(r.date.to_string()));
    }
    rec.text(rec.key(Key::Published), &r.published);

    tags(Record::Themes, Record::Theme, &data.themes, &mut errors);
    tags(
        Record::Audiences,
        Record::Audience,
        &data.audiences,
        &mut errors,
    );

    if data.projects.is_empty() {
        errors.push(DataError::new(
            Path::record(Record::Projects),
            None,
            Problem::NoProjects,
        ));
    }
    // A set, not a scan of the earlier records: a province-wide file has thousands of projects.
    let mut ids = std::collections::HashSet::with_capacity(data.projects.len());
    for (i, p) in data.projects.iter().enumerate() {
        let mut rec = Rec {
            record: Record::Project(i),
            id: Some(&p.id),
            errors: &mut errors,
        };
        rec.slug(rec.key(Key::Id), &p.id);
        if !ids.insert(&*p.id) {
            rec.fail(rec.key(Key::Id), Problem::DuplicateId(p.id.to_string()));
        }
        for (k, word) in p.keywords.iter().enumerate() {
            rec.text(Path::item(rec.record, Key::Keywords, k, None), word);
        }
        rec.tag_refs(Key::Themes, &p.themes, &data.themes);
        rec.tag_refs(Key::Audiences, &p.audiences, &data.audiences);
        rec.sources(&p.sources);
        rec.figures(&p.figures, &p.sources, &p.updates);
        rec.updates(&p.updates, today);
    }

    let mut rec = Rec {
        record: Record::Review,
        id: None,
        errors: &mut errors,
    };
    rec.sources(&data.review.sources);
    rec.figures(&data.review.figures, &data.review.sources, &[]);

    for (i, d) in data.directions.iter().enumerate() {
        let mut rec = Rec {
            record: Record::Direction(i),
            id: Some(&d.id),
            errors: &mut errors,
        };
        rec.slug(rec.key(Key::Id), &d.id);
        if data.directions[..i].iter().any(|o| o.id == d.id) {
            rec.fail(rec.key(Key::Id), Problem::DuplicateId(d.id.to_string()));
        }
        rec.sources(&d.sources);
    }
    // In file order: a record's texts, then its other fields.
    errors.sort_by_key(|e| e.path.record);
    errors
}
