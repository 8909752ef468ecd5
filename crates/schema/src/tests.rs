//! The schema against the real data file: every problem found and named by record and field, in
//! three languages; the file's serde form; exact values.

use crate::{DataError, Dataset, Kind, Lang, Path, Problem, Problems, Record, parse_value, read};
use std::borrow::Cow;

/// The fixture: the league's own data file, as the widget embeds it.
const DATA: &str = include_str!("../../../src/data/projects.json");
/// The same list as the first format wrote it (no format number, years in the kinds and the
/// sections' names, the league left to the interface): what earlier builds and editors wrote.
const FIRST_FORMAT: &str = include_str!("../../../tests/fixtures/data-format-1.json");

fn data() -> Dataset<'static> {
    read(DATA).expect("the data file is valid")
}

/// Applies an edit to the data file's JSON and returns its problems.
fn problems_after(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<DataError> {
    let mut v: serde_json::Value = serde_json::from_str(DATA).unwrap();
    edit(&mut v);
    match read(&v.to_string()) {
        Ok(_) => panic!("accepted a broken file"),
        Err(Problems(list)) => list,
    }
}

/// The one problem an edit makes.
fn problem_after(edit: impl FnOnce(&mut serde_json::Value)) -> DataError {
    let mut list = problems_after(edit);
    assert_eq!(list.len(), 1, "{list:?}");
    list.remove(0)
}

fn at(e: &DataError) -> (String, String) {
    (e.record(), e.field())
}

fn pair<'s>(record: &'s str, field: &'s str) -> (String, String) {
    (record.to_string(), field.to_string())
}

#[test]
fn the_real_file_has_no_problems() {
    assert_eq!(crate::problems(&data()), vec![]);
}

#[test]
fn an_unknown_theme_is_named_with_the_known_ones() {
    let e = problem_after(|v| v["projects"][3]["themes"][0] = "sports".into());
    assert_eq!(at(&e), pair("projects[3] \"warm-bee\"", "themes[0]"));
    assert_eq!(
        e.message(Lang::En),
        "projects[3] \"warm-bee\", field themes[0]: unknown id `sports`; known: children, jobs, volunteering, education, services"
    );
    assert_eq!(
        e.message(Lang::Hans),
        "projects[3] \"warm-bee\",字段 themes[0]:没有标识为“sports”的项;可用:children, jobs, volunteering, education, services"
    );
}

#[test]
fn an_unknown_audience_and_a_tag_listed_twice() {
    let e = problem_after(|v| v["projects"][0]["audiences"][1] = "pensioners".into());
    assert_eq!(at(&e), pair("projects[0] \"rural-youth\"", "audiences[1]"));
    assert!(matches!(&e.problem, Problem::UnknownId { id, .. } if id == "pensioners"));
    let e = problem_after(|v| v["projects"][1]["themes"][1] = "children".into());
    assert_eq!(at(&e), pair("projects[1] \"hope-house\"", "themes[1]"));
    assert_eq!(e.problem, Problem::ListedTwice("children".into()));
    assert_eq!(e.problem.message(Lang::Hant), "“children”列了兩次");
}

#[test]
fn ids_must_be_unique_and_ascii() {
    let e = problem_after(|v| v["projects"][2]["id"] = "rural-youth".into());
    assert_eq!(at(&e), pair("projects[2] \"rural-youth\"", "id"));
    assert_eq!(e.problem, Problem::DuplicateId("rural-youth".into()));
    let e = problem_after(|v| v["projects"][2]["id"] = "青年驿站".into());
    assert_eq!(e.problem, Problem::NotId("青年驿站".into()));
    assert_eq!(
        e.problem.message(Lang::En),
        "`青年驿站` is not an id: use 1 to 64 of a-z, 0-9 and -"
    );
    let list = problems_after(|v| {
        v["themes"][1]["id"] = "children".into();
        v["audiences"][2]["name"]["en"] = "".into();
    });
    assert_eq!(at(&list[0]), pair("themes[1] \"children\"", "id"));
    assert_eq!(list[0].problem, Problem::DuplicateId("children".into()));
    assert_eq!(at(&list[1]), pair("audiences[2] \"rural\"", "name.en"));
}

