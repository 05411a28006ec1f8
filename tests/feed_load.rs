//! Loading feeds: what is refused, what is mended, and the exact words used.

use greenfair::feed::{load, FeedError, Position, Problem, Schedule, Status};

/// A small valid feed; tests splice records into it.
fn feed_with(records: &str) -> String {
    format!(
        r#"{{
  "version": 1,
  "series": {{"id": "s", "name": {{"vi": "Chuỗi", "en": "Series"}}}},
  "categories": [
    {{"id": "tai-che", "name": "Tái chế"}},
    {{"id": "tui", "name": "Túi xách", "parent": "tai-che"}}
  ],
  "venues": [{{"id": "v", "name": "Trương Định Plaza", "district": "Hoàng Mai"}}],
  {records}
}}"#
    )
}

fn messages(json: &str) -> Vec<String> {
    let (_, warnings) = load(json).expect("the feed loads");
    warnings.iter().map(|w| w.to_string()).collect()
}

#[test]
fn a_valid_feed_loads_with_no_warnings() {
    let json = feed_with(
        r#""events": [{"id": "e", "name": "Hội chợ", "venue": "v", "start": "2023-05-25", "end": "2023-05-27", "booth_count": 30, "categories": ["tui"]}],
  "booths": [{"id": "b", "event": "e", "code": "A01", "exhibitor": "HTX Mây tre", "categories": ["tui"], "products": [{"vi": "Túi cói", "en": "Sedge bags"}], "ocop_stars": 4}]"#,
    );
    let (feed, warnings) = load(&json).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(feed.events.len(), 1);
    assert_eq!(feed.events[0].status, Status::Scheduled);
    assert_eq!(feed.series.timezone, "Asia/Ho_Chi_Minh");
    assert!(!feed.series.sample);
    assert_eq!(feed.booths[0].ocop_stars.map(|s| s.get()), Some(4));
    assert_eq!(feed.booths[0].products[0].get("en"), "Sedge bags");
}

#[test]
fn a_bad_date_leaves_out_only_that_event_and_names_path_and_position() {
    let json = feed_with(
        r#""events": [
    {"id": "ok", "name": "A", "year": 2021},
    {"id": "bad", "name": "B", "start": "2025-02-30"}
  ]"#,
    );
    let (feed, warnings) = load(&json).unwrap();
    assert_eq!(feed.events.len(), 1);
    assert_eq!(feed.events[0].schedule, Schedule::Year { year: 2021 });
    assert_eq!(
        warnings[0].to_string(),
        "events[1].start: expected a date like 2025-09-12, or a date-time with an offset like \
         2025-09-12T08:00:00+07:00, found \"2025-02-30\"; the record is left out, line 11 column 41"
    );
    // Line 11, column 41 is where the bad value starts.
    let line = json.lines().nth(10).unwrap();
    assert!(line[40..].starts_with("\"2025-02-30\""), "{line}");
}

#[test]
fn a_record_level_error_points_at_the_record_start() {
    let json = feed_with(
        r#""events": [{"id": "e", "name": "A", "start": "2025-09-14", "end": "2025-09-12"}]"#,
    );
    let (_, warnings) = load(&json).unwrap();
    assert_eq!(warnings[0].path, "events[0]");
    assert_eq!(
        warnings[0].at,
        Position {
            line: 9,
            column: 14
        }
    );
    assert_eq!(
        warnings[0].problem,
        Problem::Invalid("`end` (2025-09-12) is before `start` (2025-09-14)".into())
    );
}

#[test]
fn duplicate_and_empty_ids_keep_the_first_record() {
    let json = feed_with(
        r#""events": [{"id": "e", "name": "First", "year": 2020}, {"id": "e", "name": "Second", "year": 2021}, {"id": " ", "name": "No id", "year": 2021}]"#,
    );
    let (feed, _) = load(&json).unwrap();
    assert_eq!(feed.events.len(), 1);
    assert_eq!(feed.events[0].name.get("vi"), "First");
    assert_eq!(
        messages(&json),
        [
            "events[1].id: the id \"e\" is used twice; the later record is left out, line 9 column 58",
            "events[2].id: the id is empty; the record is left out, line 9 column 103",
        ]
    );
}

