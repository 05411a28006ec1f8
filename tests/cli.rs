//! The publishers' command-line tool, run as a program: exit statuses,
//! output, and every spreadsheet encoding organisers produce.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn greenfair(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_greenfair"))
        .args(args)
        .output()
        .expect("the tool runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("greenfair-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const FEED: &str = r#"{
  "version": 1,
  "series": {"id": "t", "name": "Hội chợ", "x-editor-note": "kept as written"},
  "categories": [
    {"id": "tui-xach", "name": {"vi": "Túi xách", "en": "Bags"}},
    {"id": "gom-su", "name": {"vi": "Gốm sứ", "en": "Ceramics"}}
  ],
  "events": [
    {"id": "mm", "name": "Hội chợ MM", "start": "2025-09-16", "end": "2025-09-18"},
    {"id": "old", "name": "Hội chợ cũ", "year": 2021}
  ],
  "booths": [
    {"id": "old-1", "event": "old", "code": "Z1", "exhibitor": "Giữ nguyên"},
    {"id": "mm-x", "event": "mm", "code": "X", "exhibitor": "Sẽ được thay"}
  ]
}
"#;

#[test]
fn validate_exits_0_1_2_with_positions() {
    let ok = greenfair(&["validate", "feeds/demo.json"]);
    assert_eq!(ok.status.code(), Some(0));
    assert!(
        stdout(&ok).contains("feeds/demo.json: 17 events, 14 venues, 19 categories, 360 booths"),
        "{}",
        stdout(&ok)
    );
    assert!(stdout(&ok).contains("  2025-09-my-dinh-do-go: 120 booths"));

    let warned = greenfair(&["validate", "tests/browser/fixtures/mixed.json"]);
    assert_eq!(warned.status.code(), Some(1));
    assert!(stdout(&warned).starts_with("tests/browser/fixtures/mixed.json:7:53: warning: events[1].start: expected a date like 2025-09-12"));

    let broken = greenfair(&["validate", "tests/browser/fixtures/truncated.json"]);
    assert_eq!(broken.status.code(), Some(2));
    assert!(
        stdout(&broken).contains("truncated.json:6:1: error: the feed is not valid JSON"),
        "{}",
        stdout(&broken)
    );

    let missing = greenfair(&["validate", "no/such/feed.json"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stdout(&missing).contains("cannot read no/such/feed.json"));
}

#[test]
fn validate_reads_standard_input_and_speaks_json() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_greenfair"))
        .args(["validate", "-", "--format", "json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            std::fs::read("tests/browser/fixtures/mixed.json")
                .unwrap()
                .as_slice(),
        )
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["source"], "-");
    assert_eq!(report["findings"][0]["severity"], "warning");
    assert_eq!(report["findings"][0]["path"], "events[1].start");
    assert_eq!(
        (
            report["findings"][0]["line"].as_u64(),
            report["findings"][0]["column"].as_u64()
        ),
        (Some(7), Some(53))
    );
    assert_eq!(report["summary"]["events"], 2);
}

#[test]
fn ics_exports_the_series_or_one_event_for_an_independent_parser() {
    let all = greenfair(&["ics", "feeds/demo.json"]);
    assert_eq!(all.status.code(), Some(0));
    let calendar = ical::IcalParser::new(all.stdout.as_slice())
        .next()
        .unwrap()
        .unwrap();
    // The five fairs with known days; the rest are known by year only.
    assert_eq!(calendar.events.len(), 5);
    let one = greenfair(&[
        "ics",
        "feeds/demo.json",
        "--event",
        "2023-05-truong-dinh-plaza",
        "--lang",
        "en",
    ]);
    let calendar = ical::IcalParser::new(one.stdout.as_slice())
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(calendar.events.len(), 1);
    let summary = calendar.events[0]
        .properties
        .iter()
        .find(|p| p.name == "SUMMARY")
        .unwrap();
    assert!(summary
        .value
        .as_deref()
        .unwrap()
        .starts_with("Sustainable partnership network"));
    // The whole file, but for the moment it was made, as written byte for byte.
    let stamped = stdout(&one);
    let made: String = stamped
        .split_inclusive("\r\n")
        .map(|line| {
            if line.starts_with("DTSTAMP:") {
                "DTSTAMP:(now)\r\n"
            } else {
                line
            }
        })
        .collect();
    golden("ics-truong-dinh-plaza-en.ics", &made);
    let unknown = greenfair(&["ics", "feeds/demo.json", "--event", "nope"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("no event with the id \"nope\""));
}

fn load(path: &PathBuf) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Runs `greenfair import CSV --event EVENT --into FEED`.
fn import(csv: &Path, event: &str, feed: &Path) -> Output {
    greenfair(&[
        "import",
        csv.to_str().unwrap(),
        "--event",
        event,
        "--into",
        feed.to_str().unwrap(),
    ])
}

/// Imports `sheet` into event "mm" of a fresh copy of FEED: the tool's
/// output and the feed file.
fn import_sheet(test: &str, sheet: &[u8]) -> (Output, PathBuf) {
    let dir = scratch(test);
    let feed = dir.join("feed.json");
    std::fs::write(&feed, FEED).unwrap();
    let csv = dir.join("gian-hang.csv");
    std::fs::write(&csv, sheet).unwrap();
    (import(&csv, "mm", &feed), feed)
}

fn booths_of<'a>(feed: &'a serde_json::Value, event: &str) -> Vec<&'a serde_json::Value> {
    feed["booths"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["event"] == event)
        .collect()
}

