//! `greenfair import` and the studio's import: an exhibitor list read as a
//! person reads it (`spreadsheet.rs`: the sheet as Excel shows it;
//! `columns.rs`: the header and what each column holds; `cells.rs`: what a
//! cell means) into one event's booths of a feed, every row not placed as
//! written said (`import_report.rs`).

use super::cells::{self, Categories, Phone};
use super::columns::{analyse, Analysis, Field, Mapping};
use super::import_report::{Changes, ImportError, ImportReport, RowIssue, RowProblem};
use super::spreadsheet::{Merge, Row, Sheet};
use crate::feed;
use crate::search::fold;
use serde_json::{json, Map, Value};
use std::collections::{HashMap, HashSet};

/// The fairs a list may be imported into, in the order an organiser looks
/// for them: those on now and to come, soonest first, then the past ones,
/// newest first (this season's fair, not 2019's, is at the top).
pub fn fairs_in_import_order(
    events: &[feed::Event],
    today: chrono::NaiveDate,
) -> Vec<&feed::Event> {
    let (mut past, mut coming): (Vec<&feed::Event>, Vec<&feed::Event>) =
        events.iter().partition(|e| e.schedule.latest_day() < today);
    coming.sort_by_key(|e| e.schedule.earliest_day());
    past.sort_by_key(|e| std::cmp::Reverse(e.schedule.earliest_day()));
    coming.extend(past);
    coming
}

/// What the organiser asked of an import beyond its columns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Empty category cells under a filled one take the category above
    /// (a CSV saved from a sheet whose category was merged down its group
    /// keeps it on the group's first row only). Never done unasked.
    pub fill_down_categories: bool,
}

/// Imports the rows of `sheet` under its header as the booths of `event`,
/// replacing those it had, with the organiser's column choices in
/// `mapping`: the new feed's text and what was done, row by row.
pub fn import_sheet(
    feed_text: &str,
    sheet: &Sheet,
    event: &str,
    mapping: &Mapping,
    options: ImportOptions,
) -> Result<(String, ImportReport), ImportError> {
    let (current, _) = feed::load(feed_text)?;
    let analysis = analyse(sheet, mapping, &current.categories);
    import_analysed(feed_text, sheet, event, analysis, options)
}

/// [`import_sheet`] with the sheet already analysed (the CLI checks its
/// `--column`s, the studio shows the columns, before importing).
pub fn import_analysed(
    feed_text: &str,
    sheet: &Sheet,
    event: &str,
    analysis: Analysis,
    options: ImportOptions,
) -> Result<(String, ImportReport), ImportError> {
    let (current, _) = feed::load(feed_text)?;
    if !current.events.iter().any(|e| e.id == event) {
        return Err(ImportError::UnknownEvent(event.to_owned()));
    }
    if !analysis.ready() {
        return Err(ImportError::Columns(Box::new(analysis)));
    }
    let header_at = analysis.first_data - analysis.header_rows;
    let above = sheet.rows[..header_at]
        .iter()
        .filter(|r| !r.is_blank())
        .map(|r| r.number)
        .collect();
    let merged = merges_imported(sheet, &analysis);
    let mut report = ImportReport {
        read_as: sheet.read_as.clone(),
        analysis,
        above,
        imported: 0,
        replaced: 0,
        restored_phones: 0,
        merged,
        blank_categories: Vec::new(),
        filled_categories: Vec::new(),
        changes: Changes::default(),
        problems: Vec::new(),
    };
    let data = &sheet.rows[report.analysis.first_data..];
    let booths = booths_of_rows(&current, data, event, options, &mut report);

    let mut document: Value =
        serde_json::from_str(feed_text.strip_prefix('\u{feff}').unwrap_or(feed_text))
            .map_err(|e| ImportError::Json(e.to_string()))?;
    let Some(object) = document.as_object_mut() else {
        return Err(ImportError::UnknownEvent(event.to_owned()));
    };
    let list = object
        .entry("booths")
        .or_insert_with(|| Value::Array(Vec::new()));
    if let Value::Array(list) = list {
        let (old, kept): (Vec<Value>, Vec<Value>) = std::mem::take(list)
            .into_iter()
            .partition(|b| b.get("event").and_then(Value::as_str) == Some(event));
        report.replaced = old.len();
        report.imported = booths.len();
        report.changes = changes(&old, &booths);
        *list = kept;
        list.extend(booths);
    }
    let output = serde_json::to_string_pretty(&document)
        .map_err(|e| ImportError::Json(e.to_string()))?
        + "\n";
    feed::load(&output).map_err(ImportError::Result)?;
    Ok((output, report))
}

