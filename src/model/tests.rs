//! Native tests of the model: the data file against the report, validation, query, URL codec and
//! reducer.

use super::data::{Dataset, Figure, Kind, Qualifier, parse_value};
use super::load::parse_json;
use super::query::{Facet, Query, SearchIndex, Sort};
use super::state::{Action, HistoryMode, State};
use super::url;
use super::validate::problems;

const DATA: &str = include_str!("../data/projects.json");
const REPORT: &str = include_str!("../../tests/fixtures/report-2022-03.txt");

fn data() -> Dataset {
    parse_json(DATA).expect("the data file is valid")
}

/// The report as published: pinyin glosses such as `網(wǎng)` stripped, converted back to Simplified.
fn report_simplified() -> String {
    let mut out = String::new();
    let mut rest = REPORT;
    while let Some(open) = rest.find('(') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let gloss_len = after.find(')').filter(|&close| {
            close > 0
                && after[..close]
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".contains(c))
        });
        match gloss_len {
            Some(close) => rest = &after[close + 1..],
            None => {
                out.push('(');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    hanconv::t2s(out)
}

/// The report's body: the teasers of other stories after the second editor lines are not part of it.
fn report_body() -> String {
    let text = report_simplified();
    let second = text.rfind("初审编辑").expect("editor line");
    text[..second].to_string()
}

// ---- the data file against the report ----

#[test]
fn glosses_are_stripped_and_text_is_simplified() {
    let body = report_body();
    assert!(
        !body.contains("(wǎng)") && !body.contains('網'),
        "{}",
        &body[..200]
    );
    assert!(body.contains("大众网·海报新闻记者 肖阳 济南报道"));
    assert!(body.contains("全委(扩大)会议"), "real parentheses survive");
}

#[test]
fn every_source_sentence_is_verbatim_from_the_report() {
    let body = report_body();
    let d = data();
    let mut all = Vec::new();
    for p in d.projects.iter() {
        all.extend(p.sources.iter().map(|s| (p.id.to_string(), s)));
    }
    all.extend(
        d.review_2021
            .sources
            .iter()
            .map(|s| ("review_2021".to_string(), s)),
    );
    for dir in d.directions_2022.iter() {
        all.extend(dir.sources.iter().map(|s| (dir.id.to_string(), s)));
    }
    assert!(all.len() > 20);
    for (record, sentence) in all {
        assert!(
            body.contains(sentence.as_ref()),
            "{record}: not in the report: {sentence}"
        );
    }
}

#[test]
fn the_list_has_the_eleven_projects_in_report_order() {
    let d = data();
    let ids: Vec<&str> = d.projects.iter().map(|p| p.id.as_ref()).collect();
    assert_eq!(
        ids,
        [
            "rural-youth",
            "hope-house",
            "youth-station",
            "warm-bee",
            "youth-community",
            "rainbow-umbrella",
            "after-school",
            "summer-care",
            "youth-startup",
            "grassroots-talks",
            "youth-jinan-online"
        ]
    );
    let body = report_body();
    let list = &body[body.find("再推“实事清单”").unwrap()..];
    let unquoted = list.replace(['“', '”', '‘', '’'], "");
    let mut last = 0;
    for p in d.projects.iter() {
        // Names are the report's, less the quotes it sets some of them in.
        let bare = p.name.replace(['“', '”', '‘', '’'], "");
        assert!(
            unquoted.contains(&bare),
            "{} is not named in the list",
            p.name
        );
        let first_source = list.find(p.sources[0].as_ref()).unwrap();
        assert!(first_source >= last, "{} is out of report order", p.id);
        last = first_source;
    }
}

/// Numbers in a sentence, as the report writes them (digits and a decimal point).
fn numbers_in(sentence: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in sentence.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || (c == '.' && !cur.is_empty()) {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    out
}

/// Years and dates, which are not figures.
fn is_date(sentence: &str, number: &str) -> bool {
    ["年", "届", "月", "日"]
        .iter()
        .any(|suffix| sentence.contains(&format!("{number}{suffix}")))
}

#[test]
fn every_number_in_a_project_sentence_is_one_of_its_figures() {
    let d = data();
    for p in d.projects.iter() {
        for sentence in p.sources.iter() {
            for n in numbers_in(sentence) {
                if is_date(sentence, &n) {
                    continue;
                }
                assert!(
                    p.figures.iter().any(|f| f.value == n.as_str()),
                    "{}: the report gives {n} in «{sentence}» but the card has no such figure",
                    p.id
                );
            }
        }
    }
}

#[test]
fn every_number_in_the_2021_sentence_is_a_review_figure() {
    let d = data();
    let review = &d.review_2021;
    let sentence = review.sources.iter().find(|s| s.contains("66万")).unwrap();
    let numbers: Vec<String> = numbers_in(sentence)
        .into_iter()
        .filter(|n| !is_date(sentence, n))
        .collect();
    assert_eq!(numbers.len(), 13, "{numbers:?}");
    for n in &numbers {
        assert!(
            review.figures.iter().any(|f| f.value == n.as_str()),
            "2021 figure {n} missing"
        );
    }
    // 百亿 is written in characters.
    assert!(
        review
            .figures
            .iter()
            .any(|f| f.value == "百" && f.unit == "亿")
    );
    assert_eq!(review.figures.len(), 14);
    assert!(review.figures.iter().all(|f| f.kind == Kind::Baseline2021));
}

#[test]
fn projects_without_figures_in_the_report_have_none() {
    let d = data();
    for id in ["grassroots-talks", "youth-jinan-online"] {
        let p = d.projects.iter().find(|p| p.id == id).unwrap();
        assert!(p.figures.is_empty(), "{id}");
    }
}

#[test]
fn hope_house_pairs_built_with_the_2022_target() {
    let d = data();
    let p = d.projects.iter().find(|p| p.id == "hope-house").unwrap();
    let houses: Vec<&Figure> = p
        .figures
        .iter()
        .filter(|f| f.measure.as_deref() == Some("houses"))
        .collect();
    assert_eq!(houses.len(), 2);
    assert!(houses.iter().any(|f| f.value == "694"
        && f.kind == Kind::Cumulative
        && f.qualifier == Some(Qualifier::BuiltOrBuilding)));
    assert!(
        houses
            .iter()
            .any(|f| f.value == "100" && f.kind == Kind::Target2022)
    );
}

#[test]
fn figures_display_with_the_report_wording() {
    let d = data();
    let all: Vec<String> = d
        .projects
        .iter()
        .flat_map(|p| p.figures.iter())
        .chain(d.review_2021.figures.iter())
        .map(Figure::display_text)
        .collect();
    for expected in [
        "5000万元以上",
        "10场以上",
        "4000余万元",
        "已建在建694个",
        "不少于10000平方米",
        "10000人次以上",
        "168.5万",
        "3.7万个",
        "50余家",
        "百亿",
        "八大类",
        "100场次",
    ] {
        assert!(
            all.iter().any(|s| s == expected),
            "{expected} not shown; have {all:?}"
        );
    }
}

// ---- values ----

#[test]
fn values_parse_exactly_without_floats() {
    assert_eq!(parse_value("5000"), Some(5_000_000));
    assert_eq!(parse_value("168.5"), Some(168_500));
    assert_eq!(parse_value("3.7"), Some(3_700));
    assert_eq!(parse_value("八"), Some(8_000));
    assert_eq!(parse_value("百"), Some(100_000));
    for bad in [
        "", "1.", ".5", "1.2345", "5,000", "五千", "1e3", "-3", "１０",
    ] {
        assert_eq!(parse_value(bad), None, "{bad}");
    }
}

// ---- validation ----

/// Applies an edit to the real data file's JSON and returns the first error, as a string.
fn error_after(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(DATA).unwrap();
    edit(&mut v);
    match parse_json(&v.to_string()) {
        Ok(_) => panic!("accepted a broken file"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn the_real_file_has_no_problems() {
    assert_eq!(problems(&data()), vec![]);
}

#[test]
fn rejects_an_unknown_theme() {
    let e = error_after(|v| v["projects"][3]["themes"][0] = "sports".into());
    assert!(
        e.contains("projects[3] \"warm-bee\"")
            && e.contains("themes[0]")
            && e.contains("unknown id `sports`"),
        "{e}"
    );
}

#[test]
fn rejects_an_unknown_audience() {
    let e = error_after(|v| v["projects"][0]["audiences"][1] = "pensioners".into());
    assert!(
        e.contains("projects[0] \"rural-youth\"") && e.contains("audiences[1]"),
        "{e}"
    );
}

#[test]
fn rejects_a_tag_listed_twice() {
    let e = error_after(|v| v["projects"][1]["themes"][1] = "children".into());
    assert!(
        e.contains("\"hope-house\"") && e.contains("themes[1]") && e.contains("twice"),
        "{e}"
    );
}

#[test]
fn rejects_a_duplicate_id() {
    let e = error_after(|v| v["projects"][2]["id"] = "rural-youth".into());
    assert!(
        e.contains("projects[2]") && e.contains("field `id`") && e.contains("duplicate"),
        "{e}"
    );
}

#[test]
fn rejects_an_id_that_is_not_ascii() {
    let e = error_after(|v| v["projects"][2]["id"] = "青年驿站".into());
    assert!(e.contains("projects[2]") && e.contains("field `id`"), "{e}");
}

#[test]
fn rejects_an_empty_name() {
    let e = error_after(|v| v["projects"][4]["name"] = " ".into());
    assert!(
        e.contains("projects[4] \"youth-community\"")
            && e.contains("field `name`")
            && e.contains("empty"),
        "{e}"
    );
}

#[test]
fn rejects_an_empty_summary_and_description() {
    let e = error_after(|v| v["projects"][5]["summary"] = "".into());
    assert!(
        e.contains("\"rainbow-umbrella\"") && e.contains("`summary`"),
        "{e}"
    );
    let e = error_after(|v| v["projects"][5]["description"] = "".into());
    assert!(
        e.contains("\"rainbow-umbrella\"") && e.contains("`description`"),
        "{e}"
    );
}

#[test]
fn rejects_a_figure_without_unit() {
    let e = error_after(|v| v["projects"][0]["figures"][0]["unit"] = "".into());
    assert!(
        e.contains("\"rural-youth\"") && e.contains("figures[0].unit") && e.contains("empty"),
        "{e}"
    );
    let e = error_after(|v| {
        v["projects"][0]["figures"][0]
            .as_object_mut()
            .unwrap()
            .remove("unit");
    });
    assert!(
        e.contains("\"rural-youth\"")
            && e.contains("figures[0]")
            && e.contains("missing field `unit`"),
        "{e}"
    );
}

#[test]
fn rejects_a_figure_the_sources_do_not_give() {
    let e = error_after(|v| v["projects"][3]["figures"][0]["value"] = "120".into());
    assert!(
        e.contains("\"warm-bee\"") && e.contains("figures[0].value") && e.contains("120家"),
        "{e}"
    );
}

#[test]
fn rejects_a_value_that_is_not_a_number() {
    let e = error_after(|v| v["projects"][3]["figures"][0]["value"] = "约100".into());
    assert!(
        e.contains("figures[0].value") && e.contains("not a number"),
        "{e}"
    );
}

#[test]
fn rejects_a_qualifier_outside_the_list_or_the_sentence() {
    let e = error_after(|v| v["projects"][3]["figures"][0]["qualifier"] = "约".into());
    assert!(
        e.contains("\"warm-bee\"")
            && e.contains("figures[0].qualifier")
            && e.contains("unknown variant"),
        "{e}"
    );
    let e = error_after(|v| v["projects"][3]["figures"][0]["qualifier"] = "以上".into());
    assert!(
        e.contains("figures[0].qualifier") && e.contains("not in the sentence"),
        "{e}"
    );
}

#[test]
fn rejects_an_unknown_kind() {
    let e = error_after(|v| v["projects"][1]["figures"][1]["kind"] = "target2023".into());
    assert!(
        e.contains("\"hope-house\"") && e.contains("figures[1].kind"),
        "{e}"
    );
}

#[test]
fn rejects_a_record_without_sources() {
    let e = error_after(|v| v["projects"][9]["sources"] = serde_json::json!([]));
    assert!(
        e.contains("\"grassroots-talks\"") && e.contains("`sources`"),
        "{e}"
    );
    let e = error_after(|v| v["directions_2022"][1]["sources"][0] = "".into());
    assert!(
        e.contains("directions_2022[1] \"talent-pilot-zone\"") && e.contains("sources[0]"),
        "{e}"
    );
}

#[test]
fn rejects_an_unknown_field() {
    let e = error_after(|v| v["projects"][6]["budget"] = "1".into());
    assert!(
        e.contains("\"after-school\"") && e.contains("unknown field `budget`"),
        "{e}"
    );
}

#[test]
fn rejects_duplicate_theme_ids_and_names() {
    let e = error_after(|v| v["themes"][1]["id"] = "children".into());
    assert!(
        e.contains("themes") && e.contains("[1].id") && e.contains("duplicate"),
        "{e}"
    );
    let e = error_after(|v| v["audiences"][2]["name"] = "".into());
    assert!(e.contains("audiences") && e.contains("[2].name"), "{e}");
}

#[test]
fn rejects_review_figures_not_in_the_review() {
    let e = error_after(|v| v["review_2021"]["figures"][0]["unit"] = "万名".into());
    assert!(
        e.contains("review_2021") && e.contains("figures[0].value") && e.contains("66万名"),
        "{e}"
    );
}

#[test]
fn reports_json_syntax_errors_with_line_and_column() {
    let broken = DATA.replacen("\"rural-youth\",", "\"rural-youth\"", 1);
    let e = parse_json(&broken).unwrap_err().to_string();
    assert!(
        e.contains("line ") && e.contains("column ") && e.contains("not valid JSON"),
        "{e}"
    );
}

#[test]
fn collects_every_problem_not_just_the_first() {
    let mut d = data();
    let p = &mut d.projects.to_mut()[0];
    p.name = "".into();
    p.summary = "".into();
    assert_eq!(problems(&d).len(), 2);
}

// ---- query ----

fn visible_ids(q: &Query) -> Vec<String> {
    // The embedded data: its pinyin sort keys come from the build.
    let d = crate::data::embedded();
    let index = SearchIndex::new(d);
    q.visible(d, &index)
        .into_iter()
        .map(|i| d.projects[i].id.to_string())
        .collect()
}

fn text(t: &str) -> Query {
    let mut q = Query::default();
    q.set_text(t);
    q
}

#[test]
fn search_finds_chinese_substrings() {
    assert_eq!(visible_ids(&text("快递")), ["warm-bee"]);
    assert_eq!(visible_ids(&text("驿站")), ["youth-station", "warm-bee"]);
    assert_eq!(visible_ids(&text("小屋")), ["hope-house"]);
    assert_eq!(visible_ids(&text("  小屋 ")), ["hope-house"]);
    assert!(visible_ids(&text("火星")).is_empty());
    assert_eq!(visible_ids(&text("")).len(), 11);
}

#[test]
fn search_terms_must_all_match_and_tags_are_searched() {
    // 新就业群体 is the audience tag of 暖蜂行动, not in its texts.
    assert_eq!(visible_ids(&text("新就业群体")), ["warm-bee"]);
    assert_eq!(visible_ids(&text("驿站 快递")), ["warm-bee"]);
    assert_eq!(
        visible_ids(&text("驿站　求职")),
        ["youth-station"],
        "full-width space splits terms"
    );
}

#[test]
fn facets_widen_within_a_group_and_narrow_across_groups() {
    let mut q = Query::default();
    q.toggle(Facet::Theme, "jobs");
    assert_eq!(
        visible_ids(&q),
        ["rural-youth", "youth-station", "youth-startup"]
    );
    q.toggle(Facet::Theme, "services");
    assert_eq!(
        visible_ids(&q),
        [
            "rural-youth",
            "youth-station",
            "warm-bee",
            "youth-startup",
            "youth-jinan-online"
        ]
    );
    q.toggle(Facet::Audience, "students");
    assert_eq!(visible_ids(&q), ["youth-station"]);
    q.toggle(Facet::Theme, "jobs");
    q.toggle(Facet::Theme, "services");
    assert_eq!(q.themes, Vec::<String>::new());
}

#[test]
fn counts_show_what_each_option_would_give() {
    let d = data();
    let index = SearchIndex::new(&d);
    let q = Query::default();
    let counts = q.counts(Facet::Theme, &d, &index);
    let expected: Vec<usize> = d
        .themes
        .iter()
        .map(|t| {
            d.projects
                .iter()
                .filter(|p| p.themes.contains(&t.id))
                .count()
        })
        .collect();
    assert_eq!(counts, expected);
    let mut q = text("驿站");
    q.toggle(Facet::Theme, "jobs");
    let themes = q.counts(Facet::Theme, &d, &index);
    let services = d.themes.iter().position(|t| t.id == "services").unwrap();
    assert_eq!(
        themes[services], 2,
        "services would add 暖蜂行动 to 青年驿站"
    );
    let audiences = q.counts(Facet::Audience, &d, &index);
    assert_eq!(
        audiences.iter().sum::<usize>(),
        1,
        "only 青年驿站 is jobs and 驿站"
    );
}

#[test]
fn sorts_by_name_in_pinyin_and_by_largest_figure() {
    let mut q = Query {
        sort: Sort::Name,
        ..Query::default()
    };
    let by_name = visible_ids(&q);
    assert_eq!(
        by_name.first().map(String::as_str),
        Some("summer-care"),
        "ai xin zhu tuo"
    );
    assert_eq!(
        by_name.last().map(String::as_str),
        Some("rural-youth"),
        "xiang cun"
    );
    q.sort = Sort::Largest;
    let largest = visible_ids(&q);
    assert_eq!(largest[0], "rural-youth", "5000万元 is the largest figure");
    assert_eq!(
        &largest[9..],
        ["grassroots-talks", "youth-jinan-online"],
        "no figures last"
    );
}

#[test]
fn retain_known_drops_ids_the_data_does_not_have() {
    let mut q = url::decode("theme=jobs,nope&audience=kids,x");
    q.retain_known(&data());
    assert_eq!(q.themes, ["jobs"]);
    assert_eq!(q.audiences, ["kids"]);
}

// ---- URL codec ----

#[test]
fn url_round_trips_a_view() {
    let mut q = Query::default();
    q.toggle(Facet::Theme, "services");
    q.toggle(Facet::Theme, "jobs");
    q.toggle(Facet::Audience, "kids");
    q.set_text("快递 小哥&=?#%");
    q.sort = Sort::Largest;
    let s = url::encode(&q);
    assert!(
        s.starts_with("theme=jobs,services&audience=kids&q=%E5%BF%AB"),
        "{s}"
    );
    assert_eq!(url::decode(&s), q);
    assert_eq!(url::decode(&format!("?{s}")), q);
    assert_eq!(url::encode(&Query::default()), "");
}

#[test]
fn url_ignores_what_it_does_not_understand() {
    let q = url::decode(
        "?theme=JOBS,jobs,,a%20b&sort=random&q=%E5%BF%AB%E9%80%92&q2=x&audience=%ZZ&=&&lang",
    );
    assert_eq!(q.themes, ["jobs"]);
    assert_eq!(q.audiences, Vec::<String>::new());
    assert_eq!(q.text, "快递");
    assert_eq!(q.sort, Sort::Report);
    assert_eq!(
        url::decode("q=%FF%FE").text,
        "",
        "bytes that are not UTF-8 are dropped"
    );
    assert_eq!(url::decode("q=a+b").text, "a b");
    assert_eq!(
        url::decode("q=%E5%BF").text,
        "",
        "a cut character is dropped"
    );
}

#[test]
fn url_merge_keeps_foreign_parameters() {
    let mut q = Query::default();
    q.toggle(Facet::Theme, "jobs");
    assert_eq!(
        url::merge("?from=singlemessage&theme=kids&isappinstalled=0", &q),
        "?from=singlemessage&isappinstalled=0&theme=jobs"
    );
    assert_eq!(url::merge("?theme=kids&q=x", &Query::default()), "");
    assert_eq!(url::merge("", &Query::default()), "");
}

#[test]
fn long_search_text_is_cut() {
    let q = url::decode(&format!("q={}", "驿".repeat(500)));
    assert_eq!(q.text.chars().count(), super::query::MAX_TEXT_CHARS);
}

// ---- reducer ----

#[test]
fn actions_change_the_query_and_say_how_to_record_it() {
    let s = State::new(Query::default());
    let s = s.apply(Action::Toggle(Facet::Theme, "jobs".into()));
    assert_eq!(
        (s.query.themes.clone(), s.history),
        (vec!["jobs".to_string()], HistoryMode::Push)
    );
    let s = s.apply(Action::SetText("驿站".into()));
    assert_eq!(
        (s.query.text.as_str(), s.history),
        ("驿站", HistoryMode::Replace)
    );
    let s = s.apply(Action::SetSort(Sort::Name));
    let s = s.apply(Action::ClearAll);
    assert!(s.query.is_unfiltered());
    assert_eq!(s.query.sort, Sort::Name, "clear all keeps the sort");
    let s = s.apply(Action::FromUrl(url::decode("audience=kids")));
    assert_eq!(
        (s.query.audiences.clone(), s.history),
        (vec!["kids".to_string()], HistoryMode::Leave)
    );
}
