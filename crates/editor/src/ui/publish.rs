//! After the data file is downloaded: how to put the new list on the website, as snippets ready
//! to copy, with the file's name and the widget's address filled in.

use super::browser::copy;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PublishHelpProps {
    /// The downloaded data file's name.
    pub file: String,
    /// The list's title, from the draft: the page's and the iframe's.
    pub title: String,
}

/// The folder the widget is published in: the editor is its `editor/` subfolder.
fn widget_base() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .and_then(|href| web_sys::Url::new_with_base("../", &href).ok())
        .map(|u| u.href())
        .unwrap_or_else(|| "./".to_string())
}

#[component]
pub fn PublishHelp(props: &PublishHelpProps) -> Html {
    let base = widget_base();
    let file = &props.file;
    // An HTML attribute's or title's text.
    let title = props
        .title
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
    let host = format!(
        "<div data-youth-projects data-src=\"{base}{file}\"></div>\n<script type=\"module\" src=\"{base}embed.js\"></script>"
    );
    let page = format!(
        "<!doctype html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n</head>\n<body>\n<main data-youth-projects data-src=\"{file}\"></main>\n<script type=\"module\" src=\"embed.js\"></script>\n</body>\n</html>"
    );
    let frame = format!(
        "<iframe class=\"youth-projects\" src=\"{base}list.html\" title=\"{title}\" style=\"width: 100%; border: 0\"></iframe>"
    );
    let snippet = |id: &str, title: &str, text: String| {
        let copied = text.clone();
        let onclick = Callback::from(move |_: MouseEvent| copy(&copied));
        html! {
            <div class="ed-snippet">
                <label for={id.to_string()}>{ title.to_string() }</label>
                <textarea id={id.to_string()} readonly=true rows="4" value={text} />
                <button type="button" {onclick}>{ format!("复制{title}") }</button>
            </div>
        }
    };
    html! {
        <section class="ed-publish" aria-labelledby="ed-publish-title">
            <h2 id="ed-publish-title">{ "发布到网站" }</h2>
            <ol>
                <li>{ format!("把刚下载的“{file}”上传到网站上清单所在的文件夹({base}),和 embed.js 放在一起。") }</li>
                <li>{ "在要显示清单的网页里粘贴下面的代码(方式一);或者把方式二的页面存为 list.html 上传到同一文件夹,再用方式三的 iframe 嵌入。" }</li>
                <li>{ "打开网页检查:新清单应和预览一样。数据文件有问题时,网页会列出问题并继续显示原来的清单。" }</li>
            </ol>
            { snippet("ed-snippet-host", "方式一:网页代码", host) }
            { snippet("ed-snippet-page", "方式二:单独页面 list.html", page) }
            { snippet("ed-snippet-frame", "方式三:iframe 代码", frame) }
        </section>
    }
}