#[test]
fn import_reads_utf8_with_bom_semicolons_and_vietnamese_headers() {
    let sheet = "\u{feff}Tên doanh nghiệp;Gian hàng;Sản phẩm;Nhóm hàng;Sao OCOP\n\
                 HTX Cói Kim Sơn;A1;Túi cói, Làn cói;TUI XACH;4\n\
                 Cơ sở Gốm Xanh;A2;Bình gốm;gom su, Đồ điện tử;\n\
                 Không có mã;;Ấm chén;;\n\
                 HTX trùng mã;a1;Mũ;;9\n";
    let (output, feed) = import_sheet("utf8", sheet.as_bytes());
    assert_eq!(
        output.status.code(),
        Some(1),
        "problems make exit status 1: {}",
        stderr(&output)
    );
    assert!(
        stdout(&output)
            .contains("2 booths imported into mm (1 replaced), read as UTF-8 with ';' separators"),
        "{}",
        stdout(&output)
    );
    let problems = stderr(&output);
    // A comma splits a categories cell only when every piece is a category.
    assert!(
        problems.contains(
            "gian-hang.csv:3: no category is called \"gom su, Đồ điện tử\"; imported without it"
        ),
        "{problems}"
    );
    assert!(problems.contains("gian-hang.csv:4: no exhibitor name or no booth code; not imported"));
    assert!(problems.contains(
        "gian-hang.csv:5: booth code \"a1\" is already used by an earlier row; not imported"
    ));
    let written = load(&feed);
    let booths = booths_of(&written, "mm");
    assert_eq!(booths.len(), 2);
    assert_eq!(booths[0]["id"], "mm-a1");
    assert_eq!(booths[0]["categories"], serde_json::json!(["tui-xach"]));
    assert_eq!(
        booths[0]["products"],
        serde_json::json!(["Túi cói", "Làn cói"])
    );
    assert_eq!(booths[0]["ocop_stars"], 4);
    assert_eq!(
        booths[1]["categories"],
        serde_json::json!([]),
        "not filed under a piece of what was written"
    );
    assert_eq!(
        booths_of(&written, "old").len(),
        1,
        "other events' booths are kept"
    );
    assert_eq!(
        written["series"]["x-editor-note"], "kept as written",
        "unknown fields survive"
    );
    let text = std::fs::read_to_string(&feed).unwrap();
    assert!(
        text.find("\"version\"").unwrap() < text.find("\"series\"").unwrap(),
        "key order is kept"
    );
    assert_eq!(
        greenfair(&["validate", feed.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
}

#[test]
fn import_links_bare_domains_and_refuses_other_schemes_and_taken_ids() {
    let sheet = "Tên doanh nghiệp,Gian hàng,Website\n\
                 Gốm Xanh,A1,www.gomxanh.vn/cua-hang\n\
                 Lụa Vạn Phúc,B2,javascript:alert(1)\n\
                 Sơn mài Hạ Thái,B3,http://sonmai.vn\n\
                 Cói Kim Sơn,B4,gọi 0912 345 678\n\
                 Mây tre Phú Vinh,Z1,phuvinh.vn\n";
    let dir = scratch("websites");
    let feed = dir.join("feed.json");
    // A booth of the other event whose id the import's "Z1" would make.
    std::fs::write(&feed, FEED.replace("\"old-1\"", "\"mm-z1\"")).unwrap();
    let csv = dir.join("gian-hang.csv");
    std::fs::write(&csv, sheet).unwrap();
    let output = import(&csv, "mm", &feed);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let problems = stderr(&output);
    for expected in [
        "gian-hang.csv:3: website \"javascript:alert(1)\" is not a web address; imported without it",
        "gian-hang.csv:5: website \"gọi 0912 345 678\" is not a web address; imported without it",
        "gian-hang.csv:6: booth code \"Z1\" makes the id mm-z1, which a booth of event old already has; not imported",
    ] {
        assert!(problems.contains(expected), "{expected}\nnot in\n{problems}");
    }
    let written = load(&feed);
    let websites: Vec<_> = booths_of(&written, "mm")
        .iter()
        .map(|b| b["website"].clone())
        .collect();
    assert_eq!(
        websites,
        [
            serde_json::json!("https://www.gomxanh.vn/cua-hang"),
            serde_json::Value::Null,
            serde_json::json!("http://sonmai.vn"),
            serde_json::Value::Null,
        ]
    );
    assert_eq!(
        booths_of(&written, "old").len(),
        1,
        "the other event's booth is kept"
    );
    assert_eq!(
        greenfair(&["validate", feed.to_str().unwrap()])
            .status
            .code(),
        Some(0),
        "the written feed loads with no warning"
    );
}

#[test]
fn import_reads_windows_1258_with_combining_tones() {
    // Excel's Vietnamese code page writes tones as combining marks after the
    // base letter: "Gô\u{301}m" for "Gốm", "Cơ sơ\u{309}" for "Cơ sở".
    let sheet = "Tên doanh nghiệp;Gian hàng;Nhóm hàng\nCơ sơ\u{309} Gô\u{301}m Xanh;B1;Gô\u{301}m sư\u{301}\n";
    let sheet = sheet
        .replace("ệ", "ê\u{323}")
        .replace("à", "a\u{300}")
        .replace("ó", "o\u{301}");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&sheet);
    assert!(!unmappable, "the test sheet is written in Windows-1258");
    let (output, feed) = import_sheet("cp1258", &bytes);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("read as windows-1258"));
    let written = load(&feed);
    let booth = booths_of(&written, "mm")[0].clone();
    assert_eq!(
        booth["exhibitor"], "Cơ sở Gốm Xanh",
        "stored composed, as typed elsewhere"
    );
    assert_eq!(booth["categories"], serde_json::json!(["gom-su"]));
}

#[test]
fn import_reads_utf16_with_commas_and_english_headers() {
    let sheet = "Exhibitor,Booth,Products,Category,Website\n\"Bat Trang Ceramics, Ltd\",C3,\"Vases; Cups\",Ceramics,https://example.com/bt\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(sheet.encode_utf16().flat_map(|unit| unit.to_le_bytes()));
    let (output, feed) = import_sheet("utf16", &bytes);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("read as UTF-16LE with ',' separators"));
    let written = load(&feed);
    let booth = booths_of(&written, "mm")[0].clone();
    assert_eq!(booth["exhibitor"], "Bat Trang Ceramics, Ltd");
    assert_eq!(booth["products"], serde_json::json!(["Vases", "Cups"]));
    assert_eq!(booth["website"], "https://example.com/bt");
}

