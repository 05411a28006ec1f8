//! Fuzzing the feed reader: arbitrary bytes, mutated valid feeds and
//! generated JSON go through parsing, validation, the catalog, both searches
//! and the ICS export. Nothing may panic or hang, and what loads must keep
//! the promises of docs/feed.md (unique ids, no dangling references, only
//! web links, `end` not before `start`, a lossless round trip).
//!
//! `cargo test --test feed_fuzz` runs a few hundred cases of each strategy
//! and every input in `tests/fuzz/corpus/`: the seed, hostile inputs that
//! broke or slowed readers before (deep nesting, overlong texts, lone
//! surrogates, numbers out of range, dates at chrono's limits), and any
//! failure the long runs find.
//! `scripts/fuzz [MINUTES]` runs the same properties for as long as asked,
//! with fresh random seeds, and saves any failure into the corpus.

use chrono::{DateTime, NaiveDate};
use greenfair::booths::{search, BoothQuery};
use greenfair::calendar::EventFilter;
use greenfair::catalog::Catalog;
use greenfair::feed::{add_booth_file, is_web_url, load, Schedule};
use greenfair::i18n::Lang;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use std::collections::HashSet;
use std::time::{Duration, Instant};

const SEED: &str = include_str!("fuzz/corpus/seed.json");
const CORPUS: &str = "tests/fuzz/corpus";

/// Fragments a hand-edited feed or a broken network could hold.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    ",",
    ":",
    "null",
    "true",
    "0",
    "-1",
    "1e309",
    "18446744073709551616",
    "-0.0",
    "\"\"",
    "\\",
    "\\u0000",
    "\\ud800",
    "\u{feff}",
    "\r\n",
    "\u{0301}",
    "Tu\u{0300}i xa\u{0301}ch",
    "\"2025-02-30\"",
    "\"2025-09-12T08:00:00+07:00\"",
    "\"2025-09-12T08:00:00Z\"",
    "\"tba\"",
    "\"cancelled\"",
    "\"javascript:alert(1)\"",
    "\"data:text/html,<script>\"",
    "\"<img src=x onerror=alert(1)>\"",
    "\"mm-2025\"",
    "\"b1\"",
    "\"tai-che\"",
    "\"mm\"",
    "\"parent\"",
    "\"event\"",
    "\"venue\"",
    "\"start\"",
    "\"end\"",
    "\"year\"",
    "\"month\"",
    "\"position\"",
    "\"floor_plan\"",
    "\"ocop_stars\"",
    "\"version\"",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    "{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":",
];

/// One edit of a feed's text.
#[derive(Clone, Debug)]
enum Edit {
    Delete(prop::sample::Index, usize),
    Insert(prop::sample::Index, &'static str),
    Duplicate(prop::sample::Index, usize),
    Truncate(prop::sample::Index),
    Byte(prop::sample::Index, u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<prop::sample::Index>(), 1usize..40).prop_map(|(at, n)| Edit::Delete(at, n)),
        (any::<prop::sample::Index>(), prop::sample::select(TOKENS))
            .prop_map(|(at, t)| Edit::Insert(at, t)),
        (any::<prop::sample::Index>(), 1usize..200).prop_map(|(at, n)| Edit::Duplicate(at, n)),
        any::<prop::sample::Index>().prop_map(Edit::Truncate),
        (any::<prop::sample::Index>(), any::<u8>()).prop_map(|(at, b)| Edit::Byte(at, b)),
    ]
}

