//! Reads feed text: the envelope strictly, each record on its own, so that
//! one bad record is reported with its path and position and the rest load.

use super::error::{
    FeedError, Problem, Warning, MAX_FEED_BYTES, MAX_RECORDS, MAX_TEXT_CHARS, SUPPORTED_VERSION,
};
use super::model::{Booth, Category, Event, Series, Venue};
use super::position::{LineIndex, Position};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::value::RawValue;

/// A record together with where it came from, for warnings about it.
#[derive(Debug, Clone)]
pub struct Sourced<T> {
    /// Its index in the feed's list.
    pub index: usize,
    /// Where it starts in the text.
    pub at: Position,
    /// The record itself.
    pub record: T,
}

/// A feed whose records each parsed, not yet checked against each other.
#[derive(Debug, Clone)]
pub struct ParsedFeed {
    /// The series the feed describes.
    pub series: Series,
    /// Product categories, in feed order.
    pub categories: Vec<Sourced<Category>>,
    /// Venues, in feed order.
    pub venues: Vec<Sourced<Venue>>,
    /// Events, in feed order.
    pub events: Vec<Sourced<Event>>,
    /// Booths, in feed order.
    pub booths: Vec<Sourced<Booth>>,
    /// Records that did not parse and were left out.
    pub warnings: Vec<Warning>,
}

#[derive(Deserialize)]
struct Envelope<'a> {
    version: Option<u64>,
    #[serde(borrow)]
    series: &'a RawValue,
    #[serde(default, borrow)]
    categories: Vec<&'a RawValue>,
    #[serde(default, borrow)]
    venues: Vec<&'a RawValue>,
    #[serde(default, borrow)]
    events: Vec<&'a RawValue>,
    #[serde(default, borrow)]
    booths: Vec<&'a RawValue>,
}

#[derive(Deserialize)]
struct BoothFileEnvelope<'a> {
    version: Option<u64>,
    #[serde(default, borrow)]
    booths: Vec<&'a RawValue>,
}

/// The text without its byte-order mark, if it is not too large to read.
fn within_size(text: &str) -> Result<&str, FeedError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_FEED_BYTES {
        return Err(FeedError::TooLarge { bytes: text.len() });
    }
    Ok(text)
}

/// Refuses a missing or unknown format version.
fn supported(version: Option<u64>) -> Result<(), FeedError> {
    match version {
        None => Err(FeedError::MissingVersion),
        Some(SUPPORTED_VERSION) => Ok(()),
        Some(other) => Err(FeedError::UnsupportedVersion(other)),
    }
}

/// Refuses a list with more records than [`MAX_RECORDS`] allows.
fn within_count(list: &'static str, count: usize) -> Result<(), FeedError> {
    let limit = MAX_RECORDS
        .iter()
        .find(|(name, _)| *name == list)
        .map_or(usize::MAX, |(_, limit)| *limit);
    if count > limit {
        return Err(FeedError::TooManyRecords { list, count, limit });
    }
    Ok(())
}

/// Parses a booth file of a split feed (`{"version": 1, "booths": [...]}`),
/// each booth on its own like the feed's; fails only when the file as a
/// whole is unusable.
pub fn parse_booth_file(text: &str) -> Result<(Vec<Sourced<Booth>>, Vec<Warning>), FeedError> {
    let text = within_size(text)?;
    let envelope: BoothFileEnvelope =
        deserialize(text).map_err(|failure| failure.into_error(text, 0))?;
    supported(envelope.version)?;
    within_count("booths", envelope.booths.len())?;
    let lines = LineIndex::new(text);
    let mut warnings = Vec::new();
    let booths = records(&lines, text, "booths", &envelope.booths, &mut warnings);
    Ok((booths, warnings))
}

/// Parses feed text; fails only when the feed as a whole is unusable.
pub fn parse(text: &str) -> Result<ParsedFeed, FeedError> {
    let text = within_size(text)?;
    let envelope: Envelope = deserialize(text).map_err(|failure| failure.into_error(text, 0))?;
    supported(envelope.version)?;
    let series = deserialize::<Series>(envelope.series.get()).map_err(|failure| {
        failure
            .prefixed("series")
            .into_error(text, offset_in(text, envelope.series))
    })?;
    for (list, count) in [
        ("categories", envelope.categories.len()),
        ("venues", envelope.venues.len()),
        ("events", envelope.events.len()),
        ("booths", envelope.booths.len()),
    ] {
        within_count(list, count)?;
    }
    let lines = LineIndex::new(text);
    let mut warnings = Vec::new();
    Ok(ParsedFeed {
        series,
        categories: records(
            &lines,
            text,
            "categories",
            &envelope.categories,
            &mut warnings,
        ),
        venues: records(&lines, text, "venues", &envelope.venues, &mut warnings),
        events: records(&lines, text, "events", &envelope.events, &mut warnings),
        booths: records(&lines, text, "booths", &envelope.booths, &mut warnings),
        warnings,
    })
}

