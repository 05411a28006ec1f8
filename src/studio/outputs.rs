//! What the studio publishes, from the same core as `greenfair`: the feed
//! file, the series calendar, a split feed as one .zip, the embed snippet,
//! and the template spreadsheet for exhibitor lists.

use crate::catalog::Catalog;
use crate::i18n::Lang;
use crate::pace::{unpaced, Unpaced};
use crate::publish::{attribute, split_feed, Field};
use chrono::{DateTime, Utc};
use std::io::{Cursor, Write};

/// Why a file could not be made.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum OutputError {
    /// The feed does not load: the errors are shown in the check.
    #[error("the feed does not load: {0}")]
    Feed(#[from] crate::feed::FeedError),
    /// The zip archive could not be written.
    #[error("the zip archive cannot be written: {0}")]
    Zip(String),
    /// The spreadsheet could not be written.
    #[error("the spreadsheet cannot be written: {0}")]
    Workbook(String),
    /// Writing into memory failed.
    #[error("{0}")]
    Io(String),
}

impl From<zip::result::ZipError> for OutputError {
    fn from(error: zip::result::ZipError) -> Self {
        OutputError::Zip(error.to_string())
    }
}

impl From<rust_xlsxwriter::XlsxError> for OutputError {
    fn from(error: rust_xlsxwriter::XlsxError) -> Self {
        OutputError::Workbook(error.to_string())
    }
}

impl From<std::io::Error> for OutputError {
    fn from(error: std::io::Error) -> Self {
        OutputError::Io(error.to_string())
    }
}

impl OutputError {
    /// Why, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match (self, lang) {
            (_, Lang::En) => self.to_string(),
            (OutputError::Feed(error), Lang::Vi) => format!(
                "dữ liệu chưa đọc được: {}",
                crate::i18n::describe_refusal_plainly(error, lang, &|key| {
                    super::findings::field_label(key, super::StudioText::of(lang))
                })
            ),
            (OutputError::Zip(why), Lang::Vi) => format!("không tạo được tệp .zip: {why}"),
            (OutputError::Workbook(why), Lang::Vi) => format!("không tạo được bảng tính: {why}"),
            (OutputError::Io(why), Lang::Vi) => format!("lỗi khi ghi: {why}"),
        }
    }
}

/// The series calendar (`series.calendar_url`'s file): every dated fair,
/// as `greenfair ics` writes it.
pub fn series_calendar(text: &str, lang: Lang, now: DateTime<Utc>) -> Result<String, OutputError> {
    let (feed, warnings) = crate::feed::load(text)?;
    // A calendar of fairs: no booth index.
    let catalog = unpaced(Catalog::new_paced(feed, warnings, &mut Unpaced));
    let all: Vec<usize> = (0..catalog.feed().events.len()).collect();
    Ok(crate::ics::calendar(&catalog, &all, lang, now))
}

/// The split feed (`index.json` and `booths/*.json`, as `greenfair split`
/// writes them) as one .zip.
pub fn split_zip(text: &str) -> Result<Vec<u8>, OutputError> {
    let split = split_feed(text)?;
    let mut archive = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    archive.start_file("index.json", options)?;
    archive.write_all(split.index.as_bytes())?;
    for (path, content) in &split.files {
        archive.start_file(path.as_str(), options)?;
        archive.write_all(content.as_bytes())?;
    }
    Ok(archive.finish()?.into_inner())
}

/// The script snippet an editor pastes into an article, for the feed
/// published at `feed_url` and the widget's files at `widget_base` (the
/// folder holding `v1/`).
pub fn script_snippet(feed_url: &str, widget_base: &str) -> String {
    let base = widget_base.trim_end_matches('/');
    format!(
        "<script type=\"module\" src=\"{base}/v1/greenfair.js\"></script>\n<div data-greenfair data-feed=\"{}\"></div>",
        attribute(feed_url)
    )
}

/// The template spreadsheet (.xlsx): the headers the import knows and one
/// example row, with the feed's category names listed in a second sheet.
pub fn template_workbook(category_names: &[String]) -> Result<Vec<u8>, OutputError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = workbook.add_worksheet().set_name("Gian hàng")?;
    for (column, field) in Field::ALL.iter().enumerate() {
        sheet.write_string_with_format(0, column as u16, field.sample_header(), &bold)?;
        sheet.set_column_width(column as u16, 22)?;
    }
    let example = [
        "Hợp tác xã Mây tre Phú Vinh",
        "A01",
        "Giỏ mây, khay tre",
        category_names.first().map_or("Mây tre đan", String::as_str),
        "Sản phẩm mây tre đan thủ công",
        "phuvinh.vn",
        "0243 000 000",
        "lienhe@phuvinh.vn",
        "4",
    ];
    for (column, value) in example.iter().enumerate() {
        sheet.write_string(1, column as u16, *value)?;
    }
    let names = workbook.add_worksheet().set_name("Nhóm hàng")?;
    names.write_string_with_format(0, 0, "Nhóm hàng của dữ liệu", &bold)?;
    names.set_column_width(0, 40)?;
    for (row, name) in category_names.iter().enumerate() {
        names.write_string(row as u32 + 1, 0, name)?;
    }
    Ok(workbook.save_to_buffer()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::{import_sheet, read_sheet, ImportOptions, Mapping};
    use crate::studio::Draft;
    use std::io::Read;

    #[test]
    fn the_template_reads_back_through_the_import() {
        let workbook = template_workbook(&["Sản phẩm tái chế".into()]).unwrap();
        let sheet = read_sheet(&workbook, None).unwrap();
        assert_eq!(
            sheet.read_as.describe(Lang::En),
            "xlsx, sheet \"Gian hàng\""
        );
        let mapping = Mapping::default();
        let (feed, report) = import_sheet(
            &Draft::template().text,
            &sheet,
            "hoi-cho-1",
            &mapping,
            ImportOptions::default(),
        )
        .unwrap();
        let fields: Vec<Option<Field>> = report.analysis.columns.iter().map(|c| c.field).collect();
        assert_eq!(fields, Field::ALL.map(Some), "every header is recognised");
        assert_eq!(report.imported, 1, "{:?}", report.problems);
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        assert!(
            feed.contains("\"website\": \"https://phuvinh.vn\""),
            "{feed}"
        );
    }

    #[test]
    fn the_split_zip_holds_the_index_and_a_booth_file_per_event() {
        let feed = std::fs::read_to_string("feeds/demo.json").unwrap();
        let bytes = split_zip(&feed).unwrap();
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let names: Vec<String> = archive
            .file_names()
            .map(|name| name.unwrap().into_owned())
            .collect();
        assert!(names.contains(&"index.json".to_owned()), "{names:?}");
        assert!(names.iter().any(|n| n.starts_with("booths/")), "{names:?}");
        let mut index = String::new();
        archive
            .by_name("index.json")
            .unwrap()
            .read_to_string(&mut index)
            .unwrap();
        assert_eq!(index, split_feed(&feed).unwrap().index);
    }

    #[test]
    fn the_snippet_escapes_the_feed_address() {
        let snippet = script_snippet("https://a.vn/f.json?x=\"1\"", "https://b.vn/greenfair/");
        assert!(snippet.starts_with(
            "<script type=\"module\" src=\"https://b.vn/greenfair/v1/greenfair.js\"></script>"
        ));
        assert!(snippet.contains("data-feed=\"https://a.vn/f.json?x=&quot;1&quot;\""));
    }
}
