//! Server-side rendering of the booth finder: results, a booth, favourites.

use chrono::NaiveDate;
use greenfair::booths::{BoothLink, BoothQuery, Favourites};
use greenfair::catalog::Catalog;
use greenfair::i18n::Lang;
use greenfair::ui::{CatalogRef, Sections, Tab, Widget, WidgetProps};

mod common;
use common::{between, render_html};

const FEED: &str = r#"{
  "version": 1,
  "series": {"id": "t", "name": "Hội chợ xanh", "sample": true},
  "categories": [{"id": "tc", "name": {"vi": "Tái chế", "en": "Recycled"}}, {"id": "tui", "parent": "tc", "name": {"vi": "Túi xách", "en": "Bags"}}],
  "venues": [{"id": "mm", "name": "MM Mega Market", "district": "Bắc Từ Liêm"}],
  "events": [
    {"id": "mm", "name": "Hội chợ tái chế", "venue": "mm", "start": "2025-09-16", "end": "2025-09-18",
     "floor_plan": {"width": 40, "height": 20, "zones": [{"name": "Dãy A", "x": 1, "y": 1, "w": 38, "h": 10}], "entrances": [{"label": "Cổng", "x": 20, "y": 19}]}},
    {"id": "old", "name": "Hội chợ 2023", "start": "2023-05-25", "end": "2023-05-27"}
  ],
  "booths": [
    {"id": "a1", "event": "mm", "code": "A1", "exhibitor": "HTX Cói Kim Sơn", "categories": ["tui"],
     "products": [{"vi": "Túi xách cói", "en": "Sedge handbags"}, "Làn cói", "Thảm cói", "Mũ cói"],
     "description": "Túi <b>cói</b> đan tay.", "website": "https://example.com/coi", "phone": "+84 24 0000 0000",
     "email": "lienhe@example.com", "ocop_stars": 4, "position": {"x": 2, "y": 2, "w": 8, "h": 6}},
    {"id": "a2", "event": "mm", "code": "A2", "exhibitor": "Cơ sở Gốm Xanh", "products": ["Bình gốm"], "position": {"x": 12, "y": 2, "w": 8, "h": 6}},
    {"id": "o1", "event": "old", "code": "B3", "exhibitor": "HTX Cói Kim Sơn", "categories": ["tui"], "products": ["Túi cói"]}
  ]
}"#;

fn render(lang: Lang, booth_link: BoothLink) -> String {
    render_html::<Widget>(yew::props!(WidgetProps {
        feed_url: "feed.json",
        lang,
        today: NaiveDate::from_ymd_opt(2025, 9, 16),
        preloaded: CatalogRef::new(Catalog::from_text(FEED).unwrap()),
        id_prefix: "w2",
        booth_link,
        tab: Tab::Booths,
        sections: Sections::Both,
    }))
}

fn query(text: &str) -> BoothLink {
    BoothLink {
        query: BoothQuery {
            text: text.into(),
            ..BoothQuery::default()
        },
        ..BoothLink::default()
    }
}

