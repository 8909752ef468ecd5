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
