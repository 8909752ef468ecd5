//! Progress over the year, as the data holds it and never more: each project's latest status,
//! each target's achieved figure beside it with the share done (computed only where both are
//! plain numbers of one unit), and the list's summary by status. A project without updates has
//! no status; a list without any shows none of this.

use super::data::{Dataset, Figure, Kind, Project, Status};

/// A target with what has been achieved of it by a day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar<'a> {
    pub target: &'a Figure,
    /// The achieved figure of the target's measure with the latest day.
    pub achieved: &'a Figure,
    /// The share done in whole percent, rounded down; `None` where the two are not both plain
    /// numbers of one unit (then both are shown and no share).
    pub share: Option<u64>,
}

/// The share `achieved` is of `target`, in whole percent rounded down, where both are numbers
/// this understands and of one unit (a qualifier such as 以上 does not change it).
pub fn share(achieved: &Figure, target: &Figure) -> Option<u64> {
    if achieved.unit.zh != target.unit.zh {
        return None;
    }
    let (a, t) = (achieved.magnitude()?, target.magnitude()?);
    (t > 0).then(|| (u128::from(a) * 100 / u128::from(t)) as u64)
}

/// Whether an achieved figure is set against a target among its project's `figures` (its
/// measure's): it is then shown with that target, not on its own.
pub fn has_target(figures: &[Figure], achieved: &Figure) -> bool {
    achieved.kind == Kind::Achieved
        && achieved.measure.is_some()
        && figures
            .iter()
            .any(|f| f.kind == Kind::Target && f.measure == achieved.measure)
}

/// The project's targets that have an achieved figure, each with the latest one.
pub fn bars(p: &Project) -> Vec<Bar<'_>> {
    p.figures
        .iter()
        .filter(|t| t.kind == Kind::Target && t.measure.is_some())
        .filter_map(|target| {
            let achieved = p
                .figures
                .iter()
                .filter(|f| f.kind == Kind::Achieved && f.measure == target.measure)
                .max_by(|a, b| a.as_of.cmp(&b.as_of))?;
            Some(Bar {
                target,
                achieved,
                share: share(achieved, target),
            })
        })
        .collect()
}

/// How the list stands: how many projects are in each status (by their latest update), in
/// [`Status::ALL`]'s order, and the latest day among those updates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub counts: Vec<(Status, usize)>,
    pub latest: String,
}

/// The list's summary; `None` for a list without updates.
pub fn summary(data: &Dataset) -> Option<Summary> {
    let mut counts = [0usize; 5];
    let mut latest: Option<&str> = None;
    for u in data.projects.iter().filter_map(|p| p.latest()) {
        counts[u.status.rank()] += 1;
        if latest.is_none_or(|l| *u.as_of > *l) {
            latest = Some(&u.as_of);
        }
    }
    let latest = latest?.to_string();
    Some(Summary {
        counts: Status::ALL
            .into_iter()
            .zip(counts)
            .filter(|(_, n)| *n > 0)
            .collect(),
        latest,
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
