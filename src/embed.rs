//! Mounts a widget into every `[data-greenfair]` element of the host page.

use crate::booths::{BoothLink, BoothQuery};
use crate::calendar::{CalendarLink, CalendarView};
use crate::i18n::Lang;
use crate::ui::{browser, Sections, Tab, Widget, WidgetProps};
use crate::url_hash;
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

/// Below this width (CSS pixels) the calendar opens as an agenda.
const NARROW: i32 = 560;

fn mount(element: Element, index: u32) {
    let attribute = |name: &str| element.get_attribute(name).filter(|v| !v.trim().is_empty());
    let lang = attribute("data-lang")
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    let namespace = format!("gf{index}");
    let default_view = if element.client_width() < NARROW {
        CalendarView::Agenda
    } else {
        CalendarView::Grid
    };
    let pairs = url_hash::read(&browser::current_hash(), &namespace);
    let mut booth_link = BoothLink::from_pairs(&pairs);
    if booth_link == BoothLink::default() {
        // The host's preset applies until a link says otherwise.
        booth_link.query = BoothQuery {
            category: attribute("data-category"),
            event: attribute("data-event"),
            ..BoothQuery::default()
        };
    }
    let tab = pairs.iter().find(|(k, _)| k == "t").map(|(_, v)| {
        if v == "booths" {
            Tab::Booths
        } else {
            Tab::Calendar
        }
    });
    let props = WidgetProps {
        feed_url: attribute("data-feed")
            .unwrap_or_else(|| DEFAULT_FEED.to_owned())
            .into(),
        lang,
        today: attribute("data-today").and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
        preloaded: None,
        link: CalendarLink::from_pairs(&pairs),
        booth_link,
        tab,
        sections: attribute("data-view")
            .and_then(|v| Sections::from_attribute(&v))
            .unwrap_or_default(),
        id_prefix: namespace.into(),
        default_view,
        lunar: attribute("data-lunar").map(|v| v != "off"),
    };
    yew::Renderer::<Widget>::with_root_and_props(element, props).render();
}
