//! Exhibitor lists as organisers keep them, read into rows of text as a
//! person sees them: Excel workbooks (.xlsx, any sheet; merged cells, hidden
//! rows, formulas' saved values) and CSV (UTF-8 with or without a BOM,
//! UTF-16, Windows-1258; `;` or `,`). Every row is kept, from the top:
//! finding the header is the import's business (`columns.rs`).

use super::ImportError;
use crate::i18n::Lang;
use calamine::{Data, Reader, Xlsx};
use std::io::{Cursor, Read};
use unicode_normalization::UnicodeNormalization;

/// One row of a spreadsheet as Excel shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// Its number as the spreadsheet shows it (the first row is 1).
    pub number: usize,
    /// Its cells from column A, or why they cannot be read.
    pub cells: Result<Vec<String>, String>,
    /// True when Excel hides the row.
    pub hidden: bool,
    /// The columns whose cell holds a formula without a saved value (a file
    /// written by a program that does not calculate, never opened in Excel).
    pub uncalculated: Vec<usize>,
    /// The columns whose cell is part of a cell merged down from the row
    /// above (a header spanning two rows, a category over its booths).
    pub merged_from_above: Vec<usize>,
}

impl Row {
    /// The text of column `column` (empty when there is none).
    pub fn cell(&self, column: usize) -> &str {
        self.cells
            .as_ref()
            .ok()
            .and_then(|cells| cells.get(column))
            .map_or("", |c| c.trim())
    }

    /// True when no cell holds anything.
    pub fn is_blank(&self) -> bool {
        match &self.cells {
            Ok(cells) => cells.iter().all(|c| c.trim().is_empty()),
            Err(_) => false,
        }
    }
}

/// How a spreadsheet was read, for the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadAs {
    /// A CSV text, in this encoding, with this separator.
    Csv {
        /// The encoding's name (`UTF-8`, `windows-1258`, `UTF-16LE`).
        encoding: &'static str,
        /// `;` or `,`.
        separator: char,
    },
    /// A workbook's sheet.
    Workbook {
        /// The sheet's name.
        sheet: String,
    },
}

impl ReadAs {
    /// How it was read, in `lang`: `UTF-8 with ';' separators`,
    /// `xlsx, sheet "Gian hàng"`.
    pub fn describe(&self, lang: Lang) -> String {
        match (self, lang) {
            (
                ReadAs::Csv {
                    encoding,
                    separator,
                },
                Lang::En,
            ) => {
                format!("{encoding} with '{separator}' separators")
            }
            (
                ReadAs::Csv {
                    encoding,
                    separator,
                },
                Lang::Vi,
            ) => {
                format!("CSV {encoding}, phân cách bằng dấu '{separator}'")
            }
            (ReadAs::Workbook { sheet }, Lang::En) => format!("xlsx, sheet \"{sheet}\""),
            (ReadAs::Workbook { sheet }, Lang::Vi) => format!("xlsx, trang tính \"{sheet}\""),
        }
    }
}

/// A spreadsheet read into text cells, however it was stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    /// How it was read.
    pub read_as: ReadAs,
    /// Every row from the first, titles and blanks included.
    pub rows: Vec<Row>,
}

/// True for an Excel workbook (a zip archive), not a CSV text.
pub fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// The names of a workbook's sheets, in order.
pub fn sheet_names(bytes: &[u8]) -> Result<Vec<String>, ImportError> {
    Ok(workbook(bytes)?.sheet_names())
}

/// Reads a spreadsheet: a workbook's sheet named `sheet` (by default its
/// first), or a CSV file, its encoding and separator found from its bytes.
pub fn read_sheet(bytes: &[u8], sheet: Option<&str>) -> Result<Sheet, ImportError> {
    if is_workbook(bytes) {
        read_workbook(bytes, sheet)
    } else {
        read_csv(bytes)
    }
}

fn workbook(bytes: &[u8]) -> Result<Xlsx<Cursor<&[u8]>>, ImportError> {
    Xlsx::new(Cursor::new(bytes)).map_err(|e| ImportError::Workbook(e.to_string()))
}

