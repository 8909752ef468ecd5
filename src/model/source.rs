//! Which data file a link may choose. Only the page's author decides what data is shown: a host's
//! `data-src` (or the standalone root's) names the file, and a link's `?src=` is ignored unless
//! the host opts in with `data-src-allow`, a space-separated list of paths and folders (a folder
//! ends in `/`), and the asked-for path falls within it after normalising. A path with `..`, an
//! encoded dot, slash or backslash, a backslash, a scheme or a host (`//other.host`) is refused
//! outright, whatever the list says.

/// The path (with its query string) that `?src=<requested>` may load, or `None`. `allow` is the
/// host's `data-src-allow`; `page_path` the page's own path (`location.pathname`), against which
/// relative paths in both resolve.
pub fn allowed_src(requested: &str, allow: &str, page_path: &str) -> Option<String> {
    let (path, query) = match requested.find(['?', '#']) {
        Some(at) if requested.as_bytes()[at] == b'?' => {
            let rest = &requested[at..];
            // A fragment means nothing to a fetch.
            (&requested[..at], rest.split('#').next().unwrap_or(""))
        }
        Some(at) => (&requested[..at], ""),
        None => (requested, ""),
    };
    let wanted = resolve(path, page_path)?;
    let permitted = allow.split_ascii_whitespace().any(|entry| {
        resolve(entry, page_path).is_some_and(|entry| {
            if entry.ends_with('/') {
                wanted.starts_with(&entry)
            } else {
                wanted == entry
            }
        })
    });
    (permitted && !wanted.ends_with('/')).then(|| format!("{wanted}{query}"))
}

/// An absolute path on this origin for `path`, relative to `page_path`'s folder unless it starts
/// with `/`; `.` segments dropped. `None` for anything that could leave the folder or the origin.
fn resolve(path: &str, page_path: &str) -> Option<String> {
    let lower = path.to_ascii_lowercase();
    let refused = path.is_empty()
        || path.starts_with("//")
        || path.contains(':')
        || path.contains('\\')
        || path.chars().any(|c| c.is_whitespace() || c.is_control())
        || ["%2e", "%2f", "%5c"].iter().any(|e| lower.contains(e));
    if refused {
        return None;
    }
    let base = if path.starts_with('/') {
        ""
    } else {
        &page_path[..page_path.rfind('/').map_or(0, |i| i + 1)]
    };
    let joined = format!("{base}{path}");
    let mut out = String::with_capacity(joined.len() + 1);
    let segments: Vec<&str> = joined.split('/').collect();
    for (i, segment) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        match *segment {
            ".." => return None,
            "." if last => out.push('/'),
            "." => {}
            "" if i == 0 => {}
            s => {
                out.push('/');
                out.push_str(s);
            }
        }
    }
    if out.is_empty() || path.ends_with('/') && !out.ends_with('/') {
        out.push('/');
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::allowed_src;

    const PAGE: &str = "/league/youth/index.html";

    #[test]
    fn a_link_is_ignored_unless_the_host_allows_it() {
        assert_eq!(allowed_src("data/2023.json", "", PAGE), None);
        assert_eq!(allowed_src("data/2023.json", "   ", PAGE), None);
        assert_eq!(allowed_src("other/2023.json", "data/", PAGE), None);
    }

    #[test]
    fn a_folder_allows_what_is_inside_it() {
        for (requested, allow) in [
            ("data/2023.json", "data/"),
            ("data/2023.json", "/league/youth/data/"),
            ("/league/youth/data/2023.json", "data/"),
            ("./data/2023.json", "./data/"),
            ("data/sub/2023.json", "data/"),
        ] {
            assert_eq!(
                allowed_src(requested, allow, PAGE).as_deref(),
                Some(requested.trim_start_matches("./"))
                    .map(|r| if r.starts_with('/') {
                        r.to_string()
                    } else {
                        format!("/league/youth/{r}")
                    })
                    .as_deref(),
                "{requested} in {allow}"
            );
        }
        assert_eq!(
            allowed_src("data-sample.json", "./", "/demo/linked.html").as_deref(),
            Some("/demo/data-sample.json")
        );
        // The folder itself is not a file.
        assert_eq!(allowed_src("data/", "data/", PAGE), None);
    }

    #[test]
    fn a_listed_file_allows_only_itself() {
        let allow = "data/2023.json /archive/2022.json";
        assert_eq!(
            allowed_src("data/2023.json", allow, PAGE).as_deref(),
            Some("/league/youth/data/2023.json")
        );
        assert_eq!(
            allowed_src("/archive/2022.json", allow, PAGE).as_deref(),
            Some("/archive/2022.json")
        );
        assert_eq!(allowed_src("data/2024.json", allow, PAGE), None);
        assert_eq!(allowed_src("data/2023.json.bak", allow, PAGE), None);
    }

    #[test]
    fn a_query_string_is_kept_and_a_fragment_dropped() {
        assert_eq!(
            allowed_src("data/2023.json?v=2#top", "data/", PAGE).as_deref(),
            Some("/league/youth/data/2023.json?v=2")
        );
        assert_eq!(
            allowed_src("data/2023.json#top", "data/", PAGE).as_deref(),
            Some("/league/youth/data/2023.json")
        );
    }

    #[test]
    fn escapes_from_the_folder_or_the_origin_are_refused() {
        for requested in [
            "data/../secret.json",
            "../youth/data/2023.json",
            "data/%2e%2e/secret.json",
            "data/%2E%2E/secret.json",
            "%2e%2e/data/2023.json",
            "data%2f2023.json",
            "data%2F..%2Fsecret.json",
            "data/%5c..%5csecret.json",
            "data\\..\\secret.json",
            "//other.host/data/2023.json",
            "https://other.host/league/youth/data/2023.json",
            "javascript:alert(1)",
            "data/ 2023.json",
            "",
        ] {
            assert_eq!(allowed_src(requested, "data/ /", PAGE), None, "{requested}");
        }
        // An allow list cannot widen itself with `..` either.
        assert_eq!(allowed_src("/secret.json", "data/../", PAGE), None);
    }
}
