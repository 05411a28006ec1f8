//! `greenfair render`: the widget's first view as static HTML, from the same
//! Yew components (server-side rendering), inside the embed element, with
//! the events' structured data: a no-JavaScript fallback and rich results.

use super::html::attribute;
use super::json_ld::exhibition_events;
use crate::calendar::CalendarView;
use crate::catalog::Catalog;
use crate::i18n::Lang;
use crate::ui::{CatalogRef, Sections, Widget, WidgetProps};
use chrono::NaiveDate;

/// What to render.
pub struct RenderOptions {
    /// The feed's URL as the published snippet will name it.
    pub feed_url: String,
    /// Which parts of the widget.
    pub sections: Sections,
    /// The language.
    pub lang: Lang,
    /// The day the page is rendered (what "upcoming" means in the HTML).
    pub today: NaiveDate,
    /// Where the widget's files are (`…/v1/`), for its stylesheet.
    pub widget_url: String,
    /// The widget's name on the page: its URL-hash namespace (`gf-<name>`).
    pub name: String,
}

/// The snippet to paste into the article: the widget element holding the
/// rendered first view (shown until the widget starts, and to readers and
/// crawlers without JavaScript), then the JSON-LD of every dated event.
pub fn render_snippet(catalog: Catalog, options: &RenderOptions) -> String {
    let events = exhibition_events(&catalog, options.lang);
    let props = yew::props!(WidgetProps {
        feed_url: options.feed_url.clone(),
        lang: options.lang,
        today: options.today,
        preloaded: CatalogRef::new(catalog),
        id_prefix: crate::url_hash::named_namespace(&options.name),
        default_view: CalendarView::Agenda,
        sections: options.sections,
    });
    let html = futures::executor::block_on(
        yew::LocalServerRenderer::<Widget>::with_props(props)
            .hydratable(false)
            .render(),
    );
    let view = match options.sections {
        Sections::Both => "both",
        Sections::Calendar => "calendar",
        Sections::Booths => "booths",
    };
    // `</` cannot end the script early: JSON-LD escapes it.
    let json_ld = serde_json::to_string_pretty(&events)
        .unwrap_or_default()
        .replace("</", "<\\/");
    let stylesheet = format!("{}/greenfair.css", options.widget_url.trim_end_matches('/'));
    format!(
        "<div data-greenfair data-name=\"{}\" data-feed=\"{}\" data-view=\"{view}\" data-lang=\"{}\" data-rendered-on=\"{}\">\n\
         <template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{}\"><div class=\"gf-host\">{html}</div></template>\n\
         </div>\n<script type=\"application/ld+json\">\n{json_ld}\n</script>\n",
        attribute(&options.name),
        attribute(&options.feed_url),
        options.lang.code(),
        options.today,
        attribute(&stylesheet),
    )
}