#[test]
fn dangling_references_are_reported_with_their_consequence() {
    let json = feed_with(
        r#""events": [
    {"id": "e", "name": "A", "venue": "v", "year": 2020, "categories": ["tui", "gom"]},
    {"id": "f", "name": "B", "venue": "nowhere", "year": 2020}
  ],
  "booths": [
    {"id": "b1", "event": "e", "code": "A1", "exhibitor": "X"},
    {"id": "b2", "event": "f", "code": "A2", "exhibitor": "Y"},
    {"id": "b3", "event": "zzz", "code": "A3", "exhibitor": "Z", "categories": ["tui"]}
  ]"#,
    );
    let (feed, _) = load(&json).unwrap();
    assert_eq!(feed.events.len(), 1);
    assert_eq!(feed.events[0].categories, ["tui"]);
    assert_eq!(feed.booths.len(), 1);
    assert_eq!(
        messages(&json),
        [
            "events[0].categories[1]: no category has the id \"gom\"; the id is ignored, line 10 column 5",
            "events[1].venue: no venue has the id \"nowhere\"; the event is left out, line 11 column 5",
            "booths[1].event: no event has the id \"f\"; the booth is left out, line 15 column 5",
            "booths[2].event: no event has the id \"zzz\"; the booth is left out, line 16 column 5",
        ]
    );
}

#[test]
fn a_bad_category_parent_moves_the_category_to_the_top() {
    let json = r#"{"version": 1, "series": {"id": "s", "name": "S"}, "categories": [
  {"id": "a", "name": "A"},
  {"id": "b", "name": "B", "parent": "a"},
  {"id": "c", "name": "C", "parent": "b"},
  {"id": "d", "name": "D", "parent": "missing"}
]}"#;
    let (feed, warnings) = load(json).unwrap();
    assert_eq!(feed.categories.len(), 4);
    assert_eq!(feed.categories[1].parent.as_deref(), Some("a"));
    assert_eq!(feed.categories[2].parent, None);
    assert_eq!(feed.categories[3].parent, None);
    assert_eq!(
        warnings[0].to_string(),
        "categories[2].parent: the parent \"b\" is not a top-level category; the category is shown at the top level, line 4 column 3"
    );
    assert_eq!(warnings.len(), 2);
}

#[test]
fn only_web_links_are_kept() {
    let json = feed_with(
        r#""events": [{"id": "e", "name": "A", "year": 2020, "source": "javascript:alert(1)"}],
  "booths": [
    {"id": "b1", "event": "e", "code": "A1", "exhibitor": "X", "website": "data:text/html,<script>"},
    {"id": "b2", "event": "e", "code": "A2", "exhibitor": "Y", "website": "HTTPS://example.vn"}
  ]"#,
    );
    let (feed, warnings) = load(&json).unwrap();
    assert_eq!(feed.events[0].source, None);
    assert_eq!(feed.booths[0].website, None);
    assert_eq!(
        feed.booths[1].website.as_deref(),
        Some("HTTPS://example.vn")
    );
    assert_eq!(warnings.len(), 2);
    assert_eq!(
        warnings[0].problem.to_string(),
        "\"javascript:alert(1)\" is not an http(s) link; it is not shown as a link"
    );
}

#[test]
fn coordinates_must_be_on_the_globe_and_come_in_pairs() {
    let json = r#"{"version": 1, "series": {"id": "s", "name": "S"}, "venues": [
  {"id": "a", "name": "A", "lat": 21.02, "lon": 105.76},
  {"id": "b", "name": "B", "lat": 210.2, "lon": 105.76},
  {"id": "c", "name": "C", "lat": 21.02}
]}"#;
    let (feed, warnings) = load(json).unwrap();
    assert_eq!(feed.venues[0].lat, Some(21.02));
    assert_eq!(feed.venues[1].lat, None);
    assert_eq!(feed.venues[2].lat, None);
    assert_eq!(
        warnings.iter().map(|w| w.path.as_str()).collect::<Vec<_>>(),
        ["venues[1]", "venues[2]"]
    );
}

