//! Server-side rendering of the widget: the HTML a reader's browser gets.

use chrono::NaiveDate;
use greenfair::calendar::{CalendarLink, CalendarView, EventFilter};
use greenfair::catalog::venue_line;
use greenfair::catalog::Catalog;
use greenfair::feed::Venue;
use greenfair::i18n::Lang;
use greenfair::load::{LoadError, SavedAt};
use greenfair::ui::{error_view, saved_copy_notice, CatalogRef, Sections, Widget, WidgetProps};
use yew::Callback;

mod common;
use common::{between, render_html, render_view};

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

fn render_with(lang: Lang, view: CalendarView, link: CalendarLink) -> String {
    render_html::<Widget>(yew::props!(WidgetProps {
        feed_url: "feed.json",
        lang,
        today: NaiveDate::from_ymd_opt(2025, 9, 1),
        preloaded: CatalogRef::new(Catalog::from_text(FEED).unwrap()),
        id_prefix: "w1",
        default_view: view,
        link,
        sections: Sections::Calendar,
    }))
}

fn render(lang: Lang) -> String {
    render_with(lang, CalendarView::Agenda, CalendarLink::default())
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
    assert!(upcoming.contains(r#"<h4 class="gf-period">Tháng 9/2025</h4>"#));
    assert!(
        upcoming.contains(r#"<button type="button" class="gf-link-button">Hội chợ đồ gỗ</button>"#)
    );
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
    assert!(
        html.contains(r#"<p role="status" class="gf-summary">4 sự kiện</p>"#),
        "{html}"
    );
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
    assert!(warnings.contains("line 10, column"));
}

#[test]
fn skipped_records_are_told_in_vietnamese() {
    let html = render(Lang::Vi);
    let warnings = between(&html, r#"<details class="gf-warnings">"#, "</details>");
    assert!(
        warnings.contains("1 mục dữ liệu không hợp lệ"),
        "{warnings}"
    );
    assert!(warnings.contains("events[4].start: "), "{warnings}");
    assert!(warnings.contains("dòng 10, cột"), "{warnings}");
    for english in ["expected", "line", "column", "skipped", "record"] {
        assert!(!warnings.contains(english), "{english} in {warnings}");
    }
}

#[test]
fn an_error_shows_title_detail_and_retry_in_the_readers_language() {
    let feed_error =
        Catalog::from_text("{\"version\": 1,\n\"series\": {\"id\": 1, \"name\": \"S\"}}")
            .unwrap_err();
    let render_error =
        |error: LoadError, lang| render_view(move || error_view(&error, lang, &Callback::noop()));
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
    let html = render_error(LoadError::Timeout(15), Lang::Vi);
    assert!(html.contains("Máy chủ phản hồi quá lâu"), "{html}");
}

#[test]
fn a_saved_copy_says_when_it_was_saved_with_a_retry() {
    // 2026-11-23 02:05 UTC; native renders read the clock as UTC.
    let render = |lang| {
        render_view(move || saved_copy_notice(SavedAt(1_795_399_500_000), lang, &Callback::noop()))
    };
    let html = render(Lang::Vi);
    assert!(html.contains(r#"role="status""#), "{html}");
    assert!(
        html.contains(
            "Không tải được dữ liệu mới. Đang hiển thị dữ liệu đã lưu lúc 2:05 ngày 23/11/2026."
        ),
        "{html}"
    );
    assert!(html.contains(">Thử lại</button>"));
    assert!(render(Lang::En).contains("Showing data saved at 2:05 on 23/11/2026."));
}

#[test]
fn venue_lines_say_each_place_once() {
    let (feed, _) = greenfair::feed::load(
        r#"{"version": 1, "series": {"id": "s", "name": "S"}, "venues": [{"id": "p", "name": "Huyện Phú Xuyên", "district": "Phú Xuyên", "ward": "An", "city": "Hà Nội"}]}"#,
    )
    .unwrap();
    let venue: &Venue = &feed.venues[0];
    assert_eq!(venue_line(venue, "vi"), "Huyện Phú Xuyên, An, Hà Nội");
}

fn month_link(month: (i32, u32)) -> CalendarLink {
    CalendarLink {
        view: Some(CalendarView::Grid),
        month: Some(month),
        ..CalendarLink::default()
    }
}

#[test]
fn the_month_grid_has_weekdays_lunar_dates_and_bars_across_weeks() {
    let html = render_with(Lang::Vi, CalendarView::Grid, month_link((2025, 9)));
    assert!(html.contains(r#"<h3 id="w1-month-title" aria-live="polite" class="gf-month-nav__title">Tháng 9/2025</h3>"#), "{html}");
    assert!(html.contains(r#"<div role="grid" aria-labelledby="w1-month-title" class="gf-month">"#));
    assert!(
        html.contains(r#"<abbr title="Thứ Hai">T2</abbr>"#)
            && html.contains(r#"<abbr title="Chủ Nhật">CN</abbr>"#)
    );
    // 29/9/2025 is the 8th day of the 8th lunar month; the wood fair starts there.
    assert!(
        html.contains(r#"<span class="gf-visually-hidden">Thứ Hai, 29/9/2025, ngày 8 tháng 8 âm lịch, 1 sự kiện</span>"#),
        "{html}"
    );
    // 1 September is today (as the test fixes it) and the first grid cell.
    assert!(html.contains(r#"data-date="2025-09-01" tabindex="0" aria-current="date""#));
    assert!(html.contains(r#"<span aria-hidden="true" class="gf-day__lunar">10/7</span>"#));
    let wood = between(&html, r#"title="Hội chợ đồ gỗ""#, "</button>");
    assert!(
        wood.contains("gf-bar gf-col-1 gf-span-5 gf-lane-1"),
        "{wood}"
    );
    let cancelled = between(&html, r#"title="Hội chợ tái chế""#, "</button>");
    assert!(
        cancelled.contains("gf-col-2 gf-span-3 gf-lane-1")
            && cancelled.contains("gf-bar--cancelled"),
        "{cancelled}"
    );
    // October continues the wood fair from its first cell, with the lunar month shown.
    let october = render_with(Lang::Vi, CalendarView::Grid, month_link((2025, 10)));
    assert!(october.contains(r#"data-date="2025-09-29""#));
    assert!(
        between(&october, r#"title="Hội chợ đồ gỗ""#, "</button>").contains("gf-col-1 gf-span-5")
    );
}

#[test]
fn lunar_dates_are_off_in_english_unless_asked_for() {
    let html = render_with(Lang::En, CalendarView::Grid, month_link((2025, 9)));
    assert!(!html.contains("gf-day__lunar"));
    assert!(
        html.contains(
            r#"<span class="gf-visually-hidden">Monday, 29 September 2025, 1 event</span>"#
        ),
        "{html}"
    );
    assert!(html.contains(">September 2025</h3>"));
}

#[test]
fn an_empty_month_says_so_and_offers_the_nearest_months_with_events() {
    let html = render_with(Lang::Vi, CalendarView::Grid, month_link((2024, 2)));
    let empty = between(&html, r#"<div class="gf-empty-month">"#, "</div>");
    assert!(empty.contains("Tháng 2/2024 không có sự kiện nào."));
    assert!(empty.contains(">Đến tháng 9/2025</button>"), "{empty}");
}

#[test]
fn filters_show_counts_and_disable_options_that_leave_nothing() {
    let link = CalendarLink {
        filter: EventFilter {
            query: "go".into(),
            ..EventFilter::default()
        },
        ..CalendarLink::default()
    };
    let html = render_with(Lang::Vi, CalendarView::Agenda, link);
    assert!(
        html.contains(r#"<input value="go" id="w1-event-search" type="search""#),
        "{html}"
    );
    let when = between(&html, r#"<select id="w1-filter-when""#, "</select>");
    assert!(
        when.contains(r#"<option value="all" selected="selected">Tất cả (1)</option>"#),
        "{when}"
    );
    assert!(
        when.contains(r#"<option value="past" disabled="disabled">Đã diễn ra (0)</option>"#),
        "{when}"
    );
    assert!(html.contains(">Xóa bộ lọc</button>"));
}

#[test]
fn event_details_list_dates_days_directions_and_calendar_links() {
    let link = CalendarLink {
        event: Some("a".into()),
        ..CalendarLink::default()
    };
    let html = render_with(Lang::Vi, CalendarView::Agenda, link);
    let dialog = between(
        &html,
        r#"<dialog aria-labelledby="w1-details-title""#,
        "</dialog>",
    );
    assert!(
        dialog.contains(r#"<h3 id="w1-details-title" class="gf-dialog__title">Hội chợ đồ gỗ</h3>"#),
        "{dialog}"
    );
    assert!(dialog.contains("Thứ Hai, 29/9/2025 – Thứ Sáu, 3/10/2025"));
    assert_eq!(
        dialog.matches("<li><time datetime=").count(),
        5,
        "one line per opening day"
    );
    assert!(dialog.contains("https://www.google.com/maps/dir/?api=1&amp;destination=The%20Linc%2C%20D%C6%B0%C6%A1ng%20N%E1%BB%99i%2C%20H%C3%A0%20N%E1%BB%99i"));
    assert!(
        dialog.contains(">Chỉ đường<span class=\"gf-visually-hidden\"> (mở thẻ mới)</span></a>")
    );
    assert!(dialog.contains("https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=H%E1%BB%99i%20ch%E1%BB%A3%20%C4%91%E1%BB%93%20g%E1%BB%97&amp;dates=20250929%2F20251004"));
    assert!(dialog.contains(">Thêm vào lịch (.ics)</button>"));
    assert!(dialog.contains(r#"<div role="group" aria-label="Chia sẻ" class="gf-share">"#));
    assert!(dialog.contains("120 gian hàng"));
}

/// The grid as a reader on `today` opens it, with the host's `start_month` if any.
fn grid_on(today: (i32, u32, u32), start_month: Option<(i32, u32)>, link: CalendarLink) -> String {
    render_html::<Widget>(yew::props!(WidgetProps {
        feed_url: "feed.json",
        lang: Lang::Vi,
        today: NaiveDate::from_ymd_opt(today.0, today.1, today.2),
        preloaded: CatalogRef::new(Catalog::from_text(FEED).unwrap()),
        id_prefix: "w1",
        default_view: CalendarView::Grid,
        start_month,
        link,
        sections: Sections::Calendar,
    }))
}

#[test]
fn the_grid_never_opens_on_an_empty_month() {
    let title = |html: &str| between(html, r#"class="gf-month-nav__title">"#, "</h3>").to_owned();
    // December 2026: nothing then or after, so the latest month with fairs.
    assert_eq!(
        title(&grid_on((2026, 12, 1), None, CalendarLink::default())),
        "Tháng 10/2025"
    );
    // August 2025: the next fairs are in September.
    assert_eq!(
        title(&grid_on((2025, 8, 20), None, CalendarLink::default())),
        "Tháng 9/2025"
    );
    // The host's month, then a shared link's, win.
    assert_eq!(
        title(&grid_on(
            (2026, 12, 1),
            Some((2024, 3)),
            CalendarLink::default()
        )),
        "Tháng 3/2024"
    );
    assert_eq!(
        title(&grid_on(
            (2026, 12, 1),
            Some((2024, 3)),
            month_link((2025, 9))
        )),
        "Tháng 9/2025"
    );
}