#[test]
fn blank_texts_are_refused() {
    let e = problem_after(|v| v["projects"][4]["name"]["zh"] = " ".into());
    assert_eq!(at(&e), pair("projects[4] \"youth-community\"", "name.zh"));
    assert_eq!(e.problem, Problem::Empty);
    assert_eq!(
        e.message(Lang::Hans),
        "projects[4] \"youth-community\",字段 name.zh:不能为空"
    );
    let e = problem_after(|v| v["projects"][0]["figures"][0]["unit"]["zh"] = "".into());
    assert_eq!(
        at(&e),
        pair("projects[0] \"rural-youth\"", "figures[0].unit.zh")
    );
}

#[test]
fn a_missing_field_is_named_at_its_record() {
    let e = problem_after(|v| {
        v["projects"][0]["figures"][0]
            .as_object_mut()
            .unwrap()
            .remove("unit");
    });
    assert_eq!(at(&e), pair("projects[0] \"rural-youth\"", "figures[0]"));
    assert_eq!(e.problem, Problem::Shape("missing field `unit`".into()));
    assert_eq!(
        e.message(Lang::Hans),
        "projects[0] \"rural-youth\",字段 figures[0]:不符合数据文件的格式:missing field `unit`"
    );
}

#[test]
fn unknown_fields_values_and_variants_are_refused() {
    let e = problem_after(|v| v["projects"][6]["budget"] = "1".into());
    assert_eq!(at(&e), pair("projects[6] \"after-school\"", ""));
    assert!(matches!(&e.problem, Problem::Shape(d) if d.starts_with("unknown field `budget`")));
    let e = problem_after(|v| v["projects"][3]["figures"][0]["qualifier"] = "约".into());
    assert_eq!(
        at(&e),
        pair("projects[3] \"warm-bee\"", "figures[0].qualifier")
    );
    assert!(matches!(&e.problem, Problem::Shape(d) if d.starts_with("unknown variant `约`")));
    let e = problem_after(|v| v["projects"][1]["figures"][1]["kind"] = "target2023".into());
    assert_eq!(
        at(&e),
        pair("projects[1] \"hope-house\"", "figures[1].kind")
    );
    let e = problem_after(|v| v["projects"][1]["figures"][1]["value"] = 5.into());
    assert!(
        matches!(&e.problem, Problem::Shape(d) if d.starts_with("invalid type: integer `5`")),
        "{e}"
    );
}

#[test]
fn figures_must_stand_in_their_sources() {
    let e = problem_after(|v| v["projects"][3]["figures"][0]["value"] = "120".into());
    assert_eq!(at(&e), pair("projects[3] \"warm-bee\"", "figures[0].value"));
    assert_eq!(e.problem, Problem::NotInSources("120家".into()));
    let e = problem_after(|v| v["projects"][3]["figures"][0]["value"] = "约100".into());
    assert_eq!(e.problem, Problem::NotANumber("约100".into()));
    let e = problem_after(|v| v["projects"][3]["figures"][0]["qualifier"] = "以上".into());
    assert_eq!(
        at(&e),
        pair("projects[3] \"warm-bee\"", "figures[0].qualifier")
    );
    assert_eq!(
        e.problem.message(Lang::En),
        "`以上` is not in the sentence that gives `100家`"
    );
    let e = problem_after(|v| v["review"]["figures"][1]["unit"]["zh"] = "亿元".into());
    assert_eq!(at(&e), pair("review", "figures[1].value"));
    assert_eq!(e.problem, Problem::NotInSources("百亿元".into()));
}

#[test]
fn records_need_sources() {
    let e = problem_after(|v| v["projects"][9]["sources"] = serde_json::json!([]));
    assert_eq!(at(&e), pair("projects[9] \"grassroots-talks\"", "sources"));
    assert_eq!(e.problem, Problem::NoSources);
    let e = problem_after(|v| v["directions"][1]["sources"][0] = "".into());
    assert_eq!(
        at(&e),
        pair("directions[1] \"talent-pilot-zone\"", "sources[0]")
    );
}

