//! `greenfair import` and the studio's import: an exhibitor list read as a
//! person reads it (`spreadsheet.rs`: the sheet as Excel shows it;
//! `columns.rs`: the header and what each column holds; `cells.rs`: what a
//! cell means) into one event's booths of a feed, every row not placed as
//! written said (`import_report.rs`).

use super::cells::{self, Categories, Phone};
use super::columns::{analyse, Analysis, Field, Mapping};
use super::import_report::{Changes, ImportError, ImportReport, RowIssue, RowProblem};
use super::spreadsheet::{Row, Sheet};
use crate::feed;
use crate::search::fold;
use serde_json::{json, Map, Value};
use std::collections::{HashMap, HashSet};

/// Imports the rows of `sheet` under its header as the booths of `event`,
/// replacing those it had, with the organiser's column choices in
/// `mapping`: the new feed's text and what was done, row by row.
pub fn import_sheet(
    feed_text: &str,
    sheet: &Sheet,
    event: &str,
    mapping: &Mapping,
) -> Result<(String, ImportReport), ImportError> {
    import_analysed(feed_text, sheet, event, analyse(sheet, mapping))
}

/// [`import_sheet`] with the sheet already analysed (the CLI checks its
/// `--column`s, the studio shows the columns, before importing).
pub fn import_analysed(
    feed_text: &str,
    sheet: &Sheet,
    event: &str,
    analysis: Analysis,
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
    let mut report = ImportReport {
        read_as: sheet.read_as.clone(),
        analysis,
        above,
        imported: 0,
        replaced: 0,
        restored_phones: 0,
        changes: Changes::default(),
        problems: Vec::new(),
    };
    let booths = booths_of_rows(
        &current,
        &sheet.rows[report.analysis.first_data..],
        event,
        &mut report,
    );

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

/// The booths of the rows under the header, each row that is not one (or
/// not as written) said in `report`.
fn booths_of_rows(
    current: &feed::Feed,
    rows: &[Row],
    event: &str,
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
        let read = categories.read(cell(column(Field::Categories)).unwrap_or(""));
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
                booth.insert("phone".into(), json!(text));
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
        import_sheet(FEED, &sheet, "e", &Mapping::default())
            .unwrap()
            .1
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
        let Err(ImportError::Columns(analysis)) =
            import_sheet(FEED, &sheet, "e", &Mapping::default())
        else {
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
        let (_, report) = import_sheet(FEED, &sheet, "e", &mapping).unwrap();
        assert_eq!(report.imported, 1);
    }
}
