//! Which column of an exhibitor list holds what, found as a person finds
//! it: the header is the first row naming the exhibitor and the booth code
//! (titles above it are passed over), and a header is known by its words,
//! in Vietnamese or English, with or without diacritics, among other words
//! ("Tên doanh nghiệp/HTX", "SĐT liên hệ"). What cannot be told is named,
//! for the organiser to choose (`Mapping`: the CLI's `--column`, the
//! studio's column mapping). A column whose header says nothing known is
//! told by its values ("B01, B02" are booth codes), marked as guessed.

use super::spreadsheet::{Row, Sheet};
use crate::feed::Category;
use crate::i18n::Lang;
use crate::search::{fold, words};
use std::collections::HashSet;

/// A booth field a column can be imported into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// The exhibitor's name (required).
    Exhibitor,
    /// The booth code (required).
    Code,
    /// Products, several in a cell.
    Products,
    /// Categories, by name or id.
    Categories,
    /// A description.
    Description,
    /// A web address.
    Website,
    /// A phone number.
    Phone,
    /// An email address.
    Email,
    /// OCOP stars, 1 to 5.
    OcopStars,
}

impl Field {
    /// Every field, in the order of the template spreadsheet.
    pub const ALL: [Field; 9] = [
        Field::Exhibitor,
        Field::Code,
        Field::Products,
        Field::Categories,
        Field::Description,
        Field::Website,
        Field::Phone,
        Field::Email,
        Field::OcopStars,
    ];

    /// Its key in the feed and in `--column KEY=HEADER`.
    pub fn key(self) -> &'static str {
        match self {
            Field::Exhibitor => "exhibitor",
            Field::Code => "code",
            Field::Products => "products",
            Field::Categories => "categories",
            Field::Description => "description",
            Field::Website => "website",
            Field::Phone => "phone",
            Field::Email => "email",
            Field::OcopStars => "ocop_stars",
        }
    }

    /// The field with `key`.
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key.trim())
    }

    /// True for the fields a booth cannot do without.
    pub fn required(self) -> bool {
        matches!(self, Field::Exhibitor | Field::Code)
    }

    /// The header the template spreadsheet gives it.
    pub fn sample_header(self) -> &'static str {
        match self {
            Field::Exhibitor => "Tên doanh nghiệp",
            Field::Code => "Gian hàng",
            Field::Products => "Sản phẩm",
            Field::Categories => "Nhóm hàng",
            Field::Description => "Mô tả",
            Field::Website => "Website",
            Field::Phone => "Điện thoại",
            Field::Email => "Email",
            Field::OcopStars => "Sao OCOP",
        }
    }

    /// Its name for people, in `lang`.
    pub fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Field::Exhibitor, Lang::Vi) => "tên đơn vị trưng bày",
            (Field::Exhibitor, Lang::En) => "exhibitor",
            (Field::Code, Lang::Vi) => "mã gian hàng",
            (Field::Code, Lang::En) => "booth code",
            (Field::Products, Lang::Vi) => "sản phẩm",
            (Field::Products, Lang::En) => "products",
            (Field::Categories, Lang::Vi) => "ngành hàng",
            (Field::Categories, Lang::En) => "categories",
            (Field::Description, Lang::Vi) => "mô tả",
            (Field::Description, Lang::En) => "description",
            (Field::Website, Lang::Vi) => "trang web",
            (Field::Website, Lang::En) => "website",
            (Field::Phone, Lang::Vi) => "điện thoại",
            (Field::Phone, Lang::En) => "phone",
            (Field::Email, Lang::Vi) => "email",
            (Field::Email, Lang::En) => "email",
            (Field::OcopStars, Lang::Vi) => "sao OCOP",
            (Field::OcopStars, Lang::En) => "OCOP stars",
        }
    }

    /// The words organisers head it with, folded (no case, no diacritics);
    /// a header holding one of them among other words is this field's.
    fn phrases(self) -> &'static [&'static str] {
        match self {
            Field::Exhibitor => &[
                "ten doanh nghiep",
                "doanh nghiep",
                "ten don vi",
                "don vi",
                "ten co so",
                "co so",
                "ten htx",
                "ten hop tac xa",
                "ten cong ty",
                "nha cung cap",
                "exhibitor",
                "company",
                "business",
            ],
            Field::Code => &[
                "gian so",
                "o so",
                "so o",
                "ma gh",
                "ma so gian",
                "ky hieu gian",
                "booth no",
                "stand no",
                "gian hang",
                "ma gian hang",
                "ma gian",
                "so gian hang",
                "so gian",
                "vi tri gian hang",
                "vi tri",
                "booth",
                "booth code",
                "stand",
                "code",
            ],
            Field::Products => &[
                "san pham",
                "san pham trung bay",
                "ten san pham",
                "mat hang",
                "hang hoa",
                "products",
                "product",
            ],
            Field::Categories => &[
                "nhom hang",
                "nganh hang",
                "danh muc",
                "nhom san pham",
                "loai san pham",
                "loai hang",
                "phan loai",
                "linh vuc",
                "nganh",
                "nhom",
                "category",
                "categories",
            ],
            Field::Description => &["mo ta", "gioi thieu", "description"],
            Field::Website => &[
                "website",
                "trang web",
                "web",
                "dia chi website",
                "dia chi web",
                "url",
            ],
            Field::Phone => &[
                "dien thoai",
                "so dien thoai",
                "sdt",
                "so dt",
                "dt",
                "di dong",
                "hotline",
                "phone",
                "telephone",
                "tel",
            ],
            Field::Email => &[
                "email",
                "e mail",
                "mail",
                "thu dien tu",
                "dia chi email",
                "dia chi thu dien tu",
            ],
            Field::OcopStars => &["ocop", "sao ocop", "hang sao ocop", "ocop stars"],
        }
    }
}

