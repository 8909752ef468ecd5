//! Search that fits Chinese readers: script-blind (驛站 finds 驿站 and back), pinyin in full or by
//! initials (`xiwangxiaowu`, `xiwang`, `xwxw`, mixed `青春sq`), English words over the English
//! texts, and the matched ranges for highlighting.
//!
//! Matching is substring over characters: Chinese text has no spaces to split words on. Folding
//! maps each character to one character (Traditional → Simplified, full-width → ASCII, ASCII
//! lower case), so positions in a folded text are positions in the original.

use super::data::{Dataset, Tag, Text};
use crate::i18n::Lang;

include!(concat!(env!("OUT_DIR"), "/search_tables.rs"));

/// One character folded for matching.
pub fn fold_char(c: char) -> char {
    let c = match c {
        // Full-width ASCII (ｘｗ, Ａ) from Chinese input methods.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    };
    let c = c.to_ascii_lowercase();
    match FOLD.binary_search_by_key(&c, |&(t, _)| t) {
        Ok(i) => FOLD[i].1,
        Err(_) => c,
    }
}

/// A text folded character by character.
pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// The toneless pinyin readings of a (Simplified) character of a name or tag.
pub fn readings(c: char) -> &'static [&'static str] {
    match PINYIN.binary_search_by_key(&c, |&(ch, _)| ch) {
        Ok(i) => PINYIN[i].1,
        Err(_) => &[],
    }
}

/// One search term, folded, as text for substring search and as characters for pinyin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    pub text: String,
    pub chars: Vec<char>,
}

impl std::ops::Deref for Term {
    type Target = [char];
    fn deref(&self) -> &[char] {
        &self.chars
    }
}

/// The search terms of a query: folded, split on white space. Made once per query, not once per
/// project.
pub fn terms(query: &str) -> Vec<Term> {
    fold(query)
        .split_whitespace()
        .map(|t| Term {
            text: t.to_string(),
            chars: t.chars().collect(),
        })
        .collect()
}

/// Where a term matches `chars` (folded) as pinyin: each character stands for itself or for a
/// non-empty prefix of one of its readings, so xiwang, xwxw, xiwangxw and 青春sq all work.
/// Returns the character range of the first match.
pub fn pinyin_match(chars: &[char], term: &[char]) -> Option<(usize, usize)> {
    if term.is_empty() || !term.iter().any(char::is_ascii_alphabetic) {
        return None;
    }
    // States (character, term position) known to fail, so no input makes the search exponential.
    let mut failed = vec![false; (chars.len() + 1) * (term.len() + 1)];
    (0..chars.len())
        .find_map(|start| match_from(chars, start, term, 0, &mut failed).map(|end| (start, end)))
}

/// The end of a match of `term[qi..]` starting at `chars[at]`.
fn match_from(
    chars: &[char],
    at: usize,
    term: &[char],
    qi: usize,
    failed: &mut [bool],
) -> Option<usize> {
    if qi == term.len() {
        return Some(at);
    }
    let state = at * (term.len() + 1) + qi;
    if failed[state] {
        return None;
    }
    let c = *chars.get(at)?;
    if c == term[qi]
        && let Some(end) = match_from(chars, at + 1, term, qi + 1, failed)
    {
        return Some(end);
    }
    for reading in readings(c) {
        let common = reading
            .chars()
            .zip(&term[qi..])
            .take_while(|(r, t)| r == *t)
            .count();
        // Longest prefix first: xiwang should read 希望 as xi + wang, not x + i….
        for k in (1..=common).rev() {
            if let Some(end) = match_from(chars, at + 1, term, qi + k, failed) {
                return Some(end);
            }
        }
    }
    failed[state] = true;
    None
}

/// The searchable text of each project, folded once per dataset rather than on every keystroke.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    /// Name, summary, description and tag names in Simplified and English, joined by newlines
    /// (which no term contains, so a match never spans two fields).
    text: String,
    /// Name and tag names (Simplified, folded), each a run of characters for pinyin matching.
    pinyin_fields: Vec<Vec<char>>,
}

impl SearchIndex {
    pub fn new(data: &Dataset) -> Self {
        let tag = |list: &[Tag], id: &Text| list.iter().find(|t| t.id == *id).cloned();
        let entries = data
            .projects
            .iter()
            .map(|p| {
                let tags: Vec<Tag> = p
                    .themes
                    .iter()
                    .filter_map(|id| tag(&data.themes, id))
                    .chain(p.audiences.iter().filter_map(|id| tag(&data.audiences, id)))
                    .collect();
                let mut parts: Vec<&str> = Vec::new();
                for lang in [Lang::Hans, Lang::En] {
                    parts.extend([
                        p.name.get(lang),
                        p.summary.get(lang),
                        p.description.get(lang),
                    ]);
                    parts.extend(tags.iter().map(|t| t.name.get(lang)));
                }
                let pinyin_fields = std::iter::once(&*p.name.zh)
                    .chain(tags.iter().map(|t| &*t.name.zh))
                    .map(|s| fold(s).chars().collect())
                    .collect();
                Entry {
                    text: fold(&parts.join("\n")),
                    pinyin_fields,
                }
            })
            .collect();
        SearchIndex { entries }
    }

    /// True when every term of the query matches project `i`, as text or as pinyin.
    pub fn matches(&self, i: usize, terms: &[Term]) -> bool {
        let Some(entry) = self.entries.get(i) else {
            return terms.is_empty();
        };
        terms.iter().all(|term| {
            entry.text.contains(term.text.as_str())
                || entry
                    .pinyin_fields
                    .iter()
                    .any(|f| pinyin_match(f, term).is_some())
        })
    }
}

/// A text cut into runs, each marked or not, for highlighting matches as text nodes.
pub fn highlight(text: &str, query: &str) -> Vec<(String, bool)> {
    let chars: Vec<char> = text.chars().collect();
    let folded: Vec<char> = chars.iter().map(|&c| fold_char(c)).collect();
    let mut marked = vec![false; chars.len()];
    for term in terms(query) {
        if term.is_empty() || term.len() > folded.len() {
            continue;
        }
        let mut found = false;
        for start in 0..=folded.len() - term.len() {
            if folded[start..start + term.len()] == term.chars[..] {
                marked[start..start + term.len()].fill(true);
                found = true;
            }
        }
        if !found && let Some((s, e)) = pinyin_match(&folded, &term) {
            marked[s..e].fill(true);
        }
    }
    let mut out: Vec<(String, bool)> = Vec::new();
    for (c, m) in chars.into_iter().zip(marked) {
        match out.last_mut() {
            Some((run, mark)) if *mark == m => run.push(c),
            _ => out.push((c.to_string(), m)),
        }
    }
    out
}