#[test]
fn a_failed_import_leaves_the_feed_untouched() {
    let dir = scratch("fail");
    let feed = dir.join("feed.json");
    std::fs::write(&feed, FEED).unwrap();
    let csv = dir.join("no-code.csv");
    std::fs::write(&csv, "Tên doanh nghiệp;Sản phẩm\nHTX A;Túi\n").unwrap();
    let output = import(&csv, "mm", &feed);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("the spreadsheet has no booth code (Gian hàng) column"),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).ends_with("is unchanged\n"));
    let unknown = import(&csv, "nope", &feed);
    assert_eq!(unknown.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&feed).unwrap(), FEED);
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        2,
        "no temporary file is left behind"
    );
}

#[test]
fn render_writes_the_first_view_and_json_ld_with_googles_required_fields() {
    let output = greenfair(&[
        "render",
        "feeds/demo.json",
        "--feed-url",
        "https://static.example.vn/feed.json?a=1&b=\"2\"",
        "--lang",
        "en",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let html = stdout(&output);
    assert!(
        html.starts_with(r#"<div data-greenfair data-name="static" data-feed="https://static.example.vn/feed.json?a=1&amp;b=&quot;2&quot;" data-view="calendar" data-lang="en" data-rendered-on=""#),
        "{}",
        &html[..200]
    );
    // A declarative shadow root, styled by the widget's own stylesheet, plain HTML.
    assert!(html.contains(r#"<template shadowrootmode="open"><link rel="stylesheet" href="v1/greenfair.css"><div class="gf-host"><div lang="en" aria-busy="false" class="gf-root">"#));
    assert!(!html.contains("<!--<["), "no hydration markers");
    assert!(html.contains(
        r#"<h2 class="gf-title">Hanoi Sustainable Production and Consumption Network</h2>"#
    ));
    assert!(
        html.contains("Sustainable production and consumption network: wood crafts and furniture")
    );
    let start = html
        .find("<script type=\"application/ld+json\">\n")
        .unwrap()
        + "<script type=\"application/ld+json\">\n".len();
    let end = html[start..].find("\n</script>").unwrap() + start;
    let events: Vec<serde_json::Value> = serde_json::from_str(&html[start..end]).unwrap();
    assert_eq!(events.len(), 5, "the fairs with known days");
    for event in &events {
        assert_eq!(event["@type"], "ExhibitionEvent");
        assert!(event["name"].as_str().is_some_and(|n| !n.is_empty()));
        assert!(event["startDate"].as_str().is_some_and(|d| d.len() == 10));
        assert_eq!(event["location"]["@type"], "Place");
        assert_eq!(event["location"]["address"]["@type"], "PostalAddress");
        assert_eq!(event["location"]["address"]["addressCountry"], "VN");
    }
    let wood = events
        .iter()
        .find(|e| e["startDate"] == "2025-09-29")
        .unwrap();
    assert_eq!(wood["endDate"], "2025-10-03");
    assert_eq!(wood["location"]["geo"]["latitude"], 21.0205);
}

#[test]
fn json_ld_cannot_close_its_script_early() {
    let dir = scratch("script");
    let feed = dir.join("feed.json");
    std::fs::write(&feed, r#"{"version": 1, "series": {"id": "s", "name": "S"},
      "venues": [{"id": "v", "name": "V"}],
      "events": [{"id": "e", "name": "</script><script>alert(1)</script>", "venue": "v", "start": "2025-09-12"}]}"#).unwrap();
    let output = greenfair(&["render", feed.to_str().unwrap(), "--feed-url", "f.json"]);
    let html = stdout(&output);
    assert_eq!(html.matches("</script>").count(), 1, "{html}");
    assert!(
        html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the HTML escapes it too"
    );
}

/// Compares `actual` with the golden file `name` under tests/golden;
/// `UPDATE_GOLDEN=1 cargo test` rewrites the files after a deliberate change.
fn golden(name: &str, actual: &str) {
    let path = PathBuf::from("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: run UPDATE_GOLDEN=1 cargo test",
            path.display()
        )
    });
    assert_eq!(actual, expected, "{} differs", path.display());
}

#[test]
fn validate_output_matches_the_golden_files() {
    for (feed, name) in [
        ("feeds/demo.json", "validate-ok.txt"),
        ("tests/browser/fixtures/mixed.json", "validate-warnings.txt"),
        (
            "tests/browser/fixtures/truncated.json",
            "validate-broken.txt",
        ),
    ] {
        golden(name, &stdout(&greenfair(&["validate", feed])));
    }
    golden(
        "validate-warnings.json",
        &stdout(&greenfair(&[
            "validate",
            "tests/browser/fixtures/mixed.json",
            "--format",
            "json",
        ])),
    );
}

#[test]
fn imported_booths_match_the_golden_files() {
    let variants: [(&str, Vec<u8>); 3] = [
        ("utf8-bom-semicolon", "\u{feff}Tên doanh nghiệp;Gian hàng;Sản phẩm;Nhóm hàng;Sao OCOP\nHTX Cói Kim Sơn;A1;Túi cói, Làn cói;TUI XACH;4\nCơ sở Gốm Xanh;A2;Bình gốm;gom su;\n".as_bytes().to_vec()),
        ("windows-1258", encoding_rs::WINDOWS_1258.encode("Tên doanh nghiê\u{323}p;Gian ha\u{300}ng;Nhóm ha\u{300}ng\nCơ sơ\u{309} Gô\u{301}m Xanh;B1;Gô\u{301}m sư\u{301}\n").0.into_owned()),
        ("utf16-comma", {
            let mut bytes = vec![0xFF, 0xFE];
            bytes.extend("Exhibitor,Booth,Products,Category\nBat Trang Ceramics,C3,\"Vases; Cups\",Ceramics\n".encode_utf16().flat_map(|u| u.to_le_bytes()));
            bytes
        }),
    ];
    for (name, bytes) in variants {
        let (output, feed) = import_sheet(&format!("golden-{name}"), &bytes);
        assert_eq!(output.status.code(), Some(0), "{name}: {}", stderr(&output));
        let written = load(&feed);
        let booths = serde_json::to_string_pretty(&booths_of(&written, "mm")).unwrap() + "\n";
        golden(&format!("import-{name}.json"), &booths);
    }
}

#[test]
fn split_writes_an_index_and_booth_files_that_load_back_to_the_same_booths() {
    let out = scratch("split");
    let output = greenfair(&["split", "feeds/demo.json", "--out", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).ends_with("index.json and 5 booth files\n"),
        "{}",
        stdout(&output)
    );
    let index = std::fs::read_to_string(out.join("index.json")).unwrap();
    let (mut feed, warnings) = greenfair::feed::load(&index).unwrap();
    assert!(warnings.is_empty() && feed.booths.is_empty());
    let files: Vec<(String, String)> = greenfair::feed::booth_files(&feed)
        .map(|(_, f)| (f.to_owned(), std::fs::read_to_string(out.join(f)).unwrap()))
        .collect();
    assert_eq!(files.len(), 5);
    for (file, text) in &files {
        assert!(greenfair::feed::add_booth_file(&mut feed, file, text)
            .unwrap()
            .is_empty());
    }
    let (whole, _) =
        greenfair::feed::load(&std::fs::read_to_string("feeds/demo.json").unwrap()).unwrap();
    let ids = |feed: &greenfair::feed::Feed| {
        let mut ids: Vec<String> = feed.booths.iter().map(|b| b.id.clone()).collect();
        ids.sort();
        ids
    };
    assert_eq!(ids(&feed), ids(&whole));
    assert_eq!(feed.booths.len(), 360);
}

#[test]
fn split_output_matches_the_golden_files() {
    let dir = scratch("split-golden");
    let input = dir.join("feed.json");
    std::fs::write(&input, FEED).unwrap();
    let out = dir.join("out");
    let output = greenfair(&[
        "split",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    // Every file written, by name, in one text.
    let mut names: Vec<PathBuf> = walk(&out);
    names.sort();
    let written: String = names
        .iter()
        .map(|path| {
            let name = path
                .strip_prefix(&out)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            format!("==> {name} <==\n{}", std::fs::read_to_string(path).unwrap())
        })
        .collect();
    golden("split-small.txt", &written);
}

/// Every file under `dir`, at any depth.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn an_unknown_language_is_refused_with_the_ones_accepted() {
    for command in ["render", "ics"] {
        let mut args = vec![command, "feeds/demo.json", "--lang", "fr"];
        if command == "render" {
            args.extend(["--feed-url", "https://example.vn/feed.json"]);
        }
        let output = greenfair(&args);
        assert_eq!(output.status.code(), Some(2), "{command}");
        let message = stderr(&output);
        assert!(
            message.contains("invalid value 'fr' for '--lang <LANG>'"),
            "{message}"
        );
        assert!(message.contains("[possible values: vi, en]"), "{message}");
        assert!(output.stdout.is_empty(), "{command} wrote nothing");
    }
}

#[test]
fn import_reads_an_xlsx_sheet_by_name_and_says_which_sheets_there_are() {
    use rust_xlsxwriter::Workbook;
    let mut book = Workbook::new();
    book.add_worksheet()
        .set_name("Ghi chú")
        .unwrap()
        .write_string(0, 0, "Danh sách gửi Sở")
        .unwrap();
    let sheet = book.add_worksheet().set_name("Gian hàng").unwrap();
    for (column, header) in ["Tên doanh nghiệp", "Gian hàng", "Sao OCOP"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, column as u16, *header).unwrap();
    }
    sheet.write_string(1, 0, "HTX Cói Kim Sơn").unwrap();
    // A booth code typed as a number stays "12", not "12.0".
    sheet.write_number(1, 1, 12.0).unwrap();
    sheet.write_number(1, 2, 4.0).unwrap();
    let dir = scratch("xlsx");
    let feed = dir.join("feed.json");
    std::fs::write(&feed, FEED).unwrap();
    let xlsx = dir.join("gian-hang.xlsx");
    std::fs::write(&xlsx, book.save_to_buffer().unwrap()).unwrap();
    let run = |sheet: &str| {
        greenfair(&[
            "import",
            xlsx.to_str().unwrap(),
            "--sheet",
            sheet,
            "--event",
            "mm",
            "--into",
            feed.to_str().unwrap(),
        ])
    };
    let missing = run("Sheet1");
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing)
            .contains("the workbook has no sheet \"Sheet1\" (sheets: Ghi chú, Gian hàng)"),
        "{}",
        stderr(&missing)
    );
    let output = run("Gian hàng");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output)
            .contains("1 booths imported into mm (1 replaced), read as xlsx, sheet \"Gian hàng\""),
        "{}",
        stdout(&output)
    );
    let written = load(&feed);
    let booths = booths_of(&written, "mm");
    assert_eq!(booths[0]["code"], "12");
    assert_eq!(booths[0]["ocop_stars"], 4);
}