#[test]
fn json_syntax_errors_give_line_and_column() {
    let broken = DATA.replacen("\"rural-youth\",", "\"rural-youth\"", 1);
    let Err(Problems(list)) = read(&broken) else {
        panic!("accepted broken JSON");
    };
    let line = DATA[..DATA.find("\"rural-youth\",").unwrap()]
        .lines()
        .count()
        + 1;
    assert_eq!(list.len(), 1);
    assert!(
        matches!(&list[0].problem, Problem::Syntax { line: l, .. } if *l == line),
        "{list:?}"
    );
    assert!(
        list[0]
            .message(Lang::Hans)
            .starts_with(&format!("第 {line} 行第 ")),
        "{}",
        list[0].message(Lang::Hans)
    );
    let Err(Problems(list)) = read(&format!("{DATA} []")) else {
        panic!("accepted trailing text");
    };
    assert!(
        list[0].message(Lang::En).contains("trailing characters"),
        "{list:?}"
    );
}

/// A file with three different problems has all three listed, in file order, each in the three
/// languages.
#[test]
fn every_problem_at_once() {
    let list = problems_after(|v| {
        v["projects"][0]["name"]["zh"] = "".into();
        v["projects"][3]["themes"][0] = "sports".into();
        v["projects"][3]["figures"][0]["value"] = "120".into();
    });
    let en: Vec<String> = list.iter().map(|e| e.message(Lang::En)).collect();
    assert_eq!(
        en,
        [
            "projects[0] \"rural-youth\", field name.zh: must not be empty",
            "projects[3] \"warm-bee\", field themes[0]: unknown id `sports`; known: children, jobs, volunteering, education, services",
            "projects[3] \"warm-bee\", field figures[0].value: `120家` does not appear in any of this record's sources",
        ]
    );
    let hant: Vec<String> = list.iter().map(|e| e.message(Lang::Hant)).collect();
    assert_eq!(
        hant,
        [
            "projects[0] \"rural-youth\",字段 name.zh:不能為空",
            "projects[3] \"warm-bee\",字段 themes[0]:沒有標識為“sports”的項;可用:children, jobs, volunteering, education, services",
            "projects[3] \"warm-bee\",字段 figures[0].value:“120家”不在這條記錄的任何一句原文中",
        ]
    );
}

/// The Traditional texts of the problems are the `s2tw` conversion of the Simplified ones, and
/// the English ones are English.
#[test]
fn problem_texts_exist_in_three_languages() {
    let mut problems = Problem::samples();
    problems.push(Problem::Empty);
    for p in &problems {
        let [hans, hant, en] = p.templates();
        assert_eq!(hant, hanconv::s2tw(hans), "{p:?}");
        assert_ne!(hans, en, "{p:?}");
        for lang in Lang::ALL {
            let text = p.message(lang);
            assert!(!text.contains('{'), "{text}");
        }
    }
    let located = DataError::new(
        Path::key(Record::Review, crate::Key::Title).part(crate::Part::En),
        None,
        Problem::Empty,
    );
    for lang in Lang::ALL {
        let text = located.message(lang);
        assert!(text.starts_with("review"), "{text}");
        assert!(text.contains("title.en"), "{text}");
    }
    assert_eq!(
        hanconv::s2tw(located.message(Lang::Hans)),
        located.message(Lang::Hant)
    );
}

