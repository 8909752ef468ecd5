//! The embedded data: `projects.json` beside this file, validated and baked into a `static` by
//! `build.rs`. Editors change the JSON; the build refuses a file that does not validate.

use crate::model::data::Dataset;

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// The data the widget shows.
pub fn embedded() -> &'static Dataset {
    &EMBEDDED
}
