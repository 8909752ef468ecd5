//! Pre-compressed copies of the release build: `<file>.br` (brotli, quality 11) and `<file>.gz`
//! (gzip written by zopfli, the smallest deflate there is) beside every `.wasm`, `.js`, `.css`,
//! `.html`, `.svg` and `.json` below the folders it is given. A host that serves such files as
//! they are (nginx `gzip_static` and `brotli_static`, Caddy `precompressed`, the README's Apache
//! and IIS rules) then sends the strongest compression there is without spending a moment on it
//! per answer, where on-the-fly compression uses fast, weaker settings, or none for `.wasm`.
//!
//! `scripts/post-build.sh` runs it last in a release build, once every other step has written
//! its files. The work is spread over the machine's cores, largest first.
//!
//! ```sh
//! precompress <dir>...
//! ```

use std::io;
use std::num::NonZeroU64;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// What a browser downloads as text or wasm; images other than SVG are compressed already.
const EXTENSIONS: [&str; 6] = ["wasm", "js", "css", "html", "svg", "json"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Codec {
    Brotli,
    Gzip,
}

impl Codec {
    fn suffix(self) -> &'static str {
        match self {
            Codec::Brotli => "br",
            Codec::Gzip => "gz",
        }
    }

    fn compress(self, data: &[u8]) -> io::Result<Vec<u8>> {
        let mut out = Vec::with_capacity(data.len() / 3);
        match self {
            Codec::Brotli => {
                let params = brotli::enc::BrotliEncoderParams {
                    quality: 11,
                    lgwin: window_bits(data.len()),
                    size_hint: data.len(),
                    ..Default::default()
                };
                brotli::BrotliCompress(&mut &data[..], &mut out, &params)?;
            }
            Codec::Gzip => {
                // zopfli's own default (15 iterations): more buys a few bytes for much more time.
                let options = zopfli::Options {
                    iteration_count: NonZeroU64::new(15).expect("non-zero"),
                    ..Default::default()
                };
                zopfli::compress(options, zopfli::Format::Gzip, data, &mut out)?;
            }
        }
        Ok(out)
    }
}

/// Brotli's window: the default 4 MB (22 bits) covers every file of the build but the largest
/// possible; a file larger than that gets a window as large as it, up to the 16 MB every
/// browser's decoder accepts.
fn window_bits(len: usize) -> i32 {
    let bits = usize::BITS - len.saturating_sub(1).leading_zeros();
    bits.clamp(22, 24) as i32
}

/// Whether `path` is one of the files to compress (not a compressed copy itself).
fn compressible(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e))
}

/// Every file to compress below `dir`, in a stable order.
fn files_below(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    let mut entries = std::fs::read_dir(dir)?.collect::<io::Result<Vec<_>>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            files_below(&path, out)?;
        } else if compressible(&path) {
            out.push(path);
        }
    }
    Ok(())
}

fn sibling(path: &Path, codec: Codec) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(codec.suffix());
    PathBuf::from(name)
}

/// One file in one codec: the compressed size, or `None` where compressing made it no smaller
/// (a tiny file), in which case no copy is left beside it and hosts send the file itself.
fn compress_file(path: &Path, codec: Codec) -> io::Result<(usize, Option<usize>)> {
    let data = std::fs::read(path)?;
    let packed = codec.compress(&data)?;
    let target = sibling(path, codec);
    if packed.len() >= data.len() {
        match std::fs::remove_file(&target) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
            _ => return Ok((data.len(), None)),
        }
    }
    // Written whole, then renamed: a host serving the folder meanwhile never sends half a file.
    let mut partial = target.clone().into_os_string();
    partial.push(".partial");
    std::fs::write(&partial, &packed)?;
    std::fs::rename(&partial, &target)?;
    Ok((data.len(), Some(packed.len())))
}

/// Totals of one run.
#[derive(Debug, Default, PartialEq, Eq)]
struct Summary {
    files: usize,
    raw: usize,
    gzip: usize,
    brotli: usize,
    /// Files left without a copy in a codec, since it would not have been smaller.
    kept_raw: usize,
}