/// Headers of columns the import does not take, folded: where one of these
/// says as much as a field's words, the column is not imported ("Địa chỉ
/// doanh nghiệp" is an address, not the exhibitor).
const NOT_IMPORTED: &[&str] = &[
    "stt",
    "so thu tu",
    "tt",
    "ghi chu",
    "dia chi",
    "don vi tinh",
    "dvt",
    "nguoi lien he",
    "nguoi dai dien",
    "ho ten",
    "ho va ten",
    "chuc vu",
    "ma so thue",
    "loai hinh",
    "danh sach",
    "address",
    "note",
    "notes",
];

/// True when `phrase`'s words stand together among `words`.
fn holds(words: &[&str], phrase: &str) -> bool {
    let phrase: Vec<&str> = phrase.split(' ').collect();
    words.windows(phrase.len()).any(|w| w == phrase.as_slice())
}

/// The field a header names: the one whose words it holds most of; none
/// when it names none, or two as much (a title such as "Danh sách đơn vị
/// tham gia gian hàng" names the exhibitor and the booth alike), or what
/// the import does not take.
pub fn recognise(header: &str) -> Option<Field> {
    let folded = fold(header);
    let header_words: Vec<&str> = words(&folded).collect();
    let score = |phrases: &[&str]| {
        phrases
            .iter()
            .filter(|p| holds(&header_words, p))
            .map(|p| p.split(' ').count())
            .max()
            .unwrap_or(0)
    };
    let mut best: Option<(usize, Field)> = None;
    let mut tied = false;
    for field in Field::ALL {
        let s = score(field.phrases());
        if s == 0 {
            continue;
        }
        match best {
            Some((b, _)) if s < b => {}
            Some((b, _)) if s == b => tied = true,
            _ => {
                best = Some((s, field));
                tied = false;
            }
        }
    }
    let (best, field) = best?;
    if tied || score(NOT_IMPORTED) >= best {
        return None;
    }
    Some(field)
}

/// Column `index` as Excel names it: A, B, …, Z, AA, AB, …
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        letters.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// What the organiser said about the columns: the header row, and fields
/// for columns by their header (or their letter: the CLI's `--column
/// phone=F`). The
/// CLI's `--column`, the studio's mapping, kept for the next import.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mapping {
    /// The header's row, when the organiser named it (else it is found).
    pub header_row: Option<usize>,
    /// A field, or `None` for "not imported", per column header as written.
    pub columns: Vec<(String, Option<Field>)>,
}

impl Mapping {
    /// The choice made for the column headed `header` (compared without
    /// case or diacritics), or else lettered `letter` (`--column phone=F`).
    fn choice(&self, header: &str, letter: &str) -> Option<Option<Field>> {
        self.by_header(header).or_else(|| {
            self.columns
                .iter()
                .find(|(key, _)| key.trim().eq_ignore_ascii_case(letter))
                .map(|(_, field)| *field)
        })
    }

