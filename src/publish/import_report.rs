//! What an import did and could not do, row by row, worded in Vietnamese
//! and English: the CLI prints it (`--lang vi`), the studio shows it.

use super::columns::{Analysis, Column, Field};
use super::spreadsheet::{Merge, NotSpreadsheet, ReadAs};
use crate::feed::FeedError;
use crate::i18n::{describe_refusal_plainly, json_key, Lang};

/// Why an import cannot be done at all (the feed is then left as it was).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ImportError {
    /// The feed to import into does not load.
    #[error("the feed does not load: {0}")]
    Feed(#[from] FeedError),
    /// The feed has no event with that id.
    #[error("the feed has no event with the id \"{0}\"")]
    UnknownEvent(String),
    /// The columns cannot be told: a required one is missing, or two claim
    /// one field. The analysis is what the organiser chooses from.
    #[error("{}", columns_problem(.0, Lang::En))]
    Columns(Box<Analysis>),
    /// A column the organiser named (`--column`) is not in the sheet.
    #[error("--column \"{0}\": no column is headed so (headers read on row {1}: {2})")]
    NoColumn(String, usize, String),
    /// The file cannot be read.
    #[error("the file cannot be read: {0}")]
    File(String),
    /// The workbook cannot be read.
    #[error("the workbook cannot be read: {0}")]
    Workbook(String),
    /// The file is no spreadsheet: it is said what it is.
    #[error("{}", not_spreadsheet(*.0, Lang::En))]
    NotSpreadsheet(NotSpreadsheet),
    /// The workbook has no sheet of that name.
    #[error("the workbook has no sheet \"{0}\" (sheets: {1})")]
    NoSheet(String, String),
    /// The feed's JSON could not be rewritten.
    #[error("the feed cannot be rewritten: {0}")]
    Json(String),
    /// The result would not load (a bug, or a feed edited meanwhile).
    #[error("the imported feed would not load: {0}")]
    Result(FeedError),
}

impl ImportError {
    /// The error in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            ImportError::Feed(error) => format!(
                "dữ liệu hội chợ chưa đọc được: {}",
                describe_refusal_plainly(error, lang, &json_key)
            ),
            ImportError::UnknownEvent(id) => format!("dữ liệu không có hội chợ nào có mã \"{id}\""),
            ImportError::Columns(analysis) => columns_problem(analysis, lang),
            ImportError::NoColumn(key, row, headers) => format!(
                "--column \"{key}\": không có cột nào có tiêu đề này (tiêu đề đọc ở dòng {row}: {headers})"
            ),
            ImportError::File(why) => format!("không đọc được tệp: {why}"),
            ImportError::Workbook(why) => format!("không đọc được tệp Excel: {why}"),
            ImportError::NotSpreadsheet(what) => not_spreadsheet(*what, lang),
            ImportError::NoSheet(sheet, sheets) => {
                format!("tệp Excel không có trang tính \"{sheet}\" (các trang: {sheets})")
            }
            ImportError::Json(why) => format!("không ghi lại được dữ liệu: {why}"),
            ImportError::Result(error) => format!(
                "dữ liệu sau khi nhập sẽ không đọc được: {}",
                describe_refusal_plainly(error, lang, &json_key)
            ),
        }
    }
}

/// A file that is no spreadsheet, said for what it is, in `lang`, with
/// what to do instead (never its bytes).
fn not_spreadsheet(what: NotSpreadsheet, lang: Lang) -> String {
    let (en, vi) = match what {
        NotSpreadsheet::TextDocument => ("a text document (Word)", "một văn bản (Word)"),
        NotSpreadsheet::Presentation => ("a slide presentation", "một bài trình chiếu"),
        NotSpreadsheet::Pdf => ("a PDF", "một tệp PDF"),
        NotSpreadsheet::Image => ("a picture", "một hình ảnh"),
        NotSpreadsheet::Archive => ("a compressed archive", "một tệp nén"),
        NotSpreadsheet::Binary => ("not text", "không phải văn bản"),
    };
    match lang {
        Lang::En => format!(
            "this file is {en}, not a spreadsheet: open the exhibitor list in Excel and save it as .xlsx, .xls or .csv"
        ),
        Lang::Vi => format!(
            "tệp này là {vi}, không phải bảng tính: hãy mở danh sách gian hàng bằng Excel rồi lưu thành .xlsx, .xls hoặc .csv"
        ),
    }
}