/// One cell of an office's exhibitor list, as typed in Excel.
#[derive(Clone, Copy)]
enum Cell<'a> {
    /// Text.
    T(&'a str),
    /// A number typed as a number (a phone, a count).
    N(f64),
    /// A formula with the value Excel saved with it.
    F(&'a str, &'a str),
    /// Nothing.
    E,
}

/// The exhibitor list of the Mỹ Đình wood fair as the department's office
/// lays it out: two organisation lines and a title in merged cells, the
/// header on row 7, a booth code made by a formula, phones typed as
/// numbers, a hidden row (a withdrawn exhibitor), categories with commas,
/// and a total row merged across.
fn office_rows() -> Vec<Vec<Cell<'static>>> {
    use Cell::*;
    vec![
        vec![T("SỞ CÔNG THƯƠNG HÀ NỘI"), E, E, E, T("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"), E, E, E],
        vec![T("TRUNG TÂM KHUYẾN CÔNG VÀ TƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP"), E, E, E, T("Độc lập - Tự do - Hạnh phúc"), E, E, E],
        vec![],
        vec![T("DANH SÁCH ĐƠN VỊ THAM GIA GIAN HÀNG"), E, E, E, E, E, E, E],
        vec![T("Chuỗi kết nối mạng lưới sản xuất và tiêu dùng bền vững lĩnh vực đồ gỗ mỹ nghệ, nội thất"), E, E, E, E, E, E, E],
        vec![],
        vec![T("STT"), T("Tên doanh nghiệp/HTX"), T("Mã gian hàng"), T("Sản phẩm trưng bày"), T("Nhóm hàng"), T("Điện thoại"), T("Email"), T("Ghi chú")],
        vec![N(1.0), T("Công ty TNHH Gỗ Đồng Kỵ"), F("=\"A\"&TEXT(1,\"00\")", "A01"), T("Bàn ghế, tủ"), T("Đồ gỗ mỹ nghệ, nội thất"), N(912345678.0), T("dongky@example.vn"), E],
        vec![N(2.0), T("HTX Mây tre Phú Vinh"), T("A02"), T("Giỏ mây"), T("Mây tre đan"), N(2433856789.0), E, T("Đăng ký muộn")],
        vec![N(3.0), T("Cơ sở Túi vải Xanh"), T("A03"), T("Túi vải"), T("Túi xách, túi vải"), N(0.0), E, E],
        vec![N(4.0), T("Đơn vị đã rút"), T("A04"), T("Ghế"), T("Đồ gỗ mỹ nghệ"), N(987654321.0), E, T("Rút")],
        vec![N(5.0), T("Sơn mài Hạ Thái"), T("A05"), T("Tranh sơn mài"), T("Sơn mài; Thủ công mỹ nghệ"), N(84912000111.0), E, E],
        vec![T("Tổng cộng: 4 đơn vị"), E, E, E, E, E, E, E],
    ]
}

