//! Every problem of the draft at once, errors first, each a button that opens its sheet and
//! moves focus to its field.

use crate::convert::Issue;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProblemListProps {
    pub issues: Rc<Vec<Issue>>,
    pub on_pick: Callback<Issue>,
}

/// At most this many are listed; the count says how many there are.
const LISTED: usize = 200;

#[component]
pub fn ProblemList(props: &ProblemListProps) -> Html {
    let errors = props.issues.iter().filter(|i| !i.warning).count();
    let warnings = props.issues.len() - errors;
    let summary = match (errors, warnings) {
        (0, 0) => "没有问题:可以下载数据文件".to_string(),
        (0, w) => format!("没有错误,{w} 个提示(不影响发布)"),
        (e, 0) => format!("{e} 个错误:改正后才能下载数据文件"),
        (e, w) => format!("{e} 个错误、{w} 个提示:改正错误后才能下载数据文件"),
    };
    let mut ordered: Vec<&Issue> = props.issues.iter().collect();
    ordered.sort_by_key(|i| i.warning);
    let items = ordered.into_iter().take(LISTED).map(|issue| {
        let on_pick = props.on_pick.clone();
        let picked = issue.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_pick.emit(picked.clone()));
        let (class, kind) = if issue.warning {
            ("ed-issue ed-warn", "提示")
        } else {
            ("ed-issue ed-error", "错误")
        };
        html! {
            <li class={class}>
                <button type="button" {onclick}>
                    <span class="ed-kind">{ kind }</span>
                    <span class="ed-place">{ issue.place() }</span>
                    <span class="ed-msg">{ issue.message.clone() }</span>
                </button>
            </li>
        }
    });
    html! {
        <section class="ed-problems" aria-labelledby="ed-problems-title">
            <h2 id="ed-problems-title">{ "检查结果" }</h2>
            <p class={if errors > 0 { "ed-count ed-error" } else { "ed-count" }} role="status">{ summary }</p>
            if !props.issues.is_empty() {
                <ul class="ed-issues">{ for items }</ul>
            }
            if props.issues.len() > LISTED {
                <p>{ format!("只列出前 {LISTED} 个。") }</p>
            }
        </section>
    }
}
