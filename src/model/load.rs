//! Reads a data file from JSON text: syntax, then shape (with the path of the offending field), then
//! the checks of `validate`. Used by the build to embed the data and by the tests; not compiled
//! into the wasm.

use super::data::Dataset;
use super::validate::{DataError, validate};
use serde_json::Value;

/// Parses and validates a data file.
pub fn parse_json(text: &str) -> Result<Dataset, DataError> {
    let value: Value = serde_json::from_str(text).map_err(|e| DataError {
        record: format!("line {}, column {}", e.line(), e.column()),
        field: String::new(),
        problem: format!("not valid JSON: {e}"),
    })?;
    let data: Dataset = serde_path_to_error::deserialize(&value).map_err(|e| {
        let (record, field) = locate(&value, e.path());
        DataError {
            record,
            field,
            problem: e.inner().to_string(),
        }
    })?;
    validate(&data)?;
    Ok(data)
}

/// Splits a serde path such as `projects[3].figures[0].unit` into the record (named by its id where
/// it has one) and the field within it.
fn locate(root: &Value, path: &serde_path_to_error::Path) -> (String, String) {
    use serde_path_to_error::Segment;
    let segments: Vec<&Segment> = path.iter().collect();
    let key = |s: &Segment| match s {
        Segment::Map { key } => key.clone(),
        Segment::Seq { index } => format!("[{index}]"),
        Segment::Enum { variant } => variant.clone(),
        Segment::Unknown => "?".into(),
    };
    let mut record = segments.first().map(|s| key(s)).unwrap_or_default();
    let mut rest = 1;
    if let (Some(Segment::Map { key: list }), Some(Segment::Seq { index })) =
        (segments.first(), segments.get(1))
    {
        record = format!("{list}[{index}]");
        if let Some(id) = root[list.as_str()][*index]["id"].as_str() {
            record.push_str(&format!(" \"{id}\""));
        }
        rest = 2;
    }
    let mut field = String::new();
    for s in segments.iter().skip(rest) {
        if !field.is_empty() && matches!(s, Segment::Map { .. }) {
            field.push('.');
        }
        field.push_str(&key(s));
    }
    (record, field)
}