/// Every string field of the data file, emptied one at a time, is refused with a problem that
/// names exactly its record and field.
#[test]
fn every_field_is_checked_and_named() {
    fn leaves(v: &serde_json::Value, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        match v {
            serde_json::Value::String(_) => out.push(path.clone()),
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    path.push(format!("[{i}]"));
                    leaves(item, path, out);
                    path.pop();
                }
            }
            serde_json::Value::Object(map) => {
                for (k, item) in map {
                    path.push(k.clone());
                    leaves(item, path, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    fn slot<'v>(v: &'v mut serde_json::Value, path: &[String]) -> &'v mut serde_json::Value {
        path.iter().fold(v, |s, part| {
            match part.strip_prefix('[').and_then(|p| p.strip_suffix(']')) {
                Some(i) => &mut s[i.parse::<usize>().unwrap()],
                None => &mut s[part.as_str()],
            }
        })
    }
    let original: serde_json::Value = serde_json::from_str(DATA).unwrap();
    let mut paths = Vec::new();
    leaves(&original, &mut Vec::new(), &mut paths);
    let mut checked = 0;
    for path in paths {
        let mut v = original.clone();
        // Only a bare 万 or 亿 may go without an English unit.
        if path.ends_with(&["unit".to_string(), "en".to_string()]) {
            let mut zh = path.clone();
            *zh.last_mut().unwrap() = "zh".into();
            if matches!(slot(&mut v.clone(), &zh).as_str(), Some("万" | "亿")) {
                *slot(&mut v, &path) = "".into();
                assert!(read(&v.to_string()).is_ok());
                continue;
            }
        }
        *slot(&mut v, &path) = "".into();
        let text = v.to_string();
        let list = match read(&text) {
            Err(Problems(list)) => list,
            // Read with warnings only: still listed by the checks.
            Ok(_) => crate::validate::problems(&crate::read::shape(&text).unwrap()),
        };
        assert!(!list.is_empty(), "accepted an empty {}", path.join(""));
        let e = &list[0];
        // A missing English text is a warning: the file is read, the English view shows Chinese.
        let english = path.last().is_some_and(|p| p == "en");
        assert_eq!(e.problem.is_warning(), english, "{e}");
        assert_eq!(read(&text).is_ok(), english, "{e}");
        // `projects[3]` + `figures[0].label.en` → projects[3].figures[0].label.en
        let named = e.path.to_string();
        let expected = path.iter().fold(String::new(), |acc, p| {
            if acc.is_empty() || p.starts_with('[') {
                acc + p
            } else {
                acc + "." + p
            }
        });
        assert_eq!(named, expected, "{e}");
        checked += 1;
    }
    assert!(checked > 300, "{checked} fields checked");
}

#[test]
fn strings_borrow_from_the_text_and_the_file_round_trips() {
    let d = data();
    assert!(matches!(d.projects[0].name.zh, Cow::Borrowed(_)));
    assert!(matches!(d.projects[0].id, Cow::Borrowed(_)));
    assert!(matches!(d.projects[0].sources[0], Cow::Borrowed(_)));
    assert!(matches!(d.projects[0].themes[0], Cow::Borrowed(_)));
    // Serialised and read again, the data is the same; the file's form is what serde writes.
    let text = serde_json::to_string_pretty(&d).unwrap();
    assert_eq!(read(&text).unwrap(), read(DATA).unwrap());
    let theirs: serde_json::Value = serde_json::from_str(DATA).unwrap();
    let ours: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(ours, theirs);
    // A text with escapes is read too (and owned).
    let escaped = DATA.replacen("关爱儿童", "\\u5173爱儿童", 1);
    assert_eq!(read(&escaped).unwrap().themes[0].name.zh, "关爱儿童");
}

#[test]
fn a_traditional_text_in_the_file_is_kept() {
    let mut v: serde_json::Value = serde_json::from_str(DATA).unwrap();
    v["themes"][0]["name"]["hant"] = "關愛兒童".into();
    let text = v.to_string();
    let d = read(&text).unwrap();
    assert_eq!(d.themes[0].name.get(Lang::Hant), "關愛兒童");
    assert_eq!(d.themes[1].name.get(Lang::Hant), d.themes[1].name.zh);
}

#[test]
fn values_parse_exactly_without_floats() {
    assert_eq!(parse_value("5000"), Some(5_000_000));
    assert_eq!(parse_value("168.5"), Some(168_500));
    assert_eq!(parse_value("3.7"), Some(3_700));
    assert_eq!(parse_value("八"), Some(8_000));
    assert_eq!(parse_value("百"), Some(100_000));
    assert_eq!(
        parse_value("999999999999999"),
        Some(999_999_999_999_999_000)
    );
    for bad in [
        "",
        "1.",
        ".5",
        "1.2345",
        "5,000",
        "五千",
        "1e3",
        "-3",
        "１０",
        "1000000000000000",
    ] {
        assert_eq!(parse_value(bad), None, "{bad}");
    }
}

/// A file of the first format (no format number, `target2022`, `review_2021`, the league left to
/// the interface) reads as the same list as the current file: what earlier builds and editors
/// wrote still loads, as the 2022 list it is.
#[test]
fn a_first_format_file_reads_as_the_list_it_is() {
    assert!(!FIRST_FORMAT.contains("\"format\""));
    assert!(FIRST_FORMAT.contains("\"review_2021\"") && FIRST_FORMAT.contains("\"target2022\""));
    let mut old = read(FIRST_FORMAT).expect("the first format reads");
    let mut new = data();
    assert_eq!(old.format, crate::FORMAT);
    assert_eq!(old.list, crate::legacy::list());
    assert_eq!(old.list.year, 2022);
    assert_eq!(old.report.date, "2022-03-01");
    assert!(
        old.review
            .figures
            .iter()
            .all(|f| f.kind == Kind::Earlier && f.year == Some(2021))
    );
    // The data file leaves the Traditional forms to the build; the first format's list has
    // them, since the interface had them.
    for tr in [
        &mut old.list.league,
        &mut old.list.league_full,
        &mut old.list.campaign,
    ] {
        tr.hant = Cow::Borrowed("");
    }
    // What the first format could not say: that 100 new houses add to the 694, and the words
    // readers search with.
    for p in new.projects.to_mut() {
        p.keywords = Cow::Borrowed(&[]);
        for f in p.figures.to_mut() {
            f.adds = false;
        }
    }
    assert_eq!(old, new);
}

/// The first format's names are read, never written.
#[test]
fn files_are_written_in_the_current_format() {
    let old = read(FIRST_FORMAT).unwrap();
    let text = serde_json::to_string_pretty(&old).unwrap();
    assert!(
        text.trim_start().starts_with("{\n  \"format\": 4"),
        "{}",
        &text[..40]
    );
    for old_name in [
        "review_2021",
        "directions_2022",
        "target2022",
        "baseline2021",
    ] {
        assert!(!text.contains(old_name), "{old_name}");
    }
    // The Traditional forms of what the first format left to the interface are s2tw's.
    let mut tr = Vec::new();
    old.texts(&mut |path, t| {
        if path.record == Record::List {
            tr.push(t.clone());
        }
    });
    assert_eq!(tr.len(), 3);
    for t in tr {
        assert_eq!(t.hant, hanconv::s2tw(&*t.zh));
    }
}

/// A file of a newer format says so, before its unknown fields are read; the format number is
/// found wherever it stands.
#[test]
fn a_newer_format_needs_a_newer_reader() {
    let newer = DATA.replacen("\"format\": 4", "\"format\": 9", 1).replacen(
        "\"projects\": [",
        "\"progress\": {}, \"projects\": [",
        1,
    );
    let Err(Problems(list)) = read(&newer) else {
        panic!("read a newer format");
    };
    assert_eq!(list.len(), 1);
    assert_eq!(
        list[0].problem,
        Problem::NewerFormat {
            found: 9,
            supported: 4
        }
    );
    assert_eq!(
        list[0].message(Lang::Hans),
        "format:此文件需要更新版本的组件:文件格式为第 9 版,本组件只能读取到第 4 版"
    );
    assert!(list[0].message(Lang::En).contains("needs a newer widget"));
    // Not first: skimmed for.
    let mut v: serde_json::Value =
        serde_json::from_str(&newer.replacen("\"format\": 9,", "", 1)).unwrap();
    v["format"] = 9.into();
    let moved = serde_json::to_string(&v).unwrap();
    assert!(!moved.starts_with("{\"format\""));
    let Err(Problems(list)) = read(&moved) else {
        panic!("read a newer format");
    };
    assert!(matches!(
        list[0].problem,
        Problem::NewerFormat { found: 9, .. }
    ));
}

#[test]
fn the_year_the_day_and_the_kinds_are_checked() {
    let e = problem_after(|v| v["list"]["year"] = 22.into());
    assert_eq!(at(&e), pair("list", "year"));
    assert_eq!(e.problem, Problem::NotAYear("22".into()));
    let e = problem_after(|v| {
        v["list"].as_object_mut().unwrap().remove("year");
    });
    assert_eq!((at(&e), e.problem), (pair("list", "year"), Problem::Empty));
    let e = problem_after(|v| v["report"]["date"] = "2022-02-30".into());
    assert_eq!(at(&e), pair("report", "date"));
    assert_eq!(e.problem, Problem::NotADate("2022-02-30".into()));
    let e = problem_after(|v| {
        v["review"]["figures"][3]
            .as_object_mut()
            .unwrap()
            .remove("year");
    });
    assert_eq!(
        (at(&e), e.problem),
        (pair("review", "figures[3].year"), Problem::NoYear)
    );
    let e = problem_after(|v| v["projects"][3]["figures"][0]["year"] = 2022.into());
    assert_eq!(at(&e), pair("projects[3] \"warm-bee\"", "figures[0].year"));
    assert_eq!(e.problem, Problem::YearNotEarlier);
    let e = problem_after(|v| v["projects"][1]["figures"][1]["adds"] = true.into());
    assert_eq!(
        at(&e),
        pair("projects[1] \"hope-house\"", "figures[1].adds")
    );
    assert_eq!(e.problem, Problem::AddsNotTarget);
}

/// The walk visits every translated text of the file, each at its path.
#[test]
fn the_walk_visits_every_text_at_its_path() {
    fn texts(v: &serde_json::Value, path: String, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(map) if map.contains_key("zh") => out.push(path),
            serde_json::Value::Object(map) => {
                for (k, item) in map {
                    let sep = if path.is_empty() { "" } else { "." };
                    texts(item, format!("{path}{sep}{k}"), out);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    texts(item, format!("{path}[{i}]"), out);
                }
            }
            _ => {}
        }
    }
    let mut in_file = Vec::new();
    texts(
        &serde_json::from_str(DATA).unwrap(),
        String::new(),
        &mut in_file,
    );
    let mut walked = Vec::new();
    data().texts(&mut |path, _| walked.push(path.to_string()));
    in_file.sort();
    walked.sort();
    assert_eq!(walked, in_file);
    assert!(walked.len() > 100);
}

