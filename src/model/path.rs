//! Names the record and the field of a shape error from its serde path, the same way for the build
//! (JSON read by serde_json) and the browser (JSON read by the browser's parser).

use serde_path_to_error::{Path, Segment};

/// Splits a path such as `projects[3].figures[0].unit` into the record, named by its id where
/// `id_of(list, index)` knows it (`projects[3] "warm-bee"`), and the field within it.
pub fn locate(path: &Path, id_of: impl Fn(&str, usize) -> Option<String>) -> (String, String) {
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
        if let Some(id) = id_of(list, *index) {
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
