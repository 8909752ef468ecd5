//! What a journalist copies with "复制引用": one figure as the widget shows it, the report's
//! sentence that gives it (always in the report's Simplified Chinese, in quotation marks), the
//! publisher, the report's date and the link, as one line of plain text in the reader's language.

use super::data::{Figure, Project, Report, Text};
use super::format::FigureParts;
use crate::i18n::Lang;

/// The sentence of `sources` that gives the figure (its number, 余 and unit together), else the
/// first.
pub fn sentence_of<'a>(figure: &Figure, sources: &'a [Text]) -> &'a str {
    let core = figure.core_text();
    sources
        .iter()
        .find(|s| s.contains(core.as_str()))
        .or(sources.first())
        .map_or("", |s| s.as_ref())
}

/// The citation of one figure of a project.
pub fn citation(
    project: &Project,
    figure: &Figure,
    report: &Report,
    lang: Lang,
    link: &str,
) -> String {
    let shown = FigureParts::of(figure, lang).text(lang);
    let label = figure.label.get(lang);
    let sentence = sentence_of(figure, &project.sources);
    let publisher = report.publisher.get(lang);
    let date = report.published_label(lang);
    match lang {
        Lang::En => format!(
            "{}, {label}: {shown}. Source: “{sentence}” ({publisher}, {date}) {link}",
            project.name.get(lang)
        ),
        _ => format!(
            "{}·{label}:{shown}。出处:“{sentence}”({publisher},{date}){link}",
            project.name.get(lang)
        ),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

/// The address of a project's own page (`projects/<id>/`, made by the build beside the
/// standalone page `page`); relative when the page is not known (the prerendered page).
pub fn project_link(page: Option<&str>, id: &str) -> String {
    let folder = page.map_or("", |p| &p[..p.rfind('/').map_or(0, |i| i + 1)]);
    format!("{folder}projects/{id}/")
}
