//! The parts of the report around the list: the 2021 review, the other 2022 directions, and the
//! closing attribution.

use super::SharedData;
use super::card::Quote;
use super::figure::FigureItem;
use yew::prelude::*;

/// Props of the report sections.
#[derive(Properties, PartialEq, Clone)]
pub struct SectionProps {
    pub data: SharedData,
}

/// 回顾2021: every figure of the report's 2021 sentence.
#[component]
pub fn ReviewSection(props: &SectionProps) -> Html {
    let r = &props.data.review_2021;
    html! {
        <section class="yp-review" aria-labelledby="yp-review-title">
            <h2 class="yp-h2" id="yp-review-title">{ r.title.as_ref() }</h2>
            <p class="yp-lead">{ r.summary.as_ref() }</p>
            <ul class="yp-figs yp-review-figs">
                { for r.figures.iter().map(|f| html! {
                    <li class="yp-fig-cell"><FigureItem figure={f.clone()} show_kind={false} /></li>
                }) }
            </ul>
            <details class="yp-more">
                <summary>{ "报道原文" }</summary>
                <Quote sources={r.sources.to_vec()} report={props.data.report.clone()} />
            </details>
        </section>
    }
}

/// The other 2022 directions.
#[component]
pub fn DirectionsSection(props: &SectionProps) -> Html {
    html! {
        <section class="yp-directions" aria-labelledby="yp-dir-title">
            <h2 class="yp-h2" id="yp-dir-title">{ "2022年其他工作方向" }</h2>
            <div class="yp-dir-grid">
                { for props.data.directions_2022.iter().map(|d| html! {
                    <div class="yp-dir" id={format!("yp-d-{}", d.id)}>
                        <h3 class="yp-h3">{ d.title.as_ref() }</h3>
                        <p>{ d.summary.as_ref() }</p>
                        <details class="yp-more">
                            <summary>{ "报道原文" }</summary>
                            <Quote sources={d.sources.to_vec()} report={props.data.report.clone()} />
                        </details>
                    </div>
                }) }
            </div>
        </section>
    }
}

/// Where the data comes from, and how exact it is.
#[component]
pub fn SourceNote(props: &SectionProps) -> Html {
    let r = &props.data.report;
    html! {
        <section class="yp-foot" aria-label="数据来源">
            <p>
                { "数据来源:" }<cite>{ r.publisher.as_ref() }</cite>
                { format!("关于{}的报道({}),{}。", r.event, r.byline, r.published_label()) }
            </p>
            <p>{ "页面中的数字均按报道原文的数值、单位和限定词(以上、不少于、余、已建在建)呈现,未经换算或四舍五入;报道未给出数字的项目不显示数字。" }</p>
        </section>
    }
}
