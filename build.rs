//! Embeds `src/data/projects.json`: parses and validates it with the model's own code, then writes
//! it out as a `static` so the wasm carries no JSON parser. A bad data file stops the build with a
//! message naming the record and the field.

#[allow(dead_code)]
#[path = "src/model/data.rs"]
mod data;
#[allow(dead_code)]
#[path = "src/model/load.rs"]
mod load;
#[allow(dead_code)]
#[path = "src/model/validate.rs"]
mod validate;

use data::{Dataset, Direction, Figure, Kind, Project, Qualifier, Report, Review, Tag};
use pinyin::ToPinyin;
use std::fmt::Write as _;

const DATA_FILE: &str = "src/data/projects.json";

fn main() {
    for path in [
        DATA_FILE,
        "src/model/data.rs",
        "src/model/load.rs",
        "src/model/validate.rs",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let text = std::fs::read_to_string(DATA_FILE)
        .unwrap_or_else(|e| fail(&format!("cannot read {DATA_FILE}: {e}")));
    let mut data = load::parse_json(&text).unwrap_or_else(|e| fail(&format!("{DATA_FILE}: {e}")));
    for p in data.projects.to_mut() {
        p.sort_key = sort_key(&p.name).into();
    }
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("embedded.rs");
    let code = format!(
        "/// The data file, checked and embedded at build time.\npub static EMBEDDED: Dataset = {};\n",
        dataset(&data)
    );
    std::fs::write(&out, code)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("\nerror: the data file is not valid\n  {message}\n");
    std::process::exit(1);
}

/// Toneless pinyin, syllables separated by spaces; punctuation dropped, other characters kept.
fn sort_key(name: &str) -> String {
    let mut words = Vec::new();
    for (c, py) in name.chars().zip(name.to_pinyin()) {
        match py {
            Some(p) => words.push(p.plain().to_string()),
            None if c.is_alphanumeric() => words.push(c.to_ascii_lowercase().to_string()),
            None => {}
        }
    }
    words.join(" ")
}

fn s(text: &str) -> String {
    format!("::std::borrow::Cow::Borrowed({text:?})")
}

fn list<T>(items: &[T], each: impl Fn(&T) -> String) -> String {
    let mut out = String::from("::std::borrow::Cow::Borrowed(&[");
    for item in items {
        let _ = write!(out, "{},", each(item));
    }
    out.push_str("])");
    out
}

fn texts(items: &[data::Text]) -> String {
    list(items, |t| s(t))
}

fn dataset(d: &Dataset) -> String {
    format!(
        "Dataset {{ report: {}, themes: {}, audiences: {}, projects: {}, review_2021: {}, directions_2022: {} }}",
        report(&d.report),
        list(&d.themes, tag),
        list(&d.audiences, tag),
        list(&d.projects, project),
        review(&d.review_2021),
        list(&d.directions_2022, direction)
    )
}

fn report(r: &Report) -> String {
    format!(
        "Report {{ title: {}, event: {}, event_date: {}, publisher: {}, byline: {}, published: {}, intro: {} }}",
        s(&r.title),
        s(&r.event),
        s(&r.event_date),
        s(&r.publisher),
        s(&r.byline),
        s(&r.published),
        s(&r.intro)
    )
}

fn tag(t: &Tag) -> String {
    format!("Tag {{ id: {}, name: {} }}", s(&t.id), s(&t.name))
}

fn project(p: &Project) -> String {
    format!(
        "Project {{ id: {}, name: {}, summary: {}, description: {}, themes: {}, audiences: {}, figures: {}, sources: {}, sort_key: {} }}",
        s(&p.id),
        s(&p.name),
        s(&p.summary),
        s(&p.description),
        texts(&p.themes),
        texts(&p.audiences),
        list(&p.figures, figure),
        texts(&p.sources),
        s(&p.sort_key)
    )
}

fn figure(f: &Figure) -> String {
    let qualifier = match f.qualifier {
        None => "None".to_string(),
        Some(q) => format!(
            "Some(Qualifier::{})",
            match q {
                Qualifier::AtLeast => "AtLeast",
                Qualifier::NoLessThan => "NoLessThan",
                Qualifier::Over => "Over",
                Qualifier::BuiltOrBuilding => "BuiltOrBuilding",
            }
        ),
    };
    let kind = match f.kind {
        Kind::Target2022 => "Target2022",
        Kind::Baseline2021 => "Baseline2021",
        Kind::Cumulative => "Cumulative",
    };
    let measure = match &f.measure {
        None => "None".to_string(),
        Some(m) => format!("Some({})", s(m)),
    };
    format!(
        "Figure {{ label: {}, value: {}, unit: {}, qualifier: {qualifier}, kind: Kind::{kind}, measure: {measure}, headline: {} }}",
        s(&f.label),
        s(&f.value),
        s(&f.unit),
        f.headline
    )
}

fn review(r: &Review) -> String {
    format!(
        "Review {{ title: {}, summary: {}, figures: {}, sources: {} }}",
        s(&r.title),
        s(&r.summary),
        list(&r.figures, figure),
        texts(&r.sources)
    )
}

fn direction(d: &Direction) -> String {
    format!(
        "Direction {{ id: {}, title: {}, summary: {}, sources: {} }}",
        s(&d.id),
        s(&d.title),
        s(&d.summary),
        texts(&d.sources)
    )
}
