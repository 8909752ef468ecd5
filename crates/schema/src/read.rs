//! Reads a data file's text: JSON syntax and shape by serde (`serde_json`, with the path of a
//! shape error kept by `serde_path_to_error`), then every check of [`crate::validate`]. The build,
//! the tests, the editor and data loaded in the browser all come through [`read`], so a file that
//! builds also loads, and each problem names its record and field the same way everywhere.

use crate::data::Dataset;
use crate::problem::{DataError, Problem, Problems};
use crate::validate::problems;
use serde_path_to_error::Segment;

/// Parses and checks a data file. The data's strings borrow from `text` wherever the file has
/// them without escapes.
///
/// A file that is not JSON, or not of the data file's shape, has one problem (serde stops at the
/// first); a file of the right shape has all of its problems listed, warnings too. A file with
/// warnings only is read.
pub fn read(text: &str) -> Result<Dataset<'_>, Problems> {
    let data = shape(text).map_err(Problems::from)?;
    let found = problems(&data);
    if found.iter().all(|e| e.problem.is_warning()) {
        Ok(data)
    } else {
        Err(Problems(found))
    }
}

/// The text as a dataset, unchecked beyond its shape.
pub fn shape(text: &str) -> Result<Dataset<'_>, DataError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let data = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path: Vec<Segment> = e.path().iter().cloned().collect();
        from_serde(e.into_inner(), &path, text)
    })?;
    de.end().map_err(|e| from_serde(e, &[], text))?;
    Ok(data)
}

/// A serde error as a problem: a syntax error at its line and column, a shape error at the record
/// and field its path names.
fn from_serde(e: serde_json::Error, path: &[Segment], text: &str) -> DataError {
    let message = e.to_string();
    // serde_json ends its message with the position, which the record and field say better.
    let detail = match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    };
    if e.is_syntax() || e.is_eof() {
        return DataError::new(
            "",
            "",
            Problem::Syntax {
                line: e.line(),
                column: e.column(),
                detail,
            },
        );
    }
    let (record, field) = locate(path, text);
    DataError::new(record, field, Problem::Shape(detail))
}

/// The record (a top-level field, or an item of a top-level list with its id) and the field
/// within it that a path leads to.
fn locate(path: &[Segment], text: &str) -> (String, String) {
    let name = |s: &Segment| match s {
        Segment::Seq { index } => format!("[{index}]"),
        Segment::Map { key } => key.clone(),
        Segment::Enum { variant } => variant.clone(),
        Segment::Unknown => "?".to_string(),
    };
    let (mut record, mut rest) = match path.first() {
        Some(first) => (name(first), &path[1..]),
        None => (String::new(), path),
    };
    if let (Some(Segment::Map { key: list }), Some(Segment::Seq { index })) =
        (path.first(), path.get(1))
    {
        record = format!("{list}[{index}]");
        // Only now, on the way to an error, is the text read as a tree, for the record's id.
        let root: Option<serde_json::Value> = serde_json::from_str(text).ok();
        if let Some(id) = root
            .as_ref()
            .and_then(|r| r.get(list)?.get(index)?.get("id")?.as_str())
        {
            record.push_str(&format!(" \"{id}\""));
        }
        rest = &path[2..];
    }
    let mut field = String::new();
    for s in rest {
        if !field.is_empty() && !matches!(s, Segment::Seq { .. }) {
            field.push('.');
        }
        field.push_str(&name(s));
    }
    (record, field)
}