/// The seed feed with `edits` applied to its bytes, read as UTF-8 the way a
/// browser reads a response (invalid sequences become U+FFFD).
fn mutate(edits: &[Edit]) -> String {
    let mut bytes = SEED.as_bytes().to_vec();
    for edit in edits {
        let len = bytes.len().max(1);
        match *edit {
            Edit::Delete(at, n) => {
                let start = at.index(len).min(bytes.len());
                bytes.drain(start..(start + n).min(bytes.len()));
            }
            Edit::Insert(at, token) => {
                let at = at.index(len).min(bytes.len());
                bytes.splice(at..at, token.bytes());
            }
            Edit::Duplicate(at, n) => {
                let start = at.index(len).min(bytes.len());
                let chunk = bytes[start..(start + n).min(bytes.len())].to_vec();
                bytes.splice(start..start, chunk);
            }
            Edit::Truncate(at) => bytes.truncate(at.index(len)),
            Edit::Byte(at, byte) => {
                if let Some(b) = bytes.get_mut(at.index(len)) {
                    *b = byte;
                }
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// JSON values of any shape, with keys a feed uses, so generated records
/// reach the validator's checks rather than stopping at the first type error.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let key = prop::sample::select(
        &[
            "id",
            "name",
            "vi",
            "en",
            "event",
            "venue",
            "start",
            "end",
            "year",
            "month",
            "status",
            "code",
            "exhibitor",
            "categories",
            "products",
            "parent",
            "website",
            "lat",
            "lon",
            "x",
            "y",
            "w",
            "h",
            "position",
            "floor_plan",
            "width",
            "height",
            "zones",
            "ocop_stars",
            "booth_count",
            "other",
        ][..],
    );
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(Value::from),
        (-1e6f64..1e6).prop_map(Value::from),
        prop::sample::select(
            &[
                "mm-2025",
                "b1",
                "tai-che",
                "tui-xach",
                "mm",
                "2025-09-12",
                "2025-02-30",
                "2025-10-03",
                "2025-09-12T08:00:00+07:00",
                "tba",
                "cancelled",
                "https://a.vn",
                "javascript:x",
                "",
                "Đồ gỗ",
            ][..]
        )
        .prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..8).prop_map(|pairs| Value::Object(
                pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
            )),
        ]
    })
}

/// A feed with a valid header and generated lists.
fn generated_feed() -> impl Strategy<Value = String> {
    let list = || prop::collection::vec(json_value(), 0..6);
    (list(), list(), list(), list()).prop_map(|(categories, venues, events, booths)| {
        serde_json::json!({
            "version": 1,
            "series": {"id": "s", "name": "S"},
            "categories": categories, "venues": venues, "events": events, "booths": booths,
        })
        .to_string()
    })
}

/// Everything a reader's visit does with a feed; fails on a broken promise.
fn exercise(text: &str) -> Result<(), TestCaseError> {
    let Ok((feed, warnings)) = load(text) else {
        return Ok(());
    };
    let unique = |ids: Vec<&str>| ids.len() == ids.iter().collect::<HashSet<_>>().len();
    prop_assert!(unique(feed.events.iter().map(|e| e.id.as_str()).collect()));
    prop_assert!(unique(feed.booths.iter().map(|b| b.id.as_str()).collect()));
    prop_assert!(unique(feed.venues.iter().map(|v| v.id.as_str()).collect()));
    prop_assert!(unique(
        feed.categories.iter().map(|c| c.id.as_str()).collect()
    ));
    let events: HashSet<&str> = feed.events.iter().map(|e| e.id.as_str()).collect();
    let venues: HashSet<&str> = feed.venues.iter().map(|v| v.id.as_str()).collect();
    for booth in &feed.booths {
        prop_assert!(
            events.contains(booth.event.as_str()),
            "booth {} of no event",
            booth.id
        );
        prop_assert!(booth.website.as_deref().is_none_or(is_web_url));
    }
    for event in &feed.events {
        prop_assert!(event.venue.as_deref().is_none_or(|v| venues.contains(v)));
        prop_assert!(event.source.as_deref().is_none_or(is_web_url));
        if let Schedule::Days { start, end } = event.schedule {
            prop_assert!(start <= end);
        }
    }
    prop_assert!(feed.series.url.as_deref().is_none_or(is_web_url));

    // The same text as a split feed's booth file keeps the same promises.
    let mut split = feed.clone();
    if add_booth_file(&mut split, "f.json", text).is_ok() {
        prop_assert!(unique(split.booths.iter().map(|b| b.id.as_str()).collect()));
        for booth in &split.booths {
            prop_assert!(events.contains(booth.event.as_str()));
            prop_assert!(booth.website.as_deref().is_none_or(is_web_url));
        }
    }

    // What loads serialises back to the same feed, with nothing to warn about.
    let again = serde_json::to_string(&feed).expect("a loaded feed serialises");
    let (reloaded, rewarnings) =
        load(&again).map_err(|e| TestCaseError::fail(format!("reload: {e}")))?;
    prop_assert_eq!(&reloaded, &feed);
    prop_assert!(rewarnings.is_empty(), "{:?}", rewarnings);

    let catalog = Catalog::new(feed, warnings);
    let today = NaiveDate::from_ymd_opt(2025, 9, 13).unwrap();
    let booths = catalog.feed().booths.len();
    for words in ["tui xach", "do go", "A0", "z", ""] {
        let query = BoothQuery {
            text: words.into(),
            ..BoothQuery::default()
        };
        let found = search(&catalog, &query, today);
        let listed: HashSet<u32> = found.booths.iter().copied().collect();
        prop_assert_eq!(listed.len(), found.booths.len(), "a booth listed twice");
        prop_assert!(found.booths.iter().all(|&b| (b as usize) < booths));
        if words.is_empty() {
            prop_assert_eq!(listed.len(), booths, "no words list every booth");
        }
    }
    let filter = EventFilter::default();
    let shown = filter.apply(&catalog, today);
    let _ = filter.counts(&catalog, today);
    let stamp = DateTime::from_timestamp(1_757_664_000, 0).unwrap();
    let ics = greenfair::ics::calendar(&catalog, &shown, Lang::Vi, stamp);
    prop_assert!(
        ics.split("\r\n").all(|line| line.len() <= 75),
        "an ICS line over 75 octets"
    );
    Ok(())
}

