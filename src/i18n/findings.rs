//! The validator's findings told in Vietnamese as well as English, next to
//! the feed errors the widget tells (`errors.rs`): the warnings about
//! records (`Problem`), and the details the reader words as serde words
//! them ("missing field `name`"), read back into what they say. The CLI
//! (`greenfair validate --lang vi`) names fields by their JSON key; the
//! studio by its form's labels, through `name`. The widget tells its
//! skipped records with them (`describe_warning`), which costs the embed
//! 3,411 bytes brotli (docs/performance.md).

use super::{describe_feed_error, describe_position, Lang};
use crate::feed::{FeedDate, FeedError, Problem, ScheduleError, MAX_TEXT_CHARS};

/// What a reader's detail says, read back from its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detail<'a> {
    /// `missing field `name``.
    MissingField(&'a str),
    /// `duplicate field `id``.
    DuplicateField(&'a str),
    /// A value of the wrong kind: what was found, what was expected.
    WrongType(&'a str, &'a str),
    /// A whole number out of its range: the number, and its type (`u32`).
    OutOfRange(&'a str, &'a str),
    /// A status that is none of the four.
    UnknownStatus(&'a str),
    /// A `start` or `end` that is no date, and what was written.
    BadDate(Option<&'a str>),
    /// OCOP stars out of 1 to 5, and what was written.
    BadOcop(Option<&'a str>),
    /// A language map without a language.
    EmptyText,
    /// A number too large.
    NumberTooLarge,
    /// Values nested too deep.
    TooDeep,
    /// An event's dates, as [`ScheduleError`] words them.
    Schedule(ScheduleDetail<'a>),
    /// The JSON parser's words.
    Syntax(&'a str),
    /// Words this table does not know (shown as they are).
    Other(&'a str),
}

/// What is wrong with an event's dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScheduleDetail<'a> {
    /// Neither `start` nor `year`.
    Missing,
    /// `end` without `start`.
    EndWithoutStart,
    /// A day and a date-time.
    MixedKinds,
    /// `end` before `start`: (start, end) as written.
    EndBeforeStart(&'a str, &'a str),
    /// A month outside 1 to 12.
    BadMonth(&'a str),
    /// A year outside 1900 to 2200.
    BadYear(&'a str),
    /// `month` without `year`.
    MonthWithoutYear,
}

/// The JSON parser's details, and what they say in Vietnamese.
const SYNTAX: [(&str, &str); 16] = [
    (
        "EOF while parsing a value",
        "văn bản dừng giữa chừng, thiếu một giá trị",
    ),
    (
        "EOF while parsing an object",
        "văn bản dừng giữa chừng, thiếu dấu }",
    ),
    (
        "EOF while parsing a list",
        "văn bản dừng giữa chừng, thiếu dấu ]",
    ),
    (
        "EOF while parsing a string",
        "văn bản dừng giữa chừng, thiếu dấu nháy kép đóng",
    ),
    ("expected value", "cần một giá trị ở đây"),
    (
        "trailing characters",
        "còn chữ thừa sau khi dữ liệu đã kết thúc",
    ),
    ("trailing comma", "dấu phẩy thừa trước dấu đóng ngoặc"),
    ("expected `,` or `}`", "cần dấu phẩy hoặc dấu } ở đây"),
    ("expected `,` or `]`", "cần dấu phẩy hoặc dấu ] ở đây"),
    (
        "key must be a string",
        "tên trường phải nằm trong dấu nháy kép",
    ),
    ("expected `:`", "cần dấu hai chấm sau tên trường"),
    (
        "expected ident",
        "từ không hợp lệ (chỉ có true, false hoặc null)",
    ),
    ("invalid number", "số viết không hợp lệ"),
    (
        "control character (\\u0000-\\u001F) found while parsing a string",
        "chuỗi chứa ký tự điều khiển (xuống dòng, tab): hãy viết \\n",
    ),
    ("invalid escape", "ký tự thoát (\\) không hợp lệ"),
    ("recursion limit exceeded", "dữ liệu lồng nhau quá sâu"),
];

/// Reads a detail back into what it says.
pub fn read_detail(detail: &str) -> Detail<'_> {
    let ticked =
        |rest: &'static str| -> Option<&str> { detail.strip_prefix(rest)?.strip_suffix('`') };
    if let Some(field) = ticked("missing field `") {
        return Detail::MissingField(field);
    }
    if let Some(field) = ticked("duplicate field `") {
        return Detail::DuplicateField(field);
    }
    if let Some((found, expected)) = detail
        .strip_prefix("invalid type: ")
        .and_then(|rest| rest.rsplit_once(", expected "))
    {
        return Detail::WrongType(found, expected);
    }
    if let Some((number, kind)) = detail
        .strip_prefix("invalid value: integer `")
        .and_then(|rest| rest.split_once("`, expected "))
    {
        return Detail::OutOfRange(number, kind);
    }
    if let Some((status, _)) = detail
        .strip_prefix("unknown variant `")
        .and_then(|rest| rest.split_once('`'))
    {
        return Detail::UnknownStatus(status);
    }
    if let Some(rest) = detail
        .strip_prefix("expected ")
        .and_then(|r| r.strip_prefix(FeedDate::EXPECTED))
    {
        return Detail::BadDate(found_in(rest));
    }
    if let Some(rest) = detail.strip_prefix("expected OCOP stars from 1 to 5") {
        return Detail::BadOcop(found_in(rest));
    }
    match detail {
        "a language map needs at least one language" => return Detail::EmptyText,
        "number out of range" => return Detail::NumberTooLarge,
        "recursion limit exceeded" => return Detail::TooDeep,
        _ => {}
    }
    if let Some(schedule) = read_schedule(detail) {
        return Detail::Schedule(schedule);
    }
    if SYNTAX.iter().any(|(words, _)| *words == detail) {
        return Detail::Syntax(detail);
    }
    Detail::Other(detail)
}

/// What ", found \"x\"" says was found.
fn found_in(rest: &str) -> Option<&str> {
    rest.strip_prefix(", found ").map(|f| f.trim_matches('"'))
}

fn read_schedule(detail: &str) -> Option<ScheduleDetail<'_>> {
    let simple = [
        (ScheduleError::Missing, ScheduleDetail::Missing),
        (
            ScheduleError::EndWithoutStart,
            ScheduleDetail::EndWithoutStart,
        ),
        (ScheduleError::MixedKinds, ScheduleDetail::MixedKinds),
        (
            ScheduleError::MonthWithoutYear,
            ScheduleDetail::MonthWithoutYear,
        ),
    ];
    if let Some((_, read)) = simple.into_iter().find(|(e, _)| e.to_string() == detail) {
        return Some(read);
    }
    if let Some((end, start)) = detail
        .strip_prefix("`end` (")
        .and_then(|rest| rest.strip_suffix(')'))
        .and_then(|rest| rest.split_once(") is before `start` ("))
    {
        return Some(ScheduleDetail::EndBeforeStart(start, end));
    }
    if let Some(month) = detail.strip_prefix("`month` must be from 1 to 12, found ") {
        return Some(ScheduleDetail::BadMonth(month));
    }
    detail
        .strip_prefix("`year` must be from 1900 to 2200, found ")
        .map(ScheduleDetail::BadYear)
}

impl Detail<'_> {
    /// The feed field the detail is about, where the path does not say it
    /// (a missing field, an event's dates): `end`, `name`.
    pub fn field(&self) -> Option<&str> {
        match self {
            Detail::MissingField(field) | Detail::DuplicateField(field) => Some(field),
            Detail::Schedule(schedule) => Some(match schedule {
                ScheduleDetail::Missing | ScheduleDetail::EndWithoutStart => "start",
                ScheduleDetail::MixedKinds | ScheduleDetail::EndBeforeStart(..) => "end",
                ScheduleDetail::BadMonth(_) => "month",
                ScheduleDetail::BadYear(_) | ScheduleDetail::MonthWithoutYear => "year",
            }),
            _ => None,
        }
    }
}

/// A JSON key as the CLI names it: `name`.
pub fn json_key(key: &str) -> String {
    format!("`{key}`")
}

/// A value the reader found, in Vietnamese ("integer `5`": "số 5").
fn found_vi(found: &str) -> String {
    let inner = |prefix: &str| {
        found
            .strip_prefix(prefix)
            .map(|rest| rest.trim_matches('`').to_owned())
    };
    if let Some(n) = inner("integer ").or_else(|| inner("floating point ")) {
        return format!("số {n}");
    }
    if let Some(text) = found.strip_prefix("string ") {
        return format!("chữ {text}");
    }
    if let Some(value) = inner("boolean ") {
        return format!("giá trị {value}");
    }
    match found {
        "null" => "giá trị trống (null)".into(),
        "sequence" => "một danh sách".into(),
        "map" => "một nhóm trường".into(),
        other => other.to_owned(),
    }
}

/// What the reader expected, in Vietnamese ("a string": "chữ").
fn expected_vi(expected: &str) -> &'static str {
    match expected {
        "a string" => "chữ",
        "a boolean" => "true hoặc false",
        "a sequence" => "một danh sách",
        "u8" | "u32" | "u64" => "một số nguyên không âm",
        "i32" => "một số nguyên",
        "f64" => "một số",
        "variant identifier" => "một trạng thái",
        e if e.starts_with("a text") => {
            "chữ, hoặc chữ theo ngôn ngữ như {\"vi\": \"…\", \"en\": \"…\"}"
        }
        _ => "một nhóm trường",
    }
}

/// A detail in `lang`, fields named by `name`.
pub fn describe_detail(detail: &str, lang: Lang, name: &dyn Fn(&str) -> String) -> String {
    let vi = lang == Lang::Vi;
    let read = read_detail(detail);
    match (&read, vi) {
        (Detail::MissingField(f), true) => format!("thiếu {}", name(f)),
        (Detail::MissingField(f), false) => format!("{} is missing", name(f)),
        (Detail::DuplicateField(f), true) => format!("{} được ghi hai lần", name(f)),
        (Detail::DuplicateField(f), false) => format!("{} is written twice", name(f)),
        (Detail::WrongType(found, expected), true) => {
            format!(
                "cần {}, nhưng gặp {}",
                expected_vi(expected),
                found_vi(found)
            )
        }
        (Detail::OutOfRange(number, kind), true) => {
            format!("số {number} không hợp lệ: cần {}", expected_vi(kind))
        }
        (Detail::UnknownStatus(status), true) => format!(
            "không có trạng thái \"{status}\": chỉ có scheduled, cancelled, postponed hoặc tba"
        ),
        (Detail::UnknownStatus(status), false) => {
            format!("there is no status \"{status}\": only scheduled, cancelled, postponed or tba")
        }
        (Detail::BadDate(found), true) => {
            let lead = "cần một ngày dạng 2025-09-12, hoặc ngày giờ có múi giờ như 2025-09-12T08:00:00+07:00";
            match found {
                Some(found) => format!("{lead}; gặp \"{found}\""),
                None => lead.to_owned(),
            }
        }
        (Detail::BadOcop(found), true) => match found {
            Some(found) => format!("số sao OCOP phải từ 1 đến 5, gặp {found}"),
            None => "số sao OCOP phải từ 1 đến 5".to_owned(),
        },
        (Detail::EmptyText, true) => "chữ theo ngôn ngữ cần ít nhất một ngôn ngữ".into(),
        (Detail::NumberTooLarge, true) => "số quá lớn".into(),
        (Detail::TooDeep, true) => "dữ liệu lồng nhau quá sâu".into(),
        (Detail::Schedule(schedule), _) => describe_schedule(schedule, lang, name),
        (Detail::Syntax(words), true) => SYNTAX
            .iter()
            .find(|(w, _)| w == words)
            .map_or((*words).to_owned(), |(_, vi)| (*vi).to_owned()),
        (Detail::Other(words), _) => (*words).to_owned(),
        (_, false) => detail.to_owned(),
    }
}

fn describe_schedule(
    schedule: &ScheduleDetail,
    lang: Lang,
    name: &dyn Fn(&str) -> String,
) -> String {
    let (start, end, year, month) = (name("start"), name("end"), name("year"), name("month"));
    match (schedule, lang) {
        (ScheduleDetail::Missing, Lang::Vi) => {
            format!("cần {start} (một ngày) hoặc, khi chưa biết ngày, {year}")
        }
        (ScheduleDetail::Missing, Lang::En) => {
            format!("needs {start} (a date) or, when the dates are not known, {year}")
        }
        (ScheduleDetail::EndWithoutStart, Lang::Vi) => format!("có {end} nhưng không có {start}"),
        (ScheduleDetail::EndWithoutStart, Lang::En) => format!("has {end} but no {start}"),
        (ScheduleDetail::MixedKinds, Lang::Vi) => {
            format!("{start} và {end} phải cùng là ngày, hoặc cùng là ngày giờ")
        }
        (ScheduleDetail::MixedKinds, Lang::En) => {
            format!("{start} and {end} must both be dates or both be date-times")
        }
        (ScheduleDetail::EndBeforeStart(s, e), Lang::Vi) => {
            format!("{end} ({e}) trước {start} ({s})")
        }
        (ScheduleDetail::EndBeforeStart(s, e), Lang::En) => {
            format!("{end} ({e}) is before {start} ({s})")
        }
        (ScheduleDetail::BadMonth(m), Lang::Vi) => format!("{month} phải từ 1 đến 12, gặp {m}"),
        (ScheduleDetail::BadMonth(m), Lang::En) => {
            format!("{month} must be from 1 to 12, found {m}")
        }
        (ScheduleDetail::BadYear(y), Lang::Vi) => {
            format!("{year} phải từ 1900 đến 2200, gặp {y}")
        }
        (ScheduleDetail::BadYear(y), Lang::En) => {
            format!("{year} must be from 1900 to 2200, found {y}")
        }
        (ScheduleDetail::MonthWithoutYear, Lang::Vi) => format!("có {month} nhưng không có {year}"),
        (ScheduleDetail::MonthWithoutYear, Lang::En) => format!("has {month} but no {year}"),
    }
}

/// A warning about one record in `lang`: what is wrong and what was done,
/// fields named by `name`.
pub fn describe_problem(problem: &Problem, lang: Lang, name: &dyn Fn(&str) -> String) -> String {
    if lang == Lang::En {
        return match problem {
            Problem::Invalid(detail) => {
                format!(
                    "{}; the record is left out",
                    describe_detail(detail, lang, name)
                )
            }
            Problem::IgnoredPart(detail) => {
                format!(
                    "{}; this part is ignored",
                    describe_detail(detail, lang, name)
                )
            }
            other => other.to_string(),
        };
    }
    match problem {
        Problem::Invalid(detail) => {
            format!("{}; mục này bị bỏ qua", describe_detail(detail, lang, name))
        }
        Problem::DuplicateId(id) => {
            format!("mã \"{id}\" đã được dùng ở một mục trước; mục sau bị bỏ qua")
        }
        Problem::EmptyId => "mã (id) để trống; mục này bị bỏ qua".into(),
        Problem::UnknownEvent(id) => {
            format!("không có hội chợ nào có mã \"{id}\"; gian hàng bị bỏ qua")
        }
        Problem::UnknownVenue(id) => {
            format!("không có địa điểm nào có mã \"{id}\"; hội chợ bị bỏ qua")
        }
        Problem::UnknownCategory(id) => {
            format!("không có ngành hàng nào có mã \"{id}\"; mã này bị bỏ qua")
        }
        Problem::BadParent(id) => format!(
            "\"{id}\" không phải ngành hàng cấp trên cùng; ngành hàng này được hiện ở cấp trên cùng"
        ),
        Problem::UnsafeLink(url) => {
            format!("\"{url}\" không phải liên kết http(s); không hiện thành liên kết")
        }
        Problem::NotDialable(number) => format!(
            "\"{number}\" không phải số điện thoại gọi được (dấu + và 8 đến 15 chữ số); không hiện thành liên kết"
        ),
        Problem::BoothFile(why) => format!("{why}; các gian hàng của tệp này bị bỏ qua"),
        Problem::IgnoredPart(detail) => {
            format!(
                "{}; phần này bị bỏ qua",
                describe_detail(detail, lang, name)
            )
        }
        Problem::TextTooLong(n) => {
            format!("một đoạn chữ dài {n} ký tự, quá {MAX_TEXT_CHARS}; mục này bị bỏ qua")
        }
        Problem::BadCoordinates => {
            "vĩ độ và kinh độ phải trong khoảng ±90 và ±180; toạ độ bị bỏ qua".into()
        }
    }
}

/// Why a whole feed is refused, in `lang`, without the path and position
/// (said apart, or not at all): for people who never saw the JSON.
pub fn describe_refusal_plainly(
    error: &FeedError,
    lang: Lang,
    name: &dyn Fn(&str) -> String,
) -> String {
    match error {
        FeedError::Syntax { detail, .. } => {
            let said = describe_detail(detail, lang, name);
            match lang {
                Lang::Vi => format!("văn bản không phải JSON hợp lệ: {said}"),
                Lang::En => format!("the text is not valid JSON: {said}"),
            }
        }
        FeedError::Shape { detail, .. } => describe_detail(detail, lang, name),
        _ => {
            let said = describe_feed_error(error, lang);
            match error.path() {
                Some(path) => said
                    .strip_prefix(path)
                    .and_then(|rest| rest.strip_prefix(": "))
                    .map_or(said.clone(), str::to_owned),
                None => said,
            }
        }
    }
}

/// Why a whole feed is refused, in `lang`, fields named by `name`; the
/// position closes it, as the widget says it.
pub fn describe_refusal(error: &FeedError, lang: Lang, name: &dyn Fn(&str) -> String) -> String {
    match (error, lang) {
        (FeedError::Syntax { detail, at }, Lang::Vi) => format!(
            "dữ liệu không phải JSON hợp lệ: {}, {}",
            describe_detail(detail, lang, name),
            describe_position(*at, lang)
        ),
        (FeedError::Shape { path, detail, at }, _) => format!(
            "{path}: {}, {}",
            describe_detail(detail, lang, name),
            describe_position(*at, lang)
        ),
        (_, Lang::Vi) => describe_feed_error(error, lang),
        (_, Lang::En) => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readers_details_are_read_back_and_told_in_vietnamese() {
        let vi = |detail: &str| describe_detail(detail, Lang::Vi, &json_key);
        assert_eq!(vi("missing field `name`"), "thiếu `name`");
        assert_eq!(
            vi("invalid type: integer `5`, expected a string"),
            "cần chữ, nhưng gặp số 5"
        );
        assert_eq!(
            vi("invalid value: integer `-1`, expected u32"),
            "số -1 không hợp lệ: cần một số nguyên không âm"
        );
        assert_eq!(
            vi("`end` (2030-11-08) is before `start` (2030-11-10)"),
            "`end` (2030-11-08) trước `start` (2030-11-10)"
        );
        assert_eq!(
            read_detail("`end` (2030-11-08) is before `start` (2030-11-10)").field(),
            Some("end")
        );
        let date = format!("expected {}, found \"2025-02-30\"", FeedDate::EXPECTED);
        assert!(vi(&date).ends_with("gặp \"2025-02-30\""), "{}", vi(&date));
        assert_eq!(vi("expected `,` or `}`"), "cần dấu phẩy hoặc dấu } ở đây");
        assert_eq!(
            read_detail("something new"),
            Detail::Other("something new"),
            "unknown words stay as they are"
        );
    }

    #[test]
    fn every_schedule_error_is_read_back() {
        for error in [
            ScheduleError::Missing,
            ScheduleError::EndWithoutStart,
            ScheduleError::MixedKinds,
            ScheduleError::EndBeforeStart {
                start: "2025-09-12".into(),
                end: "2025-09-10".into(),
            },
            ScheduleError::BadMonth(13),
            ScheduleError::BadYear(1800),
            ScheduleError::MonthWithoutYear,
        ] {
            let words = error.to_string();
            assert!(
                matches!(read_detail(&words), Detail::Schedule(_)),
                "{words}"
            );
        }
    }

    #[test]
    fn problems_are_told_in_both_languages() {
        let problem = Problem::UnknownVenue("the-linc".into());
        assert_eq!(
            describe_problem(&problem, Lang::En, &json_key),
            problem.to_string()
        );
        assert_eq!(
            describe_problem(&problem, Lang::Vi, &json_key),
            "không có địa điểm nào có mã \"the-linc\"; hội chợ bị bỏ qua"
        );
    }
}
