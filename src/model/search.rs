//! Search that fits Chinese readers: script-blind (驛站 finds 驿站 and back), pinyin in full or by
//! initials (`xiwangxiaowu`, `xiwang`, `xwxw`, mixed `青春sq`), English words over the English
//! texts, and the matched ranges for highlighting.
//!
//! Matching is substring over characters: Chinese text has no spaces to split words on. Folding
//! maps each character to one character (Traditional → Simplified, full-width → ASCII, ASCII
//! lower case), so positions in a folded text are positions in the original.

use super::data::{Dataset, Project, Tag, Text};

include!(concat!(env!("OUT_DIR"), "/search_tables.rs"));

/// One character folded for matching.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let c = match c {
        // Full-width ASCII (ｘｗ, Ａ) from Chinese input methods.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    };
    let c = c.to_ascii_lowercase();
    let bit = c as usize % 2048;
    if FOLD_FILTER[bit / 64] & (1 << (bit % 64)) == 0 {
        return c;
    }
    match FOLD.binary_search_by_key(&c, |&(t, _)| t) {
        Ok(i) => FOLD[i].1,
        Err(_) => c,
    }
}

/// A text folded character by character.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(&mut out, text);
    out
}

/// Appends `text` folded to `out`; runs of ASCII are copied and lowercased at once.
pub fn fold_into(out: &mut String, text: &str) {
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        rest = &rest[ascii..];
        if let Some(c) = rest.chars().next() {
            out.push(fold_char(c));
            rest = &rest[c.len_utf8()..];
        }
    }
}

/// The pinyin readings a data file brings (its `pinyin`, written by the editor) for characters
/// the build's table does not have: `"麒": "qi"`.
pub type FileReadings = schema::Readings<'static>;

/// The first `Some` of `f` over the toneless pinyin readings of a (Simplified) character of a
/// name or tag.
fn each_reading<R>(
    c: char,
    file: &FileReadings,
    mut f: impl FnMut(&str) -> Option<R>,
) -> Option<R> {
    if let Ok(i) = PINYIN.binary_search_by_key(&c, |&(ch, _)| ch) {
        return PINYIN[i].1.iter().find_map(|r| f(r));
    }
    let mut key = [0; 4];
    let readings = file.get(c.encode_utf8(&mut key))?;
    // Toneless readings are a few lower-case letters; anything else in a file is ignored.
    readings
        .split_ascii_whitespace()
        .filter(|r| r.len() <= 8 && r.bytes().all(|b| b.is_ascii_lowercase()))
        .find_map(f)
}