#[test]
fn ocop_stars_outside_one_to_five_leave_the_booth_out() {
    let json = feed_with(
        r#""events": [{"id": "e", "name": "A", "year": 2020}],
  "booths": [{"id": "b", "event": "e", "code": "A1", "exhibitor": "X", "ocop_stars": 6}]"#,
    );
    let (feed, warnings) = load(&json).unwrap();
    assert!(feed.booths.is_empty());
    assert_eq!(warnings[0].path, "booths[0].ocop_stars");
    assert!(warnings[0]
        .to_string()
        .contains("expected OCOP stars from 1 to 5, found 6"));
}

#[test]
fn unknown_fields_are_allowed_so_newer_feeds_still_load() {
    let json = r#"{"version": 1, "future": true, "series": {"id": "s", "name": "S", "logo": "x.png"},
  "events": [{"id": "e", "name": "A", "year": 2020, "livestream": {"url": "x"}}]}"#;
    let (feed, warnings) = load(json).unwrap();
    assert!(warnings.is_empty());
    assert_eq!(feed.events.len(), 1);
}

#[test]
fn wrong_or_missing_version_is_refused_clearly() {
    let err = load(r#"{"version": 2, "series": {"id": "s", "name": "S"}}"#).unwrap_err();
    assert_eq!(err, FeedError::UnsupportedVersion(2));
    assert_eq!(
        err.to_string(),
        "version: feed version 2 is not supported; this reader understands version 1"
    );
    let err = load(r#"{"series": {"id": "s", "name": "S"}}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "version: missing; this reader understands feed version 1"
    );
}

#[test]
fn truncated_json_is_refused_with_its_position() {
    let err = load("{\"version\": 1,\n \"series\": {\"id\": \"s\",").unwrap_err();
    assert!(matches!(err, FeedError::Syntax { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "the feed is not valid JSON: EOF while parsing an object, line 2 column 23"
    );
}

#[test]
fn a_broken_series_is_refused_with_its_path() {
    let err = load("{\"version\": 1,\n \"series\": {\"id\": \"s\", \"name\": 5}}").unwrap_err();
    assert_eq!(err.path(), Some("series.name"));
    assert_eq!(
        err.position(),
        Some(Position {
            line: 2,
            column: 32
        })
    );
}

#[test]
fn a_list_of_the_wrong_type_is_refused() {
    let err =
        load(r#"{"version": 1, "series": {"id": "s", "name": "S"}, "events": {}}"#).unwrap_err();
    assert_eq!(err.path(), Some("events"));
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_accepted() {
    let json = "\u{feff}{\"version\": 1,\r\n\"series\": {\"id\": \"s\", \"name\": \"S\"},\r\n\"events\": [{\"id\": \"e\", \"name\": \"A\", \"year\": 2025},\r\n  {\"id\": \"f\", \"name\": \"B\", \"start\": \"x\"}]}";
    let (feed, warnings) = load(json).unwrap();
    assert_eq!(feed.series.id, "s", "the mark is not part of the first key");
    assert_eq!(feed.events.len(), 1, "the valid event loads");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    // Lines counted at CRLF; the column (1-based, in characters) is the bad value's opening quote.
    assert_eq!(warnings[0].path, "events[1].start");
    assert_eq!((warnings[0].at.line, warnings[0].at.column), (4, 37));
}

#[test]
fn decomposed_vietnamese_loads_unchanged_and_is_found_like_composed() {
    // "Túi xách cói" as a Mac or an old editor may save it: NFD, marks apart.
    let nfd = "Tu\u{301}i xa\u{301}ch co\u{301}i";
    let json = feed_with(&format!(
        r#""events": [{{"id": "e", "name": "A", "year": 2023}}],
  "booths": [{{"id": "b", "event": "e", "code": "A1", "exhibitor": "{nfd}"}}]"#
    ));
    let (feed, warnings) = load(&json).unwrap();
    assert!(warnings.is_empty());
    assert_eq!(
        feed.booths[0].exhibitor.get("vi"),
        nfd,
        "the text is kept as written"
    );
    let catalog = greenfair::catalog::Catalog::new(feed, warnings);
    for typed in ["tui xach", "Túi xách", nfd] {
        let query = greenfair::booths::BoothQuery {
            text: typed.into(),
            ..Default::default()
        };
        let day = chrono::NaiveDate::from_ymd_opt(2025, 9, 13).unwrap();
        let found = greenfair::booths::search(&catalog, &query, day);
        assert_eq!(found.booths, [0], "{typed}");
    }
}

#[test]
fn an_empty_feed_loads_empty() {
    let (feed, warnings) = load(r#"{"version": 1, "series": {"id": "s", "name": "S"}}"#).unwrap();
    assert!(feed.events.is_empty() && feed.booths.is_empty() && warnings.is_empty());
}

#[test]
fn a_loaded_feed_serialises_back_to_an_equal_feed() {
    let json = feed_with(
        r#""events": [{"id": "e", "name": "A", "venue": "v", "start": "2025-09-29", "end": "2025-10-03", "status": "postponed"},
                     {"id": "t", "name": "T", "year": 2023, "status": "tba"}]"#,
    );
    let (feed, _) = load(&json).unwrap();
    let again = serde_json::to_string(&feed).unwrap();
    let (reloaded, warnings) = load(&again).unwrap();
    assert!(warnings.is_empty());
    assert_eq!(reloaded, feed);
}

#[test]
fn a_broken_floor_plan_loses_only_the_plan() {
    let json = r#"{"version": 1, "series": {"id": "s", "name": "S"},
  "events": [{"id": "e", "name": "A", "year": 2020, "floor_plan": {"width": "wide"}}]}"#;
    let (feed, warnings) = load(json).unwrap();
    assert_eq!(feed.events.len(), 1);
    assert_eq!(feed.events[0].floor_plan, None);
    assert_eq!(warnings[0].path, "events[0].floor_plan");
    assert_eq!(
        warnings[0].problem,
        Problem::IgnoredPart("invalid type: string \"wide\", expected f64".into())
    );
}

#[test]
fn a_feed_over_the_size_limit_is_refused_before_parsing() {
    let padding = " ".repeat(greenfair::feed::MAX_FEED_BYTES);
    let json = format!(r#"{{"version": 1, "series": {{"id": "s", "name": "S"}}}}{padding}"#);
    let err = load(&json).unwrap_err();
    assert!(matches!(err, FeedError::TooLarge { .. }));
    assert!(err.to_string().starts_with("the feed is 20971"), "{err}");
}

#[test]
fn too_many_records_are_refused_with_the_list_named() {
    let booths = vec!["{}"; 200_001].join(",");
    let json =
        format!(r#"{{"version": 1, "series": {{"id": "s", "name": "S"}}, "booths": [{booths}]}}"#);
    let err = load(&json).unwrap_err();
    assert_eq!(
        err,
        FeedError::TooManyRecords {
            list: "booths",
            count: 200_001,
            limit: 200_000
        }
    );
    assert_eq!(err.path(), Some("booths"));
}

#[test]
fn a_record_with_an_overlong_text_is_left_out_and_the_rest_loads() {
    let long = "x".repeat(10_001);
    let json = format!(
        r#"{{"version": 1, "series": {{"id": "s", "name": "S"}}, "events": [{{"id": "e", "name": "A", "year": 2020}}],
  "booths": [{{"id": "b1", "event": "e", "code": "A1", "exhibitor": "{long}"}}, {{"id": "b2", "event": "e", "code": "A2", "exhibitor": "Ok"}}]}}"#
    );
    let (feed, warnings) = load(&json).unwrap();
    assert_eq!(feed.booths.len(), 1);
    assert_eq!(warnings[0].path, "booths[0]");
    assert_eq!(warnings[0].problem, Problem::TextTooLong(10_001));
}

#[test]
fn deep_nesting_neither_crashes_nor_loses_the_rest() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    // In an unknown field it is skipped, as unknown fields are.
    let json =
        format!(r#"{{"version": 1, "series": {{"id": "s", "name": "S"}}, "extra": {deep}}}"#);
    assert!(load(&json).is_ok());
    // In a record it leaves out that record only.
    let json = format!(
        r#"{{"version": 1, "series": {{"id": "s", "name": "S"}}, "events": [{{"id": "e", "name": {deep}, "year": 2020}}, {{"id": "f", "name": "F", "year": 2021}}]}}"#
    );
    let (feed, warnings) = load(&json).unwrap();
    assert_eq!(feed.events.len(), 1);
    assert_eq!(warnings[0].path, "events[0].name");
}

#[test]
fn a_split_feed_adds_each_booth_file_as_if_inline() {
    let index = feed_with(
        r#""events": [{"id": "e", "name": "A", "year": 2023, "booths_url": "booths/e.json"},
                     {"id": "f", "name": "B", "year": 2024, "booths_url": "https://cdn.example.vn/f.json"},
                     {"id": "g", "name": "C", "year": 2025, "booths_url": "javascript:alert(1)"}],
  "booths": [{"id": "b0", "event": "e", "code": "A0", "exhibitor": "X"}]"#,
    );
    let (mut feed, warnings) = load(&index).unwrap();
    assert_eq!(
        warnings.iter().map(|w| w.to_string()).collect::<Vec<_>>(),
        ["events[2].booths_url: \"javascript:alert(1)\" is not an http(s) link; it is not shown as a link, line 11 column 22"]
    );
    assert_eq!(
        greenfair::feed::booth_files(&feed).collect::<Vec<_>>(),
        [
            ("e", "booths/e.json"),
            ("f", "https://cdn.example.vn/f.json")
        ]
    );
    let file = r#"{"version": 1, "booths": [
  {"id": "b1", "event": "e", "code": "A1", "exhibitor": "Y", "categories": ["tui", "gom"]},
  {"id": "b0", "event": "e", "code": "A2", "exhibitor": "Z"},
  {"id": "b2", "event": "nowhere", "code": "A3", "exhibitor": "W"}
]}"#;
    let warnings = greenfair::feed::add_booth_file(&mut feed, "booths/e.json", file).unwrap();
    assert_eq!(
        warnings.iter().map(|w| w.to_string()).collect::<Vec<_>>(),
        [
            "booths/e.json: booths[1].id: the id \"b0\" is used twice; the later record is left out, line 3 column 3",
            "booths/e.json: booths[0].categories[1]: no category has the id \"gom\"; the id is ignored, line 2 column 3",
            "booths/e.json: booths[2].event: no event has the id \"nowhere\"; the booth is left out, line 4 column 3",
        ]
    );
    assert_eq!(
        feed.booths
            .iter()
            .map(|b| b.id.as_str())
            .collect::<Vec<_>>(),
        ["b0", "b1"]
    );
    let broken = greenfair::feed::add_booth_file(
        &mut feed,
        "f.json",
        r#"{"version": 1, "booths": [{"id": "#,
    );
    assert!(
        matches!(broken, Err(FeedError::Syntax { .. })),
        "{broken:?}"
    );
    assert_eq!(feed.booths.len(), 2, "a broken file adds nothing");
}

#[test]
fn phones_are_numbers_to_dial_and_others_are_dropped_with_a_warning() {
    let json = feed_with(
        r#""events": [{"id": "e", "name": "A", "year": 2025}],
  "booths": [
    {"id": "b1", "event": "e", "code": "A1", "exhibitor": "X", "phone": "0912 345 678 - 0988 123 456", "phones": ["0912345678", "0988123456"]},
    {"id": "b2", "event": "e", "code": "A2", "exhibitor": "Y", "phones": ["+842438251234", "0912 345 678", "tel:0912345678"]},
    {"id": "b3", "event": "e", "code": "A3", "exhibitor": "Z", "phone": "0912.345.678"}
  ]"#,
    );
    let (feed, warnings) = load(&json).unwrap();
    assert_eq!(feed.booths[0].phones, ["0912345678", "0988123456"]);
    assert_eq!(feed.booths[1].phones, ["+842438251234"]);
    assert!(
        feed.booths[2].phones.is_empty(),
        "an older feed: phone only"
    );
    let said: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(
        said,
        [
            "booths[1].phones[1]: \"0912 345 678\" is not a phone number to dial (a + and 8 to 15 digits); it is not shown as a link, line 12 column 5",
            "booths[1].phones[2]: \"tel:0912345678\" is not a phone number to dial (a + and 8 to 15 digits); it is not shown as a link, line 12 column 5"
        ]
    );
}
