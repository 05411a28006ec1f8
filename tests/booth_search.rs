//! The booth finder's matcher, ranking, tolerant matching and facet counts.

use chrono::NaiveDate;
use greenfair::booths::{search, BoothQuery, BoothWhen};
use greenfair::catalog::Catalog;
use unicode_normalization::UnicodeNormalization;

fn demo() -> Catalog {
    Catalog::from_text(&std::fs::read_to_string("feeds/demo.json").unwrap()).unwrap()
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn text(catalog: &Catalog, words: &str) -> Vec<u32> {
    run(catalog, words).booths
}

/// Every text of a booth, folded, for checking what a result contains.
fn haystack(catalog: &Catalog, booth: u32) -> String {
    let b = &catalog.feed().booths[booth as usize];
    let mut all: Vec<String> = b.exhibitor.variants().map(str::to_owned).collect();
    all.push(b.code.clone());
    all.extend(
        b.products
            .iter()
            .flat_map(|p| p.variants().map(str::to_owned)),
    );
    all.extend(
        b.description
            .iter()
            .flat_map(|d| d.variants().map(str::to_owned)),
    );
    for id in &b.categories {
        let category = catalog.category(id).unwrap();
        all.extend(category.name.variants().map(str::to_owned));
        if let Some(parent) = category.parent.as_deref().and_then(|p| catalog.category(p)) {
            all.extend(parent.name.variants().map(str::to_owned));
        }
    }
    greenfair::search::fold(&all.join(" "))
}

#[test]
fn no_diacritic_queries_find_vietnamese_products() {
    let catalog = demo();
    let bags = text(&catalog, "tui xach");
    assert!(bags.len() >= 20, "{}", bags.len());
    for &b in &bags {
        let hay = haystack(&catalog, b);
        assert!(hay.contains("tui") && hay.contains("xach"), "{hay}");
    }
    let wood = text(&catalog, "do go");
    let wood_fair = catalog.event_index("2025-09-my-dinh-do-go").unwrap() as u32;
    let at_wood_fair = wood
        .iter()
        .filter(|&&b| catalog.booth_index().unwrap().event[b as usize] == wood_fair)
        .count();
    assert_eq!(
        at_wood_fair, 120,
        "every booth of the wood fair is in a wood category"
    );
}

#[test]
fn case_nfd_and_d_with_stroke_do_not_matter() {
    let catalog = demo();
    let plain = text(&catalog, "do go");
    assert_eq!(text(&catalog, "ĐỒ GỖ"), plain);
    assert_eq!(text(&catalog, &"đồ gỗ".nfd().collect::<String>()), plain);
}

#[test]
fn words_match_at_their_start_in_any_order() {
    let catalog = demo();
    assert_eq!(text(&catalog, "xach tui"), text(&catalog, "tui xach"));
    let tui = text(&catalog, "tui");
    assert!(
        tui.len() > text(&catalog, "tui xach").len(),
        "a prefix finds more"
    );
    let inner = search(
        &catalog,
        &BoothQuery {
            text: "ui".into(),
            ..BoothQuery::default()
        },
        day("2025-09-13"),
    );
    assert!(
        inner.corrected.is_some(),
        "a word matches at its start only: what \"ui\" shows is a correction"
    );
    // Booth codes are words too.
    assert!(!text(&catalog, "a01").is_empty());
}

const RANKING: &str = r#"{
  "version": 1,
  "series": {"id": "r", "name": "R"},
  "categories": [{"id": "tc", "name": "Thủ công"}, {"id": "gom", "name": "Gốm sứ", "parent": "tc"}],
  "events": [
    {"id": "past", "name": "Past", "start": "2025-05-01"},
    {"id": "soon", "name": "Soon", "start": "2025-10-01"}
  ],
  "booths": [
    {"id": "d", "event": "soon", "code": "A1", "exhibitor": "Cơ sở Lụa", "description": "Có bán ít gốm"},
    {"id": "c", "event": "soon", "code": "B2", "exhibitor": "HTX Mây", "categories": ["gom"]},
    {"id": "n", "event": "past", "code": "A1", "exhibitor": "Gốm Chu Đậu"},
    {"id": "m", "event": "soon", "code": "A10", "exhibitor": "Gốm Bát Tràng"},
    {"id": "k", "event": "soon", "code": "A2", "exhibitor": "Gốm Phù Lãng", "ocop_stars": 4}
  ]
}"#;

