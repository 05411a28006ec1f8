//! The validator's findings as an organiser reads them: which record (by
//! its name), which field (by its form's label), what is wrong and what
//! was done (told by `i18n`, as the CLI's `--lang vi` tells it), what to do,
//! and where the "Fix" button goes. The JSON path, line and column stay as
//! the detail for the text view.

use super::draft::{FieldPath, List};
use super::messages::StudioText;
use crate::feed::{FeedError, Problem};
use crate::i18n::{
    describe_position, describe_problem, describe_refusal_plainly, read_detail, Detail, Lang,
};
use crate::publish::{Cause, Finding, Severity};
use serde_json::Value;

/// Where a finding's "Fix" button takes the organiser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// The form, at this field (or this record, when no field is named).
    Form(FieldPath),
    /// The text, at this line (no form reaches the place).
    Text(Option<usize>),
}

/// A finding, told for the organiser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explained {
    /// Error or warning.
    pub severity: Severity,
    /// The record, by its name ("Hội chợ Đồ gỗ Phù Đổng 2030").
    pub record: String,
    /// The field, by its form label ("Ngày kết thúc"), when one is named.
    pub field: Option<String>,
    /// What is wrong and what was done about it.
    pub what: String,
    /// What to do.
    pub todo: String,
    /// Where "Fix" goes.
    pub target: Target,
    /// The JSON path and position, for the text view.
    pub detail: String,
    /// The line of the text, when known.
    pub line: Option<usize>,
}

/// Where a path points: its list and record (none for the series or the
/// whole feed), and the field inside the record.
struct Place<'a> {
    list: Option<&'a str>,
    index: Option<usize>,
    field: Option<&'a str>,
}

/// Reads `events[4].name.vi` into list, index and first field key.
fn place(path: &str) -> Place<'_> {
    let (head, rest) = match path.find(['.', '[']) {
        Some(at) => path.split_at(at),
        None => (path, ""),
    };
    let (index, rest) = match rest.strip_prefix('[').and_then(|r| r.split_once(']')) {
        Some((number, rest)) => (number.parse().ok(), rest),
        None => (None, rest),
    };
    let field = rest
        .trim_start_matches('.')
        .split(['.', '['])
        .next()
        .filter(|f| !f.is_empty());
    Place {
        list: Some(head).filter(|h| !h.is_empty()),
        index,
        field,
    }
}

/// The form's list of a feed list's key.
fn form_list(key: &str) -> Option<List> {
    [List::Categories, List::Venues, List::Events]
        .into_iter()
        .find(|list| list.key() == key)
}

/// The form label of field `key`, or the label the studio gives the
/// fields no form shows; the key itself when neither has one.
pub fn field_label(key: &str, text: &StudioText) -> String {
    let label = match key {
        "id" => text.id,
        "name" => text.name_vi,
        "organizer" => text.organizer[0],
        "url" => text.series_url,
        "calendar_url" => text.calendar_url,
        "timezone" => text.timezone,
        "parent" => text.parent,
        "address" => text.place[0],
        "ward" => text.place[1],
        "district" => text.place[2],
        "city" => text.place[3],
        "venue" => text.venue,
        "start" => text.days[0],
        "end" => text.days[1],
        "year" => text.year_month[0],
        "month" => text.year_month[1],
        "status" => text.status[0],
        "booth_count" => text.booth_count,
        "source" => text.source,
        other => text
            .other_fields
            .iter()
            .find(|(k, _)| *k == other)
            .map_or(other, |(_, label)| label),
    };
    label.to_owned()
}

/// The fields the forms show, with their form's path below the field (a
/// text's Vietnamese).
fn form_field(list: Option<List>, key: &str) -> Option<&'static [&'static str]> {
    const TEXT: &[&str] = &["vi"];
    const PLAIN: &[&str] = &[];
    let (texts, plain): (&[&str], &[&str]) = match list {
        None => (
            &["name", "organizer"],
            &["id", "url", "calendar_url", "timezone"],
        ),
        Some(List::Categories) => (&["name"], &["id", "parent"]),
        Some(List::Venues) => (&["name", "address", "ward", "district", "city"], &["id"]),
        Some(List::Events) => (
            &["name"],
            &[
                "id",
                "venue",
                "start",
                "end",
                "year",
                "month",
                "status",
                "categories",
                "booth_count",
                "source",
            ],
        ),
    };
    if texts.contains(&key) {
        Some(TEXT)
    } else if plain.contains(&key) {
        Some(PLAIN)
    } else {
        None
    }
}

/// A text of the draft in `lang` (a plain string, or a language map).
fn text_of(value: Option<&Value>, lang: Lang) -> Option<String> {
    match value? {
        Value::String(text) => Some(text.clone()),
        Value::Object(texts) => texts
            .get(lang.code())
            .or_else(|| texts.get("vi"))
            .or_else(|| texts.values().next())
            .and_then(Value::as_str)
            .map(str::to_owned),
        _ => None,
    }
    .filter(|t| !t.trim().is_empty())
}