/// The rows merged across in `office_rows`: (row, first column, last column), 0-based.
const OFFICE_MERGES: [(u32, u16, u16); 6] = [
    (0, 0, 3),
    (0, 4, 7),
    (1, 0, 3),
    (1, 4, 7),
    (3, 0, 7),
    (4, 0, 7),
];

/// `rows` written as an .xlsx the way Excel keeps them, with `merges` and
/// the 0-based rows in `hidden` hidden.
fn workbook_of(rows: &[Vec<Cell>], merges: &[(u32, u16, u16, u32)], hidden: &[u32]) -> Vec<u8> {
    use rust_xlsxwriter::{Format, Formula, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Danh sách").unwrap();
    let plain = Format::new();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match *cell {
                Cell::T(text) => {
                    sheet.write_string(r, c, text).unwrap();
                }
                Cell::N(number) => {
                    sheet.write_number(r, c, number).unwrap();
                }
                Cell::F(formula, value) => {
                    sheet
                        .write_formula(r, c, Formula::new(formula).set_result(value))
                        .unwrap();
                }
                Cell::E => {}
            }
        }
    }
    for &(row, first, last, last_row) in merges {
        let text = match rows[row as usize].get(first as usize) {
            Some(Cell::T(text)) => *text,
            _ => "",
        };
        sheet
            .merge_range(row, first, last_row, last, text, &plain)
            .unwrap();
    }
    for &row in hidden {
        sheet.set_row_hidden(row).unwrap();
    }
    book.save_to_buffer().unwrap()
}

/// The office list as an .xlsx: merges across, row 11 (0-based 10) hidden.
fn office_workbook() -> Vec<u8> {
    let merges: Vec<(u32, u16, u16, u32)> = OFFICE_MERGES
        .iter()
        .map(|&(r, a, b)| (r, a, b, r))
        .chain([(12, 0, 7, 12)])
        .collect();
    workbook_of(&office_rows(), &merges, &[10])
}