/// What is wrong with the columns, in `lang`: each required field missing
/// (with the headers of the row taken for the header) and each field two
/// columns claim.
fn columns_problem(analysis: &Analysis, lang: Lang) -> String {
    let headers: Vec<String> = analysis.columns.iter().map(Column::label).collect();
    let headers = headers.join(", ");
    let row = analysis.header_row;
    let mut parts: Vec<String> = analysis
        .missing
        .iter()
        .map(|field| match lang {
            Lang::En => format!(
                "the spreadsheet has no {} ({}) column (headers read on row {row}: {headers})",
                field.name(lang),
                field.sample_header()
            ),
            Lang::Vi => format!(
                "bảng tính không có cột {} (ví dụ \"{}\") (tiêu đề đọc ở dòng {row}: {headers})",
                field.name(lang),
                field.sample_header()
            ),
        })
        .collect();
    parts.extend(analysis.conflicts.iter().map(|field| {
        let claiming: Vec<String> = analysis
            .columns
            .iter()
            .filter(|c| c.field == Some(*field))
            .map(Column::label)
            .collect();
        match lang {
            Lang::En => format!(
                "{} columns hold the {}: {}",
                claiming.len(),
                field.name(lang),
                claiming.join(", ")
            ),
            Lang::Vi => format!(
                "{} cột cùng là {}: {}",
                claiming.len(),
                field.name(lang),
                claiming.join(", ")
            ),
        }
    }));
    parts.join("; ")
}

/// Why a row was not imported, or was imported with a change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowIssue {
    /// The CSV row cannot be read.
    Unreadable(String),
    /// Excel hides the row: it is not imported.
    Hidden,
    /// A total or subtotal row ("Tổng cộng: 4 đơn vị").
    Total(String),
    /// Column numbers under the header ("1 2 3 …").
    Numbering,
    /// One text across the row, no booth: a section's heading or a note.
    Heading(String),
    /// Something only in columns not imported (a number in "STT").
    NothingImported,
    /// No exhibitor or no booth code; `uncalculated` when the cell holds a
    /// formula without a saved value.
    NoExhibitorOrCode {
        /// The empty cell is a formula never calculated.
        uncalculated: bool,
    },
    /// A code an earlier row has.
    DuplicateCode(String),
    /// A code making the id of another fair's booth.
    TakenId {
        /// The code as written.
        code: String,
        /// The id it makes.
        id: String,
        /// The fair whose booth has it.
        owner: String,
    },
    /// A categories text naming no category, and those it may mean.
    UnknownCategory(String, Vec<String>),
    /// A website that is no web address.
    NotWebAddress(String),
    /// OCOP stars other than 1 to 5.
    BadOcop(String),
    /// A phone cell holding 0: no phone.
    ZeroPhone,
    /// A phone Excel printed as "8.49123E+10": its digits are lost.
    LostPhone(String),
    /// A part of a phone cell with too few (or too many) digits to dial:
    /// it is kept as written but gets no call link.
    NotAPhone(String),
}

impl RowIssue {
    /// True when the row was skipped as no booth (a total, a heading, the
    /// column numbers): nothing the organiser wrote was lost.
    pub fn is_note(&self) -> bool {
        matches!(
            self,
            RowIssue::Total(_)
                | RowIssue::Numbering
                | RowIssue::Heading(_)
                | RowIssue::NothingImported
        )
    }

