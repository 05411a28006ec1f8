//! Filters and search over the demo feed, as a reader uses them.

use chrono::NaiveDate;
use greenfair::calendar::{EventFilter, When};
use greenfair::catalog::Catalog;

fn demo() -> Catalog {
    Catalog::from_text(&std::fs::read_to_string("feeds/demo.json").unwrap()).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 9, 13).unwrap()
}

fn ids(catalog: &Catalog, filter: &EventFilter) -> Vec<String> {
    filter
        .apply(catalog, today())
        .into_iter()
        .map(|i| catalog.feed().events[i].id.clone())
        .collect()
}

fn search(catalog: &Catalog, query: &str) -> Vec<String> {
    ids(
        catalog,
        &EventFilter {
            query: query.into(),
            ..EventFilter::default()
        },
    )
}

#[test]
fn searching_without_diacritics_finds_vietnamese_names() {
    let catalog = demo();
    assert_eq!(search(&catalog, "my dinh"), ["2025-09-my-dinh-do-go"]);
    assert_eq!(search(&catalog, "MỸ ĐÌNH"), ["2025-09-my-dinh-do-go"]);
    assert_eq!(
        search(&catalog, "do go"),
        ["2022-do-go-nam-tu-liem", "2025-09-my-dinh-do-go"]
    );
    assert_eq!(
        search(&catalog, "truong dinh plaza"),
        ["2023-05-truong-dinh-plaza"]
    );
}

#[test]
fn search_reaches_addresses_districts_and_booth_products() {
    let catalog = demo();
    assert_eq!(
        search(&catalog, "236 pham van dong"),
        ["2025-09-mm-thang-long-tai-che"]
    );
    // The Bát Tràng fair, and the fairs where exhibitors from Bát Tràng have booths.
    assert_eq!(search(&catalog, "bat trang")[0], "2020-gom-su-bat-trang");
    // Only booths sell "ống hút" (straws); the fairs with such booths are found.
    let straws = search(&catalog, "ong hut");
    assert!(
        straws.contains(&"2025-09-mm-thang-long-tai-che".to_owned()),
        "{straws:?}"
    );
    assert!(!straws.contains(&"2025-09-my-dinh-do-go".to_owned()));
    // English product names work too.
    assert!(search(&catalog, "paper straws").contains(&"2025-09-mm-thang-long-tai-che".to_owned()));
    assert!(search(&catalog, "khong co gi nhu the nay").is_empty());
}

#[test]
fn words_match_in_any_order_and_the_last_may_be_unfinished() {
    let catalog = demo();
    assert_eq!(search(&catalog, "dinh my"), ["2025-09-my-dinh-do-go"]);
    assert!(
        search(&catalog, "my di").contains(&"2025-09-my-dinh-do-go".to_owned()),
        "the last word may be unfinished"
    );
    assert!(
        search(&catalog, "din my").is_empty(),
        "only the last word may be unfinished"
    );
    assert!(
        search(&catalog, "inh").is_empty(),
        "a word matches at its start only"
    );
}

#[test]
fn filters_combine() {
    let catalog = demo();
    let wood = EventFilter {
        category: Some("do-go".into()),
        ..EventFilter::default()
    };
    assert_eq!(
        ids(&catalog, &wood),
        [
            "2020-may-tre-go-chuong-my",
            "2022-do-go-nam-tu-liem",
            "2025-09-my-dinh-do-go"
        ]
    );
    let upcoming_wood = EventFilter {
        when: When::Upcoming,
        ..wood.clone()
    };
    assert_eq!(ids(&catalog, &upcoming_wood), ["2025-09-my-dinh-do-go"]);
    let district = EventFilter {
        district: Some("nam tu liem".into()),
        ..wood
    };
    assert_eq!(
        ids(&catalog, &district),
        ["2022-do-go-nam-tu-liem", "2025-09-my-dinh-do-go"]
    );
    let year = EventFilter {
        year: Some(2020),
        ..EventFilter::default()
    };
    assert_eq!(ids(&catalog, &year).len(), 4);
}

#[test]
fn a_parent_category_includes_its_children_and_booth_categories_count() {
    let catalog = demo();
    // No event lists "tai-che" itself; its children do.
    let recycled = EventFilter {
        category: Some("tai-che".into()),
        ..EventFilter::default()
    };
    let found = ids(&catalog, &recycled);
    assert!(found.contains(&"2025-09-mm-thang-long-tai-che".to_owned()));
    assert!(found.contains(&"2023-05-truong-dinh-plaza".to_owned()));
    assert!(!found.contains(&"2025-09-my-dinh-do-go".to_owned()));
}

#[test]
fn counts_say_what_each_option_would_leave() {
    let catalog = demo();
    let filter = EventFilter {
        when: When::Upcoming,
        ..EventFilter::default()
    };
    let counts = filter.counts(&catalog, today());
    assert_eq!(counts.matching.len(), 4);
    // The time filter's own options are counted without it.
    assert_eq!(counts.when, [17, 4, 13]);
    let wood = catalog.category_index("do-go").unwrap();
    assert_eq!(counts.categories[wood], 1);
    let years: Vec<(i32, usize)> = counts.years.clone();
    assert_eq!(years, [(2025, 4)]);
    let nam_tu_liem = catalog.district_index("nam tu liem").unwrap();
    let district = &catalog.districts()[nam_tu_liem];
    assert_eq!(district.name.get("vi"), "Nam Từ Liêm");
    assert_eq!(counts.districts[nam_tu_liem], 1);
    // With a search, every count follows it.
    let searched = EventFilter {
        query: "do go".into(),
        ..EventFilter::default()
    }
    .counts(&catalog, today());
    assert_eq!(searched.when, [2, 1, 1]);
    assert_eq!(searched.categories[wood], 2);
}

#[test]
fn months_days_and_weekends_typed_in_the_search_find_the_fairs_on_them() {
    let catalog = demo();
    assert_eq!(search(&catalog, "thang 10"), ["2025-09-my-dinh-do-go"]);
    assert_eq!(
        search(&catalog, "tháng 5 2023"),
        ["2023-05-truong-dinh-plaza"]
    );
    assert_eq!(
        search(&catalog, "13/9"),
        [
            "2025-09-the-linc-than-thien-moi-truong",
            "2025-09-the-linc-thuc-pham"
        ]
    );
    assert_eq!(
        search(&catalog, "ngay 17/9/2025"),
        ["2025-09-mm-thang-long-tai-che"]
    );
    // Today is Saturday 13 September 2025: this weekend is the 13th and 14th.
    assert_eq!(
        search(&catalog, "cuoi tuan"),
        [
            "2025-09-the-linc-than-thien-moi-truong",
            "2025-09-the-linc-thuc-pham"
        ]
    );
    assert_eq!(
        search(&catalog, "tuan sau"),
        ["2025-09-mm-thang-long-tai-che"]
    );
    // A time and words ("thang" of "Thăng Long" is no month).
    assert_eq!(
        search(&catalog, "thang long tuan sau"),
        ["2025-09-mm-thang-long-tai-che"]
    );
    assert!(search(&catalog, "thang long cuoi tuan").is_empty());
    // A fair known by its year only is on no month in particular.
    assert!(!search(&catalog, "thang 6").contains(&"2023-ocop-phu-xuyen".to_owned()));
    assert!(search(&catalog, "thang 12").is_empty());
}