/// `rows` as Excel saves them as CSV: each cell as shown (numbers without
/// ".0", formulas' values), merged cells as their first cell, hidden rows
/// included; quoted where the separator is in a cell.
fn csv_of(rows: &[Vec<Cell>], separator: char) -> String {
    let mut text = String::new();
    for row in rows {
        let cells: Vec<String> = (0..8)
            .map(|c| {
                let shown = match row.get(c).copied().unwrap_or(Cell::E) {
                    Cell::T(text) => text.to_owned(),
                    Cell::N(number) => format!("{number}"),
                    Cell::F(_, value) => value.to_owned(),
                    Cell::E => String::new(),
                };
                if shown.contains(separator) || shown.contains('"') {
                    format!("\"{}\"", shown.replace('"', "\"\""))
                } else {
                    shown
                }
            })
            .collect();
        text.push_str(&cells.join(&separator.to_string()));
        text.push_str("\r\n");
    }
    text
}

/// Text as Excel on Vietnamese Windows writes it in Windows-1258: a vowel
/// with its shape (â, ơ, ư…) composed, its tone a combining mark after it.
fn windows_1258(text: &str) -> Vec<u8> {
    use unicode_normalization::UnicodeNormalization;
    let tones = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
    let mut written = String::new();
    for c in text.chars() {
        let parts: String = c.to_string().nfd().collect();
        let tone: Option<char> = parts.chars().find(|m| tones.contains(m));
        let shape: String = parts.chars().filter(|m| !tones.contains(m)).collect();
        written.extend(shape.nfc());
        written.extend(tone);
    }
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&written);
    assert!(!unmappable, "the test text is written in Windows-1258");
    bytes.into_owned()
}

/// Imports `sheet` (named `file`) into the demo feed's Mỹ Đình wood fair,
/// with `more` arguments: the tool's output and the written feed.
fn import_demo(test: &str, file: &str, sheet: &[u8], more: &[&str]) -> (Output, serde_json::Value) {
    let dir = scratch(test);
    let feed = dir.join("feed.json");
    std::fs::copy("feeds/demo.json", &feed).unwrap();
    let path = dir.join(file);
    std::fs::write(&path, sheet).unwrap();
    let mut args = vec![
        "import",
        path.to_str().unwrap(),
        "--event",
        "2025-09-my-dinh-do-go",
        "--into",
        feed.to_str().unwrap(),
    ];
    args.extend(more);
    let output = greenfair(&args);
    (output, load(&feed))
}

/// The imported booths of the wood fair: (code, categories, phone).
fn wood_booths(feed: &serde_json::Value) -> Vec<(String, serde_json::Value, serde_json::Value)> {
    booths_of(feed, "2025-09-my-dinh-do-go")
        .iter()
        .map(|b| {
            (
                b["code"].as_str().unwrap().to_owned(),
                b["categories"].clone(),
                b["phone"].clone(),
            )
        })
        .collect()
}

#[test]
fn an_office_workbook_goes_in_as_it_comes() {
    let (output, feed) = import_demo("office-xlsx", "danh-sach.xlsx", &office_workbook(), &[]);
    let said = stderr(&output);
    assert_eq!(
        output.status.code(),
        Some(1),
        "a hidden row and a 0 phone are said: {said}"
    );
    use serde_json::json;
    assert_eq!(
        wood_booths(&feed),
        [
            ("A01".into(), json!(["do-go"]), json!("0912345678")),
            ("A02".into(), json!(["may-tre-dan"]), json!("02433856789")),
            ("A03".into(), json!(["tui-xach"]), serde_json::Value::Null),
            (
                "A05".into(),
                json!(["son-mai", "thu-cong-my-nghe"]),
                json!("+84912000111")
            ),
        ],
        "{said}"
    );
    for expected in [
        "danh-sach.xlsx: header on row 7; rows 1-2, 4-5 above it skipped (titles)",
        "danh-sach.xlsx: columns not imported: STT (A), Ghi chú (H)",
        "danh-sach.xlsx: 3 phone number(s) Excel stored as numbers got their leading 0 back",
        "danh-sach.xlsx:10: the phone cell holds 0; imported without a phone",
        "danh-sach.xlsx:11: hidden in Excel; not imported (unhide the row to import it)",
        "danh-sach.xlsx:13: a total row (\"Tổng cộng: 4 đơn vị\"); skipped",
    ] {
        assert!(said.contains(expected), "{expected}\nnot in\n{said}");
    }
    // Excel's numbers are written as text, never as floats.
    let written = feed.to_string();
    assert!(!written.contains(".0\""), "{written}");
    let out = stdout(&output);
    assert!(
        out.contains("4 booths imported into 2025-09-my-dinh-do-go (120 replaced), read as xlsx, sheet \"Danh sách\""),
        "{out}"
    );
    // The demo's sample booths A01-A120: four are written anew, the rest go.
    assert!(
        out.contains("  0 new, 4 changed, 116 removed, 0 unchanged"),
        "{out}"
    );
    assert!(
        out.contains("  changed: Công ty TNHH Gỗ Đồng Kỵ (A01), HTX Mây tre Phú Vinh (A02)"),
        "{out}"
    );
    assert!(out.contains(" and 111 more"), "{out}");
}

#[test]
fn the_office_list_in_vietnamese() {
    let (output, _) = import_demo(
        "office-vi",
        "danh-sach.xlsx",
        &office_workbook(),
        &["--lang", "vi"],
    );
    let said = stderr(&output);
    for expected in [
        "danh-sach.xlsx: tiêu đề cột ở dòng 7; bỏ qua dòng 1-2, 4-5 phía trên (tiêu đề văn bản)",
        "danh-sach.xlsx: các cột không nhập: STT (A), Ghi chú (H)",
        "danh-sach.xlsx:11: đang bị ẩn trong Excel; không nhập (bỏ ẩn dòng nếu muốn nhập)",
        "danh-sach.xlsx:13: dòng tổng cộng (\"Tổng cộng: 4 đơn vị\"); bỏ qua",
    ] {
        assert!(said.contains(expected), "{expected}\nnot in\n{said}");
    }
    assert!(
        stdout(&output).contains("đã nhập 4 gian hàng vào 2025-09-my-dinh-do-go (thay 120 gian hàng cũ), đọc dạng xlsx, trang tính \"Danh sách\""),
        "{}",
        stdout(&output)
    );
}

