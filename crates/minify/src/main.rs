//! Minifies the release build's JavaScript (oxc) and CSS (lightningcss) in place, and updates the
//! integrity hashes its pages carry for them.
//!
//! Trunk 0.21's own JavaScript minifier (minify-js 0.5) cannot parse the glue wasm-bindgen writes
//! (`export { initSync, __wbg_init as default }`), so it warned "Failed to minify JS" and shipped
//! the glue as it was; it is unmaintained, and known to drop getters when it does parse. So
//! `Trunk.toml` turns trunk's minification off and `scripts/post-build.sh` runs this instead, on
//! the reader's files and the editor's alike, before they are compressed. A file that does not
//! parse fails the build: nothing ships unminified without a word.
//!
//! ```sh
//! minify <dir>...
//! ```

use base64::Engine as _;
use oxc_allocator::Allocator;
use oxc_codegen::{Codegen, CodegenOptions};
use oxc_minifier::{CompressOptions, MangleOptions, Minifier, MinifierOptions};
use oxc_parser::Parser;
use oxc_span::SourceType;
use sha2::Digest;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The oldest engines that run the widget at all (ES modules with top-level await in `embed.js`,
/// WebAssembly): the minifier may write no syntax newer than they read.
const TARGETS: &str = "chrome89,firefox89,safari15";

/// Minified JavaScript. A file with `import`, `export` or `import.meta` is a module, whose
/// top-level names are its own to shorten; a classic script's are globals and kept.
fn minify_js(source: &str) -> Result<String, String> {
    let allocator = Allocator::default();
    let parsed = Parser::new(&allocator, source, SourceType::unambiguous()).parse();
    if let Some(error) = parsed.diagnostics.first() {
        return Err(error.to_string());
    }
    let mut program = parsed.program;
    let options = MinifierOptions {
        mangle: Some(MangleOptions::default()),
        mangle_properties: None,
        compress: Some(CompressOptions {
            target: oxc_compat::EngineTargets::from_target(TARGETS)?,
            ..CompressOptions::smallest()
        }),
    };
    let minified = Minifier::new(options).minify(&allocator, &mut program);
    Ok(Codegen::new()
        .with_options(CodegenOptions::minify())
        .with_scoping(minified.scoping)
        .build(&program)
        .code)
}

/// Minified CSS, as trunk's own CSS step did it (lightningcss, no browser targets: nothing
/// prefixed or lowered).
fn minify_css(source: &str) -> Result<String, String> {
    use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};
    let mut sheet =
        StyleSheet::parse(source, ParserOptions::default()).map_err(|e| e.to_string())?;
    sheet
        .minify(MinifyOptions::default())
        .map_err(|e| e.to_string())?;
    let printed = sheet
        .to_css(PrinterOptions {
            minify: true,
            ..PrinterOptions::default()
        })
        .map_err(|e| e.to_string())?;
    Ok(printed.code)
}

/// The files below `dir` with one of `extensions`, in a stable order.
fn files_below(dir: &Path, extensions: &[&str], out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries = std::fs::read_dir(dir)?.collect::<std::io::Result<Vec<_>>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            files_below(&path, extensions, out)?;
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| extensions.contains(&e))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// The subresource-integrity values a page may carry for `bytes`, as trunk writes them.
fn integrities(bytes: &[u8]) -> [String; 3] {
    let b64 = |digest: &[u8]| base64::engine::general_purpose::STANDARD.encode(digest);
    [
        format!("sha256-{}", b64(&sha2::Sha256::digest(bytes))),
        format!("sha384-{}", b64(&sha2::Sha384::digest(bytes))),
        format!("sha512-{}", b64(&sha2::Sha512::digest(bytes))),
    ]
}

/// One file minified in place: its sizes before and after, and its integrity values before
/// and after (the pages still name the old ones). A file the minifier would not shorten stays.
struct Minified {
    path: PathBuf,
    before: usize,
    after: usize,
    integrity: [(String, String); 3],
}

fn minify_file(path: &Path) -> Result<Option<Minified>, String> {
    let original = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let minified = match path.extension().and_then(|e| e.to_str()) {
        Some("css") => minify_css(&original)?,
        _ => minify_js(&original)?,
    };
    if minified.len() >= original.len() {
        return Ok(None);
    }
    std::fs::write(path, &minified).map_err(|e| e.to_string())?;
    let (old, new) = (
        integrities(original.as_bytes()),
        integrities(minified.as_bytes()),
    );
    Ok(Some(Minified {
        path: path.to_path_buf(),
        before: original.len(),
        after: minified.len(),
        integrity: std::array::from_fn(|i| (old[i].clone(), new[i].clone())),
    }))
}

