//! `greenfair import` and the studio's import: exhibitor lists from
//! spreadsheets (`spreadsheet.rs` reads .xlsx and CSV; Vietnamese or
//! English headers), into one event's booths of a feed.

use super::spreadsheet::{read_sheet, Sheet};
use crate::feed::{self, FeedError};
use crate::search::fold;
use serde_json::{json, Map, Value};
use std::collections::{HashMap, HashSet};

/// Why an import cannot be done at all (the feed file is then left as it was).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The feed to import into does not load.
    #[error("the feed does not load: {0}")]
    Feed(#[from] FeedError),
    /// The feed has no event with that id.
    #[error("the feed has no event with the id \"{0}\"")]
    UnknownEvent(String),
    /// The spreadsheet lacks a column the booths need.
    #[error("the spreadsheet has no {0} column (headers read: {1})")]
    MissingColumn(&'static str, String),
    /// The spreadsheet is not CSV.
    #[error("the spreadsheet cannot be read as CSV: {0}")]
    Csv(#[from] csv::Error),
    /// The workbook cannot be read.
    #[error("the workbook cannot be read: {0}")]
    Workbook(String),
    /// The workbook has no sheet of that name.
    #[error("the workbook has no sheet \"{0}\" (sheets: {1})")]
    NoSheet(String, String),
    /// The feed's JSON could not be rewritten.
    #[error("the feed cannot be rewritten: {0}")]
    Json(#[from] serde_json::Error),
    /// The result would not load (a bug, or a feed edited meanwhile).
    #[error("the imported feed would not load: {0}")]
    Result(FeedError),
}

/// A spreadsheet row that could not be placed, or was placed with a change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    /// The row's number as the spreadsheet shows it (the header is row 1).
    pub row: usize,
    /// What is wrong, and whether the row was imported.
    pub message: String,
}

/// What an import did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportReport {
    /// How the spreadsheet was read: its encoding and separator, or its sheet.
    pub read_as: String,
    /// Booths imported.
    pub imported: usize,
    /// Booths of the event that the import replaced.
    pub replaced: usize,
    /// Rows not imported, or imported with a change, by row number.
    pub problems: Vec<RowProblem>,
}

/// The columns greenfair knows, with the headers organisers write for them
/// (compared without case or diacritics).
const COLUMNS: [(&str, &[&str]); 9] = [
    (
        "exhibitor",
        &[
            "ten doanh nghiep",
            "doanh nghiep",
            "ten don vi",
            "don vi",
            "ten co so",
            "exhibitor",
            "company",
            "business",
        ],
    ),
    (
        "code",
        &[
            "gian hang",
            "ma gian hang",
            "so gian hang",
            "booth",
            "booth code",
            "code",
        ],
    ),
    ("products", &["san pham", "mat hang", "products", "product"]),
    (
        "categories",
        &[
            "nhom hang",
            "nganh hang",
            "danh muc",
            "category",
            "categories",
        ],
    ),
    ("description", &["mo ta", "gioi thieu", "description"]),
    ("website", &["website", "trang web", "web"]),
    (
        "phone",
        &["dien thoai", "so dien thoai", "sdt", "phone", "telephone"],
    ),
    ("email", &["email", "e mail", "thu dien tu"]),
    ("ocop_stars", &["ocop", "sao ocop", "ocop stars"]),
];

/// A website cell as the widget can link it: an `http(s)` address as
/// written, a bare domain ("gomsu.vn", "www.gomsu.vn/shop", as spreadsheets
/// often hold them) with `https://` in front; `None` for anything else.
fn web_address(value: &str) -> Option<String> {
    if feed::is_web_url(value) {
        return Some(value.to_owned());
    }
    let (host, _) = value.split_once('/').unwrap_or((value, ""));
    let (name, port) = host.split_once(':').unwrap_or((host, "0"));
    let labels_ok = name.split('.').count() >= 2
        && name.split('.').all(|label| {
            !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    let bare = labels_ok
        && port.chars().all(|c| c.is_ascii_digit())
        && !value.chars().any(char::is_whitespace);
    bare.then(|| format!("https://{value}"))
}

/// Imports the booths of `spreadsheet` (.xlsx, its first sheet; or CSV)
/// into `event` of the feed: returns the new feed text and what was done.
/// The event's previous booths are replaced, so a corrected spreadsheet can
/// be imported again.
pub fn import_booths(
    feed_text: &str,
    spreadsheet: &[u8],
    event: &str,
) -> Result<(String, ImportReport), ImportError> {
    import_sheet(feed_text, &read_sheet(spreadsheet, None)?, event)
}

/// Imports the rows of `sheet` as the booths of `event`, replacing those it
/// had: the new feed's text and what was done, row by row.
pub fn import_sheet(
    feed_text: &str,
    sheet: &Sheet,
    event: &str,
) -> Result<(String, ImportReport), ImportError> {
    let (current, _) = feed::load(feed_text)?;
    if !current.events.iter().any(|e| e.id == event) {
        return Err(ImportError::UnknownEvent(event.to_owned()));
    }
    let headers: Vec<String> = sheet.headers.iter().map(|h| fold(h)).collect();
    let column = |name: &str| {
        let names = COLUMNS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, names)| *names)
            .unwrap_or(&[]);
        headers.iter().position(|h| names.contains(&h.as_str()))
    };
    let read = headers.join(", ");
    let exhibitor_column = column("exhibitor")
        .ok_or_else(|| ImportError::MissingColumn("exhibitor (Tên doanh nghiệp)", read.clone()))?;
    let code_column = column("code")
        .ok_or_else(|| ImportError::MissingColumn("booth code (Gian hàng)", read.clone()))?;

    // Categories by their names in any language, or by id, without diacritics.
    let mut categories: Vec<(String, String)> = Vec::new();
    for c in &current.categories {
        categories.push((fold(&c.id), c.id.clone()));
        for name in c.name.variants() {
            categories.push((fold(name), c.id.clone()));
        }
    }

    let mut report = ImportReport {
        read_as: sheet.read_as.clone(),
        imported: 0,
        replaced: 0,
        problems: Vec::new(),
    };
    let mut booths: Vec<Value> = Vec::new();
    // The codes of earlier rows, folded: "a1" and "A1" are one booth.
    let mut codes: HashSet<String> = HashSet::new();
    // Booth ids the import must not reuse: those of the other events.
    let taken: HashMap<&str, &str> = current
        .booths
        .iter()
        .filter(|b| b.event != event)
        .map(|b| (b.id.as_str(), b.event.as_str()))
        .collect();
    for (row, record) in &sheet.rows {
        let row = *row;
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                report.problems.push(RowProblem {
                    row,
                    message: format!("unreadable ({error}); not imported"),
                });
                continue;
            }
        };
        let cell = |column: Option<usize>| {
            column
                .and_then(|c| record.get(c))
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
        };
        if record.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        let (Some(exhibitor), Some(code)) = (cell(Some(exhibitor_column)), cell(Some(code_column)))
        else {
            report.problems.push(RowProblem {
                row,
                message: "no exhibitor name or no booth code; not imported".into(),
            });
            continue;
        };
        let code_key = fold(code);
        if codes.contains(&code_key) {
            report.problems.push(RowProblem {
                row,
                message: format!(
                    "booth code \"{code}\" is already used by an earlier row; not imported"
                ),
            });
            continue;
        }
        let id = format!("{event}-{}", code_key.replace(' ', "-"));
        // A booth of another event may already have the id this code makes:
        // the feed would then drop one of the two when it loads.
        if let Some(owner) = taken.get(id.as_str()) {
            report.problems.push(RowProblem {
                row,
                message: format!(
                    "booth code \"{code}\" makes the id {id}, which a booth of event {owner} already has; not imported"
                ),
            });
            continue;
        }
        codes.insert(code_key);
        let mut booth = Map::new();
        booth.insert("id".into(), json!(id));
        booth.insert("event".into(), json!(event));
        booth.insert("code".into(), json!(code));
        booth.insert("exhibitor".into(), json!(exhibitor));
        let list = |value: &str| {
            value
                .split([',', ';', '|', '\n'])
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        let mut category_ids = Vec::new();
        for name in cell(column("categories")).map(list).unwrap_or_default() {
            let name_key = fold(&name);
            match categories.iter().find(|(key, _)| *key == name_key) {
                Some((_, id)) if !category_ids.contains(id) => category_ids.push(id.clone()),
                Some(_) => {}
                None => report.problems.push(RowProblem {
                    row,
                    message: format!("no category is called \"{name}\"; imported without it"),
                }),
            }
        }
        booth.insert("categories".into(), json!(category_ids));
        booth.insert(
            "products".into(),
            json!(cell(column("products")).map(list).unwrap_or_default()),
        );
        if let Some(site) = cell(column("website")) {
            match web_address(site) {
                Some(url) => {
                    booth.insert("website".into(), json!(url));
                }
                None => report.problems.push(RowProblem {
                    row,
                    message: format!(
                        "website \"{site}\" is not a web address; imported without it"
                    ),
                }),
            }
        }
        for (field, value) in [
            ("description", cell(column("description"))),
            ("phone", cell(column("phone"))),
            ("email", cell(column("email"))),
        ] {
            if let Some(value) = value {
                booth.insert(field.into(), json!(value));
            }
        }
        if let Some(stars) = cell(column("ocop_stars")) {
            match stars
                .trim_end_matches(|c: char| !c.is_ascii_digit())
                .parse::<u8>()
            {
                Ok(n @ 1..=5) => {
                    booth.insert("ocop_stars".into(), json!(n));
                }
                _ => report.problems.push(RowProblem {
                    row,
                    message: format!(
                        "OCOP stars \"{stars}\" are not 1 to 5; imported without them"
                    ),
                }),
            }
        }
        booths.push(Value::Object(booth));
    }

    let mut document: Value =
        serde_json::from_str(feed_text.strip_prefix('\u{feff}').unwrap_or(feed_text))?;
    let Some(object) = document.as_object_mut() else {
        return Err(ImportError::UnknownEvent(event.to_owned()));
    };
    let list = object
        .entry("booths")
        .or_insert_with(|| Value::Array(Vec::new()));
    if let Value::Array(list) = list {
        let before = list.len();
        list.retain(|b| b.get("event").and_then(Value::as_str) != Some(event));
        report.replaced = before - list.len();
        report.imported = booths.len();
        list.extend(booths);
    }
    let output = serde_json::to_string_pretty(&document)? + "\n";
    feed::load(&output).map_err(ImportError::Result)?;
    Ok((output, report))
}
