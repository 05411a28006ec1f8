//! Exhibitor lists as organisers keep them, read into rows of text as a
//! person sees them: workbooks (Excel's .xlsx and 97-2003 .xls,
//! LibreOffice's .ods; any sheet; merged cells, hidden rows, formulas'
//! saved values) and CSV (UTF-8 with or without a BOM, UTF-16,
//! Windows-1258; `;` or `,`). What a file is comes from its bytes, not its
//! name; a file that is no spreadsheet is said for what it is. Every row is
//! kept, from the top: finding the header is the import's business
//! (`columns.rs`).

use super::ImportError;
use crate::i18n::Lang;
use calamine::{Data, Dimensions, Ods, Reader, Sheets, Xls, Xlsx};
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
        /// The workbook's kind.
        kind: WorkbookKind,
        /// The sheet's name.
        sheet: String,
    },
}

/// The kinds of workbook read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkbookKind {
    /// Excel 2007 and later.
    Xlsx,
    /// Excel 97-2003 (BIFF8).
    Xls,
    /// OpenDocument (LibreOffice, Google Sheets' export).
    Ods,
}

impl WorkbookKind {
    /// Its usual file ending.
    pub fn ending(self) -> &'static str {
        match self {
            WorkbookKind::Xlsx => "xlsx",
            WorkbookKind::Xls => "xls",
            WorkbookKind::Ods => "ods",
        }
    }
}

/// What a file that is not a spreadsheet is, to say so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotSpreadsheet {
    /// A Word or OpenDocument text (.docx, .doc, .odt).
    TextDocument,
    /// A slide deck (.pptx, .ppt, .odp).
    Presentation,
    /// A PDF.
    Pdf,
    /// A picture (PNG, JPEG, GIF, WebP, TIFF, BMP).
    Image,
    /// A zip archive of something else.
    Archive,
    /// Bytes that are no text (a program, a database…).
    Binary,
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
            (ReadAs::Workbook { kind, sheet }, Lang::En) => {
                format!("{}, sheet \"{sheet}\"", kind.ending())
            }
            (ReadAs::Workbook { kind, sheet }, Lang::Vi) => {
                format!("{}, trang tính \"{sheet}\"", kind.ending())
            }
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
    /// The merged cells that span rows and hold a value, each given to
    /// every row it spans.
    pub merges: Vec<Merge>,
}

/// A merged cell given to every row it spans ("E6:E8").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merge {
    /// Its first column (from 0).
    pub column: usize,
    /// Its first and last rows, as the spreadsheet numbers them.
    pub rows: (usize, usize),
    /// Its last column (from 0).
    pub last_column: usize,
}

impl Merge {
    /// Its address as Excel writes it: "E6:E8".
    pub fn address(&self) -> String {
        use super::columns::column_letter;
        format!(
            "{}{}:{}{}",
            column_letter(self.column),
            self.rows.0,
            column_letter(self.last_column),
            self.rows.1
        )
    }
}

/// What a file holds, from its first bytes (offices rename files).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A workbook of that kind.
    Workbook(WorkbookKind),
    /// Text: read as CSV.
    Text,
    /// Not a spreadsheet.
    Not(NotSpreadsheet),
}

/// What `bytes` hold.
pub fn file_kind(bytes: &[u8]) -> FileKind {
    const CFB: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    if bytes.starts_with(b"PK\x03\x04") {
        return zip_kind(bytes);
    }
    if bytes.starts_with(CFB) {
        // An OLE file: a 97-2003 workbook has a "Workbook" (or "Book")
        // stream; Word and PowerPoint files have theirs.
        let has = |name: &str| {
            let utf16: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
            bytes.windows(utf16.len()).any(|w| w == utf16.as_slice())
        };
        return if has("Workbook") || has("Book") {
            FileKind::Workbook(WorkbookKind::Xls)
        } else if has("WordDocument") {
            FileKind::Not(NotSpreadsheet::TextDocument)
        } else if has("PowerPoint") {
            FileKind::Not(NotSpreadsheet::Presentation)
        } else {
            FileKind::Not(NotSpreadsheet::Binary)
        };
    }
    let image: [&[u8]; 7] = [
        b"\x89PNG",
        b"\xFF\xD8\xFF",
        b"GIF8",
        b"II*\0",
        b"MM\0*",
        b"BM",
        b"RIFF",
    ];
    if bytes.starts_with(b"%PDF") {
        FileKind::Not(NotSpreadsheet::Pdf)
    } else if image.iter().any(|magic| bytes.starts_with(magic)) {
        FileKind::Not(NotSpreadsheet::Image)
    } else if encoding_rs::Encoding::for_bom(bytes).is_none()
        && bytes.iter().take(4096).any(|&b| b == 0)
    {
        FileKind::Not(NotSpreadsheet::Binary)
    } else {
        FileKind::Text
    }
}