#[test]
fn names_and_categories_rank_before_descriptions_then_upcoming_fairs_then_codes() {
    let catalog = Catalog::from_text(RANKING).unwrap();
    let found = search(
        &catalog,
        &BoothQuery {
            text: "gom".into(),
            ..BoothQuery::default()
        },
        day("2025-09-13"),
    );
    let ids: Vec<&str> = found
        .booths
        .iter()
        .map(|&b| catalog.feed().booths[b as usize].id.as_str())
        .collect();
    // Name matches: upcoming fair first (A2 before A10), then the past fair;
    // then the category match; the description match last.
    assert_eq!(ids, ["k", "m", "n", "c", "d"]);
}

#[test]
fn a_near_miss_is_corrected_and_said() {
    let catalog = demo();
    let found = search(
        &catalog,
        &BoothQuery {
            text: "tui sach".into(),
            ..BoothQuery::default()
        },
        day("2025-09-13"),
    );
    assert_eq!(found.corrected.as_deref(), Some("tui xách"));
    assert_eq!(found.booths, text(&catalog, "tui xach"));
    let nothing = search(
        &catalog,
        &BoothQuery {
            text: "qqqq zzzz".into(),
            ..BoothQuery::default()
        },
        day("2025-09-13"),
    );
    assert!(nothing.booths.is_empty() && nothing.corrected.is_none());
}

#[test]
fn facets_count_with_the_other_facets_and_a_parent_includes_its_children() {
    let catalog = Catalog::from_text(RANKING).unwrap();
    let today = day("2025-10-01");
    let all = search(&catalog, &BoothQuery::default(), today);
    assert_eq!(all.booths.len(), 5);
    let tc = catalog.category_index("tc").unwrap();
    let gom = catalog.category_index("gom").unwrap();
    assert_eq!(
        (all.counts.categories[tc], all.counts.categories[gom]),
        (1, 1)
    );
    assert_eq!(all.counts.events, [1, 4]);
    assert_eq!(all.counts.when, [5, 4, 4]);
    assert_eq!(all.counts.ocop, 1);

    let parent = BoothQuery {
        category: Some("tc".into()),
        ..BoothQuery::default()
    };
    assert_eq!(search(&catalog, &parent, today).booths.len(), 1);

    let ocop_today = BoothQuery {
        ocop: true,
        when: BoothWhen::Today,
        ..BoothQuery::default()
    };
    let found = search(&catalog, &ocop_today, today);
    assert_eq!(found.booths.len(), 1);
    // The time facet's own counts ignore the time facet but keep OCOP.
    assert_eq!(found.counts.when, [1, 1, 1]);
    // The events facet counts OCOP booths of each fair open today.
    assert_eq!(found.counts.events, [0, 1]);

    let past_event = BoothQuery {
        event: Some("past".into()),
        ..BoothQuery::default()
    };
    let found = search(&catalog, &past_event, today);
    assert_eq!(found.booths.len(), 1);
    assert_eq!(found.counts.when, [1, 0, 0]);
}

/// A pace that is always due and counts its pauses.
#[derive(Default)]
struct EveryStep(usize);

impl greenfair::pace::Pace for EveryStep {
    fn due(&mut self) -> bool {
        true
    }

    async fn pause(&mut self) {
        self.0 += 1;
    }
}

