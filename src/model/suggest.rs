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

/// The nearest part of a name to a term: the name as units (each character itself, or its
/// pinyin's letters; `None` for one that cannot be read as pinyin, which ends a part), the part's
/// start and end in characters and its distance.
fn nearest(units: &[Option<Vec<char>>], term: &[char]) -> Option<(usize, usize, usize)> {
    let mut best = None;
    for start in 0..units.len() {
        let mut letters: Vec<char> = Vec::new();
        for (end, unit) in units.iter().enumerate().skip(start) {
            let Some(unit) = unit else { break };
            letters.extend(unit);
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
        let units: Vec<Option<Vec<char>>> = p
            .name
            .zh
            .chars()
            .map(fold_char)
            .map(|c| match letters {
                true => first_reading(c, &data.pinyin).map(|r| r.chars().collect()),
                false => Some(vec![c]),
            })
            .collect();
        let found = nearest(&units, &term);
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
