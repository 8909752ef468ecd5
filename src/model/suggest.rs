//! What the empty state offers when a search finds nothing: the project names nearest to what
//! the reader typed, by characters (希望小房 → 希望小屋) or by pinyin (`xiwangxiaowo` → 希望小屋),
//! one wrong, missing or extra letter or character allowed. Each suggestion is the part of a
//! name that matched, to search for, and the project it is in.

use super::data::Dataset;
use super::search::{first_reading, fold, fold_char};

/// One suggestion: the part of a project's name to search for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub project: usize,
    pub text: String,
}

/// Most suggestions offered.
pub const MAX: usize = 3;

/// Levenshtein distance of `a` to `b`, over any items.
fn distance<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, x) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, y) in b.iter().enumerate() {
            let next = (diagonal + usize::from(x != y))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// How near a part of a name is: its distance, then how far its length is from the term's, then
/// the longer first (a missing last letter completes the word rather than cutting it).
fn rank(d: usize, len: usize, term: usize) -> (usize, usize, std::cmp::Reverse<usize>) {
    (d, len.abs_diff(term), std::cmp::Reverse(len))
}

/// The nearest part of a name (its characters, folded) to a term of characters: its start, end
/// and distance.
fn nearest_chars(name: &[char], term: &[char]) -> Option<(usize, usize, usize)> {
    let mut best = None;
    for start in 0..name.len() {
        for end in start + 1..=name.len().min(start + term.len() + 1) {
            let d = distance(&name[start..end], term);
            let r = rank(d, end - start, term.len());
            if best.is_none_or(|(b, _)| r < b) {
                best = Some((r, (start, end, d)));
            }
        }
    }
    best.map(|(_, found)| found)
}

/// The nearest part of a name to a term of letters, read as the name's pinyin (`readings`: each
/// character's first reading): the part's start and end in characters and the distance in letters.
fn nearest_pinyin(readings: &[Option<String>], term: &[char]) -> Option<(usize, usize, usize)> {
    let mut best = None;
    for start in 0..readings.len() {
        let mut letters: Vec<char> = Vec::new();
        for (end, reading) in readings.iter().enumerate().skip(start) {
            match reading {
                Some(r) => letters.extend(r.chars()),
                // A character without a reading ends the part (a quote, a letter of its own).
                None => break,
            }
            if letters.len() > term.len() + 1 {
                break;
            }
            let d = distance(&letters, term);
            let r = rank(d, letters.len(), term.len());
            if best.is_none_or(|(b, _)| r < b) {
                best = Some((r, (start, end + 1, d)));
            }
        }
    }
    best.map(|(_, found)| found)
}

/// Suggestions for a search text that found nothing: project names that hold the text but for
/// one letter or character. A term of letters is read as pinyin (at least four letters, so that
/// one letter off is not most of it), a term of characters as characters (at least two).
pub fn suggestions(data: &Dataset, text: &str) -> Vec<Suggestion> {
    let term: Vec<char> = fold(text)
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let letters = term.iter().all(char::is_ascii_alphabetic);
    if (letters && term.len() < 4) || (!letters && term.len() < 2) {
        return Vec::new();
    }
    let mut near = Vec::new();
    for (i, p) in data.projects.iter().enumerate() {
        let name: Vec<char> = p.name.zh.chars().map(fold_char).collect();
        let found = if letters {
            let readings: Vec<Option<String>> =
                name.iter().map(|&c| first_reading(c, &data.pinyin)).collect();
            nearest_pinyin(&readings, &term)
        } else {
            nearest_chars(&name, &term)
        };
        if let Some((start, end, d)) = found.filter(|(_, _, d)| *d <= 1) {
            let text: String = p.name.zh.chars().skip(start).take(end - start).collect();
            near.push((d, Suggestion { project: i, text }));
        }
    }
    // Nearest first, in the list's order: two passes (distance 0, then 1), no sort.
    let (exact, off): (Vec<_>, Vec<_>) = near.into_iter().partition(|(d, _)| *d == 0);
    exact
        .into_iter()
        .chain(off)
        .map(|(_, s)| s)
        .take(MAX)
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