    /// What happened to the row, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            RowIssue::Unreadable(why) if en => format!("unreadable ({why}); not imported"),
            RowIssue::Unreadable(why) => format!("không đọc được ({why}); không nhập"),
            RowIssue::Hidden if en => "hidden in Excel; not imported (unhide the row to import it)".into(),
            RowIssue::Hidden => "đang bị ẩn trong Excel; không nhập (bỏ ẩn dòng nếu muốn nhập)".into(),
            RowIssue::Total(text) if en => format!("a total row (\"{text}\"); skipped"),
            RowIssue::Total(text) => format!("dòng tổng cộng (\"{text}\"); bỏ qua"),
            RowIssue::Numbering if en => "the columns' numbers under the header; skipped".into(),
            RowIssue::Numbering => "dòng đánh số cột dưới tiêu đề; bỏ qua".into(),
            RowIssue::Heading(text) if en => format!("a heading or note (\"{text}\"), no booth; skipped"),
            RowIssue::Heading(text) => format!("dòng đề mục hoặc ghi chú (\"{text}\"), không phải gian hàng; bỏ qua"),
            RowIssue::NothingImported if en => "nothing in the columns imported; skipped".into(),
            RowIssue::NothingImported => "không có gì ở các cột được nhập; bỏ qua".into(),
            RowIssue::NoExhibitorOrCode { uncalculated } => {
                let lead = if en {
                    "no exhibitor name or no booth code; not imported"
                } else {
                    "thiếu tên đơn vị hoặc mã gian hàng; không nhập"
                };
                match (uncalculated, en) {
                    (false, _) => lead.to_owned(),
                    (true, true) => format!("{lead} (the cell holds a formula that was never calculated: open the file in Excel and save it)"),
                    (true, false) => format!("{lead} (ô chứa công thức chưa được tính: hãy mở tệp bằng Excel rồi lưu lại)"),
                }
            }
            RowIssue::DuplicateCode(code) if en => {
                format!("booth code \"{code}\" is already used by an earlier row; not imported")
            }
            RowIssue::DuplicateCode(code) => {
                format!("mã gian hàng \"{code}\" đã có ở một dòng phía trên; không nhập")
            }
            RowIssue::TakenId { code, id, owner } if en => format!(
                "booth code \"{code}\" makes the id {id}, which a booth of event {owner} already has; not imported"
            ),
            RowIssue::TakenId { code, id, owner } => format!(
                "mã gian hàng \"{code}\" tạo ra mã {id}, trùng với một gian hàng của hội chợ {owner}; không nhập"
            ),
            RowIssue::UnknownCategory(name, near) => {
                let quoted: Vec<String> = near.iter().map(|n| format!("\"{n}\"")).collect();
                match (near.is_empty(), en) {
                    (true, true) => format!("no category is called \"{name}\"; imported without it"),
                    (true, false) => format!("không có ngành hàng nào tên \"{name}\"; nhập không kèm ngành hàng này"),
                    (false, true) => format!(
                        "no category is called \"{name}\" (perhaps {}); imported without it",
                        quoted.join(" or ")
                    ),
                    (false, false) => format!(
                        "không có ngành hàng nào tên \"{name}\" (có thể là {}); nhập không kèm ngành hàng này",
                        quoted.join(" hoặc ")
                    ),
                }
            }
            RowIssue::NotWebAddress(site) if en => {
                format!("website \"{site}\" is not a web address; imported without it")
            }
            RowIssue::NotWebAddress(site) => {
                format!("trang web \"{site}\" không phải địa chỉ web; nhập không kèm trang web")
            }
            RowIssue::BadOcop(stars) if en => {
                format!("OCOP stars \"{stars}\" are not 1 to 5; imported without them")
            }
            RowIssue::BadOcop(stars) => {
                format!("số sao OCOP \"{stars}\" không nằm trong 1 đến 5; nhập không kèm số sao")
            }
            RowIssue::ZeroPhone if en => "the phone cell holds 0; imported without a phone".into(),
            RowIssue::ZeroPhone => "ô điện thoại ghi 0; nhập không kèm số điện thoại".into(),
            RowIssue::LostPhone(text) if en => format!(
                "the phone \"{text}\" lost its digits in Excel (a long number shown in scientific notation); imported without it"
            ),
            RowIssue::LostPhone(text) => format!(
                "số điện thoại \"{text}\" đã mất chữ số trong Excel (số dài hiện dạng khoa học); nhập không kèm số này"
            ),
            RowIssue::NotAPhone(text) if en => format!(
                "\"{text}\" in the phone cell is not a whole phone number (too few or too many digits); kept as written, without a call link"
            ),
            RowIssue::NotAPhone(text) => format!(
                "\"{text}\" trong ô điện thoại không phải số điện thoại đầy đủ (thiếu hoặc thừa chữ số); giữ nguyên, không có nút gọi"
            ),
        }
    }
}

/// A row not imported, or imported with a change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    /// The row's number as the spreadsheet shows it.
    pub row: usize,
    /// What happened to it.
    pub issue: RowIssue,
}