/// How long one input may take before it counts as a hang.
const HANG: Duration = Duration::from_secs(2);

/// Runs `exercise` on a thread of its own, failing on a panic and on an
/// input slower than a reader would wait for, even one that never returns
/// (its thread is then left behind; the run fails anyway).
fn check(text: &str) -> Result<(), TestCaseError> {
    let (done, outcome) = std::sync::mpsc::channel();
    let text = text.to_owned();
    let started = Instant::now();
    std::thread::spawn(move || {
        let _ = done.send(std::panic::catch_unwind(|| {
            exercise(&text).map_err(|error| error.to_string())
        }));
    });
    match outcome.recv_timeout(HANG) {
        Ok(Ok(result)) => {
            let took = started.elapsed();
            prop_assert!(took < HANG, "took {took:?}");
            result.map_err(TestCaseError::fail)
        }
        Ok(Err(_)) => Err(TestCaseError::fail("panicked")),
        Err(_) => Err(TestCaseError::fail(format!("no answer after {HANG:?}"))),
    }
}

proptest! {
    #![proptest_config(Config { cases: 300, failure_persistence: None, ..Config::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        check(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn mutated_feeds_keep_their_promises(edits in prop::collection::vec(edit(), 1..8)) {
        check(&mutate(&edits))?;
    }

    #[test]
    fn generated_feeds_keep_their_promises(feed in generated_feed()) {
        check(&feed)?;
    }
}

#[test]
fn the_seed_loads_whole() {
    let (feed, warnings) = load(SEED).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!((feed.events.len(), feed.booths.len()), (4, 2));
    check(SEED).unwrap();
}

#[test]
fn every_corpus_input_passes() {
    let mut checked = 0;
    for entry in std::fs::read_dir(CORPUS).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        if let Err(error) = check(&String::from_utf8_lossy(&bytes)) {
            panic!("{}: {error}", path.display());
        }
        checked += 1;
    }
    assert!(
        checked >= 8,
        "the corpus holds the seed and the hostile inputs"
    );
}

/// The long run behind `scripts/fuzz`: fresh seeds until the time is up.
/// A failure is shrunk by proptest and saved into the corpus.
#[test]
#[ignore = "runs for minutes; use scripts/fuzz"]
fn fuzz_for_a_while() {
    let seconds: u64 = std::env::var("GREENFAIR_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(600);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut cases = 0u64;
    let config = Config {
        cases: 2000,
        failure_persistence: None,
        ..Config::default()
    };
    while Instant::now() < deadline {
        let mut runner = TestRunner::new(config.clone());
        let strategy = prop_oneof![
            prop::collection::vec(any::<u8>(), 0..4096)
                .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
            prop::collection::vec(edit(), 1..16).prop_map(|edits| mutate(&edits)),
            generated_feed(),
        ];
        if let Err(failure) = runner.run(&strategy, |text| check(&text)) {
            let input = match &failure {
                proptest::test_runner::TestError::Fail(_, input) => input.clone(),
                proptest::test_runner::TestError::Abort(reason) => {
                    panic!("fuzzing stopped: {reason}")
                }
            };
            let name = format!("{CORPUS}/found-{:016x}.json", fxhash(&input));
            std::fs::write(&name, &input).unwrap();
            panic!("{failure}; saved as {name}");
        }
        cases += u64::from(config.cases);
        println!(
            "fuzz: {cases} cases, {:.0} s left",
            deadline
                .saturating_duration_since(Instant::now())
                .as_secs_f64()
        );
    }
    println!("fuzz: {cases} cases in {seconds} s, no failure");
}

fn fxhash(text: &str) -> u64 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut hasher = DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}
