//! Native benchmark of the booth finder: load and index a large feed, then
//! time search-plus-facet-count updates over a typed sequence. Prints
//! figures and writes them as JSON; it asserts nothing.
//!
//! ```text
//! cargo run --release --example bench_booths -- FEED.json OUT.json
//! ```

use chrono::NaiveDate;
use greenfair::booths::{search, BoothQuery};
use greenfair::catalog::Catalog;
use std::time::Instant;

/// What the visitor types, one keystroke at a time, clearing the box between
/// queries: 50 keystrokes in all (the browser benchmark types the same).
pub const QUERIES: [&str; 4] = [
    "tui xach",
    "do go noi that",
    "gom su bat trang",
    "ocop mat ong",
];

fn millis(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[rank]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (feed_path, out_path) = (&args[0], &args[1]);
    let text = std::fs::read_to_string(feed_path).expect("the feed can be read");

    // Load: the median of five full loads (parse, validate, the calendar's index).
    let mut loads = Vec::new();
    let mut catalog = None;
    for _ in 0..5 {
        let start = Instant::now();
        catalog = Some(Catalog::from_text(&text).expect("the feed loads"));
        loads.push(millis(start));
    }
    loads.sort_by(f64::total_cmp);
    let catalog = catalog.expect("loaded");
    // Index build as the widget does it: the catalog (search keys, booth index)
    // from an already validated feed; median of five.
    let (feed, warnings) = greenfair::feed::load(&text).expect("the feed loads");
    let mut builds = Vec::new();
    for _ in 0..5 {
        let (feed, warnings) = (feed.clone(), warnings.clone());
        let start = Instant::now();
        let built = Catalog::new(feed, warnings);
        // The booth index is built on first use: here, at once.
        assert!(built.booth_index().is_some());
        builds.push(millis(start));
        drop(std::hint::black_box(built));
    }
    builds.sort_by(f64::total_cmp);
    let index_only = builds[2];
    let index = catalog.booth_index().expect("built with the catalog");

    let today = NaiveDate::from_ymd_opt(2025, 9, 16).expect("a date");
    let mut updates = Vec::new();
    for c in QUERIES
        .iter()
        .flat_map(|q| q.char_indices().map(move |(i, _)| &q[..i + 1]))
    {
        let typed = c.to_owned();
        let query = BoothQuery {
            text: typed.clone(),
            ..BoothQuery::default()
        };
        let start = Instant::now();
        let results = search(&catalog, &query, today);
        updates.push(millis(start));
        std::hint::black_box(results);
    }
    updates.sort_by(f64::total_cmp);
    let report = serde_json::json!({
        "feed": feed_path,
        "booths": catalog.feed().booths.len(),
        "vocabulary": index.vocabulary_len(),
        "load_ms_median_of_5": loads[2],
        "index_build_ms_median_of_5": index_only,
        "keystrokes": updates.len(),
        "update_ms_median": percentile(&updates, 0.5),
        "update_ms_p95": percentile(&updates, 0.95),
    });
    println!("{}", serde_json::to_string_pretty(&report).expect("json"));
    std::fs::write(
        out_path,
        serde_json::to_string_pretty(&report).expect("json") + "\n",
    )
    .expect("the report can be written");
}