    /// The choice made for the column headed `header`.
    fn by_header(&self, header: &str) -> Option<Option<Field>> {
        let folded = fold(header);
        self.columns
            .iter()
            .find(|(key, _)| !folded.is_empty() && fold(key) == folded)
            .map(|(_, field)| *field)
    }

    /// Chooses `field` for the column `key` (its header or letter).
    pub fn set(&mut self, key: &str, field: Option<Field>) {
        let folded = fold(key);
        self.columns.retain(|(k, _)| fold(k) != folded);
        self.columns.push((key.to_owned(), field));
    }

    /// The columns' choices as JSON, for the browser to keep.
    pub fn to_json(&self) -> String {
        let pairs: Vec<serde_json::Value> = self
            .columns
            .iter()
            .map(|(key, field)| serde_json::json!([key, field.map(Field::key)]))
            .collect();
        serde_json::Value::Array(pairs).to_string()
    }

    /// The choices kept by [`Mapping::to_json`]; nothing from anything else.
    pub fn from_json(text: &str) -> Mapping {
        let pairs: Vec<(String, Option<String>)> = serde_json::from_str(text).unwrap_or_default();
        Mapping {
            header_row: None,
            columns: pairs
                .into_iter()
                .filter_map(|(key, field)| match field {
                    None => Some((key, None)),
                    Some(field) => Field::from_key(&field).map(|f| (key, Some(f))),
                })
                .collect(),
        }
    }
}

/// One column of the sheet, with what the import makes of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    /// Its position, from 0 (A).
    pub index: usize,
    /// Its header as written (a two-row header's texts joined), or empty.
    pub header: String,
    /// The field it is imported into, if any.
    pub field: Option<Field>,
    /// True when the organiser chose it, not the header's words.
    pub chosen: bool,
    /// True when its field was guessed from its values, its header naming
    /// none: the organiser is shown the guess to confirm.
    pub guessed: bool,
    /// Its first values under the header, to tell it by.
    pub samples: Vec<String>,
}

impl Column {
    /// Its letter: A, B, …
    pub fn letter(&self) -> String {
        column_letter(self.index)
    }

    /// What a mapping calls it: its header, or its letter when it has none.
    pub fn key(&self) -> String {
        if self.header.trim().is_empty() {
            self.letter()
        } else {
            self.header.clone()
        }
    }

    /// "Ghi chú (H)", or "(H)" for a column without a header.
    pub fn label(&self) -> String {
        if self.header.trim().is_empty() {
            format!("({})", self.letter())
        } else {
            format!("{} ({})", self.header, self.letter())
        }
    }
}

/// Where the table is in a sheet and what each column holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Analysis {
    /// The header's (first) row number.
    pub header_row: usize,
    /// The rows the header spans (two when cells are merged down into a
    /// second header row).
    pub header_rows: usize,
    /// True when the header was found (or named); false when it is a guess,
    /// no row naming both the exhibitor and the booth code.
    pub found: bool,
    /// Every column with a header or a value.
    pub columns: Vec<Column>,
    /// Required fields no column holds.
    pub missing: Vec<Field>,
    /// Fields two or more columns claim.
    pub conflicts: Vec<Field>,
    /// The mapping's columns no column of the sheet is (a header mistyped,
    /// or a column of another sheet).
    pub unmatched: Vec<String>,
    /// Index in the sheet's rows of the first row under the header.
    pub first_data: usize,
}

impl Analysis {
    /// True when every required field has its one column and no field two.
    pub fn ready(&self) -> bool {
        self.missing.is_empty() && self.conflicts.is_empty()
    }

    /// True when a column's field was guessed from its values, for the
    /// organiser to confirm.
    pub fn unsure(&self) -> bool {
        self.columns.iter().any(|c| c.guessed)
    }

    /// The column imported into `field`.
    pub fn column_of(&self, field: Field) -> Option<usize> {
        self.columns
            .iter()
            .find(|c| c.field == Some(field))
            .map(|c| c.index)
    }

    /// The columns not imported.
    pub fn not_imported(&self) -> impl Iterator<Item = &Column> {
        self.columns.iter().filter(|c| c.field.is_none())
    }
}