fn read_workbook(bytes: &[u8], sheet: Option<&str>) -> Result<Sheet, ImportError> {
    let mut book = workbook(bytes)?;
    let names = book.sheet_names();
    let position = match sheet {
        Some(wanted) => names
            .iter()
            .position(|n| n.as_str() == wanted)
            .ok_or_else(|| ImportError::NoSheet(wanted.to_owned(), names.join(", ")))?,
        None if names.is_empty() => {
            return Err(ImportError::Workbook("the workbook has no sheet".into()))
        }
        None => 0,
    };
    let name = names[position].clone();
    let range = book
        .worksheet_range(&name)
        .map_err(|e| ImportError::Workbook(e.to_string()))?;
    // Merged cells show their first cell's value; a sheet whose merges
    // cannot be read is still read, cell by cell.
    let merges = book.merge_cells_by_sheet_name(&name).unwrap_or_default();
    let formulas = book.worksheet_formula(&name).ok();

    let mut grid: Vec<Vec<String>> = Vec::new();
    let put = |grid: &mut Vec<Vec<String>>, row: usize, column: usize, text: String| {
        if grid.len() <= row {
            grid.resize(row + 1, Vec::new());
        }
        let cells = &mut grid[row];
        if cells.len() <= column {
            cells.resize(column + 1, String::new());
        }
        cells[column] = text;
    };
    if let Some((top, left)) = range.start() {
        for (row, column, cell) in range.cells() {
            let text = cell_text(cell);
            if !text.is_empty() {
                put(&mut grid, top as usize + row, left as usize + column, text);
            }
        }
    }
    let mut continued: Vec<Vec<usize>> = Vec::new();
    // A merged area shows one value: down its first column it belongs to
    // every row (a category merged over its booths); across, to the first
    // column only, as a title is one text, not one per column.
    for area in &merges {
        let (top, left) = (area.start.0 as usize, area.start.1 as usize);
        let value = grid
            .get(top)
            .and_then(|cells| cells.get(left))
            .cloned()
            .unwrap_or_default();
        if value.is_empty() {
            continue;
        }
        for row in top + 1..=area.end.0 as usize {
            put(&mut grid, row, left, value.clone());
            if continued.len() <= row {
                continued.resize(row + 1, Vec::new());
            }
            continued[row].push(left);
        }
    }
    let mut uncalculated: Vec<Vec<usize>> = Vec::new();
    if let Some(formulas) = &formulas {
        if let Some((top, left)) = formulas.start() {
            for (row, column, formula) in formulas.cells() {
                let (row, column) = (top as usize + row, left as usize + column);
                let shown = grid.get(row).and_then(|c| c.get(column));
                if !formula.is_empty() && shown.is_none_or(|s| s.is_empty()) {
                    if uncalculated.len() <= row {
                        uncalculated.resize(row + 1, Vec::new());
                    }
                    uncalculated[row].push(column);
                }
            }
        }
    }
    let hidden = hidden_rows(bytes, position).unwrap_or_default();
    let rows = grid
        .into_iter()
        .enumerate()
        .map(|(i, cells)| Row {
            number: i + 1,
            cells: Ok(cells),
            hidden: hidden.contains(&(i + 1)),
            uncalculated: uncalculated.get(i).cloned().unwrap_or_default(),
            merged_from_above: continued.get(i).cloned().unwrap_or_default(),
        })
        .collect();
    Ok(Sheet {
        read_as: ReadAs::Workbook { sheet: name },
        rows,
    })
}

/// A cell as the organiser sees it: whole numbers without ".0" (a booth
/// code 12, a phone typed as a number), text as written.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) => text.trim().to_owned(),
        Data::Float(number) if number.fract() == 0.0 && number.abs() < 1e15 => {
            format!("{}", *number as i64)
        }
        Data::Float(number) => number.to_string(),
        Data::Int(number) => number.to_string(),
        Data::Bool(value) => value.to_string(),
        Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::DateTime(date) => date.to_string(),
        Data::Error(error) => format!("{error}"),
    }
}

