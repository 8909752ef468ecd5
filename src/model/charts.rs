//! What the figures panel draws, derived from the visible projects: the numeric targets of the
//! list's year per theme, and the pairs where the report gives an earlier or existing figure and
//! a target in one unit.
//!
//! Figures are named by index (project, then figure within it), so the result can be kept with
//! the visible list it comes from and computed only when that list changes.

use super::data::{Dataset, Figure, Kind};

/// Most rows a chart or its table lists; a province-wide list would otherwise draw thousands.
/// The CSV download has every figure.
pub const CHART_ROWS: usize = 24;

/// A figure: the project's index in the dataset and the figure's index in the project.
pub type FigureAt = (usize, usize);

/// Both charts' contents.
#[derive(Clone, Debug, PartialEq)]
pub struct Charts {
    pub themes: Vec<ThemeBar>,
    pub comparisons: Vec<Comparison>,
}

impl Charts {
    pub fn of(data: &Dataset, visible: &[usize]) -> Self {
        Charts {
            themes: targets_by_theme(data, visible),
            comparisons: comparisons(data, visible),
        }
    }
}

/// The figure at `at`.
pub fn figure(data: &Dataset, (p, f): FigureAt) -> &Figure {
    &data.projects[p].figures[f]
}

/// One bar of the per-theme chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ThemeBar {
    pub theme: usize,
    /// Every numeric target under the theme.
    pub targets: Vec<FigureAt>,
}

/// The targets of the visible projects, by theme, in the data's theme order; themes without
/// any are left out.
pub fn targets_by_theme(data: &Dataset, visible: &[usize]) -> Vec<ThemeBar> {
    data.themes
        .iter()
        .enumerate()
        .map(|(t, theme)| ThemeBar {
            theme: t,
            targets: visible
                .iter()
                .filter(|&&i| data.projects[i].themes.contains(&theme.id))
                .flat_map(|&i| {
                    data.projects[i]
                        .figures
                        .iter()
                        .enumerate()
                        .filter(|(_, f)| f.kind == Kind::Target)
                        .map(move |(f, _)| (i, f))
                })
                .collect(),
        })
        .filter(|bar| !bar.targets.is_empty())
        .collect()
}

/// An earlier or existing figure and the target of the same measure and unit, with what has
/// been achieved of the target where an update says (the latest achieved figure of the measure,
/// in the same unit).
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub project: usize,
    pub before: FigureAt,
    pub target: FigureAt,
    pub achieved: Option<FigureAt>,
    /// Bar lengths on the pair's own scale, in thousandths of the longest bar.
    pub before_len: u32,
    pub target_len: u32,
    pub achieved_len: u32,
}

/// `part` in thousandths of the larger of `part` and `other`. Widened: magnitudes reach the top
/// of a `u64` (200000亿元 is 2×10¹⁶ thousandths), and times 1000 they would not fit.
fn share(part: u64, other: u64) -> u32 {
    let max = u128::from(part.max(other).max(1));
    (u128::from(part) * 1000 / max) as u32
}

/// The comparable pairs among the visible projects.
pub fn comparisons(data: &Dataset, visible: &[usize]) -> Vec<Comparison> {
    let mut out = Vec::new();
    for &i in visible {
        let figures = &data.projects[i].figures;
        for (t, target) in figures.iter().enumerate() {
            let Some(measure) = target
                .measure
                .as_ref()
                .filter(|_| target.kind == Kind::Target)
            else {
                continue;
            };
            let before = figures.iter().position(|f| {
                matches!(f.kind, Kind::Earlier | Kind::Cumulative)
                    && f.measure.as_ref() == Some(measure)
                    && f.unit.zh == target.unit.zh
            });
            let (Some(b), Some(target_m)) = (before, target.magnitude()) else {
                continue;
            };
            let Some(before_m) = figures[b].magnitude() else {
                continue;
            };
            let achieved = figures
                .iter()
                .enumerate()
                .filter(|(_, f)| {
                    f.kind == Kind::Achieved
                        && f.measure.as_ref() == Some(measure)
                        && f.unit.zh == target.unit.zh
                        && f.magnitude().is_some()
                })
                .max_by(|(_, a), (_, b)| a.as_of.cmp(&b.as_of));
            let achieved_m = achieved.and_then(|(_, f)| f.magnitude()).unwrap_or(0);
            let longest = before_m.max(target_m).max(achieved_m);
            out.push(Comparison {
                project: i,
                before: (i, b),
                target: (i, t),
                achieved: achieved.map(|(a, _)| (i, a)),
                before_len: share(before_m, longest),
                target_len: share(target_m, longest),
                achieved_len: share(achieved_m, longest),
            });
        }
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