/// Tells `finding` for the organiser, in `lang`, naming records from the
/// draft's `document`.
pub fn explain(finding: &Finding, document: Option<&Value>, lang: Lang) -> Explained {
    let text = StudioText::of(lang);
    let path = finding.path.as_deref().unwrap_or("");
    let at = place(path);
    let record_value = match (at.list, at.index) {
        (Some(list), Some(index)) => document.and_then(|d| d.get(list)?.get(index)),
        (Some("series"), None) => document.and_then(|d| d.get("series")),
        _ => None,
    };
    let record = match (at.list, at.index) {
        (Some("series"), _) => text.series.to_owned(),
        (Some("booths"), Some(index)) => {
            let code = record_value
                .and_then(|b| b.get("code"))
                .and_then(Value::as_str)
                .unwrap_or("");
            match text_of(record_value.and_then(|b| b.get("exhibitor")), lang) {
                Some(exhibitor) => (text.booth_record)(code, &exhibitor),
                None => (text.unnamed)(3, index + 1),
            }
        }
        (Some(list), Some(index)) => {
            let id = record_value
                .and_then(|r| r.get("id"))
                .and_then(Value::as_str);
            let kind = ["categories", "venues", "events"]
                .iter()
                .position(|k| *k == list)
                .unwrap_or(2);
            text_of(record_value.and_then(|r| r.get("name")), lang)
                .or_else(|| id.filter(|i| !i.is_empty()).map(str::to_owned))
                .unwrap_or_else(|| (text.unnamed)(kind, index + 1))
        }
        _ => text.whole_feed.to_owned(),
    };
    // The field: the path's, or the one the detail names (a missing field,
    // an event's dates).
    let detail_words = match &finding.cause {
        Cause::Problem(Problem::Invalid(words) | Problem::IgnoredPart(words)) => {
            Some(words.as_str())
        }
        Cause::Refused(FeedError::Shape { detail, .. }) => Some(detail.as_str()),
        _ => None,
    };
    let read = detail_words.map(read_detail);
    // A refusal about a whole list or the version names it as its path.
    let listed = match &finding.cause {
        Cause::Refused(error) if at.index.is_none() && at.list != Some("series") => error.path(),
        _ => None,
    };
    let mut key = at
        .field
        .or_else(|| read.as_ref().and_then(Detail::field))
        .or(listed);
    let list = at.list.and_then(form_list);
    // An event dated by year has no day fields, and the other way round.
    if list == Some(List::Events) {
        let by_days = record_value.is_some_and(|r| r.get("start").is_some());
        key = match key {
            Some("start" | "end") if !by_days => Some("year"),
            Some("year" | "month") if by_days => Some("start"),
            other => other,
        };
    }
    let label = |k: &str| field_label(k, text);
    let field = key.map(label);
    let what = match &finding.cause {
        Cause::Problem(problem) => describe_problem(problem, lang, &label),
        Cause::Refused(error) => describe_refusal_plainly(error, lang, &label),
        Cause::Unreadable => finding.message.clone(),
    };
    let in_form = (at.list == Some("series") || list.is_some())
        && key.is_none_or(|k| form_field(list, k).is_some());
    let target = match (in_form, &finding.cause) {
        (true, Cause::Problem(_)) | (true, Cause::Refused(FeedError::Shape { .. })) => {
            let base = match (list, at.index) {
                (Some(list), Some(index)) => FieldPath::record(list, index),
                _ => FieldPath::series(),
            };
            let path = match key {
                Some(k) => {
                    let field = base.key(k);
                    match form_field(list, k) {
                        Some(below) if !below.is_empty() => field.key(below[0]),
                        _ => field,
                    }
                }
                None => base,
            };
            Target::Form(path)
        }
        _ => Target::Text(finding.line),
    };
    let todo = match (&finding.cause, &target) {
        (Cause::Refused(FeedError::Syntax { .. }), _) => text.todo_syntax.to_owned(),
        (_, Target::Text(_)) => text.todo_in_text.to_owned(),
        (Cause::Problem(problem), _) => match problem {
            Problem::DuplicateId(_) => text.todo_change_id.to_owned(),
            Problem::EmptyId => (text.todo_fill)(&label("id")),
            Problem::UnknownVenue(_) => text.todo_choose_venue.to_owned(),
            Problem::UnknownCategory(_) => text.todo_choose_category.to_owned(),
            Problem::UnknownEvent(_) => text.todo_reimport.to_owned(),
            Problem::BadParent(_) => text.todo_choose_parent.to_owned(),
            Problem::UnsafeLink(_) => text.todo_web_link.to_owned(),
            Problem::TextTooLong(_) => text.todo_shorten.to_owned(),
            _ => match (&read, &field) {
                (Some(Detail::MissingField(_)), Some(field)) => (text.todo_fill)(field),
                (_, Some(field)) => (text.todo_fix)(field),
                _ => text.todo_in_text.to_owned(),
            },
        },
        _ => match &field {
            Some(field) => (text.todo_fix)(field),
            None => text.todo_in_text.to_owned(),
        },
    };
    let position = match (finding.line, finding.column) {
        (Some(line), Some(column)) => Some(describe_position(
            crate::feed::Position { line, column },
            lang,
        )),
        _ => None,
    };
    let detail = match (finding.path.as_deref(), position) {
        (Some(path), Some(position)) => format!("{path} · {position}"),
        (Some(path), None) => path.to_owned(),
        (None, Some(position)) => position,
        (None, None) => String::new(),
    };
    Explained {
        severity: finding.severity,
        record,
        field,
        what: sentence(&what),
        todo,
        target,
        detail,
        line: finding.line,
    }
}

