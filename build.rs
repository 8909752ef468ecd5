//! Embeds `src/data/projects.json`: reads and checks it with the schema crate (the same reader as
//! data loaded at run time), then writes it out as a `static`, so the embedded data costs no work
//! at start-up. A bad data file stops the build with every problem listed, each naming its record
//! and field, in Chinese and English.
//!
//! It also makes everything derived from the Simplified text, so the wasm carries only what this
//! data needs: the Traditional texts (hanconv's phrase-aware `s2tw`), the interface strings of
//! `src/i18n/ui.json` in three languages, the Traditional→Simplified folding table for
//! script-blind search, and the pinyin readings of the characters in names and tags.

use pinyin::{ToPinyin, ToPinyinMulti};
use schema::{Dataset, Direction, Figure, Kind, Lang, Project, Qualifier, Report, Review, Tag, Tr};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

const DATA_FILE: &str = "src/data/projects.json";
const UI_FILE: &str = "src/i18n/ui.json";

fn main() {
    for path in [DATA_FILE, UI_FILE] {
        println!("cargo:rerun-if-changed={path}");
    }
    let text = std::fs::read_to_string(DATA_FILE)
        .unwrap_or_else(|e| fail(&format!("cannot read {DATA_FILE}: {e}")));
    let mut data = schema::read(&text).unwrap_or_else(|problems| {
        let n = problems.len();
        let plural = if n == 1 { "problem" } else { "problems" };
        let mut message = format!("{DATA_FILE}: {n} 个问题 / {n} {plural}");
        for (i, e) in problems.iter().enumerate() {
            let _ = write!(
                message,
                "\n  {}. {}\n     {}",
                i + 1,
                e.message(Lang::Hans),
                e.message(Lang::En)
            );
        }
        fail(&message)
    });
    for p in data.projects.to_mut() {
        p.sort_key = sort_key(&p.name.zh).into();
    }
    let mut simplified = Vec::new();
    each_tr(&mut data, &mut |tr| {
        if tr.hant.is_empty() {
            tr.hant = hanconv::s2tw(&*tr.zh).into();
        }
        simplified.push(tr.zh.to_string());
    });
    let ui = read_ui();
    simplified.extend(ui.values().map(|(zh, _)| zh.clone()));

    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir);
    write(
        &out.join("embedded.rs"),
        format!(
            "/// The data file, checked and embedded at build time.\npub static EMBEDDED: Dataset = {};\n",
            dataset(&data)
        ),
    );
    write(&out.join("ui.rs"), ui_code(&ui));
    write(
        &out.join("search_tables.rs"),
        search_tables(&data, &simplified),
    );
}

fn write(path: &Path, code: String) {
    std::fs::write(path, code)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
}

/// Every translatable text of the data.
fn each_tr<'a>(d: &mut Dataset<'a>, f: &mut impl FnMut(&mut Tr<'a>)) {
    let r = &mut d.report;
    for tr in [
        &mut r.title,
        &mut r.event,
        &mut r.event_date,
        &mut r.publisher,
        &mut r.byline,
        &mut r.intro,
    ] {
        f(tr);
    }
    for t in d
        .themes
        .to_mut()
        .iter_mut()
        .chain(d.audiences.to_mut().iter_mut())
    {
        f(&mut t.name);
    }
    let figures = |figs: &mut schema::List<'a, Figure<'a>>, f: &mut dyn FnMut(&mut Tr<'a>)| {
        for fig in figs.to_mut() {
            f(&mut fig.label);
            f(&mut fig.unit);
        }
    };
    for p in d.projects.to_mut() {
        f(&mut p.name);
        f(&mut p.summary);
        f(&mut p.description);
        figures(&mut p.figures, f);
    }
    f(&mut d.review_2021.title);
    f(&mut d.review_2021.summary);
    figures(&mut d.review_2021.figures, f);
    for dir in d.directions_2022.to_mut() {
        f(&mut dir.title);
        f(&mut dir.summary);
    }
}

/// `src/i18n/ui.json`: key → (Simplified, English).
fn read_ui() -> BTreeMap<String, (String, String)> {
    let text = std::fs::read_to_string(UI_FILE)
        .unwrap_or_else(|e| fail(&format!("cannot read {UI_FILE}: {e}")));
    let value: BTreeMap<String, BTreeMap<String, String>> =
        serde_json::from_str(&text).unwrap_or_else(|e| fail(&format!("{UI_FILE}: {e}")));
    value
        .into_iter()
        .map(|(key, mut texts)| {
            let ok_key = !key.is_empty()
                && key
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
            if !ok_key {
                fail(&format!(
                    "{UI_FILE}: key `{key}` must be lower-case ASCII with _"
                ));
            }
            let mut take = |lang: &str| match texts.remove(lang) {
                Some(t) if !t.trim().is_empty() => t,
                _ => fail(&format!(
                    "{UI_FILE}: `{key}`, field `{lang}`: must not be empty"
                )),
            };
            let pair = (take("zh"), take("en"));
            if let Some(extra) = texts.keys().next() {
                fail(&format!(
                    "{UI_FILE}: `{key}`, field `{extra}`: unknown; use zh and en"
                ));
            }
            (key, pair)
        })
        .collect()
}

