//! The CSV download: the currently visible projects, one row per figure (a project without
//! figures gets one row with the figure columns empty). UTF-8 with a byte-order mark and CRLF line
//! ends, so Excel opens the Chinese text correctly.
//!
//! Columns: id, project, themes, audiences, figure label, value, unit, qualifier, kind, figure,
//! sentence, document, latest status, as of. Value, unit, qualifier and the sentence are always
//! the source's own Simplified Chinese, for exact citation (a report figure's sentence is the
//! report's; an achieved figure's, its update's text, and its document the progress report it
//! comes from); the other columns follow the chosen language. Status and as-of are the project's
//! latest update's, empty for a project without updates.

use super::data::{Dataset, Figure, Kind, Tag, Text};
use super::format::{FigureParts, status_label};
use crate::i18n::{Lang, ui};

/// The CSV text, BOM first.
pub fn projects_csv(data: &Dataset, visible: &[usize], lang: Lang) -> String {
    let ui = ui(lang);
    let mut out = String::from("\u{FEFF}");
    row(
        &mut out,
        &[
            ui.csv_id,
            ui.csv_project,
            ui.csv_themes,
            ui.csv_audiences,
            ui.csv_label,
            ui.csv_value,
            ui.csv_unit,
            ui.csv_qualifier,
            ui.csv_kind,
            ui.csv_figure,
            ui.csv_source,
            ui.csv_document,
            ui.csv_status,
            ui.csv_as_of,
        ],
    );
    let report = format!(
        "{}, {}",
        data.report.publisher.get(lang),
        data.report.published_label(lang)
    );
    let names = |list: &[Tag], ids: &[Text]| {
        ids.iter()
            .filter_map(|id| list.iter().find(|t| t.id == *id))
            .map(|t| t.name.get(lang))
            .collect::<Vec<_>>()
            .join("; ")
    };
    for &i in visible {
        let Some(p) = data.projects.get(i) else {
            continue;
        };
        let themes = names(&data.themes, &p.themes);
        let audiences = names(&data.audiences, &p.audiences);
        let head = [&*p.id, p.name.get(lang), &themes, &audiences];
        let latest = p.latest();
        let status = latest.map_or("", |u| status_label(u.status, lang));
        let as_of = latest.map_or("", |u| &*u.as_of);
        if p.figures.is_empty() {
            let sources = p.sources.join("");
            let mut cells: Vec<&str> = head.to_vec();
            cells.extend(["", "", "", "", "", "", &sources, &report, status, as_of]);
            row(&mut out, &cells);
        }
        for f in p.figures.iter() {
            let figure = FigureParts::of(f, lang).text(lang);
            // An achieved figure's sentence is its update's, and its document the update's.
            let update = f.as_of.as_deref().and_then(|day| p.update_of(day));
            let (source, document) = match update {
                Some(u) if f.kind == Kind::Achieved => (&*u.text.zh, &*u.source),
                _ => (source_of(f, &p.sources), report.as_str()),
            };
            let kind = super::format::kind_label(f, data.list.year, lang);
            let mut cells: Vec<&str> = head.to_vec();
            cells.extend([
                f.label.get(lang),
                &f.value,
                &f.unit.zh,
                f.qualifier.map(|q| q.as_str()).unwrap_or(""),
                &kind,
                &figure,
                source,
                document,
                status,
                as_of,
            ]);
            row(&mut out, &cells);
        }
    }
    out
}

/// The sentence a figure is quoted from (validation guarantees there is one).
pub fn source_of<'a>(f: &Figure, sources: &'a [Text]) -> &'a str {
    let core = f.core_text();
    sources
        .iter()
        .find(|s| s.contains(core.as_str()))
        .map(|s| &**s)
        .unwrap_or("")
}

fn row(out: &mut String, cells: &[&str]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if cell.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    out.push_str("\r\n");
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
