//! Native tests of the model: the data file against the report, validation, query, URL codec and
//! reducer.

use super::data::{Dataset, Figure, Kind, Qualifier, parse_value};
use super::decode::parse_data as parse_json;
use super::query::{Facet, Query, Sort};
use super::search::SearchIndex;
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
        let bare = p.name.zh.replace(['“', '”', '‘', '’'], "");
        assert!(
            unquoted.contains(&bare),
            "{} is not named in the list",
            p.name.zh
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
            .any(|f| f.value == "百" && f.unit.zh == "亿")
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
        .map(|f| f.parts(Lang::Hans).text(Lang::Hans))
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
    let e = error_after(|v| v["projects"][4]["name"]["zh"] = " ".into());
    assert!(
        e.contains("projects[4] \"youth-community\"")
            && e.contains("field `name.zh`")
            && e.contains("empty"),
        "{e}"
    );
}

#[test]
fn rejects_an_empty_summary_and_description() {
    let e = error_after(|v| v["projects"][5]["summary"]["zh"] = "".into());
    assert!(
        e.contains("\"rainbow-umbrella\"") && e.contains("`summary.zh`"),
        "{e}"
    );
    let e = error_after(|v| v["projects"][5]["description"]["en"] = "".into());
    assert!(
        e.contains("\"rainbow-umbrella\"") && e.contains("`description.en`"),
        "{e}"
    );
}