#[test]
fn the_office_list_saved_as_csv_windows_1258_and_utf8_with_a_bom() {
    use serde_json::json;
    // Excel's CSV keeps hidden rows: the withdrawn exhibitor comes back, and its phone is mended too.
    let expected = [
        ("A01".to_owned(), json!(["do-go"]), json!("0912345678")),
        ("A02".into(), json!(["may-tre-dan"]), json!("02433856789")),
        ("A03".into(), json!(["tui-xach"]), serde_json::Value::Null),
        ("A04".into(), json!(["go-my-nghe"]), json!("0987654321")),
        (
            "A05".into(),
            json!(["son-mai", "thu-cong-my-nghe"]),
            json!("+84912000111"),
        ),
    ];
    let cp1258 = windows_1258(&csv_of(&office_rows(), ';'));
    let (output, feed) = import_demo("office-1258", "danh-sach.csv", &cp1258, &[]);
    assert_eq!(wood_booths(&feed), expected, "{}", stderr(&output));
    assert!(stdout(&output).contains("read as windows-1258 with ';' separators"));
    let booth = booths_of(&feed, "2025-09-my-dinh-do-go")[0].clone();
    assert_eq!(
        booth["exhibitor"], "Công ty TNHH Gỗ Đồng Kỵ",
        "stored composed"
    );
    assert!(stderr(&output)
        .contains("danh-sach.csv:13: a total row (\"Tổng cộng: 4 đơn vị\"); skipped"));

    let mut utf8 = b"\xEF\xBB\xBF".to_vec();
    utf8.extend(csv_of(&office_rows(), ',').as_bytes());
    let (output, feed) = import_demo("office-utf8", "danh-sach.csv", &utf8, &[]);
    assert_eq!(wood_booths(&feed), expected, "{}", stderr(&output));
    let said = stderr(&output);
    assert!(stdout(&output).contains("read as UTF-8 with ',' separators"));
    assert!(
        said.contains("danh-sach.csv: header on row 7; rows 1-2, 4-5 above it skipped (titles)"),
        "{said}"
    );
}