/// Minifies every `.js` and `.css` below `dirs`, then gives every page below them the new
/// integrity values. Returns what changed.
fn run(dirs: &[PathBuf]) -> Result<Vec<Minified>, String> {
    let (mut sources, mut pages) = (Vec::new(), Vec::new());
    for dir in dirs {
        let listed = files_below(dir, &["js", "css"], &mut sources)
            .and_then(|()| files_below(dir, &["html"], &mut pages));
        listed.map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let mut changed = Vec::new();
    for path in &sources {
        let done = minify_file(path).map_err(|e| format!("{}: {e}", path.display()))?;
        changed.extend(done);
    }
    for page in &pages {
        let html = std::fs::read_to_string(page).map_err(|e| format!("{}: {e}", page.display()))?;
        let mut updated = html.clone();
        for (old, new) in changed.iter().flat_map(|m| &m.integrity) {
            updated = updated.replace(old.as_str(), new);
        }
        if updated != html {
            std::fs::write(page, updated).map_err(|e| format!("{}: {e}", page.display()))?;
        }
    }
    Ok(changed)
}

fn main() {
    let dirs: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if dirs.is_empty() {
        eprintln!("usage: minify <dir>...");
        std::process::exit(2);
    }
    let start = Instant::now();
    match run(&dirs) {
        Ok(changed) => {
            for m in &changed {
                println!("minify: {} {} → {} B", m.path.display(), m.before, m.after);
            }
            println!(
                "minify: {} files, {:.1} s",
                changed.len(),
                start.elapsed().as_secs_f64()
            );
        }
        Err(e) => {
            eprintln!("minify: {e}");
            std::process::exit(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_module_keeps_its_exports_and_shortens_its_own_names() {
        let glue = "let wasm;\nfunction __wbg_init(module_or_path) {\n  // comment\n  return wasm;\n}\nfunction initSync(module) { return wasm; }\nexport { initSync, __wbg_init as default };\n";
        let out = minify_js(glue).unwrap();
        assert!(out.len() < glue.len() / 2, "{out}");
        assert!(
            !out.contains("comment") && !out.contains("__wbg_init("),
            "{out}"
        );
        assert!(
            out.contains("as default") && out.contains("initSync"),
            "{out}"
        );
    }

    #[test]
    fn a_classic_script_keeps_its_globals() {
        let script =
            "function reportHeight(frame) { return frame.height; }\nvar heightOfAll = 1;\n";
        let out = minify_js(script).unwrap();
        assert!(
            out.contains("reportHeight") && out.contains("heightOfAll"),
            "{out}"
        );
    }

    #[test]
    fn css_is_minified_as_trunk_did() {
        let out = minify_css(".yp .yp-card {\n  margin: 0px 0px 0px 0px;\n  color: #ff0000;\n}\n")
            .unwrap();
        assert_eq!(out, ".yp .yp-card{color:red;margin:0}");
    }

    #[test]
    fn what_does_not_parse_is_an_error() {
        assert!(minify_js("export { a as }").is_err());
        assert!(minify_js("let = ;").is_err());
    }

    #[test]
    fn the_pages_get_the_new_integrity_values() {
        let dir = std::env::temp_dir().join(format!("minify-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("projects/a")).unwrap();
        let js = "export function hello(name) {\n  return 'hello ' + name;\n}\n";
        let [_, old, _] = integrities(js.as_bytes());
        std::fs::write(dir.join("app.js"), js).unwrap();
        let page = format!("<link rel=modulepreload href=\"../../app.js\" integrity=\"{old}\">");
        std::fs::write(dir.join("projects/a/index.html"), &page).unwrap();
        let changed = run(std::slice::from_ref(&dir)).unwrap();
        assert_eq!(changed.len(), 1);
        let now = std::fs::read(dir.join("app.js")).unwrap();
        let [_, new, _] = integrities(&now);
        let html = std::fs::read_to_string(dir.join("projects/a/index.html")).unwrap();
        assert!(html.contains(&new) && !html.contains(&old), "{html}");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