#[test]
fn rejects_a_figure_without_unit() {
    let e = error_after(|v| v["projects"][0]["figures"][0]["unit"]["zh"] = "".into());
    assert!(
        e.contains("\"rural-youth\"") && e.contains("figures[0].unit.zh") && e.contains("empty"),
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
    let e = error_after(|v| v["audiences"][2]["name"]["en"] = "".into());
    assert!(e.contains("audiences") && e.contains("[2].name.en"), "{e}");
}

#[test]
fn rejects_review_figures_not_in_the_review() {
    let e = error_after(|v| v["review_2021"]["figures"][1]["unit"]["zh"] = "亿元".into());
    assert!(
        e.contains("review_2021") && e.contains("figures[1].value") && e.contains("百亿元"),
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
    p.name.zh = "".into();
    p.summary.en = "".into();
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
fn show_more_grows_the_list_until_the_list_itself_changes() {
    use super::state::PAGE;
    let s = State::new(Query::default());
    assert_eq!(s.shown, PAGE);
    let s = s.apply(Action::ShowMore).apply(Action::ShowMore);
    assert_eq!((s.shown, s.history), (3 * PAGE, HistoryMode::Leave));
    // Another language or an open detail view keeps the reader's place in the list...
    let s = s.apply(Action::SetLang(Lang::En));
    let s = s.apply(Action::OpenProject("warm-bee".into()));
    let s = s.apply(Action::CloseProject);
    assert_eq!(s.shown, 3 * PAGE);
    // ...a different list starts again at one page.
    for action in [
        Action::Toggle(Facet::Theme, "jobs".into()),
        Action::SetText("青年".into()),
        Action::SetSort(Sort::Largest),
        Action::ClearAll,
        Action::FromUrl(url::decode("q=x")),
        Action::RetainKnown(std::rc::Rc::new(data())),
    ] {
        let grown = State::new(url::decode("theme=jobs&q=a")).apply(Action::ShowMore);
        assert_eq!(grown.apply(action.clone()).shown, PAGE, "{action:?}");
    }
}

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
        ("驿站", HistoryMode::Typing)
    );
    let s = s.apply(Action::SetSort(Sort::Name));
    let s = s.apply(Action::ClearAll);
    assert!(s.query.themes.is_empty() && s.query.audiences.is_empty() && s.query.text.is_empty());
    assert_eq!(s.query.sort, Sort::Name, "clear all keeps the sort");
    let s = s.apply(Action::FromUrl(url::decode("audience=kids")));
    assert_eq!(
        (s.query.audiences.clone(), s.history),
        (vec!["kids".to_string()], HistoryMode::Leave)
    );
}

// ---- languages ----

use super::format::english_amount;
use super::search::{fold, highlight, pinyin_match, terms};
use crate::i18n::{Lang, UI_EN, UI_HANS, UI_HANT};

fn embedded() -> &'static Dataset {
    crate::data::embedded()
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

/// Every translated text of the embedded data.
fn all_tr(d: &Dataset) -> Vec<&super::data::Tr> {
    let r = &d.report;
    let mut out = vec![
        &r.title,
        &r.event,
        &r.event_date,
        &r.publisher,
        &r.byline,
        &r.intro,
    ];
    out.extend(d.themes.iter().chain(d.audiences.iter()).map(|t| &t.name));
    for p in d.projects.iter() {
        out.extend([&p.name, &p.summary, &p.description]);
        out.extend(p.figures.iter().flat_map(|f| [&f.label, &f.unit]));
    }
    out.extend([&d.review_2021.title, &d.review_2021.summary]);
    out.extend(
        d.review_2021
            .figures
            .iter()
            .flat_map(|f| [&f.label, &f.unit]),
    );
    out.extend(
        d.directions_2022
            .iter()
            .flat_map(|x| [&x.title, &x.summary]),
    );
    out
}

#[test]
fn traditional_texts_are_converted_from_the_simplified_ones() {
    let d = embedded();
    for tr in all_tr(d) {
        assert_eq!(tr.hant, hanconv::s2tw(&*tr.zh), "{}", tr.zh);
        assert_eq!(
            hanconv::s2tw(&*tr.hant),
            tr.hant,
            "no Simplified form left in {}",
            tr.hant
        );
    }
    let station = d.projects.iter().find(|p| p.id == "youth-station").unwrap();
    assert_eq!(
        station.name.get(Lang::Hant),
        "“青年驛站”求職學生免費住宿服務項目"
    );
    assert_eq!(
        station.name.get(Lang::Hans),
        "“青年驿站”求职学生免费住宿服务项目"
    );
}

#[test]
fn english_texts_have_no_chinese_and_ui_strings_exist_in_three_languages() {
    for tr in all_tr(embedded()) {
        // The unit of 66万 is only a multiplier, so its English unit may be empty.
        assert!(!tr.en.trim().is_empty() || tr.zh == "万", "{}", tr.zh);
        assert!(!has_cjk(&tr.en), "Chinese left in English: {}", tr.en);
    }
    let (hans, hant, en) = (UI_HANS.all(), UI_HANT.all(), UI_EN.all());
    assert!(hans.len() > 40);
    for ((s, t), e) in hans.iter().zip(&hant).zip(&en) {
        assert_eq!(*t, hanconv::s2tw(s));
        assert!(!has_cjk(e), "Chinese left in an English UI string: {e}");
    }
    assert_eq!(UI_HANT.search_label, "搜索項目");
}

fn search_ids(text: &str) -> Vec<String> {
    let mut q = Query::default();
    q.set_text(text);
    visible_ids(&q)
}

#[test]
fn search_is_script_blind() {
    assert_eq!(search_ids("驛站"), ["youth-station", "warm-bee"]);
    assert_eq!(search_ids("驿站"), ["youth-station", "warm-bee"]);
    assert_eq!(search_ids("鄉村"), ["rural-youth"]);
    assert_eq!(search_ids("希望小屋"), ["hope-house"]);
    assert_eq!(search_ids("快遞"), ["warm-bee"]);
    assert_eq!(fold("驛站ＸＷ"), "驿站xw", "full-width letters fold too");
}

#[test]
fn search_takes_pinyin_in_full_by_initials_and_mixed() {
    for q in [
        "xiwangxiaowu",
        "xiwang",
        "xwxw",
        "XWXW",
        "XiWang xw",
        "xiwangxw",
    ] {
        assert_eq!(search_ids(q), ["hope-house"], "{q}");
    }
    assert_eq!(search_ids("青春sq"), ["youth-community"]);
    assert_eq!(search_ids("kuaidi"), ["warm-bee"]);
    assert_eq!(search_ids("qingnianyizhan"), ["youth-station"]);
    assert!(search_ids("xwxwxw").is_empty());
    // Heteronyms: 行 reads xing in 行动 and hang elsewhere; both readings are indexed.
    assert_eq!(search_ids("xingdong"), ["warm-bee", "summer-care"]);
    let chars: Vec<char> = "爱心助托公益行动".chars().collect();
    assert_eq!(
        pinyin_match(&chars, &"hangdong".chars().collect::<Vec<_>>()),
        Some((6, 8))
    );
}

#[test]
fn english_words_search_the_english_texts() {
    assert_eq!(search_ids("courier"), ["warm-bee"]);
    assert_eq!(search_ids("Hope House"), ["hope-house"]);
    assert_eq!(search_ids("lodging students"), ["youth-station"]);
}

#[test]
fn highlight_marks_literal_script_blind_and_pinyin_matches() {
    let runs = highlight("“希望小屋”困境儿童关爱项目", &terms("xwxw"));
    assert_eq!(
        runs,
        [
            ("“".into(), false),
            ("希望小屋".into(), true),
            ("”困境儿童关爱项目".into(), false)
        ]
    );
    let runs = highlight("「青年驛站」求職學生", &terms("驿站"));
    assert_eq!(runs[1], ("驛站".to_string(), true));
    let runs = highlight("Caring rest stops for Couriers", &terms("courier"));
    assert_eq!(runs[1], ("Courier".to_string(), true));
    let runs = highlight("<img src=x onerror=alert(1)>", &terms("img"));
    let joined: String = runs.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        joined, "<img src=x onerror=alert(1)>",
        "text is kept as text"
    );
    assert_eq!(highlight("abc", &terms("")), [("abc".to_string(), false)]);
}