#[test]
fn the_booth_tab_is_selected_and_the_results_are_ranked_cards() {
    let html = render(Lang::Vi, query("tui coi"));
    assert!(
        html.contains(
            r#"<button type="button" role="tab" id="w2-tab-booths" aria-selected="true""#
        ),
        "{html}"
    );
    assert!(html.contains(r#"<div role="tabpanel" id="w2-panel-booths" aria-labelledby="w2-tab-booths" class="gf-panel">"#));
    assert!(html.contains(r#"<label for="w2-booth-search" class="gf-label">Tìm gian hàng</label>"#));
    assert!(
        html.contains(r#"<p role="status" class="gf-summary">2 gian hàng</p>"#),
        "{html}"
    );
    let list = between(&html, r#"<ol class="gf-booth-list">"#, "</ol>");
    let first = list.find("Gian hàng A1").unwrap();
    let second = list.find("Gian hàng B3").unwrap();
    assert!(first < second, "the upcoming fair's booth first");
    assert!(
        list.contains("Túi xách cói, Làn cói, Thảm cói"),
        "three products on the card"
    );
    assert!(!list.contains("Mũ cói"));
    assert!(list.contains(r#"<li class="gf-chip gf-chip--ocop">OCOP 4 sao</li>"#));
    assert!(list.contains(r#"aria-pressed="false" aria-label="Lưu gian hàng: HTX Cói Kim Sơn""#));
}

#[test]
fn facets_show_counts_and_disable_empty_options() {
    let html = render(Lang::Vi, query("gom"));
    let category = between(&html, r#"<select id="w2-booth-category""#, "</select>");
    assert!(
        category.contains(r#"<option value="tui" disabled="disabled">Túi xách (0)</option>"#),
        "{category}"
    );
    let when = between(&html, r#"<select id="w2-booth-when""#, "</select>");
    assert!(
        when.contains(r#"<option value="today">Mở cửa hôm nay (1)</option>"#),
        "{when}"
    );
    assert!(
        html.contains(r#"disabled="disabled" class="gf-checkbox""#)
            && html.contains("Chỉ sản phẩm OCOP (0)")
    );
}

#[test]
fn a_chosen_fair_shows_its_floor_plan_with_matches_highlighted() {
    let link = BoothLink {
        query: BoothQuery {
            event: Some("mm".into()),
            text: "coi".into(),
            ..BoothQuery::default()
        },
        ..BoothLink::default()
    };
    let html = render(Lang::Vi, link);
    let plan = between(&html, r#"<figure class="gf-plan">"#, "</figure>");
    assert!(plan.contains(r#"viewBox="0 0 40 20""#), "{plan}");
    assert!(plan.contains(r#"aria-label="Gian hàng A1: HTX Cói Kim Sơn" class="gf-plan__booth gf-plan__booth--match""#), "{plan}");
    assert!(plan.contains(r#"aria-label="Gian hàng A2: Cơ sở Gốm Xanh" class="gf-plan__booth">"#));
    assert!(plan.contains(">Cổng</text>") && plan.contains(">Dãy A</text>"));
    let chips = between(&html, r#"aria-label="Đang lọc""#, "</div>");
    assert!(
        chips.contains(r#"aria-label="Bỏ lọc: Hội chợ tái chế""#),
        "{chips}"
    );
}

#[test]
fn a_booth_opens_with_contacts_its_fair_and_the_exhibitors_other_booths() {
    let link = BoothLink {
        booth: Some("a1".into()),
        ..BoothLink::default()
    };
    let html = render(Lang::En, link);
    let dialog = between(
        &html,
        r#"<dialog aria-labelledby="w2-booth-title""#,
        "</dialog>",
    );
    assert!(dialog.contains(">HTX Cói Kim Sơn</h3>"), "{dialog}");
    assert!(
        dialog.contains("Túi &lt;b&gt;cói&lt;/b&gt; đan tay."),
        "feed text stays text"
    );
    assert!(dialog.contains(r#"href="tel:+842400000000""#));
    assert!(dialog.contains(r#"href="mailto:lienhe@example.com""#));
    assert!(dialog
        .contains(r#"href="https://example.com/coi" target="_blank" rel="noopener noreferrer""#));
    assert!(dialog.contains(">Sedge handbags</li>"));
    assert!(dialog.contains(">See in the calendar</button>"));
    let others = between(dialog, "Other booths of this exhibitor", "</ul>");
    assert!(others.contains("Booth B3 – Hội chợ 2023"), "{others}");
}

#[test]
fn a_tolerant_match_says_what_it_shows() {
    let html = render(Lang::Vi, query("tui coj"));
    assert!(
        html.contains("Không có kết quả cho “tui coj”. Đang hiện kết quả cho “tui cói”."),
        "{html}"
    );
}

#[test]
fn a_shared_list_shows_its_booths_and_offers_to_save_them() {
    let link = BoothLink {
        shared: Some(Favourites::from_link("a2,o1")),
        ..BoothLink::default()
    };
    let html = render(Lang::Vi, link);
    let list = between(
        &html,
        r#"<section aria-labelledby="w2-favourites-title""#,
        "</section>",
    );
    assert!(list.contains("Danh sách gian hàng được chia sẻ"), "{list}");
    assert!(list.contains("2 gian hàng"));
    assert!(list.contains("Cơ sở Gốm Xanh") && list.contains("Gian hàng B3"));
    assert!(list.contains(">Lưu cả danh sách</button>"));
}

#[test]
fn the_favourites_view_of_an_empty_list_explains_how_to_save() {
    let link = BoothLink {
        favourites: true,
        ..BoothLink::default()
    };
    let html = render(Lang::En, link);
    assert!(
        html.contains("No saved booths yet. Press the star on a booth to save it."),
        "{html}"
    );
}