/// The numbers of the rows Excel hides in the workbook's `position`th
/// sheet, read from the sheet's XML (calamine reads cells, not rows).
fn hidden_rows(bytes: &[u8], position: usize) -> Option<Vec<usize>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut part = |path: &str| -> Option<Vec<u8>> {
        let mut file = archive.by_name(path).ok()?;
        let mut content = Vec::new();
        file.read_to_end(&mut content).ok()?;
        Some(content)
    };
    let book = part("xl/workbook.xml")?;
    let id = elements(&book, "sheet")
        .into_iter()
        .nth(position)?
        .into_iter()
        .find(|(key, _)| key == "id")?
        .1;
    let relations = part("xl/_rels/workbook.xml.rels")?;
    let target = elements(&relations, "Relationship")
        .into_iter()
        .find(|attributes| attributes.iter().any(|(k, v)| k == "Id" && *v == id))?
        .into_iter()
        .find(|(key, _)| key == "Target")?
        .1;
    let path = match target.strip_prefix('/') {
        Some(absolute) => absolute.to_owned(),
        None => format!("xl/{target}"),
    };
    let sheet = part(&path)?;
    Some(
        elements(&sheet, "row")
            .into_iter()
            .filter(|attributes| {
                attributes
                    .iter()
                    .any(|(k, v)| k == "hidden" && (v == "1" || v == "true"))
            })
            .filter_map(|attributes| {
                attributes
                    .into_iter()
                    .find(|(k, _)| k == "r")
                    .and_then(|(_, v)| v.parse().ok())
            })
            .collect(),
    )
}