/// What a zip archive holds, from the names of its parts.
fn zip_kind(bytes: &[u8]) -> FileKind {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return FileKind::Not(NotSpreadsheet::Archive);
    };
    let names: Vec<String> = archive
        .file_names()
        .flatten()
        .map(|n| n.into_owned())
        .collect();
    let has = |prefix: &str| names.iter().any(|n| n.starts_with(prefix));
    if has("xl/") {
        return FileKind::Workbook(WorkbookKind::Xlsx);
    }
    if has("word/") {
        return FileKind::Not(NotSpreadsheet::TextDocument);
    }
    if has("ppt/") {
        return FileKind::Not(NotSpreadsheet::Presentation);
    }
    let mut mimetype = String::new();
    if let Ok(mut file) = archive.by_name("mimetype") {
        let _ = file.read_to_string(&mut mimetype);
    }
    match mimetype.trim() {
        "application/vnd.oasis.opendocument.spreadsheet" => FileKind::Workbook(WorkbookKind::Ods),
        m if m.starts_with("application/vnd.oasis.opendocument.text") => {
            FileKind::Not(NotSpreadsheet::TextDocument)
        }
        m if m.starts_with("application/vnd.oasis.opendocument.presentation") => {
            FileKind::Not(NotSpreadsheet::Presentation)
        }
        _ => FileKind::Not(NotSpreadsheet::Archive),
    }
}

/// True for a workbook (of any kind read), not a CSV text.
pub fn is_workbook(bytes: &[u8]) -> bool {
    matches!(file_kind(bytes), FileKind::Workbook(_))
}

/// The names of a workbook's sheets, in order.
pub fn sheet_names(bytes: &[u8]) -> Result<Vec<String>, ImportError> {
    match file_kind(bytes) {
        FileKind::Workbook(kind) => Ok(workbook(bytes, kind)?.sheet_names()),
        _ => Ok(Vec::new()),
    }
}

/// Reads a spreadsheet: a workbook's sheet named `sheet` (by default its
/// first), or a CSV file, its encoding and separator found from its bytes;
/// refuses, saying what it is, a file that is neither.
pub fn read_sheet(bytes: &[u8], sheet: Option<&str>) -> Result<Sheet, ImportError> {
    match file_kind(bytes) {
        FileKind::Workbook(kind) => read_workbook(bytes, kind, sheet),
        FileKind::Text => read_csv(bytes),
        FileKind::Not(what) => Err(ImportError::NotSpreadsheet(what)),
    }
}

fn workbook(bytes: &[u8], kind: WorkbookKind) -> Result<Sheets<Cursor<&[u8]>>, ImportError> {
    let cursor = Cursor::new(bytes);
    let unreadable = |e: &dyn std::fmt::Display| ImportError::Workbook(e.to_string());
    Ok(match kind {
        WorkbookKind::Xlsx => Sheets::Xlsx(Xlsx::new(cursor).map_err(|e| unreadable(&e))?),
        WorkbookKind::Xls => Sheets::Xls(Xls::new(cursor).map_err(|e| unreadable(&e))?),
        WorkbookKind::Ods => Sheets::Ods(Ods::new(cursor).map_err(|e| unreadable(&e))?),
    })
}

/// A sheet's merged areas: calamine reads them from .xlsx and .xls; an
/// .ods's come from its content (`ods_layout`).
fn merged_areas(book: &mut Sheets<Cursor<&[u8]>>, name: &str) -> Vec<Dimensions> {
    match book {
        Sheets::Xlsx(xlsx) => xlsx.merge_cells_by_sheet_name(name).unwrap_or_default(),
        Sheets::Xls(xls) => xls.merge_cells_by_sheet_name(name).unwrap_or_default(),
        _ => Vec::new(),
    }
}

