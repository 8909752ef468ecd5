//! Embeds `src/data/projects.json`: reads and checks it with the schema crate (the same reader as
//! data loaded at run time), then bakes it into a `static` (databake, from the schema's types),
//! so the embedded data costs no work at start-up. A bad data file stops the build with every problem listed, each naming its record
//! and field, in Chinese and English.
//!
//! It also makes everything derived from the Simplified text, so the wasm carries only what this
//! data needs: the Traditional texts (hanconv's phrase-aware `s2tw`), the interface strings of
//! `src/i18n/ui.json` in three languages, the Traditional→Simplified folding table for
//! script-blind search, and the pinyin readings of the characters in names, keywords and tags.

use databake::{Bake, CrateEnv};
use pinyin::{ToPinyin, ToPinyinMulti};
use schema::{Dataset, Lang};
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
    data.texts_mut(&mut |_, tr| {
        if tr.hant.is_empty() {
            tr.hant = hanconv::s2tw(&*tr.zh).into();
        }
        simplified.push(tr.zh.to_string());
    });
    let ui = read_ui();
    simplified.extend(ui.values().map(|(zh, _)| zh.clone()));
    // Keywords are searched in either script too.
    simplified.extend(
        data.projects
            .iter()
            .flat_map(|p| p.keywords.iter().map(|k| k.to_string())),
    );

    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir);
    write(
        &out.join("embedded.rs"),
        format!(
            "/// The data file, checked and embedded at build time.\npub static EMBEDDED: schema::Dataset<'static> = {};\n",
            bake(&data)
        ),
    );
    write(&out.join("ui.rs"), ui_code(&ui));
    write(
        &out.join("search_tables.rs"),
        search_tables(&data, &simplified),
    );
}

/// A value as the Rust expression that builds it (databake): borrowed literals only, so the
/// embedded data costs no work at start-up.
fn bake(value: &impl Bake) -> String {
    value.bake(&CrateEnv::default()).to_string()
}

fn write(path: &Path, code: String) {
    std::fs::write(path, code)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
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
        chars.extend(p.keywords.iter().flat_map(|k| k.chars()));
    }
    for t in d.themes.iter().chain(d.audiences.iter()) {
        chars.extend(t.name.zh.chars());
    }
    let mut filter = [0u64; 32];
    for t in fold.keys() {
        let bit = *t as usize % 2048;
        filter[bit / 64] |= 1 << (bit % 64);
    }
    let fold: Vec<(char, char)> = fold.into_iter().collect();
    let pinyin: Vec<(char, Vec<&str>)> = chars
        .into_iter()
        .filter_map(|c| {
            let mut readings: Vec<&str> = Vec::new();
            for p in c.to_pinyin_multi()? {
                if !readings.contains(&p.plain()) {
                    readings.push(p.plain());
                }
            }
            (!readings.is_empty()).then_some((c, readings))
        })
        .collect();
    let pinyin: Vec<(char, &[&str])> = pinyin.iter().map(|(c, r)| (*c, r.as_slice())).collect();
    format!(
        "/// Traditional (or variant) character → Simplified, sorted for binary search.\n\
         pub static FOLD: &[(char, char)] = {};\n\
         /// Bit `c % 2048` is set for every character of FOLD: most characters need no search.\n\
         pub static FOLD_FILTER: [u64; 32] = {};\n\
         /// Toneless pinyin readings (all of them, for heteronyms), sorted by character.\n\
         pub static PINYIN: &[(char, &[&str])] = {};\n",
        bake(&fold.as_slice()),
        bake(&filter),
        bake(&pinyin.as_slice())
    )
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
