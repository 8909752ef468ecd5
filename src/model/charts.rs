//! What the figures panel draws, derived from the visible projects: the 2022 numeric targets per
//! theme, and the pairs where the report gives an earlier figure and a 2022 target in one unit.

use super::data::{Dataset, Figure, Kind, Project};

/// Most rows a chart or its table lists; a province-wide list would otherwise draw thousands.
/// The CSV download has every figure.
pub const CHART_ROWS: usize = 24;

/// One bar of the per-theme chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ThemeBar<'a> {
    pub theme: usize,
    /// (project, target) for every 2022 numeric target under the theme.
    pub targets: Vec<(&'a Project, &'a Figure)>,
}

/// The 2022 targets of the visible projects, by theme, in the data's theme order; themes without
/// any are left out.
pub fn targets_by_theme<'a>(data: &'a Dataset, visible: &[usize]) -> Vec<ThemeBar<'a>> {
    data.themes
        .iter()
        .enumerate()
        .map(|(t, theme)| ThemeBar {
            theme: t,
            targets: visible
                .iter()
                .filter_map(|&i| data.projects.get(i))
                .filter(|p| p.themes.contains(&theme.id))
                .flat_map(|p| {
                    p.figures
                        .iter()
                        .filter(|f| f.kind == Kind::Target2022)
                        .map(move |f| (p, f))
                })
                .collect(),
        })
        .filter(|bar| !bar.targets.is_empty())
        .collect()
}

/// An earlier figure and the 2022 target of the same measure and unit.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison<'a> {
    pub project: &'a Project,
    pub before: &'a Figure,
    pub target: &'a Figure,
    /// Bar lengths on the pair's own scale, in thousandths of the longer bar.
    pub before_len: u32,
    pub target_len: u32,
}

/// The comparable pairs among the visible projects.
pub fn comparisons<'a>(data: &'a Dataset, visible: &[usize]) -> Vec<Comparison<'a>> {
    let mut out = Vec::new();
    for p in visible.iter().filter_map(|&i| data.projects.get(i)) {
        for target in p.figures.iter().filter(|f| f.kind == Kind::Target2022) {
            let Some(measure) = &target.measure else {
                continue;
            };
            let before = p.figures.iter().find(|f| {
                f.kind != Kind::Target2022
                    && f.measure.as_ref() == Some(measure)
                    && f.unit.zh == target.unit.zh
            });
            let (Some(before), Some(a), Some(b)) = (
                before,
                before.and_then(Figure::magnitude),
                target.magnitude(),
            ) else {
                continue;
            };
            let max = a.max(b).max(1);
            out.push(Comparison {
                project: p,
                before,
                target,
                before_len: (a * 1000 / max) as u32,
                target_len: (b * 1000 / max) as u32,
            });
        }
    }
    out
}
