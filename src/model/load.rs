//! Reads a data file from JSON text: syntax, then shape (with the path of the offending field), then
//! the checks of `validate`. Used by the build to embed the data and by the tests; not compiled
//! into the wasm.

use super::data::Dataset;
use super::path::locate;
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
        let (record, field) = locate(e.path(), |list, i| {
            value[list][i]["id"].as_str().map(str::to_string)
        });
        DataError {
            record,
            field,
            problem: e.inner().to_string(),
        }
    })?;
    validate(&data)?;
    Ok(data)
}