fn read_workbook(
    bytes: &[u8],
    kind: WorkbookKind,
    sheet: Option<&str>,
) -> Result<Sheet, ImportError> {
    let mut book = workbook(bytes, kind)?;
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
    let (merges, hidden) = match kind {
        WorkbookKind::Ods => ods_layout(bytes, position).unwrap_or_default(),
        WorkbookKind::Xlsx => (
            merged_areas(&mut book, &name),
            hidden_rows(bytes, position).unwrap_or_default(),
        ),
        WorkbookKind::Xls => (
            merged_areas(&mut book, &name),
            xls_hidden_rows(bytes, position).unwrap_or_default(),
        ),
    };
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
    let mut filled = Vec::new();
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
        if area.end.0 as usize > top {
            filled.push(Merge {
                column: left,
                rows: (top + 1, area.end.0 as usize + 1),
                last_column: area.end.1 as usize,
            });
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
    filled.sort_by_key(|m| (m.rows.0, m.column));
    Ok(Sheet {
        read_as: ReadAs::Workbook { kind, sheet: name },
        rows,
        merges: filled,
    })
}

/// The numbers of the rows an Excel 97-2003 workbook hides in its
/// `position`th sheet: its `Workbook` stream's records (MS-XLS 2.1.4) are
/// read to the sheet's `BoundSheet8` (2.4.28), which says where the
/// sheet's records start, and there each `Row` record (2.4.221) whose
/// flags have `fDyZero` (0x20) is a hidden row.
fn xls_hidden_rows(bytes: &[u8], position: usize) -> Option<Vec<usize>> {
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes)).ok()?;
    let mut stream = Vec::new();
    let name = ["/Workbook", "/Book"]
        .into_iter()
        .find(|n| file.is_stream(n))?;
    file.open_stream(name).ok()?.read_to_end(&mut stream).ok()?;
    let records = |from: usize| {
        let stream = &stream;
        let mut at = from;
        std::iter::from_fn(move || {
            let head = stream.get(at..at + 4)?;
            let kind = u16::from_le_bytes([head[0], head[1]]);
            let length = u16::from_le_bytes([head[2], head[3]]) as usize;
            let data = stream.get(at + 4..at + 4 + length)?;
            at += 4 + length;
            Some((kind, data))
        })
    };
    const BOUND_SHEET: u16 = 0x0085;
    const ROW: u16 = 0x0208;
    const EOF: u16 = 0x000A;
    let start = records(0)
        .take_while(|(kind, _)| *kind != EOF)
        .filter(|(kind, _)| *kind == BOUND_SHEET)
        .nth(position)
        .and_then(|(_, data)| data.get(..4))
        .map(|p| u32::from_le_bytes([p[0], p[1], p[2], p[3]]) as usize)?;
    Some(
        records(start)
            .skip(1)
            .take_while(|(kind, _)| *kind != EOF)
            .filter(|(kind, data)| *kind == ROW && data.len() >= 14)
            .filter(|(_, data)| u16::from_le_bytes([data[12], data[13]]) & 0x20 != 0)
            .map(|(_, data)| u16::from_le_bytes([data[0], data[1]]) as usize + 1)
            .collect(),
    )
}

/// The merged areas and hidden rows of an .ods's `position`th sheet, read
/// from its `content.xml`: a cell spanning rows says
/// `table:number-rows-spanned`, a hidden row `table:visibility="collapse"`
/// (or "filter"), and a row or cell written once for several says
/// `table:number-rows-repeated` / `number-columns-repeated`.
fn ods_layout(bytes: &[u8], position: usize) -> Option<(Vec<Dimensions>, Vec<usize>)> {
    use quick_xml::events::Event;
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut content = Vec::new();
    archive
        .by_name("content.xml")
        .ok()?
        .read_to_end(&mut content)
        .ok()?;
    let mut reader = quick_xml::Reader::from_reader(content.as_slice());
    let (mut merges, mut hidden) = (Vec::new(), Vec::new());
    let (mut table, mut row, mut column) = (0usize, 0u32, 0u32);
    let mut in_sheet = false;
    let mut buffer = Vec::new();
    let number = |element: &quick_xml::events::BytesStart, key: &str| -> u32 {
        element
            .attributes()
            .flatten()
            .find(|a| a.key.as_ref() == key)
            .and_then(|a| a.value.parse().ok())
            .unwrap_or(1)
    };
    loop {
        let event = reader.read_event_into(&mut buffer).ok()?;
        match &event {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "table:table" => {
                    in_sheet = table == position;
                    table += 1;
                    row = 0;
                }
                "table:table-row" if in_sheet => {
                    let repeated = number(e, "table:number-rows-repeated");
                    let visibility = e
                        .attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == "table:visibility")
                        .map(|a| a.value.into_owned());
                    if matches!(visibility.as_deref(), Some("collapse" | "filter")) {
                        hidden.extend((row + 1..=row + repeated).map(|r| r as usize));
                    }
                    column = 0;
                    // An empty row element ends at once; a started one
                    // is counted at its end.
                    if matches!(event, Event::Empty(_)) {
                        row += repeated;
                    } else {
                        row += repeated - 1;
                    }
                }
                "table:table-cell" | "table:covered-table-cell" if in_sheet => {
                    let spanned = number(e, "table:number-rows-spanned");
                    let across = number(e, "table:number-columns-spanned");
                    if spanned > 1 || across > 1 {
                        merges.push(Dimensions::new(
                            (row, column),
                            (row + spanned - 1, column + across - 1),
                        ));
                    }
                    column += number(e, "table:number-columns-repeated");
                }
                _ => {}
            },
            Event::End(e) if in_sheet && e.name().as_ref() == "table:table-row" => row += 1,
            Event::End(e) if e.name().as_ref() == "table:table" => in_sheet = false,
            Event::Eof => break,
            _ => {}
        }
        buffer.clear();
    }
    Some((merges, hidden))
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
        merges: Vec::new(),
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