/// Compresses every file below `dirs` in both codecs on `threads` threads.
fn run(dirs: &[PathBuf], threads: usize) -> io::Result<Summary> {
    let mut files = Vec::new();
    for dir in dirs {
        files_below(dir, &mut files)?;
    }
    let mut jobs = Vec::with_capacity(files.len() * 2);
    for path in &files {
        let len = std::fs::metadata(path)?.len();
        jobs.push((len, Codec::Gzip, path));
        jobs.push((len, Codec::Brotli, path));
    }
    // The largest files first, zopfli (the slower) before brotli: what remains at the end is
    // small, so no thread idles long while another finishes a big file.
    jobs.sort_by_key(|&(len, codec, _)| (std::cmp::Reverse(len), codec == Codec::Brotli));
    let next = AtomicUsize::new(0);
    let summary = Mutex::new(Summary {
        files: files.len(),
        ..Summary::default()
    });
    let failure = Mutex::new(None::<io::Error>);
    std::thread::scope(|scope| {
        for _ in 0..threads.max(1) {
            scope.spawn(|| {
                while let Some(&(_, codec, path)) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let result = compress_file(path, codec);
                    let mut s = summary.lock().expect("no thread panics holding it");
                    match result {
                        Ok((raw, packed)) => {
                            if codec == Codec::Gzip {
                                s.raw += raw;
                            }
                            let size = packed.unwrap_or(raw);
                            match codec {
                                Codec::Gzip => s.gzip += size,
                                Codec::Brotli => s.brotli += size,
                            }
                            s.kept_raw += usize::from(packed.is_none());
                        }
                        Err(e) => {
                            let e = io::Error::new(e.kind(), format!("{}: {e}", path.display()));
                            failure
                                .lock()
                                .expect("no thread panics holding it")
                                .get_or_insert(e);
                        }
                    }
                }
            });
        }
    });
    match failure.into_inner().expect("no thread panicked") {
        Some(e) => Err(e),
        None => Ok(summary.into_inner().expect("no thread panicked")),
    }
}

fn main() {
    let dirs: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if dirs.is_empty() {
        eprintln!("usage: precompress <dir>...");
        std::process::exit(2);
    }
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let start = Instant::now();
    match run(&dirs, threads) {
        Ok(s) => println!(
            "precompress: {} files, {} B; .gz (zopfli) {} B, .br (brotli 11) {} B{}; {} threads, {:.1} s",
            s.files,
            s.raw,
            s.gzip,
            s.brotli,
            if s.kept_raw > 0 {
                format!("; {} copies left out, no smaller than the file", s.kept_raw)
            } else {
                String::new()
            },
            threads,
            start.elapsed().as_secs_f64()
        ),
        Err(e) => {
            eprintln!("precompress: {e}");
            std::process::exit(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("precompress-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("editor/nested")).unwrap();
        dir
    }

    fn text(n: usize) -> Vec<u8> {
        (0..n)
            .map(|i| format!("<p class=\"yp-card\">项目 {} 的说明</p>\n", i % 37))
            .collect::<String>()
            .into_bytes()
    }

    fn gunzip(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(data)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    fn unbrotli(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        brotli::Decompressor::new(data, 4096)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn every_kind_of_file_gets_both_copies_that_unpack_to_it() {
        let dir = scratch("kinds");
        let mut written = Vec::new();
        for (i, name) in [
            "index.html",
            "youth-projects.js",
            "style.css",
            "favicon.svg",
            "editor/nested/data.json",
            "editor/app_bg.wasm",
        ]
        .iter()
        .enumerate()
        {
            let body = text(200 + i * 50);
            std::fs::write(dir.join(name), &body).unwrap();
            written.push((dir.join(name), body));
        }
        let s = run(std::slice::from_ref(&dir), 2).unwrap();
        assert_eq!(s.files, written.len());
        assert_eq!(s.kept_raw, 0);
        for (path, body) in written {
            let gz = std::fs::read(sibling(&path, Codec::Gzip)).unwrap();
            let br = std::fs::read(sibling(&path, Codec::Brotli)).unwrap();
            assert!(gz.len() < body.len() && br.len() < body.len(), "{path:?}");
            assert_eq!(gunzip(&gz), body, "{path:?}");
            assert_eq!(unbrotli(&br), body, "{path:?}");
        }
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn other_files_and_compressed_copies_are_left_alone() {
        let dir = scratch("others");
        std::fs::write(dir.join("shot.png"), text(100)).unwrap();
        std::fs::write(dir.join("old.js.gz"), b"not touched").unwrap();
        std::fs::write(dir.join("README"), text(100)).unwrap();
        let s = run(std::slice::from_ref(&dir), 1).unwrap();
        assert_eq!(s, Summary::default());
        let mut names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, ["README", "editor", "old.js.gz", "shot.png"]);
        assert_eq!(
            std::fs::read(dir.join("old.js.gz")).unwrap(),
            b"not touched"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn no_copy_where_it_would_not_be_smaller_and_a_stale_one_goes() {
        let dir = scratch("tiny");
        std::fs::write(dir.join("a.json"), b"1").unwrap();
        std::fs::write(dir.join("a.json.br"), b"from an older build").unwrap();
        let s = run(std::slice::from_ref(&dir), 2).unwrap();
        assert_eq!(
            (s.files, s.raw, s.gzip, s.brotli, s.kept_raw),
            (1, 1, 1, 1, 2)
        );
        assert!(!dir.join("a.json.gz").exists());
        assert!(!dir.join("a.json.br").exists());
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn the_brotli_window_covers_large_files() {
        assert_eq!(window_bits(0), 22);
        assert_eq!(window_bits(3 << 20), 22);
        assert_eq!(window_bits((4 << 20) + 1), 23);
        assert_eq!(window_bits(100 << 20), 24);
    }
}