#[test]
fn english_amounts_are_exact() {
    assert_eq!(english_amount(5_000 * 10_000 * 1000), "50 million");
    assert_eq!(english_amount(168_500 * 10_000), "1.685 million");
    assert_eq!(english_amount(3_700 * 10_000), "37,000");
    assert_eq!(english_amount(100_000 * 100_000_000), "10 billion");
    assert_eq!(english_amount(10_000_000), "10,000");
    assert_eq!(english_amount(694_000), "694");
    assert_eq!(english_amount(168_500), "168.5");
    assert_eq!(english_amount(43_500_000_000), "43.5 million");
}

#[test]
fn figures_read_naturally_in_each_language() {
    let d = embedded();
    let find = |value: &str, unit: &str| {
        d.projects
            .iter()
            .flat_map(|p| p.figures.iter())
            .chain(d.review_2021.figures.iter())
            .find(|f| f.value == value && f.unit.zh == unit)
            .unwrap()
    };
    let cases = [
        (
            "5000",
            "万元",
            "5000万元以上",
            "5000萬元以上",
            "50 million yuan or more",
        ),
        (
            "4000",
            "万元",
            "4000余万元",
            "4000餘萬元",
            "over 40 million yuan",
        ),
        (
            "10000",
            "人次",
            "10000人次以上",
            "10000人次以上",
            "10,000 visits or more",
        ),
        (
            "10000",
            "平方米",
            "不少于10000平方米",
            "不少於10000平方米",
            "no less than 10,000 square metres",
        ),
        (
            "694",
            "个",
            "已建在建694个",
            "已建在建694個",
            "694 houses built or being built",
        ),
        ("168.5", "万", "168.5万", "168.5萬", "1.685 million"),
        ("3.7", "万个", "3.7万个", "3.7萬個", "37,000 jobs"),
        ("百", "亿", "百亿", "百億", "10 billion yuan"),
        ("八", "大类", "八大类", "八大類", "8 categories"),
    ];
    for (value, unit, hans, hant, en) in cases {
        let f = find(value, unit);
        assert_eq!(f.parts(Lang::Hans).text(Lang::Hans), hans);
        assert_eq!(f.parts(Lang::Hant).text(Lang::Hant), hant);
        assert_eq!(f.parts(Lang::En).text(Lang::En), en);
    }
}

// ---- CSV and charts ----

