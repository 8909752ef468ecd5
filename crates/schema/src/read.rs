//! Reads a data file's text: its format number first (a newer format than this reader's is said
//! to be one, not listed as unknown fields), then JSON syntax and shape by serde (`serde_json`,
//! with the path of a shape error kept by `serde_path_to_error`), a file of the first format
//! given what the current one says ([`crate::legacy`]), then every check of
//! [`crate::validate`]. The build, the tests, the editor and data loaded in the browser all come
//! through [`read`], so a file that builds also loads, and each problem names its record and
//! field the same way everywhere.

use crate::data::{Dataset, FORMAT};
use crate::path::{Key, Path, Record, Segment};
use crate::problem::{DataError, Problem, Problems};
use crate::validate::problems;

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

/// The text as a dataset of the current format, unchecked beyond its shape.
pub fn shape(text: &str) -> Result<Dataset<'_>, DataError> {
    if let Some(found) = format_of(text)
        && found > FORMAT
    {
        return Err(DataError::new(
            Path::key(Record::File, Key::Format),
            None,
            Problem::NewerFormat {
                found,
                supported: FORMAT,
            },
        ));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let mut data: Dataset = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path: Vec<serde_path_to_error::Segment> = e.path().iter().cloned().collect();
        from_serde(e.into_inner(), &path, text)
    })?;
    de.end().map_err(|e| from_serde(e, &[], text))?;
    if data.format == 0 {
        return Err(DataError::new(
            Path::key(Record::File, Key::Format),
            None,
            Problem::Shape("format 0".into()),
        ));
    }
    crate::legacy::upgrade(&mut data);
    Ok(data)
}

/// The file's format number, read before anything else: the records refuse fields they do not
/// know, so a newer file must be recognised before its records are read. Files this crate
/// writes have it first, where it is read without parsing the rest; elsewhere the file is
/// skimmed for it. `None` for text that is not a JSON object (the full read then says why); 1
/// for a file without it.
fn format_of(text: &str) -> Option<u32> {
    let rest = text.trim_start_matches('\u{feff}').trim_start();
    let rest = rest.strip_prefix('{')?.trim_start();
    if let Some(after) = rest.strip_prefix("\"format\"") {
        let digits = after.trim_start().strip_prefix(':')?.trim_start();
        let end = digits
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(digits.len());
        if end > 0 && !digits[end..].trim_start().starts_with(['.', 'e', 'E']) {
            return digits[..end].parse().ok();
        }
    }
    #[derive(serde::Deserialize)]
    struct Format {
        format: Option<u32>,
    }
    serde_json::from_str::<Format>(text)
        .ok()
        .map(|f| f.format.unwrap_or(1))
}

/// A serde error as a problem: a syntax error at its line and column, a shape error at the record
/// and field its path leads to.
fn from_serde(
    e: serde_json::Error,
    path: &[serde_path_to_error::Segment],
    text: &str,
) -> DataError {
    let message = e.to_string();
    // serde_json ends its message with the position, which the record and field say better.
    let detail = match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    };
    if e.is_syntax() || e.is_eof() {
        return DataError::new(
            Path::record(Record::File),
            None,
            Problem::Syntax {
                line: e.line(),
                column: e.column(),
                detail,
            },
        );
    }
    let segments: Vec<Segment> = path
        .iter()
        .map(|s| match s {
            serde_path_to_error::Segment::Seq { index } => Segment::Index(*index),
            serde_path_to_error::Segment::Map { key } => Segment::Key(key),
            serde_path_to_error::Segment::Enum { variant } => Segment::Key(variant),
            serde_path_to_error::Segment::Unknown => Segment::Key("?"),
        })
        .collect();
    let at = Path::from_segments(&segments);
    // Only now, on the way to an error, is the text read as a tree, for the record's id.
    let id = match (segments.first(), at.record.index()) {
        (Some(Segment::Key(list)), Some(i)) => serde_json::from_str::<serde_json::Value>(text)
            .ok()
            .and_then(|root| Some(root.get(*list)?.get(i)?.get("id")?.as_str()?.to_string())),
        _ => None,
    };
    DataError::new(at, id.as_deref(), Problem::Shape(detail))
}