fn ui_code(ui: &BTreeMap<String, (String, String)>) -> String {
    let mut code = String::from("/// The interface strings of one language.\npub struct Ui {\n");
    for key in ui.keys() {
        let _ = writeln!(code, "    pub {key}: &'static str,");
    }
    code.push_str("}\n\nimpl Ui {\n    /// Every string, for checks over all of them.\n    #[cfg(test)]\n    pub fn all(&self) -> Vec<&'static str> {\n        vec![");
    for key in ui.keys() {
        let _ = write!(code, "self.{key}, ");
    }
    code.push_str("]\n    }\n}\n");
    type Pick = fn(&(String, String)) -> String;
    let langs: [(&str, Pick); 3] = [
        ("UI_HANS", |(zh, _)| zh.clone()),
        ("UI_HANT", |(zh, _)| hanconv::s2tw(zh)),
        ("UI_EN", |(_, en)| en.clone()),
    ];
    for (name, text) in langs {
        let _ = writeln!(code, "pub static {name}: Ui = Ui {{");
        for (key, pair) in ui {
            let _ = writeln!(code, "    {key}: {:?},", text(pair));
        }
        code.push_str("};\n");
    }
    code
}

/// The folding table (Traditional → Simplified, for every character of the data and interface
/// whose forms differ) and the pinyin readings of the characters of names and tags.
fn search_tables(d: &Dataset<'_>, simplified: &[String]) -> String {
    let mut fold: BTreeMap<char, char> = BTreeMap::new();
    for text in simplified {
        // Phrase-aware conversions keep one character per character, so the two align.
        for converted in [hanconv::s2tw(text), hanconv::s2t(text), hanconv::s2hk(text)] {
            if converted.chars().count() != text.chars().count() {
                continue;
            }
            for (t, s) in converted.chars().zip(text.chars()) {
                if t != s {
                    fold.entry(t).or_insert(s);
                }
            }
        }
        for s in text.chars() {
            for t in hanconv::s2t(s.to_string())
                .chars()
                .chain(hanconv::s2tw(s.to_string()).chars())
            {
                if t != s {
                    fold.entry(t).or_insert(s);
                }
            }
        }
    }
    let mut chars: BTreeSet<char> = BTreeSet::new();
    for p in d.projects.iter() {
        chars.extend(p.name.zh.chars());
    }
    for t in d.themes.iter().chain(d.audiences.iter()) {
        chars.extend(t.name.zh.chars());
    }
    let mut code = String::from(
        "/// Traditional (or variant) character → Simplified, sorted for binary search.\npub static FOLD: &[(char, char)] = &[",
    );
    let mut filter = [0u64; 32];
    for (t, s) in &fold {
        let _ = write!(code, "({t:?},{s:?}),");
        let bit = *t as usize % 2048;
        filter[bit / 64] |= 1 << (bit % 64);
    }
    let _ = write!(
        code,
        "];\n/// Bit `c % 2048` is set for every character of FOLD: most characters need no search.\npub static FOLD_FILTER: [u64; 32] = {filter:?};\n"
    );
    code.push_str("/// Toneless pinyin readings (all of them, for heteronyms), sorted by character.\npub static PINYIN: &[(char, &[&str])] = &[");
    for c in chars {
        let mut readings: Vec<&str> = Vec::new();
        if let Some(multi) = c.to_pinyin_multi() {
            for p in multi {
                if !readings.contains(&p.plain()) {
                    readings.push(p.plain());
                }
            }
        }
        if !readings.is_empty() {
            let _ = write!(code, "({c:?},&{readings:?}),");
        }
    }
    code.push_str("];\n");
    code
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

fn texts(items: &[schema::Text<'_>]) -> String {
    list(items, |t| s(t))
}

fn dataset(d: &Dataset<'_>) -> String {
    format!(
        "Dataset {{ report: {}, themes: {}, audiences: {}, projects: {}, review_2021: {}, directions_2022: {}, pinyin: std::collections::BTreeMap::new() }}",
        report(&d.report),
        list(&d.themes, tag),
        list(&d.audiences, tag),
        list(&d.projects, project),
        review(&d.review_2021),
        list(&d.directions_2022, direction)
    )
}

fn report(r: &Report<'_>) -> String {
    format!(
        "Report {{ title: {}, event: {}, event_date: {}, publisher: {}, byline: {}, published: {}, intro: {} }}",
        tr(&r.title),
        tr(&r.event),
        tr(&r.event_date),
        tr(&r.publisher),
        tr(&r.byline),
        s(&r.published),
        tr(&r.intro)
    )
}

fn tr(t: &Tr<'_>) -> String {
    format!(
        "Tr {{ zh: {}, en: {}, hant: {} }}",
        s(&t.zh),
        s(&t.en),
        s(&t.hant)
    )
}

fn tag(t: &Tag<'_>) -> String {
    format!("Tag {{ id: {}, name: {} }}", s(&t.id), tr(&t.name))
}

fn project(p: &Project<'_>) -> String {
    format!(
        "Project {{ id: {}, name: {}, summary: {}, description: {}, themes: {}, audiences: {}, figures: {}, sources: {}, sort_key: {} }}",
        s(&p.id),
        tr(&p.name),
        tr(&p.summary),
        tr(&p.description),
        texts(&p.themes),
        texts(&p.audiences),
        list(&p.figures, figure),
        texts(&p.sources),
        s(&p.sort_key)
    )
}

fn figure(f: &Figure<'_>) -> String {
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
        tr(&f.label),
        s(&f.value),
        tr(&f.unit),
        f.headline
    )
}

fn review(r: &Review<'_>) -> String {
    format!(
        "Review {{ title: {}, summary: {}, figures: {}, sources: {} }}",
        tr(&r.title),
        tr(&r.summary),
        list(&r.figures, figure),
        texts(&r.sources)
    )
}

fn direction(d: &Direction<'_>) -> String {
    format!(
        "Direction {{ id: {}, title: {}, summary: {}, sources: {} }}",
        s(&d.id),
        tr(&d.title),
        tr(&d.summary),
        texts(&d.sources)
    )
}