/// How many rows from the top are searched for the header when none names
/// the exhibitor and the booth code, and a guess is made.
const GUESS_ROWS: usize = 30;

/// Finds the header and reads the columns of `sheet`, with the organiser's
/// choices in `mapping` before the headers' words, and a column whose
/// header names nothing told by its values (`categories`: the feed's, whose
/// names a categories column holds).
pub fn analyse(sheet: &Sheet, mapping: &Mapping, categories: &[Category]) -> Analysis {
    let rows = &sheet.rows;
    let fields_of = |row: &Row| -> Vec<Option<Field>> {
        let width = row.cells.as_ref().map_or(0, Vec::len);
        // Only headers name fields here: a column chosen by its letter
        // would make every row seem to be its header.
        (0..width)
            .map(|c| {
                let text = row.cell(c);
                mapping.by_header(text).unwrap_or_else(|| recognise(text))
            })
            .collect()
    };
    let names_both = |row: &Row| {
        let fields = fields_of(row);
        fields.contains(&Some(Field::Exhibitor)) && fields.contains(&Some(Field::Code))
    };
    let named = mapping
        .header_row
        .and_then(|n| rows.iter().position(|r| r.number >= n));
    let (header, found) = match named.or_else(|| rows.iter().position(names_both)) {
        Some(index) => (index, true),
        None => (guess_header(rows, &fields_of), false),
    };
    // A header merged down into the rows under it spans them too.
    let mut end = header + 1;
    while rows
        .get(end)
        .is_some_and(|r| !r.merged_from_above.is_empty() && r.number == rows[end - 1].number + 1)
    {
        end += 1;
    }
    let block = rows.get(header..end).unwrap_or_default();
    let data = rows.get(end..).unwrap_or_default();
    let width = rows
        .iter()
        .skip(header)
        .map(|r| r.cells.as_ref().map_or(0, Vec::len))
        .max()
        .unwrap_or(0);
    let mut columns: Vec<Column> = (0..width)
        .filter_map(|index| {
            let mut texts: Vec<&str> = Vec::new();
            for row in block {
                let text = row.cell(index);
                if !text.is_empty() && !texts.contains(&text) {
                    texts.push(text);
                }
            }
            let header = texts.join(" ");
            let samples: Vec<String> = data
                .iter()
                .filter(|r| !r.hidden)
                .map(|r| r.cell(index))
                .filter(|v| !v.is_empty())
                .take(3)
                .map(str::to_owned)
                .collect();
            if header.is_empty() && samples.is_empty() {
                return None;
            }
            let (field, chosen) = match mapping.choice(&header, &column_letter(index)) {
                Some(field) => (field, true),
                None => (recognise(&header), false),
            };
            Some(Column {
                index,
                header,
                field,
                chosen,
                guessed: false,
                samples,
            })
        })
        .collect();
    guess_by_values(&mut columns, data, categories);
    // A field the organiser chose a column for is that column's alone.
    let chosen: Vec<Field> = columns
        .iter()
        .filter(|c| c.chosen)
        .filter_map(|c| c.field)
        .collect();
    for column in columns.iter_mut().filter(|c| !c.chosen) {
        if column.field.is_some_and(|f| chosen.contains(&f)) {
            column.field = None;
        }
    }
    let count = |field: Field| columns.iter().filter(|c| c.field == Some(field)).count();
    let missing = Field::ALL
        .into_iter()
        .filter(|f| f.required() && count(*f) == 0)
        .collect();
    let conflicts = Field::ALL.into_iter().filter(|f| count(*f) > 1).collect();
    let unmatched = mapping
        .columns
        .iter()
        .map(|(key, _)| key)
        .filter(|key| {
            !columns.iter().any(|c| {
                (!c.header.is_empty() && fold(&c.header) == fold(key))
                    || c.letter().eq_ignore_ascii_case(key.trim())
            })
        })
        .cloned()
        .collect();
    Analysis {
        header_row: rows.get(header).map_or(1, |r| r.number),
        header_rows: end - header,
        found,
        columns,
        missing,
        conflicts,
        unmatched,
        first_data: end.min(rows.len()),
    }
}

/// How many values under a header are looked at to tell its column.
const VALUES_LOOKED_AT: usize = 50;

