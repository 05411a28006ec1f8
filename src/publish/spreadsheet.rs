//! Exhibitor lists as organisers keep them, read into rows of text: Excel
//! workbooks (.xlsx, any sheet) and CSV (UTF-8 with or without a BOM,
//! UTF-16, Windows-1258; `;` or `,`).

use super::ImportError;
use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;
use unicode_normalization::UnicodeNormalization;

/// One row of a spreadsheet: its number as the spreadsheet shows it (the
/// header is row 1), and its cells, or why it cannot be read.
pub type Row = (usize, Result<Vec<String>, String>);

/// A spreadsheet read into text cells, however it was stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    /// How it was read, for the report: `UTF-8 with ';' separators`,
    /// `xlsx, sheet "Gian hàng"`.
    pub read_as: String,
    /// The header row's cells.
    pub headers: Vec<String>,
    /// Every later row.
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
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .cloned()
            .ok_or_else(|| ImportError::NoSheet(wanted.to_owned(), names.join(", ")))?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| ImportError::Workbook("the workbook has no sheet".into()))?,
    };
    let range = book
        .worksheet_range(&name)
        .map_err(|e| ImportError::Workbook(e.to_string()))?;
    let first_row = range.start().map_or(0, |(row, _)| row as usize);
    let first_column = range.start().map_or(0, |(_, column)| column as usize);
    let mut rows = range.rows().enumerate().map(|(i, cells)| {
        // Cells left of the range are empty: keep columns where Excel shows them.
        let mut row = vec![String::new(); first_column];
        row.extend(cells.iter().map(cell_text));
        (first_row + i + 1, row)
    });
    let headers = rows.next().map(|(_, cells)| cells).unwrap_or_default();
    Ok(Sheet {
        read_as: format!("xlsx, sheet \"{name}\""),
        headers,
        rows: rows.map(|(n, cells)| (n, Ok(cells))).collect(),
    })
}

/// A cell as the organiser sees it: whole numbers without ".0" (a booth
/// code 12, a count), text as written.
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

fn read_csv(bytes: &[u8]) -> Result<Sheet, ImportError> {
    let (text, encoding) = decode(bytes);
    let separator = separator(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator as u8)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader.headers()?.iter().map(str::to_owned).collect();
    let rows = reader
        .records()
        .enumerate()
        .map(|(n, record)| {
            let cells = record
                .map(|r| r.iter().map(str::to_owned).collect())
                .map_err(|e| e.to_string());
            (n + 2, cells)
        })
        .collect();
    Ok(Sheet {
        read_as: format!("{encoding} with '{separator}' separators"),
        headers,
        rows,
    })
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

/// `;` when the header row has more of them than of `,` (Excel in
/// Vietnamese locales), else `,`.
fn separator(text: &str) -> char {
    let header = text.lines().next().unwrap_or("");
    if header.matches(';').count() > header.matches(',').count() {
        ';'
    } else {
        ','
    }
}