#[test]
fn csv_has_a_bom_a_header_and_one_row_per_figure() {
    let d = embedded();
    let all: Vec<usize> = (0..d.projects.len()).collect();
    let csv = super::csv::projects_csv(d, &all, Lang::Hans);
    assert!(csv.starts_with('\u{FEFF}'));
    let lines: Vec<&str> = csv
        .trim_start_matches('\u{FEFF}')
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .collect();
    assert!(
        lines[0].starts_with("编号,项目,主题,服务对象,内容,数值(原文)"),
        "{}",
        lines[0]
    );
    let rows: usize = d.projects.iter().map(|p| p.figures.len().max(1)).sum();
    assert_eq!(lines.len(), rows + 1);
    assert!(lines.iter().any(|l| l.starts_with("warm-bee,“暖蜂行动”快递小哥关爱服务项目,生活服务,新就业群体,“快递小哥”爱心驿站,100,家,,2022年目标,100家,")));
    // Sentences with commas are quoted.
    assert!(
        lines
            .iter()
            .any(|l| l.contains("\"推出 “‘暖蜂行动’快递小哥关爱服务项目”,积极整合社会资源"))
    );
    let en = super::csv::projects_csv(d, &[3], Lang::En);
    assert!(en.contains("warm-bee,“Warm Bee Action” Care Service for Couriers,Everyday services,Delivery and gig workers,Caring rest stops for couriers,100,家,,2022 target,100 rest stops,"), "{en}");
}

#[test]
fn charts_follow_the_visible_projects() {
    let d = embedded();
    let all: Vec<usize> = (0..d.projects.len()).collect();
    let pairs = super::charts::comparisons(d, &all);
    let got: Vec<(&str, u32, u32)> = pairs
        .iter()
        .map(|c| (&*d.projects[c.project].id, c.before_len, c.target_len))
        .collect();
    assert_eq!(got, [("rural-youth", 800, 1000), ("hope-house", 1000, 144)]);
    let bars = super::charts::targets_by_theme(d, &all);
    let jobs = bars
        .iter()
        .find(|b| d.themes[b.theme].id == "jobs")
        .unwrap();
    assert_eq!(
        jobs.targets.len(),
        4,
        "rural loans and events, startup space and workstations"
    );
    assert!(
        jobs.targets
            .iter()
            .all(|&at| super::charts::figure(d, at).kind == super::data::Kind::Target2022)
    );
    let none = super::charts::targets_by_theme(d, &[9, 10]);
    assert!(none.is_empty(), "projects without figures draw nothing");
}

// ---- URL: language and detail view ----

#[test]
fn url_carries_language_and_open_project() {
    let mut q = url::decode("lang=EN&project=warm-bee");
    assert_eq!(q.lang, Lang::En);
    assert_eq!(q.project.as_deref(), Some("warm-bee"));
    assert_eq!(url::encode(&q), "lang=en&project=warm-bee");
    assert_eq!(url::decode(&url::encode(&q)), q);
    q.retain_known(embedded());
    assert_eq!(q.project.as_deref(), Some("warm-bee"));
    let mut bad = url::decode("lang=fr&project=nope");
    bad.retain_known(embedded());
    assert_eq!((bad.lang, bad.project), (Lang::Hans, None));
    assert_eq!(url::decode("lang=zh-hant").lang, Lang::Hant);
}

// ---- properties over arbitrary input ----

mod properties {
    use super::super::query::{Facet, Query, Sort};
    use super::super::search::{SearchIndex, fold, highlight, pinyin_match, terms};
    use super::super::url;
    use crate::i18n::Lang;
    use proptest::collection::vec;
    use proptest::prelude::*;

    fn id() -> impl Strategy<Value = String> {
        "[a-z0-9-]{1,24}"
    }

