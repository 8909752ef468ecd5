//! The query string codec: `?theme=jobs,services&audience=kids&status=behind&q=快递&sort=name&lang=en&project=warm-bee`.
//!
//! Decoding never fails: unknown keys, malformed escapes and ids that are not ids are dropped one
//! by one, and parameters the widget does not own (a host page's, or an in-app browser's such as
//! `from=singlemessage`) are kept when the widget writes its own.

use super::data::is_id;
use super::query::{Query, Sort};
use crate::i18n::Lang;

/// The keys the widget owns.
pub const KEYS: [&str; 7] = [
    "theme", "audience", "status", "q", "sort", "lang", "project",
];

/// Reads a query from a query string, with or without the leading `?`.
pub fn decode(search: &str) -> Query {
    let mut q = Query::default();
    for (key, value) in pairs(search) {
        match key.as_str() {
            // A form without JavaScript repeats the key per ticked option.
            "theme" => q.themes = merged(&q.themes, &value),
            "audience" => q.audiences = merged(&q.audiences, &value),
            "status" => q.statuses = merged(&q.statuses, &value),
            "q" => q.set_text(&value),
            "sort" => {
                if let Some(s) = Sort::from_key(&value) {
                    q.sort = s;
                }
            }
            "lang" => {
                if let Some(l) = Lang::from_code(&value) {
                    q.lang = l;
                }
            }
            "project" => q.project = ids(&value).into_iter().next(),
            _ => {}
        }
    }
    q
}

/// The widget's own parameters, in a fixed order; empty for the default view.
pub fn encode(q: &Query) -> String {
    let mut parts = Vec::new();
    if !q.themes.is_empty() {
        parts.push(format!("theme={}", q.themes.join(",")));
    }
    if !q.audiences.is_empty() {
        parts.push(format!("audience={}", q.audiences.join(",")));
    }
    if !q.statuses.is_empty() {
        parts.push(format!("status={}", q.statuses.join(",")));
    }
    if !q.text.is_empty() {
        parts.push(format!("q={}", escape(&q.text)));
    }
    if q.sort != Sort::default() {
        parts.push(format!("sort={}", q.sort.key()));
    }
    if q.lang != Lang::default() {
        parts.push(format!("lang={}", q.lang.code()));
    }
    if let Some(id) = &q.project {
        parts.push(format!("project={id}"));
    }
    parts.join("&")
}

/// A new query string (with `?`, or empty) holding the parameters of `current` the widget does not
/// own, in their order and spelling, followed by the widget's own.
pub fn merge(current: &str, q: &Query) -> String {
    let mut parts: Vec<&str> = current
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .filter(|part| {
            let key = part.split('=').next().unwrap_or("");
            !KEYS.iter().any(|k| unescape(key).as_deref() == Some(*k))
        })
        .collect();
    let own = encode(q);
    if !own.is_empty() {
        parts.push(&own);
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// Decoded key/value pairs; a pair whose escapes are malformed is left out.
fn pairs(search: &str) -> impl Iterator<Item = (String, String)> + '_ {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .filter_map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            Some((unescape(k)?, unescape(v)?))
        })
}

/// A comma list of ids, keeping well-formed ones only, sorted and unique.
/// The ids of `so_far` and of `value`, sorted, each once.
fn merged(so_far: &[String], value: &str) -> Vec<String> {
    let mut out = ids(value);
    for id in so_far {
        if let Err(at) = out.binary_search(id) {
            out.insert(at, id.clone());
        }
    }
    out
}

fn ids(value: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in value.split(',').filter(|id| is_id(id)) {
        if let Err(at) = out.binary_search_by(|o| o.as_str().cmp(id)) {
            out.insert(at, id.to_string());
        }
    }
    out
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` (a space in form encoding); `None` for a broken escape or bytes
/// that are not UTF-8.
pub fn unescape(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hi = (hex[0] as char).to_digit(16)?;
                let lo = (hex[1] as char).to_digit(16)?;
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// True when the query string has the parameter `key` (after decoding), whatever its value.
pub fn has_key(search: &str, key: &str) -> bool {
    pairs(search).any(|(k, _)| k == key)
}

/// True when the query string has any of the widget's own parameters.
pub fn has_own_keys(search: &str) -> bool {
    KEYS.iter().any(|k| has_key(search, k))
}

/// The value of a parameter the widget does not keep in its state (such as `src`).
pub fn value_of(search: &str, key: &str) -> Option<String> {
    pairs(search).find(|(k, _)| k == key).map(|(_, v)| v)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
