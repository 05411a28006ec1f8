//! Reads feed text: the envelope strictly, each record on its own, so that
//! one bad record is reported with its path and position and the rest load.

use super::decode::{self, Failure, Object, Path, Read};
use super::error::{
    FeedError, Problem, Warning, MAX_FEED_BYTES, MAX_RECORDS, MAX_TEXT_CHARS, SUPPORTED_VERSION,
};
use super::model::{Booth, Category, Event, Series, Venue};
use super::position::{LineIndex, Position};
use crate::json::{self, Node, Value};

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

/// The whole text as JSON, or the syntax error with its position.
fn tree(text: &str) -> Result<Node<'_>, FeedError> {
    json::parse(text).map_err(|error| FeedError::Syntax {
        detail: error.detail.to_owned(),
        at: Position::at_byte(text, error.byte),
    })
}

/// A failure in the feed's frame (not in one record) refuses the feed.
fn shape(text: &str, failure: Failure) -> FeedError {
    FeedError::Shape {
        path: failure.path,
        detail: failure.detail,
        at: Position::at_byte(text, failure.byte),
    }
}

/// The feed's frame: a supported `version`, and the records of each named
/// list (each an array, within its count). The series is read apart
/// ([`read_series`]), since only the feed has one.
fn envelope<'n, 'a, const N: usize>(
    text: &str,
    root: &'n Node<'a>,
    lists: [&'static str; N],
) -> Result<[&'n [Node<'a>]; N], FeedError> {
    let top = Path::Top;
    let frame = |failure| shape(text, failure);
    let envelope = Object::new(root, &top, "a feed object").map_err(frame)?;
    let [version] = envelope.fields(["version"]).map_err(frame)?;
    let version = envelope
        .optional(version, "version", decode::version)
        .map_err(frame)?;
    supported(version)?;
    let members = envelope.fields(lists).map_err(frame)?;
    let mut records: [&'n [Node<'a>]; N] = [&[]; N];
    for ((slot, member), list) in records.iter_mut().zip(members).zip(lists) {
        if let Some(member) = member {
            *slot = decode::items(member, &Path::Key(&top, list)).map_err(frame)?;
            within_count(list, slot.len())?;
        }
    }
    Ok(records)
}

/// Parses a booth file of a split feed (`{"version": 1, "booths": [...]}`),
/// each booth on its own like the feed's; fails only when the file as a
/// whole is unusable.
pub fn parse_booth_file(text: &str) -> Result<(Vec<Sourced<Booth>>, Vec<Warning>), FeedError> {
    let text = within_size(text)?;
    let root = tree(text)?;
    let [booths] = envelope(text, &root, ["booths"])?;
    let lines = LineIndex::new(text);
    let mut warnings = Vec::new();
    let booths = records(&lines, "booths", booths, decode::booth, &mut warnings);
    Ok((booths, warnings))
}

/// Parses feed text; fails only when the feed as a whole is unusable.
pub fn parse(text: &str) -> Result<ParsedFeed, FeedError> {
    let text = within_size(text)?;
    let root = tree(text)?;
    let [categories, venues, events, booths] =
        envelope(text, &root, ["categories", "venues", "events", "booths"])?;
    let series = read_series(text, &root)?;
    let lines = LineIndex::new(text);
    let mut warnings = Vec::new();
    Ok(ParsedFeed {
        series,
        categories: records(
            &lines,
            "categories",
            categories,
            decode::category,
            &mut warnings,
        ),
        venues: records(&lines, "venues", venues, decode::venue, &mut warnings),
        events: records(&lines, "events", events, decode::event, &mut warnings),
        booths: records(&lines, "booths", booths, decode::booth, &mut warnings),
        warnings,
    })
}

/// The series, which the whole feed depends on: any fault in it refuses the feed.
fn read_series(text: &str, root: &Node) -> Result<Series, FeedError> {
    let top = Path::Top;
    let frame = |failure| shape(text, failure);
    let envelope = Object::new(root, &top, "a feed object").map_err(frame)?;
    let [series] = envelope.fields(["series"]).map_err(frame)?;
    envelope
        .required(series, "series", decode::series)
        .map_err(frame)
}

/// Reads each record on its own: one that does not read is left out with
/// a warning naming its path and position, and the rest load.
fn records<T>(
    lines: &LineIndex,
    list: &str,
    nodes: &[Node],
    read: fn(&Node, &Path) -> Read<T>,
    warnings: &mut Vec<Warning>,
) -> Vec<Sourced<T>> {
    let mut parsed = Vec::with_capacity(nodes.len());
    for (index, node) in nodes.iter().enumerate() {
        // Only a record this long can hold a text over the limit.
        if node.end - node.start > MAX_TEXT_CHARS {
            let longest = longest_string(node);
            if longest > MAX_TEXT_CHARS {
                warnings.push(Warning {
                    path: format!("{list}[{index}]"),
                    at: lines.position(node.start),
                    problem: Problem::TextTooLong(longest),
                });
                continue;
            }
        }
        match read(node, &Path::Top) {
            Ok(record) => parsed.push(Sourced {
                index,
                at: lines.position(node.start),
                record,
            }),
            Err(failure) => warnings.push(Warning {
                path: failure.prefixed(&format!("{list}[{index}]")),
                at: lines.position(failure.byte),
                problem: Problem::Invalid(failure.detail),
            }),
        }
    }
    parsed
}

/// The length in characters of the longest string (key or value) in `node`.
fn longest_string(node: &Node) -> usize {
    match &node.value {
        Value::String(text) => text.chars().count(),
        Value::Array(items) => items.iter().map(longest_string).max().unwrap_or(0),
        Value::Object(members) => members
            .iter()
            .map(|(key, value)| key.chars().count().max(longest_string(value)))
            .max()
            .unwrap_or(0),
        _ => 0,
    }
}
