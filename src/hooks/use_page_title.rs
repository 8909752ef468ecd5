//! The page's title follows the view on the widget's own page: a detail view is titled with its
//! project, in the reader's language, so tabs, history, bookmarks and shared links say which
//! project they are; the list is titled as the standalone page is served. A host page's title is
//! left alone.

use crate::i18n::Lang;
use crate::model::data::{Dataset, Project};
use yew::prelude::*;

/// The title of a view: the project's and the list's (`项目名 · 2022年度“我为青少年办实事”清单`),
/// or the list's and its league's (`2022年度“我为青少年办实事”清单 · 共青团济南市委`), all from
/// the data.
pub fn title_of(project: Option<&Project>, data: &Dataset, lang: Lang) -> String {
    let list = data.report.title.get(lang);
    match project {
        Some(p) => format!("{} · {list}", p.name.get(lang)),
        None => format!("{list} · {}", data.list.league.get(lang)),
    }
}

#[hook]
pub fn use_page_title(enabled: bool, project: Option<&Project>, data: &Dataset, lang: Lang) {
    let title = title_of(project, data, lang);
    use_effect_with((enabled, title), |(enabled, title)| {
        if *enabled {
            gloo_utils::document().set_title(title);
        }
    });
}