/// The attributes (local name, value) of every element named `name` (any
/// namespace prefix) in an XML part.
fn elements(xml: &[u8], name: &str) -> Vec<Vec<(String, String)>> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut found = Vec::new();
    let mut buffer = Vec::new();
    loop {
        match reader.read_event_into(&mut buffer) {
            Ok(Event::Start(element)) | Ok(Event::Empty(element))
                if element.local_name().as_ref() == name =>
            {
                found.push(
                    element
                        .attributes()
                        .flatten()
                        .map(|a| {
                            let key = a.key.local_name().as_ref().to_owned();
                            (key, a.value.as_ref().to_owned())
                        })
                        .collect(),
                );
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buffer.clear();
    }
    found
}

fn read_csv(bytes: &[u8]) -> Result<Sheet, ImportError> {
    let (text, encoding) = decode(bytes);
    let separator = separator(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator as u8)
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let breaks = row_breaks(&text, separator as u8);
    // The row Excel shows a record on; the record's position may be at the
    // blank lines before it.
    let row_of = |byte: Option<u64>| {
        let mut at = byte.unwrap_or(0) as usize;
        while text
            .as_bytes()
            .get(at)
            .is_some_and(|b| matches!(b, b'\r' | b'\n'))
        {
            at += 1;
        }
        1 + breaks.partition_point(|&b| b < at)
    };
    let rows = reader
        .records()
        .map(|record| {
            let (number, cells) = match record {
                Ok(record) => (
                    row_of(record.position().map(|p| p.byte())),
                    Ok(record.iter().map(str::to_owned).collect()),
                ),
                Err(error) => (
                    row_of(error.position().map(|p| p.byte())),
                    Err(error.to_string()),
                ),
            };
            Row {
                number,
                cells,
                hidden: false,
                uncalculated: Vec::new(),
                merged_from_above: Vec::new(),
            }
        })
        .collect();
    Ok(Sheet {
        read_as: ReadAs::Csv {
            encoding,
            separator,
        },
        rows,
    })
}

/// Where a CSV text's rows end: the bytes of its line breaks, but for
/// those inside a quoted cell (Alt+Enter), which start no new row. As the
/// csv crate reads it, a quote opens a quoted cell only at the cell's start
/// (or right after a closing quote: `""` is a quote inside one); elsewhere
/// it is a character like any other (`Tivi 32"`).
fn row_breaks(text: &str, separator: u8) -> Vec<usize> {
    let (mut quoted, mut cell_start, mut after_close) = (false, true, false);
    let mut breaks = Vec::new();
    for (at, byte) in text.bytes().enumerate() {
        if quoted {
            quoted = byte != b'"';
            after_close = !quoted;
            continue;
        }
        match byte {
            b'"' if cell_start || after_close => quoted = true,
            b'\n' => breaks.push(at),
            _ => {}
        }
        after_close = false;
        cell_start = matches!(byte, b'\n' | b'\r') || byte == separator;
    }
    breaks
}

/// The text of a CSV file and the encoding it was in: a BOM says, else
/// valid UTF-8 is UTF-8, else it is Windows-1258 (Excel's "CSV" on
/// Vietnamese Windows).
fn decode(bytes: &[u8]) -> (String, &'static str) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return (text.into_owned(), encoding.name());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_owned(), "UTF-8");
    }
    let (text, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(bytes);
    // Windows-1258 writes tones as combining marks: store the usual composed form.
    (text.nfc().collect(), "windows-1258")
}

/// `;` when the first lines have more of them than of `,` (Excel in
/// Vietnamese locales), else `,`. Several lines are counted: a sheet's
/// title rows come first, and a title may hold a comma ("Hà Nội, ngày …").
fn separator(text: &str) -> char {
    let head = text.lines().take(30);
    let (semicolons, commas) = head.fold((0, 0), |(s, c), line| {
        (s + line.matches(';').count(), c + line.matches(',').count())
    });
    if semicolons > commas {
        ';'
    } else {
        ','
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_rows_keep_their_numbers_and_the_separator_is_found_past_the_titles() {
        let text = "SỞ CÔNG THƯƠNG HÀ NỘI;;;\nHà Nội, ngày 5 tháng 9 năm 2025;;;\n\nSTT;Tên doanh nghiệp;Mã gian;Ghi chú\n1;HTX \"Cói\";A1;\n";
        let sheet = read_sheet(text.as_bytes(), None).unwrap();
        assert_eq!(
            sheet.read_as,
            ReadAs::Csv {
                encoding: "UTF-8",
                separator: ';'
            }
        );
        let numbers: Vec<usize> = sheet.rows.iter().map(|r| r.number).collect();
        assert_eq!(numbers, [1, 2, 4, 5], "the blank line 3 is no record");
        assert_eq!(sheet.rows[2].cell(1), "Tên doanh nghiệp");
        assert_eq!(sheet.rows[3].cell(1), "HTX \"Cói\"");
        assert_eq!(sheet.rows[3].cell(9), "");
        let quoted = "Tên doanh nghiệp,Gian hàng\n\"HTX Cói\nKim Sơn\",A1\nGốm,A2\n";
        let sheet = read_sheet(quoted.as_bytes(), None).unwrap();
        let numbers: Vec<usize> = sheet.rows.iter().map(|r| r.number).collect();
        assert_eq!(
            numbers,
            [1, 2, 3],
            "a line break inside a cell is no new row"
        );
        let inches = "Tên doanh nghiệp;Sản phẩm;Gian hàng\nĐiện máy Hà Nội;Tivi 32\";A1\n\"HTX \"\"Cói\"\"\nKim Sơn\";Chiếu;A2\nGốm;Bát;A3\n";
        let sheet = read_sheet(inches.as_bytes(), None).unwrap();
        let numbers: Vec<usize> = sheet.rows.iter().map(|r| r.number).collect();
        assert_eq!(
            numbers,
            [1, 2, 3, 4],
            "a quote inside an unquoted cell opens nothing"
        );
        assert_eq!(sheet.rows[1].cell(1), "Tivi 32\"");
        assert_eq!(sheet.rows[2].cell(0), "HTX \"Cói\"\nKim Sơn");
    }

    #[test]
    fn read_as_is_said_in_both_languages() {
        let csv = ReadAs::Csv {
            encoding: "windows-1258",
            separator: ';',
        };
        assert_eq!(csv.describe(Lang::En), "windows-1258 with ';' separators");
        assert_eq!(
            csv.describe(Lang::Vi),
            "CSV windows-1258, phân cách bằng dấu ';'"
        );
    }
}