/// The booths an import adds, changes and removes, named
/// "exhibitor (code)".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Booths the fair did not have.
    pub added: Vec<String>,
    /// Booths it had, written differently now.
    pub changed: Vec<String>,
    /// Booths it had that the list no longer holds.
    pub removed: Vec<String>,
    /// Booths that stay as they were.
    pub unchanged: usize,
}

impl Changes {
    /// The booths new, changed and removed, in that order.
    pub fn kinds(&self) -> [&[String]; 3] {
        [&self.added, &self.changed, &self.removed]
    }

    /// The first `shown` of `names`, joined with commas, and how many more
    /// there are: what a summary names of a long list.
    pub fn some_of(names: &[String], shown: usize) -> (String, usize) {
        let first = names.iter().take(shown).cloned().collect::<Vec<_>>();
        (first.join(", "), names.len().saturating_sub(shown))
    }

    /// "3 new, 1 changed, 2 removed, 5 unchanged" in `lang`.
    pub fn counts(&self, lang: Lang) -> String {
        let (added, changed, removed, unchanged) = (
            self.added.len(),
            self.changed.len(),
            self.removed.len(),
            self.unchanged,
        );
        match lang {
            Lang::En => {
                format!("{added} new, {changed} changed, {removed} removed, {unchanged} unchanged")
            }
            Lang::Vi => {
                format!("{added} mới, {changed} thay đổi, {removed} bị bỏ, {unchanged} giữ nguyên")
            }
        }
    }
}

/// What an import did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportReport {
    /// How the spreadsheet was read: its encoding and separator, or its sheet.
    pub read_as: ReadAs,
    /// Where the table was and what each column was taken for.
    pub analysis: Analysis,
    /// The rows above the header with something in them (titles), skipped.
    pub above: Vec<usize>,
    /// Booths imported.
    pub imported: usize,
    /// Booths of the event that the import replaced.
    pub replaced: usize,
    /// Phones Excel kept as numbers whose leading 0 was put back.
    pub restored_phones: usize,
    /// The merged cells of imported columns given to every row they span.
    pub merged: Vec<(Field, Merge)>,
    /// Booth rows whose category is empty under a row with one (a CSV
    /// saved from a merged category), left without; see `filled_categories`.
    pub blank_categories: Vec<usize>,
    /// Booth rows given the category above, as the organiser asked.
    pub filled_categories: Vec<usize>,
    /// The booths added, changed and removed.
    pub changes: Changes,
    /// Rows not imported, or imported with a change, by row number.
    pub problems: Vec<RowProblem>,
}

impl ImportReport {
    /// True when some row was not imported as written (notes aside).
    pub fn has_problems(&self) -> bool {
        self.problems.iter().any(|p| !p.issue.is_note())
    }

    /// How the sheet was read, beyond the rows: where the header was and
    /// what was above it, the columns not imported, the phones mended.
    pub fn notes(&self, lang: Lang) -> Vec<String> {
        let mut notes = vec![self.header_note(lang)];
        let unused: Vec<String> = self.analysis.not_imported().map(Column::label).collect();
        if !unused.is_empty() {
            notes.push(format!(
                "{} {}",
                not_imported_label(lang),
                unused.join(", ")
            ));
        }
        notes.extend(self.phones_note(lang));
        notes.extend(self.reading_notes(lang));
        notes
    }

    /// What was read other than as written: the columns told by their
    /// values, the merged cells given to every row they span, and the
    /// empty categories under a filled one (filled as asked, or not).
    pub fn reading_notes(&self, lang: Lang) -> Vec<String> {
        let mut notes: Vec<String> = self.guessed_notes(lang).collect();
        notes.extend(self.merged.iter().map(|(field, merge)| {
            let rows = merge.rows.1 - merge.rows.0 + 1;
            let address = merge.address();
            match lang {
                Lang::En => format!(
                    "{}: merged cell {address} applies to {rows} rows",
                    crate::short_names::capitalised(field.name(lang))
                ),
                Lang::Vi => format!(
                    "{}: ô gộp {address} áp cho {rows} dòng",
                    crate::short_names::capitalised(field.name(lang))
                ),
            }
        }));
        if !self.filled_categories.is_empty() {
            let rows = rows_text(&self.filled_categories);
            notes.push(match lang {
                Lang::En => {
                    format!("categories: rows {rows} took the category of the row above, as asked")
                }
                Lang::Vi => {
                    format!("ngành hàng: dòng {rows} lấy ngành hàng của dòng trên, theo yêu cầu")
                }
            });
        }
        notes.extend(self.blank_categories_note(lang));
        notes
    }