/// Gives a field to each column whose header names none (and is not one
/// the import leaves out, "STT", "Ghi chú"), from its values: every value
/// with `@` an email, a web address a website, a phone number a phone, a
/// feed's category names the categories, short unique codes of letters and
/// digits the booth code. A field some column already has is not guessed.
fn guess_by_values(columns: &mut [Column], data: &[Row], categories: &[Category]) {
    let names: HashSet<String> = categories
        .iter()
        .flat_map(|c| [fold(c.name.get("vi")), fold(c.name.get("en"))])
        .collect();
    for index in 0..columns.len() {
        let column = &columns[index];
        let header_words = fold(&column.header);
        let left_out = NOT_IMPORTED
            .iter()
            .any(|p| holds(&words(&header_words).collect::<Vec<_>>(), p));
        if column.field.is_some() || column.chosen || left_out {
            continue;
        }
        let values: Vec<&str> = data
            .iter()
            .filter(|r| !r.hidden)
            .map(|r| r.cell(column.index))
            .filter(|v| !v.is_empty())
            .take(VALUES_LOOKED_AT)
            .collect();
        let Some(field) = field_of_values(&values, &names) else {
            continue;
        };
        if columns.iter().any(|c| c.field == Some(field)) {
            continue;
        }
        columns[index].field = Some(field);
        columns[index].guessed = true;
    }
}

/// The field `values` hold, when all of them (two at least) say the same.
fn field_of_values(values: &[&str], category_names: &HashSet<String>) -> Option<Field> {
    if values.len() < 2 {
        return None;
    }
    let all = |test: &dyn Fn(&str) -> bool| values.iter().all(|v| test(v));
    let is_email = |v: &str| {
        v.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
            && !v.contains(char::is_whitespace)
    };
    let is_phone = |v: &str| {
        let found = crate::phones::phone_numbers(v);
        !found.numbers.is_empty() && !v.chars().any(char::is_alphabetic)
    };
    let is_category = |v: &str| {
        v.split([',', ';'])
            .map(fold)
            .all(|part| category_names.contains(part.trim()))
    };
    let is_code = |v: &str| {
        v.chars().count() <= 8
            && v.chars().any(|c| c.is_ascii_digit())
            && v.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
    };
    if all(&is_email) {
        Some(Field::Email)
    } else if all(&|v| super::cells::web_address(v).is_some() && !v.contains('@')) {
        Some(Field::Website)
    } else if all(&is_phone) {
        Some(Field::Phone)
    } else if all(&is_category) {
        Some(Field::Categories)
    } else if all(&is_code)
        && values
            .iter()
            .any(|v| v.chars().any(|c| c.is_ascii_alphabetic()))
        && values.iter().map(|v| fold(v)).collect::<HashSet<_>>().len() == values.len()
    {
        Some(Field::Code)
    } else {
        None
    }
}