/// A character's first toneless pinyin reading (from the build's table or the data file's);
/// `None` for a character without one.
pub fn first_reading(c: char, file: &FileReadings) -> Option<String> {
    each_reading(c, file, |r| Some(r.to_string()))
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
///
/// Only terms of letters (and Chinese characters) are read as pinyin: a term with digits,
/// hyphens or other signs (`yp-a`, `2022`) is matched as text only, and costs nothing here.
pub fn pinyin_match(chars: &[char], term: &[char], file: &FileReadings) -> Option<(usize, usize)> {
    if !is_pinyin(term) {
        return None;
    }
    // States (character, term position) known to fail, so no input makes the search exponential.
    let mut failed = vec![false; (chars.len() + 1) * (term.len() + 1)];
    (0..chars.len()).find_map(|start| {
        match_from(chars, start, term, 0, file, &mut failed, &mut 0).map(|end| (start, end))
    })
}

/// [`pinyin_match`], with the number of states it visited.
#[cfg(all(test, not(target_arch = "wasm32")))]
fn pinyin_match_counted(chars: &[char], term: &[char]) -> (Option<(usize, usize)>, usize) {
    let file = FileReadings::default();
    let mut steps = 0;
    let mut failed = vec![false; (chars.len() + 1) * (term.len() + 1)];
    let found = (0..chars.len()).find_map(|start| {
        match_from(chars, start, term, 0, &file, &mut failed, &mut steps).map(|end| (start, end))
    });
    (found, steps)
}

/// Whether a term can be pinyin: letters, with or without Chinese characters.
fn is_pinyin(term: &[char]) -> bool {
    term.iter().any(char::is_ascii_alphabetic)
        && !term
            .iter()
            .any(|c| c.is_ascii() && !c.is_ascii_alphabetic())
}

/// The end of a match of `term[qi..]` starting at `chars[at]`.
fn match_from(
    chars: &[char],
    at: usize,
    term: &[char],
    qi: usize,
    file: &FileReadings,
    failed: &mut [bool],
    steps: &mut usize,
) -> Option<usize> {
    *steps += 1;
    if qi == term.len() {
        return Some(at);
    }
    let state = at * (term.len() + 1) + qi;
    if failed[state] {
        return None;
    }
    let c = *chars.get(at)?;
    if c == term[qi]
        && let Some(end) = match_from(chars, at + 1, term, qi + 1, file, failed, steps)
    {
        return Some(end);
    }
    let found = each_reading(c, file, |reading| {
        let common = reading
            .chars()
            .zip(&term[qi..])
            .take_while(|(r, t)| r == *t)
            .count();
        // Longest prefix first: xiwang should read 希望 as xi + wang, not x + i….
        (1..=common)
            .rev()
            .find_map(|k| match_from(chars, at + 1, term, qi + k, file, failed, steps))
    });
    if found.is_none() {
        failed[state] = true;
    }
    found
}

/// The searchable text of each project, folded once per dataset rather than on every keystroke.
///
/// Kept small, since a province-wide list has thousands of projects: a Chinese text that folding
/// leaves unchanged (most of them) is searched where it is, not copied; tag names live once, in a
/// table matched once per query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchIndex {
    entries: Vec<Entry>,
    /// Every theme, then every audience: Simplified and English names folded, and the Simplified
    /// name as characters for pinyin.
    tags: Vec<(String, Vec<char>)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    /// The folded texts that differ from the data's own: the English name, summary and
    /// description, any Chinese one that folding changes, and the keywords, joined by newlines
    /// (which no term contains, so a match never spans two fields).
    folded: String,
    /// Which of the Chinese name, summary and description (bits 0, 1, 2) are searched as they are.
    as_is: u8,
    /// The project's tags, as indices into [`SearchIndex::tags`].
    tags: Vec<usize>,
}

/// The Chinese texts of a project that search reads: name, summary, description.
fn chinese(p: &Project) -> [&str; 3] {
    [&p.name.zh, &p.summary.zh, &p.description.zh]
}

impl SearchIndex {
    pub fn new(data: &Dataset) -> Self {
        let position = |offset: usize, list: &[Tag], id: &Text| {
            list.iter().position(|t| t.id == *id).map(|i| offset + i)
        };
        let entries = data
            .projects
            .iter()
            .map(|p| {
                let tags: Vec<usize> = p
                    .themes
                    .iter()
                    .filter_map(|id| position(0, &data.themes, id))
                    .chain(
                        p.audiences
                            .iter()
                            .filter_map(|id| position(data.themes.len(), &data.audiences, id)),
                    )
                    .collect();
                let mut folded = String::with_capacity(
                    p.name.en.len() + p.summary.en.len() + p.description.en.len() + 2,
                );
                let mut as_is = 0;
                let mut add = |text: &str| {
                    if !folded.is_empty() {
                        folded.push('\n');
                    }
                    fold_into(&mut folded, text);
                };
                for (bit, text) in chinese(p).into_iter().enumerate() {
                    if text.chars().all(|c| fold_char(c) == c) {
                        as_is |= 1 << bit;
                    } else {
                        add(text);
                    }
                }
                // A file's Traditional text with characters the folding table does not know
                // (a list made in the editor): searched as well, so its Traditional words find it.
                for tr in [&p.name, &p.summary, &p.description] {
                    let known = tr.hant.is_empty()
                        || tr.hant.chars().count() == tr.zh.chars().count()
                            && tr
                                .hant
                                .chars()
                                .zip(tr.zh.chars())
                                .all(|(t, s)| fold_char(t) == fold_char(s));
                    if !known {
                        add(&tr.hant);
                    }
                }
                for text in [&p.name.en, &p.summary.en, &p.description.en] {
                    add(text);
                }
                // Readers' own words for the project: found like the name, never shown.
                for word in p.keywords.iter() {
                    add(word);
                }
                Entry {
                    folded,
                    as_is,
                    tags,
                }
            })
            .collect();
        let tags = data
            .themes
            .iter()
            .chain(data.audiences.iter())
            .map(|t| {
                (
                    fold(&format!("{}\n{}", t.name.zh, t.name.en)),
                    fold(&t.name.zh).chars().collect(),
                )
            })
            .collect();
        SearchIndex { entries, tags }
    }

