//! Mounts a widget into every `[data-greenfair]` element of the host page.

use crate::i18n::Lang;
use crate::ui::{Widget, WidgetProps};
use chrono::NaiveDate;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The feed a widget loads when its element has no `data-feed`.
pub const DEFAULT_FEED: &str = "feeds/demo.json";

/// Marks an element as mounted, so a second scan leaves it alone.
const MOUNTED: &str = "data-greenfair-mounted";

/// Mounts every `[data-greenfair]` element not mounted yet.
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(elements) = document.query_selector_all("[data-greenfair]") else {
        return;
    };
    for index in 0..elements.length() {
        let Some(element) = elements
            .item(index)
            .and_then(|n| n.dyn_into::<HtmlElement>().ok())
        else {
            continue;
        };
        if element.has_attribute(MOUNTED) {
            continue;
        }
        let _ = element.set_attribute(MOUNTED, "");
        mount(element.into(), index);
    }
}

fn mount(element: Element, index: u32) {
    let attribute = |name: &str| element.get_attribute(name).filter(|v| !v.trim().is_empty());
    let lang = attribute("data-lang")
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    let props = WidgetProps {
        feed_url: attribute("data-feed")
            .unwrap_or_else(|| DEFAULT_FEED.to_owned())
            .into(),
        lang,
        today: attribute("data-today").and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
        preloaded: None,
        id_prefix: format!("gf{index}").into(),
    };
    yew::Renderer::<Widget>::with_root_and_props(element, props).render();
}
