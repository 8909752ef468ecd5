//! The CSV download.

use crate::i18n::Lang;
use crate::model::fixture::*;

#[test]
fn csv_has_a_bom_a_header_and_one_row_per_figure() {
    let d = embedded();
    let all: Vec<usize> = (0..d.projects.len()).collect();
    let csv = crate::model::csv::projects_csv(d, &all, Lang::Hans);
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
    let en = crate::model::csv::projects_csv(d, &[3], Lang::En);
    assert!(en.contains("warm-bee,“Warm Bee Action” Care Service for Couriers,Everyday services,Delivery and gig workers,Caring rest stops for couriers,100,家,,2022 target,100 rest stops,"), "{en}");
}

/// Achieved figures are rows like the others: their sentence is their update's text and their
/// document the progress report; every row of a project has its latest status and day.
#[test]
fn csv_has_the_progress_columns() {
    let d = with_progress();
    let houses = d
        .projects
        .iter()
        .position(|p| p.id == "hope-house")
        .unwrap();
    let csv = crate::model::csv::projects_csv(d, &[houses], Lang::Hans);
    let lines: Vec<&str> = csv.trim_start_matches('\u{FEFF}').split("\r\n").collect();
    assert!(
        lines[0].ends_with(",报道原文,出处,最新状态,截至日期"),
        "{}",
        lines[0]
    );
    let achieved = lines
        .iter()
        .find(|l| l.contains(",62,个,,截至2022年9月30日完成,62个,"))
        .expect("the achieved row");
    assert!(
        achieved.contains("截至9月30日,全市新建“希望小屋”62个"),
        "{achieved}"
    );
    assert!(
        achieved.contains("2022年第三季度“我为青少年办实事”清单进展通报(示例,虚构)"),
        "{achieved}"
    );
    assert!(achieved.ends_with(",按序时推进,2022-09-30"), "{achieved}");
    let report_row = lines.iter().find(|l| l.contains(",694,个,")).unwrap();
    assert!(
        report_row.contains(",\"大众网·海报新闻, 2022年3月\","),
        "{report_row}"
    );
    // The built-in list: no status, no day.
    let plain = crate::model::csv::projects_csv(embedded(), &[1], Lang::Hans);
    assert!(plain.lines().nth(1).unwrap().ends_with(",,"), "{plain}");
}
