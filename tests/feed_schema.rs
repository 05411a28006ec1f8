//! The published JSON Schema and the shipped demo feed agree with each other
//! and with the Rust reader.

use greenfair::feed::{load, Schedule, Status};
use serde_json::Value;

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn schema() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&read("docs/feed.schema.json")).unwrap();
    jsonschema::validator_for(&schema).expect("the schema compiles")
}

#[test]
fn the_demo_feed_matches_the_schema() {
    let feed: Value = serde_json::from_str(&read("feeds/demo.json")).unwrap();
    let errors: Vec<String> = schema()
        .iter_errors(&feed)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_schema_rejects_what_the_reader_rejects() {
    let validator = schema();
    let bad = [
        r#"{"version": 2, "series": {"id": "s", "name": "S"}}"#,
        r#"{"version": 1, "series": {"id": "s", "name": "S"}, "events": [{"id": "e", "name": "E", "start": "2025-9-1"}]}"#,
        r#"{"version": 1, "series": {"id": "s", "name": "S"}, "events": [{"id": "e", "name": "E"}]}"#,
        r#"{"version": 1, "series": {"id": "s", "name": "S"}, "events": [{"id": "e", "name": "E", "year": 2023, "status": "soon"}]}"#,
        r#"{"version": 1, "series": {"id": "s", "name": "S"}, "booths": [{"id": "b", "event": "e", "code": "A1", "exhibitor": "X", "website": "javascript:alert(1)"}]}"#,
        r#"{"version": 1, "series": {"id": "s", "name": {}}}"#,
        r#"{"version": 1, "series": {"id": "s", "name": "S"}, "events": [{"id": "e", "name": "E", "year": 2025}], "booths": [{"id": "b", "event": "e", "code": "A1", "exhibitor": "X", "phones": ["0912 345 678"]}]}"#,
    ];
    for json in bad {
        let value: Value = serde_json::from_str(json).unwrap();
        assert!(!validator.is_valid(&value), "the schema accepts {json}");
        // The reader refuses the feed, or leaves out or drops what is bad
        // and says so.
        match load(json) {
            Err(_) => {}
            Ok((_, warnings)) => assert!(
                !warnings.is_empty(),
                "the reader takes {json} without a word, where the schema refuses it"
            ),
        }
    }
    // And what the reader takes without a word, the schema takes.
    let good = [
        r#"{"version": 1, "series": {"id": "s", "name": "S"}}"#,
        r#"{"version": 1, "series": {"id": "s", "name": "S"}, "events": [{"id": "e", "name": "E", "year": 2025}], "booths": [{"id": "b", "event": "e", "code": "A1", "exhibitor": "X", "phone": "0912 345 678 - 0988 123 456", "phones": ["0912345678", "+84988123456"]}]}"#,
    ];
    for json in good {
        let (_, warnings) = load(json).unwrap();
        assert!(warnings.is_empty(), "{json}: {warnings:?}");
        let value: Value = serde_json::from_str(json).unwrap();
        assert!(validator.is_valid(&value), "the schema refuses {json}");
    }
}

#[test]
fn the_demo_feed_loads_cleanly_with_the_facts_of_the_articles() {
    let (feed, warnings) = load(&read("feeds/demo.json")).unwrap();
    assert!(warnings.is_empty(), "{warnings:#?}");
    assert!(
        feed.series.sample,
        "booths are sample data and the feed says so"
    );
    assert_eq!(feed.events.len(), 17);

    let event = |id: &str| {
        feed.events
            .iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    let days = |id: &str| {
        event(id)
            .schedule
            .days()
            .map(|(a, b)| (a.to_string(), b.to_string()))
    };
    let pair = |a: &str, b: &str| Some((a.to_owned(), b.to_owned()));
    assert_eq!(
        days("2023-05-truong-dinh-plaza"),
        pair("2023-05-25", "2023-05-27")
    );
    assert_eq!(
        days("2025-09-the-linc-than-thien-moi-truong"),
        pair("2025-09-12", "2025-09-14")
    );
    assert_eq!(
        days("2025-09-the-linc-thuc-pham"),
        pair("2025-09-12", "2025-09-14")
    );
    assert_eq!(
        days("2025-09-mm-thang-long-tai-che"),
        pair("2025-09-16", "2025-09-18")
    );
    assert_eq!(
        days("2025-09-my-dinh-do-go"),
        pair("2025-09-29", "2025-10-03")
    );

    let counts: Vec<(&str, u32)> = feed
        .events
        .iter()
        .filter_map(|e| e.booth_count.map(|c| (e.id.as_str(), c)))
        .collect();
    assert_eq!(
        counts,
        [
            ("2023-05-truong-dinh-plaza", 30),
            ("2025-09-the-linc-than-thien-moi-truong", 50),
            ("2025-09-the-linc-thuc-pham", 80),
            ("2025-09-mm-thang-long-tai-che", 80),
            ("2025-09-my-dinh-do-go", 120)
        ]
    );
    // One sample booth per planned booth.
    for (id, count) in counts {
        assert_eq!(
            feed.booths.iter().filter(|b| b.event == id).count(),
            count as usize,
            "{id}"
        );
    }
    let tba: Vec<&str> = feed
        .events
        .iter()
        .filter(|e| e.status == Status::Tba)
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(tba.len(), 3);
    assert!(tba
        .iter()
        .all(|id| event(id).schedule == Schedule::Year { year: 2023 }));
    let network_years: Vec<i32> = feed
        .events
        .iter()
        .filter(|e| matches!(e.schedule, Schedule::Year { year } if year < 2023))
        .map(|e| e.schedule.year())
        .collect();
    assert_eq!(
        network_years,
        [2019, 2020, 2020, 2020, 2020, 2021, 2021, 2022, 2022]
    );

    let venue = |id: &str| feed.venues.iter().find(|v| v.id == id).unwrap();
    assert_eq!(
        venue("truong-dinh-plaza")
            .address
            .as_ref()
            .unwrap()
            .get("vi"),
        "461 Trương Định"
    );
    assert_eq!(
        venue("mm-thang-long").address.as_ref().unwrap().get("vi"),
        "236 Phạm Văn Đồng"
    );
    assert_eq!(
        event("2025-09-my-dinh-do-go").venue.as_deref(),
        Some("quang-truong-my-dinh")
    );
}

#[test]
fn the_full_example_in_the_docs_is_valid() {
    let doc = read("docs/feed.md");
    let start = doc
        .find("## A full example")
        .expect("the docs have a full example");
    let block = &doc[start..];
    let json = &block[block.find("```json\n").unwrap() + 8..];
    let json = &json[..json.find("```").unwrap()];
    let value: Value = serde_json::from_str(json).unwrap();
    assert!(schema().is_valid(&value));
    let (feed, warnings) = load(json).unwrap();
    assert!(warnings.is_empty(), "{warnings:#?}");
    assert_eq!((feed.events.len(), feed.booths.len()), (2, 1));
}