/// `text` as a sentence: a capital first, a full stop last (the CLI's
/// phrases follow a file name and a colon).
pub fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    let mut said: String = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => return String::new(),
    };
    if !said.ends_with(['.', '!', '?']) {
        said.push('.');
    }
    said
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::Report;

    fn explained(feed: &str, lang: Lang) -> Vec<Explained> {
        let report = Report::of("feed.json", feed);
        let document: Option<Value> = serde_json::from_str(feed).ok();
        report
            .findings
            .iter()
            .map(|f| explain(f, document.as_ref(), lang))
            .collect()
    }

    #[test]
    fn a_finding_names_the_record_by_its_name_and_the_field_by_its_label() {
        let feed = r#"{"version": 1, "series": {"id": "s", "name": "S"},
          "venues": [{"id": "v", "name": "V"}],
          "events": [
            {"id": "go-2030", "name": {"vi": "Hội chợ Đồ gỗ Phù Đổng 2030", "en": "Phu Dong wood fair 2030"}, "venue": "v", "start": "2030-11-10", "end": "2030-11-08"},
            {"id": "b", "name": "B", "venue": "nowhere", "year": 2030}
          ]}"#;
        let found = explained(feed, Lang::Vi);
        let wood = &found[0];
        assert_eq!(wood.record, "Hội chợ Đồ gỗ Phù Đổng 2030");
        assert_eq!(wood.field.as_deref(), Some("Ngày kết thúc"));
        assert_eq!(
            wood.what,
            "Ngày kết thúc (2030-11-08) trước Ngày bắt đầu (2030-11-10); mục này bị bỏ qua."
        );
        assert_eq!(wood.todo, "Hãy sửa Ngày kết thúc.");
        assert_eq!(
            wood.target,
            Target::Form(FieldPath::record(List::Events, 0).key("end"))
        );
        assert!(
            wood.detail.starts_with("events[0] · dòng 4, cột "),
            "{}",
            wood.detail
        );
        let venue = &found[1];
        assert_eq!(venue.record, "B");
        assert_eq!(venue.field.as_deref(), Some("Địa điểm"));
        assert_eq!(
            venue.todo,
            "Hãy chọn một địa điểm trong danh sách, hoặc thêm địa điểm có mã này."
        );
        let english = explained(feed, Lang::En);
        assert_eq!(english[0].record, "Phu Dong wood fair 2030");
        assert_eq!(english[0].field.as_deref(), Some("Last day"));
    }

    #[test]
    fn what_no_form_reaches_is_fixed_in_the_text() {
        let feed = r#"{"version": 1, "series": {"id": "s", "name": "S"},
          "events": [{"id": "e", "name": "E", "year": 2030}],
          "booths": [{"id": "x", "event": "nope", "code": "A1", "exhibitor": "HTX Cói"}]}"#;
        let found = explained(feed, Lang::Vi);
        assert_eq!(found[0].record, "Gian hàng A1: HTX Cói");
        assert_eq!(found[0].target, Target::Text(Some(3)));
        let broken = explained("{\"version\": 1,", Lang::Vi);
        assert_eq!(broken[0].record, "Toàn bộ dữ liệu");
        assert!(
            broken[0]
                .what
                .starts_with("Văn bản không phải JSON hợp lệ: văn bản dừng giữa chừng"),
            "{}",
            broken[0].what
        );
        assert!(broken[0].todo.starts_with("Hãy sửa văn bản JSON"));
    }

    #[test]
    fn a_text_field_is_fixed_in_its_vietnamese() {
        let feed = r#"{"version": 1, "series": {"id": "s", "name": "S"},
          "categories": [{"id": "c"}]}"#;
        let found = explained(feed, Lang::Vi);
        assert_eq!(found[0].record, "c");
        assert_eq!(found[0].what, "Thiếu Tên (tiếng Việt); mục này bị bỏ qua.");
        assert_eq!(found[0].todo, "Hãy điền Tên (tiếng Việt).");
        assert_eq!(
            found[0].target,
            Target::Form(FieldPath::record(List::Categories, 0).key("name").key("vi"))
        );
    }
}