/// The likeliest header among the first rows when none names both required
/// fields: the one naming most fields (two at least: one may be a value,
/// "Cơ sở Gốm Xanh"), else the first with the most different texts (a
/// title merged across shows one text).
fn guess_header(rows: &[Row], fields_of: &dyn Fn(&Row) -> Vec<Option<Field>>) -> usize {
    let top = || {
        rows.iter()
            .enumerate()
            .take(GUESS_ROWS)
            .filter(|(_, r)| !r.hidden)
    };
    let named = |row: &Row| {
        let mut fields: Vec<Field> = fields_of(row).into_iter().flatten().collect();
        fields.sort();
        fields.dedup();
        fields.len()
    };
    let distinct = |row: &Row| {
        let mut texts: Vec<&str> = row
            .cells
            .as_ref()
            .map(|cells| {
                cells
                    .iter()
                    .map(|c| c.trim())
                    .filter(|c| !c.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        texts.sort();
        texts.dedup();
        texts.len()
    };
    let best = |score: &dyn Fn(&Row) -> usize, least: usize| {
        let most = top().map(|(_, r)| score(r)).max().unwrap_or(0);
        (most >= least).then(|| top().find(|(_, r)| score(r) == most).map(|(i, _)| i))?
    };
    best(&named, 2).or_else(|| best(&distinct, 1)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::spreadsheet::read_sheet;

    #[test]
    fn headers_are_known_by_their_words_among_others() {
        for (header, field) in [
            ("Tên doanh nghiệp/HTX", Some(Field::Exhibitor)),
            ("Tên đơn vị tham gia", Some(Field::Exhibitor)),
            ("Đơn vị trưng bày", Some(Field::Exhibitor)),
            ("Tên cơ sở sản xuất", Some(Field::Exhibitor)),
            ("TEN DOANH NGHIEP", Some(Field::Exhibitor)),
            ("Sản phẩm trưng bày", Some(Field::Products)),
            ("Nhóm sản phẩm", Some(Field::Categories)),
            ("Nhóm hàng", Some(Field::Categories)),
            ("SĐT liên hệ", Some(Field::Phone)),
            ("Điện thoại", Some(Field::Phone)),
            ("Mã gian", Some(Field::Code)),
            ("Vị trí gian hàng", Some(Field::Code)),
            ("Booth code", Some(Field::Code)),
            ("E-mail", Some(Field::Email)),
            ("Địa chỉ email", Some(Field::Email)),
            ("Sao OCOP", Some(Field::OcopStars)),
            ("STT", None),
            ("Ghi chú", None),
            ("Địa chỉ doanh nghiệp", None),
            ("DANH SÁCH ĐƠN VỊ THAM GIA GIAN HÀNG", None),
            ("SỞ CÔNG THƯƠNG HÀ NỘI", None),
            ("", None),
        ] {
            assert_eq!(recognise(header), field, "{header}");
        }
    }

    #[test]
    fn the_header_is_the_first_row_naming_the_exhibitor_and_the_booth() {
        let csv = "SỞ CÔNG THƯƠNG HÀ NỘI;;\nDANH SÁCH ĐƠN VỊ THAM GIA GIAN HÀNG;;\n\nSTT;Tên doanh nghiệp/HTX;Mã gian hàng;Ghi chú\n1;HTX Cói;A1;x\n";
        let sheet = read_sheet(csv.as_bytes(), None).unwrap();
        let analysis = analyse(&sheet, &Mapping::default(), &[]);
        assert!(analysis.ready() && analysis.found);
        assert_eq!(analysis.header_row, 4);
        assert_eq!(analysis.column_of(Field::Exhibitor), Some(1));
        let unused: Vec<String> = analysis.not_imported().map(Column::label).collect();
        assert_eq!(unused, ["STT (A)", "Ghi chú (D)"]);
    }

    #[test]
    fn what_cannot_be_told_is_said_and_the_organiser_chooses() {
        let csv = "Cột 1;Cột 2;Tên doanh nghiệp;Tên cơ sở\nA1;x;HTX Cói;Cói\n";
        let sheet = read_sheet(csv.as_bytes(), None).unwrap();
        let analysis = analyse(&sheet, &Mapping::default(), &[]);
        assert!(!analysis.found);
        assert_eq!(analysis.header_row, 1, "the guess: the row naming most");
        assert_eq!(analysis.missing, [Field::Code]);
        assert_eq!(analysis.conflicts, [Field::Exhibitor]);
        assert_eq!(analysis.columns[0].samples, ["A1"]);
        let mut mapping = Mapping::default();
        mapping.set("cot 1", Some(Field::Code));
        mapping.set("Tên cơ sở", None);
        let analysis = analyse(&sheet, &mapping, &[]);
        assert!(analysis.ready(), "{analysis:?}");
        assert_eq!(analysis.column_of(Field::Code), Some(0));
        assert!(analysis.columns[0].chosen);
        let kept = Mapping::from_json(&mapping.to_json());
        assert_eq!(kept, mapping);
        assert_eq!(Mapping::from_json("not json"), Mapping::default());
    }

    #[test]
    fn a_chosen_column_takes_its_field_from_a_recognised_one_and_letters_name_columns() {
        let csv = "Tên doanh nghiệp;Gian hàng;;Tên đơn vị\nA;1;x;B\n";
        let sheet = read_sheet(csv.as_bytes(), None).unwrap();
        let mut mapping = Mapping::default();
        mapping.set("Tên đơn vị", Some(Field::Exhibitor));
        mapping.set("C", Some(Field::Products));
        let analysis = analyse(&sheet, &mapping, &[]);
        assert!(analysis.ready(), "{analysis:?}");
        assert_eq!(analysis.column_of(Field::Exhibitor), Some(3));
        assert_eq!(analysis.column_of(Field::Products), Some(2));
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(27), "AB");
    }
}
