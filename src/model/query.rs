//! What the reader asked for (facets, search text, sort, language, open project) and how it
//! selects and orders projects.
//!
//! Facets follow the GOV.UK "filter a list" pattern: options within one group widen the result
//! (any of them), groups narrow it (all of them). Search is in [`super::search`].

use super::data::{Dataset, Project, Status, Tag, Text};
use super::search::SearchIndex;
#[cfg(test)]
use super::search::terms;
use crate::i18n::{Lang, Ui};

/// How the visible list is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// As the report lists the projects.
    #[default]
    Report,
    /// By name, in pinyin order.
    Name,
    /// Largest figure first (万 and 亿 counted); projects without figures last.
    Largest,
    /// Most behind first (滞后, 未开始, 按序时推进, 超序时, 已完成), by each project's latest
    /// update; projects without updates last. Offered only for data with updates.
    Status,
}

impl Sort {
    pub const ALL: [Sort; 4] = [Sort::Report, Sort::Name, Sort::Largest, Sort::Status];

    /// The value used in URLs and form controls.
    pub fn key(self) -> &'static str {
        match self {
            Sort::Report => "report",
            Sort::Name => "name",
            Sort::Largest => "largest",
            Sort::Status => "status",
        }
    }

    pub fn from_key(key: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.key() == key)
    }

    pub fn label(self, ui: &Ui) -> &'static str {
        match self {
            Sort::Report => ui.sort_report,
            Sort::Name => ui.sort_name,
            Sort::Largest => ui.sort_largest,
            Sort::Status => ui.sort_status,
        }
    }
}

/// One facet group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    Theme,
    Audience,
    /// Each project's latest status; offered only for data with updates.
    Status,
}

impl Facet {
    pub const ALL: [Facet; 3] = [Facet::Theme, Facet::Audience, Facet::Status];

    /// The facet's key in URLs and the name of its checkboxes.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Theme => "theme",
            Facet::Audience => "audience",
            Facet::Status => "status",
        }
    }

    /// The project's ids in this facet.
    pub fn of<'p>(self, p: &'p Project) -> FacetIds<'p> {
        match self {
            Facet::Theme => FacetIds::Tags(&p.themes),
            Facet::Audience => FacetIds::Tags(&p.audiences),
            Facet::Status => FacetIds::Status(p.latest().map(|u| u.status)),
        }
    }

    /// The closed list of a tag facet's options; none for the status, whose options are
    /// [`Status::ALL`].
    pub fn options(self, data: &Dataset) -> &[Tag] {
        match self {
            Facet::Theme => &data.themes,
            Facet::Audience => &data.audiences,
            Facet::Status => &[],
        }
    }

    /// The ids of the facet's options, in their order.
    pub fn option_ids(self, data: &Dataset) -> Vec<&str> {
        match self {
            Facet::Status => Status::ALL.iter().map(|s| s.id()).collect(),
            _ => self.options(data).iter().map(|t| &*t.id).collect(),
        }
    }

    /// Whether the facet has anything to offer for this data: the status only where some
    /// project has an update.
    pub fn offered(self, data: &Dataset) -> bool {
        match self {
            Facet::Status => data.projects.iter().any(|p| !p.updates.is_empty()),
            _ => true,
        }
    }
}

/// A project's ids in one facet: its tags, or its latest status (none without updates).
pub enum FacetIds<'p> {
    Tags(&'p [Text]),
    Status(Option<Status>),
}

impl FacetIds<'_> {
    fn has(&self, id: &str) -> bool {
        match self {
            FacetIds::Tags(tags) => tags.iter().any(|t| t == id),
            FacetIds::Status(s) => s.is_some_and(|s| s.id() == id),
        }
    }
}

/// The reader's view. Facet ids are kept sorted and unique so equal views compare equal.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub themes: Vec<String>,
    pub audiences: Vec<String>,
    /// Status ids (`behind`): the latest status of the projects shown.
    pub statuses: Vec<String>,
    pub text: String,
    pub sort: Sort,
    pub lang: Lang,
    /// The project whose detail view is open.
    pub project: Option<String>,
}

/// Longest search text kept; longer input is cut, not rejected.
pub const MAX_TEXT_CHARS: usize = 100;

impl Query {
    /// The selected ids of a facet.
    pub fn selected(&self, facet: Facet) -> &[String] {
        match facet {
            Facet::Theme => &self.themes,
            Facet::Audience => &self.audiences,
            Facet::Status => &self.statuses,
        }
    }

    fn selected_mut(&mut self, facet: Facet) -> &mut Vec<String> {
        match facet {
            Facet::Theme => &mut self.themes,
            Facet::Audience => &mut self.audiences,
            Facet::Status => &mut self.statuses,
        }
    }

    /// How many options are ticked, in every facet.
    pub fn ticked(&self) -> usize {
        Facet::ALL.iter().map(|f| self.selected(*f).len()).sum()
    }

    /// Selects or deselects one option.
    pub fn toggle(&mut self, facet: Facet, id: &str) {
        let list = self.selected_mut(facet);
        match list.binary_search_by(|x| x.as_str().cmp(id)) {
            Ok(i) => {
                list.remove(i);
            }
            Err(i) => list.insert(i, id.to_string()),
        }
    }