    /// For each project, whether every term of the query matches it, as text or as pinyin.
    pub fn matching(&self, data: &Dataset, terms: &[Term]) -> Vec<bool> {
        let tag_hits = self.tag_hits(terms, &data.pinyin);
        let mut name = Vec::new();
        (0..self.entries.len())
            .map(|i| self.entry_matches(data, i, terms, &tag_hits, &mut name))
            .collect()
    }

    /// Project `i`'s tags: indices into the themes, then (offset by their number) the audiences.
    pub fn tags_of(&self, i: usize) -> &[usize] {
        self.entries.get(i).map_or(&[], |e| &e.tags)
    }

    /// For each term, which tags it matches, as text or as pinyin.
    fn tag_hits(&self, terms: &[Term], file: &FileReadings) -> Vec<Vec<bool>> {
        terms
            .iter()
            .map(|term| {
                self.tags
                    .iter()
                    .map(|(text, chars)| {
                        text.contains(term.text.as_str())
                            || pinyin_match(chars, term, file).is_some()
                    })
                    .collect()
            })
            .collect()
    }

    /// `name` is scratch room for the name's characters, reused across projects.
    fn entry_matches(
        &self,
        data: &Dataset,
        i: usize,
        terms: &[Term],
        tag_hits: &[Vec<bool>],
        name: &mut Vec<char>,
    ) -> bool {
        let (Some(entry), Some(p)) = (self.entries.get(i), data.projects.get(i)) else {
            return terms.is_empty();
        };
        let texts = chinese(p);
        let mut name_ready = false;
        terms.iter().zip(tag_hits).all(|(term, hits)| {
            let t = term.text.as_str();
            entry.folded.contains(t)
                || (0..3).any(|bit| entry.as_is & (1 << bit) != 0 && texts[bit].contains(t))
                || entry.tags.iter().any(|&g| hits[g])
                || (is_pinyin(term) && {
                    if !name_ready {
                        name.clear();
                        name.extend(p.name.zh.chars().map(fold_char));
                        name_ready = true;
                    }
                    pinyin_match(name, term, &data.pinyin).is_some()
                        || p.keywords.iter().any(|word| {
                            let chars: Vec<char> = word.chars().map(fold_char).collect();
                            pinyin_match(&chars, term, &data.pinyin).is_some()
                        })
                })
        })
    }
}

/// A text cut into runs, each marked or not, for highlighting matches of the query's [`terms`]
/// as text nodes.
pub fn highlight(text: &str, terms: &[Term], file: &FileReadings) -> Vec<(String, bool)> {
    let chars: Vec<char> = text.chars().collect();
    let folded: Vec<char> = chars.iter().map(|&c| fold_char(c)).collect();
    let mut marked = vec![false; chars.len()];
    for term in terms {
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
        if !found && let Some((s, e)) = pinyin_match(&folded, term, file) {
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
