//! Feed errors told in the reader's language: a localised sentence, then the
//! JSON path and position an editor needs to find the fault.

use super::findings::{describe_problem, json_key};
use super::Lang;
use crate::feed::{FeedError, Position, Warning};

/// "line 41, column 18" in the reader's language.
pub fn describe_position(position: Position, lang: Lang) -> String {
    let (line, column) = lang.messages().line_column;
    format!("{line} {}, {column} {}", position.line, position.column)
}

/// A record the widget left out or trimmed, in the reader's language: its
/// JSON path, what was wrong and done, and where it is.
pub fn describe_warning(warning: &Warning, lang: Lang) -> String {
    format!(
        "{}: {}, {}",
        warning.path,
        describe_problem(&warning.problem, lang, &json_key),
        describe_position(warning.at, lang)
    )
}

/// The technical detail of a feed error: path, what is wrong, where.
pub fn describe_feed_error(error: &FeedError, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    match error {
        FeedError::Syntax { detail, at } => {
            let lead = if vi {
                "JSON không hợp lệ"
            } else {
                "invalid JSON"
            };
            format!("{lead}: {detail}, {}", describe_position(*at, lang))
        }
        FeedError::Shape { path, detail, at } => {
            format!("{path}: {detail}, {}", describe_position(*at, lang))
        }
        FeedError::MissingVersion => if vi {
            "version: thiếu số phiên bản (cần 1)"
        } else {
            "version: missing (expected 1)"
        }
        .to_owned(),
        FeedError::TooLarge { bytes } => {
            if vi {
                format!(
                    "tệp dữ liệu quá lớn: {bytes} byte (tối đa {})",
                    crate::feed::MAX_FEED_BYTES
                )
            } else {
                error.to_string()
            }
        }
        FeedError::TooManyRecords { list, count, limit } => {
            if vi {
                format!("{list}: {count} mục, quá số tối đa {limit}")
            } else {
                error.to_string()
            }
        }
        FeedError::UnsupportedVersion(found) => {
            if vi {
                format!("version: phiên bản {found} chưa được hỗ trợ (cần 1)")
            } else {
                format!("version: version {found} is not supported (expected 1)")
            }
        }
    }
}