/// The built-in file with a progress update of the Hope Houses and the figure it states.
fn with_progress(v: &mut serde_json::Value) {
    v["projects"][1]["updates"] = serde_json::json!([{
        "as_of": "2022-09-30",
        "status": "on-schedule",
        "text": {
            "zh": "截至9月30日,全市新建“希望小屋”62个。",
            "en": "By 30 September, 62 new Hope Houses had been built across the city."
        },
        "source": "2022年三季度“我为青少年办实事”清单进展通报",
        "link": "https://example.org/progress/2022-q3"
    }]);
    v["projects"][1]["figures"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "label": { "zh": "新建“希望小屋”", "en": "New Hope Houses built" },
            "value": "62",
            "unit": { "zh": "个", "en": "houses" },
            "kind": "achieved",
            "as_of": "2022-09-30",
            "measure": "houses"
        }));
}

fn progress_problems(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<DataError> {
    problems_after(|v| {
        with_progress(v);
        edit(v);
    })
}

#[test]
fn updates_and_achieved_figures_read_and_stand_in_their_update() {
    let mut v: serde_json::Value = serde_json::from_str(DATA).unwrap();
    with_progress(&mut v);
    let text = v.to_string();
    let d = read(&text).expect("a file with progress reads");
    let p = &d.projects[1];
    assert_eq!(p.latest().unwrap().status, crate::Status::OnSchedule);
    assert_eq!(p.figures[3].kind, Kind::Achieved);
    // An achieved figure is a part of its target, not a size of its own.
    assert_eq!(p.largest_magnitude(), Some(14_000_000_000));

    let e = progress_problems(|v| v["projects"][1]["figures"][3]["value"] = "63".into());
    assert_eq!(e.len(), 1);
    assert_eq!(
        at(&e[0]),
        pair("projects[1] \"hope-house\"", "figures[3].value")
    );
    assert_eq!(
        e[0].message(Lang::Hans),
        "projects[1] \"hope-house\",字段 figures[3].value:“63个”不在截至“2022-09-30”的进展原文中"
    );
    let e = progress_problems(|v| v["projects"][1]["figures"][3]["as_of"] = "2022-10-31".into());
    assert_eq!(
        at(&e[0]),
        pair("projects[1] \"hope-house\"", "figures[3].as_of")
    );
    assert_eq!(e[0].problem, Problem::NoUpdateOfDate("2022-10-31".into()));
    let e = progress_problems(|v| {
        v["projects"][1]["figures"][3]
            .as_object_mut()
            .unwrap()
            .remove("as_of");
    });
    assert_eq!(e[0].problem, Problem::NoDate);
    let e = progress_problems(|v| v["projects"][1]["figures"][0]["as_of"] = "2022-09-30".into());
    assert_eq!(
        at(&e[0]),
        pair("projects[1] \"hope-house\"", "figures[0].as_of")
    );
    assert_eq!(e[0].problem, Problem::AsOfNotAchieved);
}

#[test]
fn an_update_has_a_real_day_a_source_and_a_web_link() {
    for (edit, field, problem) in [
        (
            serde_json::json!({ "as_of": "2022-9-30" }),
            "updates[0].as_of",
            Problem::NotADate("2022-9-30".into()),
        ),
        (
            serde_json::json!({ "link": "javascript:alert(1)" }),
            "updates[0].link",
            Problem::NotAWebLink("javascript:alert(1)".into()),
        ),
        (
            serde_json::json!({ "link": "/progress.html" }),
            "updates[0].link",
            Problem::NotAWebLink("/progress.html".into()),
        ),
        (
            serde_json::json!({ "source": " " }),
            "updates[0].source",
            Problem::Empty,
        ),
    ] {
        let list = progress_problems(|v| {
            for (k, x) in edit.as_object().unwrap() {
                v["projects"][1]["updates"][0][k] = x.clone();
            }
        });
        assert!(
            list.iter()
                .any(|e| at(e) == pair("projects[1] \"hope-house\"", field) && e.problem == problem),
            "{list:?}"
        );
    }
    let e = progress_problems(|v| v["projects"][1]["updates"][0]["status"] = "late".into());
    assert_eq!(
        at(&e[0]),
        pair("projects[1] \"hope-house\"", "updates[0].status")
    );
    assert!(matches!(&e[0].problem, Problem::Shape(d) if d.starts_with("unknown variant `late`")));
    // Two updates of one day.
    let e = progress_problems(|v| {
        let first = v["projects"][1]["updates"][0].clone();
        v["projects"][1]["updates"]
            .as_array_mut()
            .unwrap()
            .push(first);
    });
    assert_eq!(
        at(&e[0]),
        pair("projects[1] \"hope-house\"", "updates[1].as_of")
    );
    assert_eq!(e[0].problem, Problem::DuplicateDate("2022-09-30".into()));
}

/// The reader never judges days; the editor checks on its day, and a later update is a warning.
#[test]
fn a_day_after_today_is_a_warning_for_the_editor_only() {
    let mut v: serde_json::Value = serde_json::from_str(DATA).unwrap();
    with_progress(&mut v);
    let text = v.to_string();
    let d = read(&text).unwrap();
    assert_eq!(crate::problems(&d), vec![]);
    let on = crate::problems_on(&d, Some("2022-09-01"));
    assert_eq!(on.len(), 1);
    assert_eq!(
        at(&on[0]),
        pair("projects[1] \"hope-house\"", "updates[0].as_of")
    );
    assert!(on[0].problem.is_warning());
    assert_eq!(crate::problems_on(&d, Some("2022-09-30")), vec![]);
}
