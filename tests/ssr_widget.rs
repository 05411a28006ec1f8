//! Server-side rendering of the widget: the HTML a reader's browser gets.

use chrono::NaiveDate;
use greenfair::catalog::venue_line;
use greenfair::catalog::Catalog;
use greenfair::feed::Venue;
use greenfair::i18n::Lang;
use greenfair::load::LoadError;
use greenfair::ui::{CatalogRef, ErrorView, ErrorViewProps, Widget, WidgetProps};
use yew::{Callback, LocalServerRenderer};

const FEED: &str = r#"{
  "version": 1,
  "series": {"id": "t", "name": {"vi": "Hội chợ xanh", "en": "Green fairs"}},
  "venues": [{"id": "linc", "name": "The Linc", "ward": "Dương Nội", "city": "Hà Nội"}],
  "events": [
    {"id": "a", "name": {"vi": "Hội chợ đồ gỗ", "en": "Wood fair"}, "venue": "linc", "start": "2025-09-29", "end": "2025-10-03", "booth_count": 120},
    {"id": "b", "name": "Hội chợ tái chế", "venue": "linc", "start": "2025-09-16", "end": "2025-09-18", "status": "cancelled"},
    {"id": "c", "name": "Sơn mài <b>Hạ Thái</b>", "year": 2019},
    {"id": "d", "name": "Dệt may", "year": 2023, "status": "tba"},
    {"id": "e", "name": "Broken", "start": "2025-13-01"}
  ]
}"#;

fn render(lang: Lang) -> String {
    let props = WidgetProps {
        feed_url: "feed.json".into(),
        lang,
        today: NaiveDate::from_ymd_opt(2025, 9, 1),
        preloaded: Some(CatalogRef::new(Catalog::from_text(FEED).unwrap())),
        id_prefix: "w1".into(),
    };
    futures::executor::block_on(
        LocalServerRenderer::<Widget>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// The text between the first `start` marker and the next `end` after it.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("{start} in {html}"))
        + start.len();
    let to = html[from..].find(end).unwrap() + from;
    &html[from..to]
}

#[test]
fn events_are_grouped_and_ordered_in_vietnamese() {
    let html = render(Lang::Vi);
    assert!(
        html.contains(r#"<div lang="vi" aria-busy="false" class="gf-root">"#),
        "{html}"
    );
    assert!(html.contains(r#"<h2 class="gf-title">Hội chợ xanh</h2>"#));
    let upcoming = between(
        &html,
        r#"<section aria-labelledby="w1-upcoming""#,
        "</section>",
    );
    assert!(upcoming.starts_with(r#" class="gf-group gf-group--upcoming""#));
    assert!(upcoming.contains(r#"<h3 id="w1-upcoming""#));
    assert!(upcoming.contains("2 sự kiện"));
    let recycled = upcoming.find("Hội chợ tái chế").unwrap();
    let wood = upcoming.find("Hội chợ đồ gỗ").unwrap();
    assert!(recycled < wood, "soonest first");
    assert!(upcoming.contains(r#"<time datetime="2025-09-29">29/9–3/10/2025</time>"#));
    assert!(upcoming.contains("120 gian hàng"));
    assert!(upcoming.contains(r#"<li class="gf-event gf-event--cancelled">"#));
    assert!(upcoming.contains(r#"<span class="gf-badge gf-badge--cancelled">Đã hủy</span>"#));
    assert!(upcoming.contains("The Linc, Dương Nội, Hà Nội"));
    let tba = between(&html, "gf-group--tba", "</section>");
    assert!(tba.contains("Dệt may") && tba.contains("Năm 2023"));
    let past = between(&html, "gf-group--past", "</section>");
    assert!(past.contains("Năm 2019") && past.contains("Chưa rõ địa điểm"));
}

#[test]
fn feed_text_is_escaped_never_markup() {
    let html = render(Lang::Vi);
    assert!(
        html.contains("Sơn mài &lt;b&gt;Hạ Thái&lt;/b&gt;"),
        "{html}"
    );
    assert!(!html.contains("<b>"));
}

#[test]
fn english_labels_dates_and_counts() {
    let html = render(Lang::En);
    assert!(html.contains(r#"lang="en""#));
    assert!(html.contains(r#"<h2 class="gf-title">Green fairs</h2>"#));
    assert!(html.contains("Wood fair"));
    assert!(html.contains("29 September – 3 October 2025"));
    assert!(html.contains("120 booths"));
    assert!(
        html.contains(">Upcoming<")
            && html.contains(">Past<")
            && html.contains(">Dates to be announced<")
    );
    assert!(html.contains(">Cancelled</span>"));
    let switch = between(&html, r#"role="group""#, "</div>");
    assert!(switch.contains(r#"aria-label="Language""#));
    assert!(switch.contains(r#"lang="en" aria-pressed="true""#));
    assert!(switch.contains(r#"lang="vi" aria-pressed="false""#));
}

#[test]
fn skipped_records_are_listed_with_path_and_position() {
    let html = render(Lang::En);
    let warnings = between(&html, r#"<details class="gf-warnings">"#, "</details>");
    assert!(warnings.contains("1 invalid record was skipped or mended"));
    assert!(warnings.contains("events[4].start: expected a date like 2025-09-12"));
    assert!(warnings.contains("line 10 column"));
}

#[test]
fn an_error_shows_title_detail_and_retry_in_the_readers_language() {
    let feed_error =
        Catalog::from_text("{\"version\": 1,\n\"series\": {\"id\": 1, \"name\": \"S\"}}")
            .unwrap_err();
    let render_error = |error: LoadError, lang| {
        let props = ErrorViewProps {
            error,
            lang,
            on_retry: Callback::noop(),
        };
        futures::executor::block_on(
            LocalServerRenderer::<ErrorView>::with_props(props)
                .hydratable(false)
                .render(),
        )
    };
    let html = render_error(LoadError::Feed(feed_error), Lang::Vi);
    assert!(html.contains(r#"role="alert""#));
    assert!(html.contains("Dữ liệu hội chợ bị lỗi"));
    assert!(
        html.contains("series.id: invalid type: integer `1`, expected a string, dòng 2, cột 18"),
        "{html}"
    );
    assert!(html.contains(">Thử lại</button>"));
    let html = render_error(LoadError::Http(500), Lang::En);
    assert!(html.contains("The server did not return the fair data (error 500)."));
    assert!(html.contains(">Retry</button>"));
}

#[test]
fn venue_lines_say_each_place_once() {
    let venue: Venue = serde_json::from_str(
        r#"{"id": "p", "name": "Huyện Phú Xuyên", "district": "Phú Xuyên", "ward": "An", "city": "Hà Nội"}"#,
    )
    .unwrap();
    assert_eq!(venue_line(&venue, "vi"), "Huyện Phú Xuyên, An, Hà Nội");
}