#[test]
fn the_widgets_load_leaves_the_booth_index_to_be_built_in_slices() {
    use greenfair::pace::{unpaced, Unpaced};
    let demo_text = std::fs::read_to_string("feeds/demo.json").unwrap();
    let (feed, warnings) = greenfair::feed::load(&demo_text).unwrap();
    let catalog = unpaced(Catalog::new_paced(feed, warnings, &mut Unpaced));
    assert!(
        !catalog.has_booth_index(),
        "the widget's load builds no booth index"
    );
    let words = vec!["gom".to_owned()];
    assert!(
        !catalog.events_with_matching_booths(&words).contains(&true),
        "the calendar's search does not build it in the middle of a keystroke"
    );
    let mut pace = EveryStep::default();
    unpaced(catalog.index_booths(&mut pace));
    assert!(catalog.has_booth_index());
    assert!(
        pace.0 >= catalog.feed().booths.len(),
        "{} pauses while indexing {} booths",
        pace.0,
        catalog.feed().booths.len()
    );
    assert!(catalog.events_with_matching_booths(&words).contains(&true));
    assert_eq!(text(&catalog, "tui xach"), text(&demo(), "tui xach"));
    assert!(
        demo().has_booth_index(),
        "the tools' catalog has it at once"
    );
}

/// The search as a reader runs it, with what it says.
fn run(catalog: &Catalog, words: &str) -> greenfair::booths::BoothResults {
    search(
        catalog,
        &BoothQuery {
            text: words.into(),
            ..BoothQuery::default()
        },
        day("2025-09-13"),
    )
}

fn booths_at(catalog: &Catalog, event: &str) -> Vec<u32> {
    let mut at: Vec<u32> = (0..catalog.feed().booths.len() as u32)
        .filter(|&b| catalog.feed().booths[b as usize].event == event)
        .collect();
    at.sort_unstable();
    at
}

#[test]
fn venue_names_find_the_booths_there_without_a_correction() {
    let catalog = demo();
    for (query, events) in [
        ("my dinh", vec!["2025-09-my-dinh-do-go"]),
        (
            "the linc",
            vec![
                "2025-09-the-linc-than-thien-moi-truong",
                "2025-09-the-linc-thuc-pham",
            ],
        ),
        ("mega market", vec!["2025-09-mm-thang-long-tai-che"]),
    ] {
        let found = run(&catalog, query);
        assert_eq!(found.corrected, None, "{query}: nothing was corrected");
        let mut booths = found.booths.clone();
        booths.sort_unstable();
        let mut wanted: Vec<u32> = events.iter().flat_map(|e| booths_at(&catalog, e)).collect();
        wanted.sort_unstable();
        assert_eq!(booths.len(), wanted.len(), "{query}");
        assert_eq!(booths, wanted, "{query}: the booths at the venue");
    }
    assert_eq!(run(&catalog, "my dinh").booths.len(), 120);
    // A place and words: the wood booths at Mỹ Đình, a subset of them.
    let wood = run(&catalog, "ban go my dinh");
    assert!(
        !wood.booths.is_empty() && wood.booths.len() < 120,
        "{}",
        wood.booths.len()
    );
    assert!(wood
        .booths
        .iter()
        .all(|&b| catalog.feed().booths[b as usize].event == "2025-09-my-dinh-do-go"));
}

#[test]
fn a_correction_keeps_the_first_letter_and_real_typos_are_still_corrected() {
    let catalog = demo();
    let typo = run(&catalog, "tuj vai");
    assert_eq!(typo.corrected.as_deref(), Some("túi vai"));
    assert!(!typo.booths.is_empty());
    let chair = run(&catalog, "ghe go");
    assert_ne!(
        chair.corrected.as_deref(),
        Some("nghệ go"),
        "'ghe' is not made 'nghệ'"
    );
}

#[test]
fn the_ocop_filter_and_a_search_for_ocop_find_the_same_booths() {
    let catalog = demo();
    let searched = run(&catalog, "ocop");
    let filtered = search(
        &catalog,
        &BoothQuery {
            ocop: true,
            ..BoothQuery::default()
        },
        day("2025-09-13"),
    );
    assert!(!searched.booths.is_empty());
    let (mut a, mut b) = (searched.booths.clone(), filtered.booths.clone());
    a.sort_unstable();
    b.sort_unstable();
    assert_eq!(a, b, "the same booths");
    assert_eq!(
        searched.counts.ocop,
        searched.booths.len(),
        "the facet's count agrees"
    );
}
