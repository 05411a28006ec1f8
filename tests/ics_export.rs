//! The iCalendar export, read back by an independent parser (the `ical` crate).

use chrono::{DateTime, Utc};
use greenfair::catalog::Catalog;
use greenfair::i18n::Lang;
use greenfair::ics::{calendar, google_dates};
use ical::parser::ical::component::IcalEvent;

const FEED: &str = r#"{
  "version": 1,
  "series": {"id": "hanoi", "name": {"vi": "Hội chợ xanh", "en": "Green fairs"}},
  "venues": [{"id": "md", "name": "Quảng trường Mỹ Đình", "address": "Đường Lê Quang Đạo", "ward": "Từ Liêm", "city": "Hà Nội", "lat": 21.0205, "lon": 105.7637}],
  "events": [
    {"id": "wood", "name": {"vi": "Đồ gỗ mỹ nghệ, nội thất; 120 gian hàng", "en": "Wood crafts, furniture"}, "venue": "md",
     "start": "2025-09-29", "end": "2025-10-03", "booth_count": 120,
     "summary": "Gỗ, mây; tre \\ đan", "organizers": ["Sở Công Thương Hà Nội"], "source": "https://example.vn/tin"},
    {"id": "timed", "name": "Khai mạc", "venue": "md", "start": "2025-09-12T08:30:00+07:00", "end": "2025-09-12T11:00:00+07:00", "status": "cancelled"},
    {"id": "undated", "name": "Chưa có ngày", "year": 2023, "status": "tba"}
  ]
}"#;

fn stamp() -> DateTime<Utc> {
    "2025-09-01T00:00:00Z".parse().unwrap()
}

fn parse(ics: &str) -> Vec<IcalEvent> {
    let mut parser = ical::IcalParser::new(ics.as_bytes());
    let calendar = parser.next().expect("one calendar").expect("it parses");
    assert!(parser.next().is_none());
    calendar.events
}

fn property<'a>(event: &'a IcalEvent, name: &str) -> (&'a str, Vec<(String, Vec<String>)>) {
    let p = event
        .properties
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name}"));
    (
        p.value.as_deref().unwrap_or(""),
        p.params.clone().unwrap_or_default(),
    )
}

#[test]
fn all_day_events_use_dates_with_an_exclusive_end() {
    let catalog = Catalog::from_text(FEED).unwrap();
    let ics = calendar(&catalog, &[0, 1, 2], Lang::Vi, stamp());
    let events = parse(&ics);
    assert_eq!(events.len(), 2, "the undated event is left out");
    let wood = &events[0];
    let (start, params) = property(wood, "DTSTART");
    assert_eq!(start, "20250929");
    assert_eq!(params, [("VALUE".to_owned(), vec!["DATE".to_owned()])]);
    assert_eq!(property(wood, "DTEND").0, "20251004");
    assert_eq!(property(wood, "UID").0, "wood@hanoi.greenfair");
    assert_eq!(property(wood, "DTSTAMP").0, "20250901T000000Z");
    assert_eq!(
        property(wood, "SUMMARY").0,
        "Đồ gỗ mỹ nghệ\\, nội thất\\; 120 gian hàng"
    );
    assert_eq!(
        property(wood, "LOCATION").0,
        "Quảng trường Mỹ Đình\\, Đường Lê Quang Đạo\\, Từ Liêm\\, Hà Nội"
    );
    assert_eq!(property(wood, "GEO").0, "21.0205;105.7637");
    assert_eq!(property(wood, "URL").0, "https://example.vn/tin");
    assert_eq!(property(wood, "STATUS").0, "CONFIRMED");
    let description = property(wood, "DESCRIPTION").0;
    assert!(
        description
            .starts_with("Gỗ\\, mây\\; tre \\\\ đan\\nĐơn vị tổ chức: Sở Công Thương Hà Nội"),
        "{description}"
    );
}

#[test]
fn timed_events_are_in_utc_and_keep_their_status() {
    let catalog = Catalog::from_text(FEED).unwrap();
    let events = parse(&calendar(&catalog, &[1], Lang::En, stamp()));
    assert_eq!(property(&events[0], "DTSTART").0, "20250912T013000Z");
    assert_eq!(property(&events[0], "DTEND").0, "20250912T040000Z");
    assert_eq!(property(&events[0], "STATUS").0, "CANCELLED");
}

#[test]
fn the_file_uses_crlf_and_folded_lines_and_the_readers_language() {
    let catalog = Catalog::from_text(FEED).unwrap();
    let ics = calendar(&catalog, &[0], Lang::En, stamp());
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !ics.replace("\r\n", "").contains('\n'),
        "every line ends in CRLF"
    );
    assert!(ics.split("\r\n").all(|line| line.len() <= 75));
    assert!(ics.contains("X-WR-CALNAME:Green fairs\r\n"));
    assert_eq!(
        property(&parse(&ics)[0], "SUMMARY").0,
        "Wood crafts\\, furniture"
    );
}

#[test]
fn google_calendar_dates_match_the_ics() {
    let catalog = Catalog::from_text(FEED).unwrap();
    let events = &catalog.feed().events;
    assert_eq!(
        google_dates(&events[0]).as_deref(),
        Some("20250929/20251004")
    );
    assert_eq!(
        google_dates(&events[1]).as_deref(),
        Some("20250912T013000Z/20250912T040000Z")
    );
    assert_eq!(google_dates(&events[2]), None);
}

/// `feeds/demo.ics`, the demo's series calendar (`series.calendar_url`),
/// parses with the independent parser, has one event per dated fair of the
/// feed, and is what `greenfair ics feeds/demo.json` writes today (but for
/// the stamp): regenerate it with that command when the feed changes.
#[test]
fn the_demo_series_calendar_parses_and_matches_its_feed() {
    let feed_text = std::fs::read_to_string("feeds/demo.json").unwrap();
    let (feed, warnings) = greenfair::feed::load(&feed_text).unwrap();
    assert_eq!(feed.series.calendar_url.as_deref(), Some("demo.ics"));
    let catalog = Catalog::new(feed, warnings);
    let file = std::fs::read_to_string("feeds/demo.ics").unwrap();
    let events = parse(&file);
    let dated: Vec<&greenfair::feed::Event> = catalog
        .feed()
        .events
        .iter()
        .filter(|e| e.schedule.days().is_some())
        .collect();
    assert_eq!(events.len(), dated.len());
    let series = &catalog.feed().series.id;
    for (event, fair) in events.iter().zip(&dated) {
        assert_eq!(
            property(event, "UID").0,
            format!("{}@{series}.greenfair", fair.id)
        );
        let (first, _) = fair.schedule.days().unwrap();
        assert_eq!(
            property(event, "DTSTART").0,
            first.format("%Y%m%d").to_string()
        );
    }
    let all: Vec<usize> = (0..catalog.feed().events.len()).collect();
    let unstamped = |ics: &str| -> String {
        ics.lines()
            .filter(|l| !l.starts_with("DTSTAMP:"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let fresh = calendar(&catalog, &all, Lang::Vi, stamp());
    assert_eq!(
        unstamped(&file),
        unstamped(&fresh),
        "feeds/demo.ics is out of date: cargo run --bin greenfair -- ics feeds/demo.json > feeds/demo.ics"
    );
}
