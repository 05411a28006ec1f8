//! Server-side rendering of Greenfair Studio's steps: the HTML each one
//! draws for a given state, in both languages.

use greenfair::i18n::Lang;
use greenfair::publish::{import_sheet, read_sheet, Report};
use greenfair::studio::ui::{Studio, StudioProps};
use greenfair::studio::{
    Draft, Edit, FieldPath, ImportOutcome, List, Step, StudioAction, StudioState,
};

mod common;
use common::render_html;

/// The studio at `step` with `draft` open, after `actions`.
fn studio_at(lang: Lang, step: Step, draft: Draft, actions: Vec<StudioAction>) -> String {
    let mut state = StudioState::new(lang).after(StudioAction::Open(draft));
    for action in actions {
        state = state.after(action);
    }
    state = state.after(StudioAction::Go(step));
    render_html::<Studio>(StudioProps { start: Some(state) })
}

fn mixed() -> Draft {
    Draft {
        name: "mixed.json".into(),
        text: std::fs::read_to_string("tests/browser/fixtures/mixed.json").unwrap(),
    }
}

#[test]
fn the_check_lists_every_finding_as_the_cli_prints_it_and_shows_the_clicked_line() {
    let draft = mixed();
    let report = Report::of(&draft.name, &draft.text);
    let html = studio_at(
        Lang::Vi,
        Step::Check,
        draft,
        vec![StudioAction::ShowLine(7)],
    );
    for finding in &report.findings {
        let line = finding.to_line("mixed.json");
        assert!(html.contains(&line), "{line} in {html}");
    }
    assert!(html.contains("2 hội chợ, 1 địa điểm, 0 ngành hàng, 0 gian hàng"));
    assert!(html.contains("Dòng 7 của văn bản"));
    assert!(
        html.contains(r#"data-line="7" class="s-excerpt__line s-excerpt__line--shown""#),
        "{html}"
    );
    // Feed text is text: the fixture's markup is escaped, never parsed.
    assert!(!html.contains("<img src=x"));
}

#[test]
fn a_field_the_validator_faults_is_marked_with_its_message_beside_it() {
    let path = FieldPath::record(List::Events, 0).key("start");
    let bad_day = StudioAction::Edit(Edit::Set(path, Some(serde_json::json!("2026-02-30"))));
    let html = studio_at(Lang::En, Step::Edit, Draft::template(), vec![bad_day]);
    let field = html
        .split("<input")
        .find(|i| i.contains(r#"id="s-f-events-0-start""#))
        .unwrap_or_else(|| panic!("the first day's field in {html}"));
    assert!(field.contains(r#"aria-invalid="true""#), "{field}");
    assert!(html.contains("events[0].start: expected a date like 2025-09-12"));
    assert!(html.contains("Fair series") && html.contains("Add a venue"));
}

#[test]
fn an_import_lists_the_rows_it_did_not_place_by_number() {
    let draft = Draft::template();
    let csv = "Tên doanh nghiệp;Gian hàng\nHTX Cói;A1\nKhông mã;\n";
    let sheet = read_sheet(csv.as_bytes(), None).unwrap();
    let (text, report) = import_sheet(&draft.text, &sheet, "hoi-cho-1").unwrap();
    let outcome = ImportOutcome::Done {
        event: "hoi-cho-1".into(),
        report,
    };
    let html = studio_at(
        Lang::Vi,
        Step::Import,
        draft,
        vec![StudioAction::Imported(Ok((text, outcome)))],
    );
    assert!(
        html.contains("Đã nhập 1 gian hàng vào hoi-cho-1 (thay 0 gian hàng cũ); đọc dạng UTF-8 with ';' separators."),
        "{html}"
    );
    assert!(
        html.contains("<td>3</td><td>no exhibitor name or no booth code; not imported</td>"),
        "{html}"
    );
}

#[test]
fn publishing_waits_for_a_feed_without_errors() {
    let broken = Draft {
        name: "feed.json".into(),
        text: "{\"version\": 1,".into(),
    };
    let html = studio_at(Lang::En, Step::Publish, broken, vec![]);
    assert!(html.contains("This step needs data without errors"));
    assert!(!html.contains("Download feed.json"));
    let html = studio_at(Lang::Vi, Step::Publish, Draft::template(), vec![]);
    assert!(html.contains("Tải feed.json") && html.contains("Tải dữ liệu tách nhỏ (.zip)"));
    assert!(
        html.contains("Nhập địa chỉ web nơi sẽ đăng feed.json") && !html.contains("s-snippet"),
        "no snippet before the feed's address is known: {html}"
    );
}