    /// The booth rows left without a category under one with it, when
    /// any: what a CSV saved from a merged category looks like.
    pub fn blank_categories_note(&self, lang: Lang) -> Option<String> {
        (!self.blank_categories.is_empty()).then(|| {
            let rows = rows_text(&self.blank_categories);
            match lang {
                Lang::En => format!(
                    "categories: rows {rows} have none, under a row that has one (saved as CSV, a category merged down its group stays on its first row only); imported without a category"
                ),
                Lang::Vi => format!(
                    "ngành hàng: dòng {rows} để trống, dưới một dòng có ngành hàng (khi lưu CSV, ô ngành hàng gộp cho cả nhóm chỉ còn ở dòng đầu); nhập không kèm ngành hàng"
                ),
            }
        })
    }

    /// The columns whose field was guessed from their values.
    fn guessed_notes(&self, lang: Lang) -> impl Iterator<Item = String> + '_ {
        self.analysis
            .columns
            .iter()
            .filter(|c| c.guessed)
            .filter_map(move |c| {
                let field = c.field?.name(lang);
                let samples = c.samples.join(", ");
                Some(match lang {
                    Lang::En => format!(
                        "{} → {field}: guessed from its values ({samples})",
                        c.label()
                    ),
                    Lang::Vi => format!("{} → {field}: đoán theo giá trị ({samples})", c.label()),
                })
            })
    }

    /// Where the header was, and the rows above it that were skipped.
    pub fn header_note(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        let a = &self.analysis;
        let header = if a.header_rows > 1 {
            rows_text(&(a.header_row..a.header_row + a.header_rows).collect::<Vec<_>>())
        } else {
            a.header_row.to_string()
        };
        let on = if a.header_rows > 1 { "rows" } else { "row" };
        match (self.above.is_empty(), en) {
            (true, true) => format!("header on {on} {header}"),
            (true, false) => format!("tiêu đề cột ở dòng {header}"),
            (false, true) => format!(
                "header on {on} {header}; rows {} above it skipped (titles)",
                rows_text(&self.above)
            ),
            (false, false) => format!(
                "tiêu đề cột ở dòng {header}; bỏ qua dòng {} phía trên (tiêu đề văn bản)",
                rows_text(&self.above)
            ),
        }
    }

    /// How many phones got their leading zero back, when any did.
    pub fn phones_note(&self, lang: Lang) -> Option<String> {
        let n = self.restored_phones;
        (n > 0).then(|| match lang {
            Lang::En => {
                format!("{n} phone number(s) Excel stored as numbers got their leading 0 back")
            }
            Lang::Vi => format!("{n} số điện thoại Excel lưu dạng số đã được thêm lại số 0 ở đầu"),
        })
    }

    /// The columns imported, each with its field: "Tên doanh nghiệp/HTX (B)
    /// → exhibitor", in `lang`.
    pub fn columns_used(&self, lang: Lang) -> Vec<String> {
        self.columns_imported()
            .map(|(column, field)| format!("{} → {}", column.label(), field.name(lang)))
            .collect()
    }

    /// The columns imported and their fields, in the fields' order.
    pub fn columns_imported(&self) -> impl Iterator<Item = (&Column, Field)> {
        Field::ALL.into_iter().filter_map(|field| {
            let column = self
                .analysis
                .columns
                .iter()
                .find(|c| c.field == Some(field))?;
            Some((column, field))
        })
    }
}

/// "columns not imported:", before their names.
pub fn not_imported_label(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "columns not imported:",
        Lang::Vi => "các cột không nhập:",
    }
}

/// Row numbers as ranges: "1-6, 9".
pub fn rows_text(rows: &[usize]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let start = rows[i];
        let mut end = start;
        while i + 1 < rows.len() && rows[i + 1] == end + 1 {
            i += 1;
            end = rows[i];
        }
        parts.push(if end > start {
            format!("{start}-{end}")
        } else {
            start.to_string()
        });
        i += 1;
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_said_as_ranges() {
        assert_eq!(rows_text(&[1, 2, 3, 5, 7, 8]), "1-3, 5, 7-8");
        assert_eq!(rows_text(&[]), "");
    }
}