fn records<T: DeserializeOwned>(
    lines: &LineIndex,
    text: &str,
    list: &str,
    raws: &[&RawValue],
    warnings: &mut Vec<Warning>,
) -> Vec<Sourced<T>> {
    let mut parsed = Vec::with_capacity(raws.len());
    for (index, raw) in raws.iter().enumerate() {
        let start = offset_in(text, raw);
        // A record whose text is this long is not a record: skip it unread.
        if raw.get().len() > MAX_TEXT_CHARS {
            let longest = longest_string(raw.get());
            if longest > MAX_TEXT_CHARS {
                warnings.push(Warning {
                    path: format!("{list}[{index}]"),
                    at: lines.position(start),
                    problem: Problem::TextTooLong(longest),
                });
                continue;
            }
        }
        match deserialize::<T>(raw.get()) {
            Ok(record) => parsed.push(Sourced {
                index,
                at: lines.position(start),
                record,
            }),
            Err(failure) => {
                let failure = failure.prefixed(&format!("{list}[{index}]"));
                // An error about the record as a whole points at its start.
                let byte = if failure.whole_record {
                    start
                } else {
                    start + failure.byte
                };
                warnings.push(Warning {
                    path: failure.path,
                    at: lines.position(byte),
                    problem: Problem::Invalid(failure.detail),
                });
            }
        }
    }
    parsed
}

/// The length in characters of the longest JSON string in `json` (escapes
/// counted as written, which is close enough for a limit).
fn longest_string(json: &str) -> usize {
    let (mut longest, mut current, mut inside, mut escaped) = (0, 0, false, false);
    for c in json.chars() {
        if inside {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                inside = false;
                longest = longest.max(current);
                continue;
            }
            current += 1;
        } else if c == '"' {
            inside = true;
            current = 0;
        }
    }
    longest
}

/// A deserialisation failure, located relative to the text it was read from.
struct Failure {
    path: String,
    detail: String,
    byte: usize,
    syntax: bool,
    whole_record: bool,
}

impl Failure {
    fn prefixed(mut self, prefix: &str) -> Self {
        self.path = if self.path.is_empty() {
            prefix.to_owned()
        } else if self.path.starts_with('[') {
            format!("{prefix}{}", self.path)
        } else {
            format!("{prefix}.{}", self.path)
        };
        self
    }

    fn into_error(self, text: &str, base: usize) -> FeedError {
        let at = Position::at_byte(text, base + self.byte);
        if self.syntax {
            FeedError::Syntax {
                detail: self.detail,
                at,
            }
        } else {
            FeedError::Shape {
                path: self.path,
                detail: self.detail,
                at,
            }
        }
    }
}

fn deserialize<'a, T: Deserialize<'a>>(text: &'a str) -> Result<T, Failure> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let path = if path == "." { String::new() } else { path };
        Failure::new(text, path, error.into_inner())
    })?;
    deserializer
        .end()
        .map_err(|error| Failure::new(text, String::new(), error))?;
    Ok(value)
}

impl Failure {
    fn new(text: &str, path: String, error: serde_json::Error) -> Self {
        Failure {
            byte: if error.is_data() && !path.is_empty() {
                value_start(text, Position::byte_of(text, error.line(), error.column()))
            } else {
                Position::byte_of(text, error.line(), error.column())
            },
            syntax: error.is_syntax() || error.is_eof(),
            detail: strip_position(&error.to_string()),
            whole_record: path.is_empty(),
            path,
        }
    }
}

/// serde_json reports a bad value where the value ends; an editor wants its
/// start. Steps back over one string or scalar that ends at `end`.
fn value_start(text: &str, end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = end.min(bytes.len());
    if i > 0 && bytes[i - 1] == b'"' {
        i -= 1;
        while i > 0 && !(bytes[i - 1] == b'"' && (i < 2 || bytes[i - 2] != b'\\')) {
            i -= 1;
        }
        i.saturating_sub(1)
    } else {
        while i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || b".+-".contains(&bytes[i - 1])) {
            i -= 1;
        }
        i
    }
}

/// serde_json appends " at line L column C" in bytes of the record; the
/// caller reports the position in the whole feed instead.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

fn offset_in(text: &str, raw: &RawValue) -> usize {
    (raw.get().as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}
