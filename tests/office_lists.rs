//! The second office's list (issue 29), as offices make it and written by
//! programs other than greenfair's own (`tests/fixtures/offices/make.py`:
//! xlwt's Excel 97-2003 .xls, odfpy's .ods, openpyxl's .xlsx, LibreOffice
//! Calc's .xlsx, and the
//! Windows-1258 CSV Excel saves, its tones as combining marks, `;`, CRLF),
//! imported by the `greenfair` program into the demo feed's Mỹ Đình fair.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const FAIR: &str = "2025-09-my-dinh-do-go";

/// A copy of the demo feed in a scratch folder of its own.
fn demo_copy(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("greenfair-office-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let feed = dir.join("feed.json");
    std::fs::copy("feeds/demo.json", &feed).unwrap();
    feed
}

fn import(file: &str, feed: &Path, extra: &[&str]) -> Output {
    let list = format!("tests/fixtures/offices/{file}");
    Command::new(env!("CARGO_BIN_EXE_greenfair"))
        .args(["import", "--event", FAIR, "--into"])
        .arg(feed)
        .args(extra)
        .arg(list)
        .output()
        .expect("the tool runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The fair's booths in the feed file, by code.
fn booths(feed: &Path) -> Vec<Value> {
    let feed: Value = serde_json::from_str(&std::fs::read_to_string(feed).unwrap()).unwrap();
    let mut booths: Vec<Value> = feed["booths"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["event"] == FAIR)
        .cloned()
        .collect();
    booths.sort_by_key(|b| b["code"].as_str().unwrap_or("").to_owned());
    booths
}

fn codes(booths: &[Value]) -> Vec<&str> {
    booths.iter().map(|b| b["code"].as_str().unwrap()).collect()
}

fn categories(booths: &[Value]) -> Vec<String> {
    booths
        .iter()
        .map(|b| {
            b["categories"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c.as_str().unwrap())
                .collect::<Vec<_>>()
                .join("+")
        })
        .collect()
}

fn phones(booth: &Value) -> Vec<&str> {
    booth["phones"]
        .as_array()
        .map(|list| list.iter().map(|p| p.as_str().unwrap()).collect())
        .unwrap_or_default()
}

/// The second office's categories, booth by booth: each group's merged
/// category on every row of it.
const SECOND_OFFICE_CATEGORIES: [&str; 7] = [
    "gom-su",
    "gom-su",
    "gom-su",
    "may-tre-dan",
    "may-tre-dan",
    "thuc-pham",
    "thuc-pham",
];

/// What every reading of the second office's list must give.
fn assert_second_office(feed: &Path, output: &Output) {
    let booths = booths(feed);
    let log = stderr(output);
    assert_eq!(
        codes(&booths),
        ["B01", "B02", "B03", "B04", "B05", "B06", "B07"],
        "\"Gian số\" is the booth code; the hidden row B99 and the total are not booths: {log}"
    );
    assert_eq!(
        categories(&booths),
        SECOND_OFFICE_CATEGORIES,
        "the category merged down its group reaches every row: {log}"
    );
    assert_eq!(phones(&booths[0]), ["0912345678"], "typed as a number");
    assert_eq!(booths[1]["phone"], "0912 345 678 - 0988 123 456");
    assert_eq!(phones(&booths[1]), ["0912345678", "0988123456"]);
    assert_eq!(phones(&booths[2]), ["0912345678", "02438567890"]);
    assert_eq!(
        phones(&booths[3]),
        ["02433840123"],
        "a landline typed as a number"
    );
    assert_eq!(phones(&booths[4]), ["+84912000111"]);
    assert!(
        phones(&booths[5]).is_empty(),
        "\"1234\" is no number to call"
    );
    assert_eq!(phones(&booths[6]), ["0977111222", "0966333444"]);
    assert!(
        log.contains(":11: \"1234\" in the phone cell is not a whole phone number"),
        "{log}"
    );
    assert!(log.contains(":13: hidden in Excel; not imported"), "{log}");
}

#[test]
fn an_excel_97_2003_workbook_from_xlwt_imports_with_its_merged_categories_and_phones() {
    let feed = demo_copy("xls");
    let output = import("second-office.xls", &feed, &[]);
    assert_second_office(&feed, &output);
    let log = stderr(&output);
    assert!(
        log.contains("read as xls, sheet \"Danh sách\"")
            || String::from_utf8_lossy(&output.stdout).contains("read as xls, sheet \"Danh sách\"")
    );
    assert!(
        log.contains("Categories: merged cell D6:D8 applies to 3 rows"),
        "{log}"
    );
    assert!(
        log.contains("Categories: merged cell D9:D10 applies to 2 rows"),
        "{log}"
    );
}

#[test]
fn an_opendocument_sheet_from_odfpy_imports_alike() {
    let feed = demo_copy("ods");
    let output = import("second-office.ods", &feed, &["--lang", "vi"]);
    assert_second_office_vi(&feed, &output);
    assert!(
        stderr(&output).contains("Ngành hàng: ô gộp D6:D8 áp cho 3 dòng"),
        "{}",
        stderr(&output)
    );
}

/// The same checks where the report is in Vietnamese.
fn assert_second_office_vi(feed: &Path, output: &Output) {
    let booths = booths(feed);
    assert_eq!(codes(&booths).len(), 7, "{}", stderr(output));
    assert_eq!(categories(&booths)[1], "gom-su");
    assert_eq!(phones(&booths[2]), ["0912345678", "02438567890"]);
    assert!(
        stderr(output).contains(":13: đang bị ẩn"),
        "{}",
        stderr(output)
    );
}

#[test]
fn an_openpyxl_workbook_imports_alike() {
    let feed = demo_copy("xlsx");
    let output = import("second-office.xlsx", &feed, &[]);
    assert_second_office(&feed, &output);
    assert!(stderr(&output).contains("Categories: merged cell D11:D12 applies to 2 rows"));
}

#[test]
fn the_same_list_saved_as_xlsx_by_libreoffice_imports_alike() {
    // LibreOffice writes a hidden row as hidden="true", Excel as hidden="1".
    let feed = demo_copy("libreoffice");
    let output = import("second-office-libreoffice.xlsx", &feed, &[]);
    assert_second_office(&feed, &output);
    assert!(stderr(&output).contains("Categories: merged cell D6:D8 applies to 3 rows"));
}

#[test]
fn the_csv_excel_saves_says_its_blank_categories_and_fills_them_only_when_asked() {
    let feed = demo_copy("csv");
    let output = import("second-office-windows-1258.csv", &feed, &[]);
    let log = stderr(&output);
    let booths_read = booths(&feed);
    assert_eq!(codes(&booths_read).len(), 7, "{log}");
    assert_eq!(
        booths_read[0]["exhibitor"], "HTX Gốm Bát Tràng",
        "the combining tones are read as the letters they mark"
    );
    assert_eq!(
        categories(&booths_read),
        ["gom-su", "", "", "may-tre-dan", "", "thuc-pham", ""],
        "never filled silently"
    );
    assert!(
        log.contains("categories: rows 7-8, 10, 12 have none, under a row that has one"),
        "{log}"
    );
    assert!(log.contains("--fill-down categories"), "{log}");
    assert_eq!(phones(&booths_read[1]), ["0912345678", "0988123456"]);

    let feed = demo_copy("csv-filled");
    let output = import(
        "second-office-windows-1258.csv",
        &feed,
        &["--fill-down", "categories", "--lang", "vi"],
    );
    let log = stderr(&output);
    assert_eq!(
        categories(&booths(&feed)),
        SECOND_OFFICE_CATEGORIES,
        "{log}"
    );
    assert!(
        log.contains("ngành hàng: dòng 7-8, 10, 12 lấy ngành hàng của dòng trên, theo yêu cầu"),
        "{log}"
    );
}

#[test]
fn columns_whose_headers_say_nothing_are_told_by_their_values() {
    let feed = demo_copy("values");
    let output = import("unknown-headers.csv", &feed, &["--lang", "vi"]);
    let log = stderr(&output);
    for said in [
        "Ký hiệu (B) → mã gian hàng: đoán theo giá trị (GH-01, GH-02, GH-03)",
        "Mục (C) → ngành hàng: đoán theo giá trị",
        "Liên lạc (D) → điện thoại: đoán theo giá trị",
        "Hộp thư (E) → email: đoán theo giá trị",
        "Trang (F) → trang web: đoán theo giá trị",
    ] {
        assert!(log.contains(said), "{said} in {log}");
    }
    let booths = booths(&feed);
    assert_eq!(codes(&booths), ["GH-01", "GH-02", "GH-03", "GH-04"]);
    assert_eq!(booths[0]["email"], "gom@battrang.vn");
    assert_eq!(booths[0]["website"], "https://gombattrang.vn");
    assert_eq!(categories(&booths)[1], "may-tre-dan");
    assert_eq!(phones(&booths[2]), ["02438567890"]);
}

#[test]
fn a_file_that_is_no_spreadsheet_is_said_for_what_it_is_never_its_bytes() {
    let before = std::fs::read_to_string("feeds/demo.json").unwrap();
    for (file, en, vi) in [
        (
            "not-a-list.docx",
            "this file is a text document (Word), not a spreadsheet",
            "tệp này là một văn bản (Word), không phải bảng tính",
        ),
        (
            "not-a-list.pdf",
            "this file is a PDF, not a spreadsheet",
            "tệp này là một tệp PDF, không phải bảng tính",
        ),
        (
            "not-a-list.png",
            "this file is a picture, not a spreadsheet",
            "tệp này là một hình ảnh, không phải bảng tính",
        ),
    ] {
        let feed = demo_copy("not-a-list");
        let output = import(file, &feed, &[]);
        let log = stderr(&output);
        assert_ne!(output.status.code(), Some(0), "{file}");
        assert!(log.contains(en), "{file}: {log}");
        assert!(
            !log.contains("PK")
                && !log.contains("%PDF")
                && !log.contains("PNG")
                && !log.contains('\u{fffd}'),
            "{file}: no bytes of the file are quoted: {log}"
        );
        assert_eq!(
            std::fs::read_to_string(&feed).unwrap(),
            before,
            "{file}: the feed is unchanged"
        );
        let output = import(file, &feed, &["--lang", "vi"]);
        assert!(stderr(&output).contains(vi), "{file}: {}", stderr(&output));
    }
}