/// The merged cells of imported columns that span the rows under the
/// header, with the field each fills.
fn merges_imported(sheet: &Sheet, analysis: &Analysis) -> Vec<(Field, Merge)> {
    let first = sheet
        .rows
        .get(analysis.first_data)
        .map_or(usize::MAX, |r| r.number);
    sheet
        .merges
        .iter()
        .filter(|m| m.rows.1 >= first)
        .filter_map(|m| {
            let column = analysis.columns.iter().find(|c| c.index == m.column)?;
            Some((column.field?, m.clone()))
        })
        .collect()
}

/// The booths of the rows under the header, each row that is not one (or
/// not as written) said in `report`.
fn booths_of_rows(
    current: &feed::Feed,
    rows: &[Row],
    event: &str,
    options: ImportOptions,
    report: &mut ImportReport,
) -> Vec<Value> {
    let analysis = &report.analysis;
    let column = |field: Field| analysis.column_of(field);
    let used: Vec<usize> = analysis
        .columns
        .iter()
        .filter(|c| c.field.is_some())
        .map(|c| c.index)
        .collect();
    let (exhibitor_column, code_column) = (column(Field::Exhibitor), column(Field::Code));
    let categories = Categories::new(&current.categories);
    // The codes of earlier rows, folded: "a1" and "A1" are one booth.
    let mut codes: HashSet<String> = HashSet::new();
    // Booth ids the import must not reuse: those of the other events.
    let taken: HashMap<&str, &str> = current
        .booths
        .iter()
        .filter(|b| b.event != event)
        .map(|b| (b.id.as_str(), b.event.as_str()))
        .collect();
    let mut problems = Vec::new();
    let mut restored = 0;
    let mut booths = Vec::new();
    // The category cell of the last booth with one, for the booths under
    // it whose cell is empty (a CSV saved from a merged category).
    let mut category_above = String::new();
    let (mut blank_categories, mut filled_categories) = (Vec::new(), Vec::new());
    for (position, row) in rows.iter().enumerate() {
        let number = row.number;
        let mut say = |issue: RowIssue| problems.push(RowProblem { row: number, issue });
        if row.is_blank() {
            continue;
        }
        let cells = match &row.cells {
            Ok(cells) => cells,
            Err(error) => {
                say(RowIssue::Unreadable(error.clone()));
                continue;
            }
        };
        if row.hidden {
            say(RowIssue::Hidden);
            continue;
        }
        let texts: Vec<&str> = cells.iter().map(|c| c.trim()).collect();
        let filled: Vec<&str> = texts.iter().copied().filter(|t| !t.is_empty()).collect();
        if filled.first().is_some_and(|first| cells::is_total(first)) {
            say(RowIssue::Total(filled[0].to_owned()));
            continue;
        }
        if position == 0 && cells::is_numbering(&texts) {
            say(RowIssue::Numbering);
            continue;
        }
        let cell = |column: Option<usize>| column.map(|c| row.cell(c)).filter(|v| !v.is_empty());
        if used.iter().all(|c| row.cell(*c).is_empty()) {
            say(RowIssue::NothingImported);
            continue;
        }
        let (Some(exhibitor), Some(code)) = (cell(exhibitor_column), cell(code_column)) else {
            let uncalculated = [exhibitor_column, code_column]
                .into_iter()
                .flatten()
                .any(|c| row.cell(c).is_empty() && row.uncalculated.contains(&c));
            match filled.as_slice() {
                [only] if !uncalculated => say(RowIssue::Heading((*only).to_owned())),
                _ => say(RowIssue::NoExhibitorOrCode { uncalculated }),
            }
            continue;
        };
        let (exhibitor, code) = (cells::one_line(exhibitor), cells::one_line(code));
        let code_key = fold(&code);
        if codes.contains(&code_key) {
            say(RowIssue::DuplicateCode(code));
            continue;
        }
        let id = format!("{event}-{}", code_key.replace(' ', "-"));
        // A booth of another event may already have the id this code makes:
        // the feed would then drop one of the two when it loads.
        if let Some(owner) = taken.get(id.as_str()) {
            say(RowIssue::TakenId {
                code,
                id,
                owner: (*owner).to_owned(),
            });
            continue;
        }
        codes.insert(code_key);
        let mut booth = Map::new();
        booth.insert("id".into(), json!(id));
        booth.insert("event".into(), json!(event));
        booth.insert("code".into(), json!(code));
        booth.insert("exhibitor".into(), json!(exhibitor));
        let category_cell = match cell(column(Field::Categories)) {
            Some(text) => {
                category_above = text.to_owned();
                text
            }
            None if category_above.is_empty() => "",
            None if options.fill_down_categories => {
                filled_categories.push(number);
                &category_above
            }
            None => {
                blank_categories.push(number);
                ""
            }
        };
        let read = categories.read(category_cell);
        for (name, near) in read.unknown {
            say(RowIssue::UnknownCategory(name, near));
        }
        booth.insert("categories".into(), json!(read.ids));
        let list = |value: &str| {
            value
                .split([',', ';', '|', '\n'])
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        booth.insert(
            "products".into(),
            json!(cell(column(Field::Products)).map(list).unwrap_or_default()),
        );
        if let Some(site) = cell(column(Field::Website)) {
            match cells::web_address(site) {
                Some(url) => {
                    booth.insert("website".into(), json!(url));
                }
                None => say(RowIssue::NotWebAddress(site.to_owned())),
            }
        }
        if let Some(description) = cell(column(Field::Description)) {
            booth.insert("description".into(), json!(description));
        }
        let phone = cell(column(Field::Phone)).unwrap_or("");
        match cells::phone(phone) {
            Phone::Number { text, restored: r } => {
                restored += usize::from(r);
                let found = crate::phones::phone_numbers(&text);
                if found.numbers.is_empty() {
                    say(RowIssue::NotAPhone(text.clone()));
                }
                // A short run beside whole numbers is an extension ("máy lẻ
                // 12"); a longer one is a number missing digits.
                let digits = |part: &String| part.bytes().filter(u8::is_ascii_digit).count();
                found
                    .not_numbers
                    .iter()
                    .filter(|part| !found.numbers.is_empty() && digits(part) >= 5)
                    .for_each(|part| say(RowIssue::NotAPhone(part.clone())));
                let dial: Vec<&str> = found.numbers.iter().map(|n| n.dial.as_str()).collect();
                booth.insert("phone".into(), json!(text));
                if !dial.is_empty() {
                    booth.insert("phones".into(), json!(dial));
                }
            }
            Phone::Zero => say(RowIssue::ZeroPhone),
            Phone::Lost => say(RowIssue::LostPhone(phone.to_owned())),
            Phone::Empty => {}
        }
        if let Some(email) = cell(column(Field::Email)) {
            booth.insert("email".into(), json!(email));
        }
        if let Some(stars) = cell(column(Field::OcopStars)) {
            match stars
                .trim_end_matches(|c: char| !c.is_ascii_digit())
                .parse::<u8>()
            {
                Ok(n @ 1..=5) => {
                    booth.insert("ocop_stars".into(), json!(n));
                }
                _ => say(RowIssue::BadOcop(stars.to_owned())),
            }
        }
        booths.push(Value::Object(booth));
    }
    report.problems = problems;
    report.restored_phones = restored;
    report.blank_categories = blank_categories;
    report.filled_categories = filled_categories;
    booths
}

/// How the fair's booths change: by id, those added, rewritten, removed.
fn changes(old: &[Value], new: &[Value]) -> Changes {
    let id = |b: &Value| b.get("id").and_then(Value::as_str).unwrap_or("").to_owned();
    let name = |b: &Value| {
        let exhibitor = match b.get("exhibitor") {
            Some(Value::String(name)) => name.clone(),
            Some(Value::Object(names)) => names
                .get("vi")
                .or_else(|| names.values().next())
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned(),
            _ => String::new(),
        };
        let code = b.get("code").and_then(Value::as_str).unwrap_or("");
        format!("{exhibitor} ({code})")
    };
    let before: HashMap<String, &Value> = old.iter().map(|b| (id(b), b)).collect();
    let after: HashSet<String> = new.iter().map(id).collect();
    let mut changes = Changes::default();
    for booth in new {
        match before.get(&id(booth)) {
            None => changes.added.push(name(booth)),
            Some(was) if *was != booth => changes.changed.push(name(booth)),
            Some(_) => changes.unchanged += 1,
        }
    }
    changes.removed = old
        .iter()
        .filter(|b| !after.contains(&id(b)))
        .map(name)
        .collect();
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::spreadsheet::read_sheet;

    const FEED: &str = r#"{"version": 1, "series": {"id": "s", "name": "S"},
      "categories": [{"id": "do-go", "name": {"vi": "Đồ gỗ mỹ nghệ, nội thất", "en": "Wood crafts and furniture"}},
                     {"id": "go-my-nghe", "name": "Đồ gỗ mỹ nghệ"}],
      "events": [{"id": "e", "name": "E", "year": 2030}],
      "booths": [{"id": "e-a1", "event": "e", "code": "A1", "exhibitor": "HTX Cói", "categories": [], "products": []},
                 {"id": "e-a9", "event": "e", "code": "A9", "exhibitor": "Đã rút"}]}"#;

    fn import(csv: &str) -> ImportReport {
        let sheet = read_sheet(csv.as_bytes(), None).unwrap();
        import_sheet(
            FEED,
            &sheet,
            "e",
            &Mapping::default(),
            ImportOptions::default(),
        )
        .unwrap()
        .1
    }

    #[test]
    fn the_fairs_to_come_are_offered_first_then_the_past_newest_first() {
        let text = std::fs::read_to_string("feeds/demo.json").unwrap();
        let (feed, _) = feed::load(&text).unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2025, 9, 13).unwrap();
        let ids: Vec<&str> = fairs_in_import_order(&feed.events, today)
            .into_iter()
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(
            &ids[..5],
            [
                "2025-09-the-linc-than-thien-moi-truong",
                "2025-09-the-linc-thuc-pham",
                "2025-09-mm-thang-long-tai-che",
                "2025-09-my-dinh-do-go",
                "2023-05-truong-dinh-plaza",
            ]
        );
        assert_eq!(ids.last(), Some(&"2019-son-mai-ha-thai"));
    }

    #[test]
    fn titles_totals_and_unimported_columns_are_said() {
        let csv = "SỞ CÔNG THƯƠNG HÀ NỘI;;;;\nDANH SÁCH ĐƠN VỊ THAM GIA;;;;\n;;;;\nSTT;Tên doanh nghiệp/HTX;Mã gian hàng;Nhóm hàng;Ghi chú\n(1);(2);(3);(4);(5)\n1;HTX Cói;A1;;\n2;Gỗ Đồng Kỵ;A2;Đồ gỗ mỹ nghệ, nội thất;mới\n3;;;;\nTổng cộng: 2 đơn vị;;;;\n";
        let report = import(csv);
        assert_eq!(report.imported, 2);
        assert_eq!(report.analysis.header_row, 4);
        assert_eq!(report.above, [1, 2]);
        let issues: Vec<(usize, RowIssue)> = report
            .problems
            .iter()
            .map(|p| (p.row, p.issue.clone()))
            .collect();
        assert_eq!(
            issues,
            [
                (5, RowIssue::Numbering),
                (8, RowIssue::NothingImported),
                (9, RowIssue::Total("Tổng cộng: 2 đơn vị".into()))
            ]
        );
        assert!(!report.has_problems(), "notes only");
        assert_eq!(
            report.notes(crate::i18n::Lang::En),
            [
                "header on row 4; rows 1-2 above it skipped (titles)",
                "columns not imported: STT (A), Ghi chú (E)"
            ]
        );
        assert_eq!(
            report.changes,
            Changes {
                added: vec!["Gỗ Đồng Kỵ (A2)".into()],
                changed: vec![],
                removed: vec!["Đã rút (A9)".into()],
                unchanged: 1,
            }
        );
    }

    #[test]
    fn the_columns_that_cannot_be_told_refuse_the_import_with_the_analysis() {
        let sheet = read_sheet("Cột 1;Cột 2\nCói Kim Sơn;A1\n".as_bytes(), None).unwrap();
        let Err(ImportError::Columns(analysis)) = import_sheet(
            FEED,
            &sheet,
            "e",
            &Mapping::default(),
            ImportOptions::default(),
        ) else {
            panic!("refused")
        };
        assert_eq!(analysis.missing, [Field::Exhibitor, Field::Code]);
        let mapping = Mapping {
            header_row: None,
            columns: vec![
                ("Cột 1".into(), Some(Field::Exhibitor)),
                ("cot 2".into(), Some(Field::Code)),
            ],
        };
        let (_, report) =
            import_sheet(FEED, &sheet, "e", &mapping, ImportOptions::default()).unwrap();
        assert_eq!(report.imported, 1);
    }
}