#[test]
fn header_words_are_recognised_among_others_and_a_two_row_header_is_read_whole() {
    use serde_json::json;
    for (exhibitor, code, products, categories, phone) in [
        (
            "Tên đơn vị tham gia",
            "Mã gian",
            "Sản phẩm trưng bày",
            "Nhóm sản phẩm",
            "SĐT liên hệ",
        ),
        (
            "Đơn vị trưng bày",
            "Vị trí gian hàng",
            "Sản phẩm",
            "Nhóm sản phẩm",
            "Số điện thoại",
        ),
        (
            "Tên cơ sở sản xuất",
            "Mã gian hàng",
            "Mặt hàng",
            "Ngành hàng",
            "SĐT liên hệ",
        ),
        (
            "TEN DOANH NGHIEP/HTX",
            "Ma gian",
            "San pham trung bay",
            "Nhom san pham",
            "SDT lien he",
        ),
    ] {
        use Cell::*;
        let rows = vec![
            vec![T("DANH SÁCH ĐƠN VỊ THAM GIA GIAN HÀNG")],
            vec![T(exhibitor), T(code), T(products), T(categories), T(phone)],
            vec![
                T("Gốm Bát Tràng"),
                T("B1"),
                T("Bình, lọ"),
                T("Gốm sứ"),
                N(901234567.0),
            ],
        ];
        let (output, feed) = import_demo(
            "variants",
            "ds.xlsx",
            &workbook_of(&rows, &[(0, 0, 4, 0)], &[]),
            &[],
        );
        assert_eq!(
            output.status.code(),
            Some(0),
            "{exhibitor}: {}",
            stderr(&output)
        );
        let booth = booths_of(&feed, "2025-09-my-dinh-do-go")[0].clone();
        assert_eq!(
            (
                &booth["exhibitor"],
                &booth["code"],
                &booth["products"],
                &booth["categories"],
                &booth["phone"]
            ),
            (
                &json!("Gốm Bát Tràng"),
                &json!("B1"),
                &json!(["Bình", "lọ"]),
                &json!(["gom-su"]),
                &json!("0901234567")
            ),
            "{exhibitor}"
        );
    }
    // A header over two rows: "Thông tin liên hệ" across phone and email,
    // the other headers merged down; the columns' numbers under it.
    use Cell::*;
    let rows = vec![
        vec![
            T("STT"),
            T("Đơn vị trưng bày"),
            T("Mã gian"),
            T("Thông tin liên hệ"),
            E,
        ],
        vec![E, E, E, T("Điện thoại"), T("Email")],
        vec![T("(1)"), T("(2)"), T("(3)"), T("(4)"), T("(5)")],
        vec![
            N(1.0),
            T("Lụa Vạn Phúc"),
            T("C1"),
            T("0912 000 111"),
            T("lua@example.vn"),
        ],
    ];
    let merges = [(0, 0, 0, 1), (0, 1, 1, 1), (0, 2, 2, 1), (0, 3, 4, 0)];
    let (output, feed) = import_demo(
        "two-rows",
        "ds.xlsx",
        &workbook_of(&rows, &merges, &[]),
        &[],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let booth = booths_of(&feed, "2025-09-my-dinh-do-go")[0].clone();
    assert_eq!(
        (&booth["phone"], &booth["email"]),
        (&json!("0912 000 111"), &json!("lua@example.vn"))
    );
    let said = stderr(&output);
    assert!(said.contains("ds.xlsx: header on rows 1-2"), "{said}");
    assert!(
        said.contains("ds.xlsx:3: the columns' numbers under the header; skipped"),
        "{said}"
    );
}

#[test]
fn columns_that_cannot_be_told_are_named_with_column() {
    let sheet = "Tên;Ký hiệu;Hàng trưng bày;Liên lạc\nGốm Bát Tràng;B1;Bình;912345678\n";
    let (output, feed) = import_demo("unknown-columns", "ds.csv", sheet.as_bytes(), &[]);
    assert_eq!(output.status.code(), Some(2));
    let said = stderr(&output);
    assert!(
        said.contains("the spreadsheet has no exhibitor (Tên doanh nghiệp) column (headers read on row 1: Tên (A), Ký hiệu (B), Hàng trưng bày (C), Liên lạc (D))"),
        "{said}"
    );
    assert!(
        said.contains("the spreadsheet has no booth code (Gian hàng) column"),
        "{said}"
    );
    assert!(said.contains("--column FIELD=\"HEADER\""), "{said}");
    assert_eq!(
        booths_of(&feed, "2025-09-my-dinh-do-go").len(),
        120,
        "unchanged"
    );
    let (output, feed) = import_demo(
        "unknown-columns",
        "ds.csv",
        sheet.as_bytes(),
        &[
            "--column",
            "exhibitor=Tên",
            "--column",
            "code=\"Ký hiệu\"",
            "--column",
            "products=hang trung bay",
            "--column",
            "phone=D",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let booth = booths_of(&feed, "2025-09-my-dinh-do-go")[0].clone();
    assert_eq!(booth["code"], "B1");
    assert_eq!(booth["products"], serde_json::json!(["Bình"]));
    assert_eq!(booth["phone"], "0912345678", "a column by its letter");
    let (output, _) = import_demo(
        "unknown-columns",
        "ds.csv",
        sheet.as_bytes(),
        &["--column", "exhibitor=Tên đơn vi", "--column", "code=B"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("--column \"Tên đơn vi\": no column is headed so (headers read on row 1: Tên (A), Ký hiệu (B), Hàng trưng bày (C), Liên lạc (D))"),
        "{}",
        stderr(&output)
    );

    // Two columns claim the exhibitor: said, until one is skipped.
    let sheet = "Tên doanh nghiệp;Tên cơ sở;Gian hàng\nCông ty Gốm;Xưởng Gốm;B2\n";
    let (output, _) = import_demo(
        "two-exhibitors",
        "ds.csv",
        sheet.as_bytes(),
        &["--lang", "vi"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output)
            .contains("2 cột cùng là tên đơn vị trưng bày: Tên doanh nghiệp (A), Tên cơ sở (B)"),
        "{}",
        stderr(&output)
    );
    let (output, feed) = import_demo(
        "two-exhibitors",
        "ds.csv",
        sheet.as_bytes(),
        &["--column", "skip=Tên cơ sở"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        booths_of(&feed, "2025-09-my-dinh-do-go")[0]["exhibitor"],
        "Công ty Gốm"
    );
    let bad = greenfair(&[
        "import", "x.csv", "--event", "e", "--into", "f.json", "--column", "nope=X",
    ]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("no field is called \"nope\""),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn a_formula_never_calculated_is_said_so() {
    use Cell::*;
    // A file a program wrote (openpyxl does this), never opened and saved
    // in Excel: the formula is there, its value is not.
    let rows = vec![
        vec![T("Tên doanh nghiệp"), T("Mã gian hàng")],
        vec![T("Gốm Bát Tràng"), F("=\"B\"&1", "0")],
    ];
    let written = workbook_of(&rows, &[], &[]);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(written)).unwrap();
    let mut rewritten = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let name = file.name().unwrap().into_owned();
        let mut content = String::new();
        std::io::Read::read_to_string(&mut file, &mut content).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            assert!(content.contains("</f><v>0</v>"));
            content = content.replace("</f><v>0</v>", "</f>");
        }
        rewritten
            .start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut rewritten, content.as_bytes()).unwrap();
    }
    let bytes = rewritten.finish().unwrap().into_inner();
    let (output, _) = import_demo("uncalculated", "ds.xlsx", &bytes, &[]);
    assert!(
        stderr(&output).contains("ds.xlsx:2: no exhibitor name or no booth code; not imported (the cell holds a formula that was never calculated: open the file in Excel and save it)"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn validate_speaks_vietnamese_when_asked() {
    let output = greenfair(&[
        "validate",
        "tests/browser/fixtures/mixed.json",
        "--lang",
        "vi",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.starts_with("tests/browser/fixtures/mixed.json:7:53: cảnh báo: events[1].start: cần một ngày dạng 2025-09-12"),
        "{text}"
    );
    assert!(
        text.contains(": 2 hội chợ, 1 địa điểm, 0 ngành hàng, 0 gian hàng"),
        "{text}"
    );
    assert!(text.contains(": dùng được, có "), "{text}");
    let broken = greenfair(&[
        "validate",
        "tests/browser/fixtures/truncated.json",
        "--lang",
        "vi",
    ]);
    assert!(
        stdout(&broken).contains(
            "truncated.json:6:1: lỗi: dữ liệu không phải JSON hợp lệ: văn bản dừng giữa chừng"
        ),
        "{}",
        stdout(&broken)
    );
}