    /// Sets the search text, cut to [`MAX_TEXT_CHARS`].
    pub fn set_text(&mut self, text: &str) {
        self.text = text.chars().take(MAX_TEXT_CHARS).collect();
    }

    /// The part of the query the list depends on: all of it but the open detail view.
    pub fn list_view(&self) -> Query {
        Query {
            project: None,
            ..self.clone()
        }
    }

    /// Drops ids the data does not know, so a stale or mistyped URL cannot hide everything; a
    /// status or the status sort where the data has no updates.
    pub fn retain_known(&mut self, data: &Dataset) {
        for facet in Facet::ALL {
            let options = if facet.offered(data) {
                facet.option_ids(data)
            } else {
                Vec::new()
            };
            self.selected_mut(facet)
                .retain(|id| options.contains(&id.as_str()));
        }
        if self.sort == Sort::Status && !Facet::Status.offered(data) {
            self.sort = Sort::Report;
        }
        if let Some(id) = &self.project
            && !data.projects.iter().any(|p| p.id == id.as_str())
        {
            self.project = None;
        }
    }

    fn fits_facet(&self, facet: Facet, p: &Project) -> bool {
        let selected = self.selected(facet);
        if selected.is_empty() {
            return true;
        }
        let ids = facet.of(p);
        selected.iter().any(|s| ids.has(s))
    }

    /// Whether a project fits every facet but `but`.
    fn fits_others(&self, but: Facet, p: &Project) -> bool {
        Facet::ALL
            .into_iter()
            .filter(|f| *f != but)
            .all(|f| self.fits_facet(f, p))
    }

    /// Which projects the search text matches, facets aside: one flag per project. (The App
    /// matches once per search text through its memo; this is the tests' one-call form.)
    #[cfg(test)]
    pub fn matching(&self, data: &Dataset, index: &SearchIndex) -> Vec<bool> {
        index.matching(data, &terms(&self.text))
    }

    /// Indices of the visible projects, in the chosen order.
    #[cfg(test)]
    pub fn visible(&self, data: &Dataset, index: &SearchIndex) -> Vec<usize> {
        self.visible_among(data, &self.matching(data, index))
    }

    /// The visible projects, given which ones the search text matches.
    pub fn visible_among(&self, data: &Dataset, matched: &[bool]) -> Vec<usize> {
        let out: Vec<usize> = (0..data.projects.len())
            .filter(|&i| {
                let p = &data.projects[i];
                matched.get(i) == Some(&true) && Facet::ALL.iter().all(|f| self.fits_facet(*f, p))
            })
            .collect();
        if self.sort == Sort::Report {
            return out;
        }
        // One sort for every order: a key per project, the index breaking ties so that equal keys
        // keep report order; a missing magnitude sorts after every present one.
        let mut keyed: Vec<((u64, String), usize)> = out
            .into_iter()
            .map(|i| {
                let p = &data.projects[i];
                let key = match self.sort {
                    Sort::Status => (
                        p.latest().map_or(u64::MAX, |u| u.status.rank() as u64),
                        String::new(),
                    ),
                    Sort::Largest => (
                        p.largest_magnitude()
                            .map_or(u64::MAX, |m| (u64::MAX - 1).saturating_sub(m)),
                        String::new(),
                    ),
                    _ if self.lang == Lang::En => (
                        0,
                        p.name.en.to_ascii_lowercase().replace(['“', '”', '"'], ""),
                    ),
                    _ => (0, name_key(p).to_string()),
                };
                (key, i)
            })
            .collect();
        keyed.sort_unstable();
        keyed.into_iter().map(|(_, i)| i).collect()
    }

    /// For each option of a facet, how many projects would show with that option selected as well,
    /// given the search text and the other facet.
    #[cfg(test)]
    pub fn counts(&self, facet: Facet, data: &Dataset, index: &SearchIndex) -> Vec<usize> {
        self.counts_among(facet, data, index, &self.matching(data, index))
    }

    /// For each option of a facet, how many projects would show with that option selected as
    /// well, given which ones the search text matches and the other facets. One pass over the
    /// projects, counting each project's tags by their indices in the search index (no id
    /// comparisons), or its latest status by its place in [`Status::ALL`].
    pub fn counts_among(
        &self,
        facet: Facet,
        data: &Dataset,
        index: &SearchIndex,
        matched: &[bool],
    ) -> Vec<usize> {
        let (first, len) = match facet {
            Facet::Theme => (0, data.themes.len()),
            Facet::Audience => (data.themes.len(), data.audiences.len()),
            Facet::Status => (0, Status::ALL.len()),
        };
        let mut counts = vec![0; len];
        for (i, p) in data.projects.iter().enumerate() {
            if matched.get(i) != Some(&true) || !self.fits_others(facet, p) {
                continue;
            }
            if facet == Facet::Status {
                if let Some(u) = p.latest() {
                    counts[u.status.rank()] += 1;
                }
                continue;
            }
            for &t in index.tags_of(i) {
                if let Some(n) = t.checked_sub(first).and_then(|k| counts.get_mut(k)) {
                    *n += 1;
                }
            }
        }
        counts
    }
}

fn name_key(p: &Project) -> &str {
    if p.sort_key.is_empty() {
        &p.name.zh
    } else {
        &p.sort_key
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