    fn query() -> impl Strategy<Value = Query> {
        (
            vec(id(), 0..4),
            vec(id(), 0..4),
            any::<String>(),
            0..3usize,
            0..3usize,
            proptest::option::of(id()),
        )
            .prop_map(|(themes, audiences, text, sort, lang, project)| {
                let mut q = Query::default();
                for t in themes {
                    if !q.themes.contains(&t) {
                        q.toggle(Facet::Theme, &t);
                    }
                }
                for a in audiences {
                    if !q.audiences.contains(&a) {
                        q.toggle(Facet::Audience, &a);
                    }
                }
                q.set_text(&text);
                q.sort = Sort::ALL[sort];
                q.lang = Lang::ALL[lang];
                q.project = project;
                q
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn url_round_trips(q in query()) {
            prop_assert_eq!(url::decode(&url::encode(&q)), q.clone());
            let merged = url::merge("?from=singlemessage&x=%E4%B8%AD", &q);
            prop_assert_eq!(url::decode(&merged), q);
        }

        #[test]
        fn url_decoding_never_panics(s in any::<String>(), bytes in vec(any::<u8>(), 0..200)) {
            let _ = url::decode(&s);
            let _ = url::merge(&s, &Query::default());
            let lossy = String::from_utf8_lossy(&bytes);
            let q = url::decode(&lossy);
            prop_assert!(q.text.chars().count() <= super::super::query::MAX_TEXT_CHARS);
        }

        #[test]
        fn folding_keeps_every_character(s in any::<String>()) {
            prop_assert_eq!(fold(&s).chars().count(), s.chars().count());
        }

        #[test]
        fn highlighting_keeps_the_text(text in any::<String>(), q in any::<String>()) {
            let joined: String = highlight(&text, &terms(&q)).into_iter().map(|(run, _)| run).collect();
            prop_assert_eq!(joined, text);
        }

        #[test]
        fn search_never_panics(q in any::<String>(), name in "[\\u{4e00}-\\u{4e20}a-z ]{0,40}") {
            let d = super::embedded();
            let index = SearchIndex::new(d);
            let mut query = Query::default();
            query.set_text(&q);
            let visible = query.visible(d, &index);
            prop_assert!(visible.len() <= d.projects.len());
            let chars: Vec<char> = name.chars().collect();
            for term in terms(&q) {
                let _ = pinyin_match(&chars, &term);
            }
        }
    }

    #[test]
    fn pinyin_matching_stays_fast_on_adversarial_input() {
        let chars: Vec<char> = "希望".repeat(200).chars().collect();
        let term: Vec<char> = format!("{}q", "xi".repeat(99)).chars().collect();
        assert_eq!(pinyin_match(&chars, &term), None);
    }
}

/// Every string field of the data file, emptied one at a time, is refused with a message that
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
    let original: serde_json::Value = serde_json::from_str(DATA).unwrap();
    let mut paths = Vec::new();
    leaves(&original, &mut Vec::new(), &mut paths);
    let mut checked = 0;
    for path in paths {
        let mut v = original.clone();
        let mut slot = &mut v;
        for part in &path {
            slot = match part.strip_prefix('[').and_then(|p| p.strip_suffix(']')) {
                Some(i) => &mut slot[i.parse::<usize>().unwrap()],
                None => &mut slot[part.as_str()],
            };
        }
        // Only a bare 万 or 亿 may go without an English unit.
        let unit_en_of_multiplier = path.ends_with(&["unit".to_string(), "en".to_string()]) && {
            let mut zh = path.clone();
            *zh.last_mut().unwrap() = "zh".into();
            let mut s = &original;
            for part in &zh {
                s = match part.strip_prefix('[').and_then(|p| p.strip_suffix(']')) {
                    Some(i) => &s[i.parse::<usize>().unwrap()],
                    None => &s[part.as_str()],
                };
            }
            matches!(s.as_str(), Some("万" | "亿"))
        };
        *slot = "".into();
        let result = parse_json(&v.to_string());
        if unit_en_of_multiplier {
            assert!(result.is_ok());
            continue;
        }
        let e = result.expect_err(&path.join("")).to_string();
        // `projects[3] "warm-bee", field `figures[0].label.en`: …` → projects[3].figures[0].label.en
        let (record, rest) = e.split_once(", field `").unwrap_or_else(|| panic!("{e}"));
        let record = record.split(" \"").next().unwrap();
        let field = rest.split('`').next().unwrap();
        let named = match field {
            "" => record.to_string(),
            f if f.starts_with('[') => format!("{record}{f}"),
            f => format!("{record}.{f}"),
        };
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

/// The data file read by our JSON reader equals serde_json's reading of it, value for value.
#[test]
fn json_reader_agrees_with_serde_json_on_the_data_file() {
    use super::json::{Value, parse};
    fn same(ours: &Value, theirs: &serde_json::Value) -> bool {
        match (ours, theirs) {
            (Value::Null, serde_json::Value::Null) => true,
            (Value::Bool(a), serde_json::Value::Bool(b)) => a == b,
            (Value::Number(a), serde_json::Value::Number(b)) => a == &b.to_string(),
            (Value::String(a), serde_json::Value::String(b)) => a == b,
            (Value::Array(a), serde_json::Value::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
            }
            (Value::Object(a), serde_json::Value::Object(b)) => {
                a.len() == b.len() && a.iter().all(|(k, v)| b.get(k).is_some_and(|w| same(v, w)))
            }
            _ => false,
        }
    }
    let theirs: serde_json::Value = serde_json::from_str(DATA).unwrap();
    assert!(same(&parse(DATA).unwrap(), &theirs));
}

#[test]
fn json_reader_decodes_escapes_and_numbers() {
    use super::json::{Value, parse};
    let v = parse(r#" {"a": "x\"\\\/\b\f\n\r\t\u4e2d\ud83d\ude00", "n": [-0, 1.5e3, 10], "t": true, "f": false, "z": null} "#)
        .unwrap();
    assert_eq!(
        v.get("a"),
        Some(&Value::String("x\"\\/\u{8}\u{c}\n\r\t中😀".into()))
    );
    assert_eq!(
        v.get("n"),
        Some(&Value::Array(vec![
            Value::Number("-0".into()),
            Value::Number("1.5e3".into()),
            Value::Number("10".into())
        ]))
    );
    assert_eq!(v.get("t"), Some(&Value::Bool(true)));
    assert_eq!(v.get("z"), Some(&Value::Null));
}

#[test]
fn json_reader_rejects_malformed_text_with_its_position() {
    use super::json::parse;
    for (text, line, column) in [
        ("", 1, 1),
        ("{\"a\": 1,}", 1, 9),
        ("[1, 2", 1, 6),
        ("{\n  \"a\": tru\n}", 2, 8),
        ("\"abc", 1, 2),
        ("[01]", 1, 4),
        ("[1.]", 1, 4),
        ("\"\\x\"", 1, 4),
        ("{\"a\" 1}", 1, 6),
        ("[1] 2", 1, 5),
        ("\"a\nb\"", 1, 2),
    ] {
        let e = parse(text).expect_err(text);
        assert_eq!((e.line, e.column), (line, column), "{text:?}: {e}");
    }
    let deep = "[".repeat(100_000);
    assert!(parse(&deep).unwrap_err().problem.contains("deeply"));
}

#[test]
fn json_list_sizes_are_counted_before_reading() {
    use super::json::Parser;
    for (text, n) in [
        ("[]", 0),
        ("[ ]", 0),
        ("[1]", 1),
        ("[1, 2, 3]", 3),
        (r#"[{"a": [1, 2]}, "x,]", [3, [4, 5]]]"#, 3),
        (r#"["\"", "\\"]"#, 2),
        (" [[], {}]", 2),
    ] {
        assert_eq!(Parser::new(text).count_items(), n, "{text}");
    }
}

#[test]
fn only_terms_of_letters_are_read_as_pinyin() {
    let name: Vec<char> = "希望小屋".chars().collect();
    let term = |t: &str| super::search::terms(t).remove(0);
    assert!(pinyin_match(&name, &term("xwxw")).is_some());
    assert!(pinyin_match(&name, &term("希望xw")).is_some());
    assert!(pinyin_match(&name, &term("xw-xw")).is_none());
    assert!(pinyin_match(&name, &term("xw2")).is_none());
}

#[test]
fn folding_runs_of_ascii_at_once_equals_folding_each_character() {
    use super::search::fold_char;
    for text in [
        "",
        "ABC xyz",
        "驛站 Courier STATION",
        "ＸＷ希望小屋xw",
        "“Rainbow Umbrella” 彩虹傘 No. 6 yp-A",
        "鄉村好青年\u{3000}ＡＢＣ",
    ] {
        let slow: String = text.chars().map(fold_char).collect();
        assert_eq!(fold(text), slow, "{text}");
    }
}
