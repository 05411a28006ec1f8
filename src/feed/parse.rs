//! Reads feed text: the envelope strictly, each record on its own, so that
//! one bad record is reported with its path and position and the rest load.

use super::decode::{self, Failure, Object, Path, Read};
use super::error::{
    FeedError, Problem, Warning, MAX_FEED_BYTES, MAX_RECORDS, MAX_TEXT_CHARS, SUPPORTED_VERSION,
};
use super::model::{Booth, Category, Event, Series, Venue};
use super::position::{LineIndex, Position};
use crate::json::{self, Node, Value};
use crate::pace::{tick, unpaced, Pace, Unpaced};

/// How many JSON values are read between two looks at the pace: about a
/// millisecond of work in the browser.
const VALUES_PER_STEP: usize = 2048;

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

/// The whole text as JSON, read in slices at `pace`, or the syntax error
/// with its position.
async fn tree<'a>(text: &'a str, pace: &mut impl Pace) -> Result<Node<'a>, FeedError> {
    let mut parser = json::Parser::new(text);
    loop {
        match parser.advance(VALUES_PER_STEP) {
            Ok(Some(node)) => return Ok(node),
            Ok(None) => tick(pace).await,
            Err(error) => {
                return Err(FeedError::Syntax {
                    detail: error.detail.to_owned(),
                    at: Position::at_byte(text, error.byte),
                })
            }
        }
    }
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

/// Parses a booth file of a split feed (`{"version": 1, "booths": [...]}`)
/// in slices at `pace`, each booth on its own like the feed's; fails only
/// when the file as a whole is unusable.
pub async fn parse_booth_file_paced(
    text: &str,
    pace: &mut impl Pace,
) -> Result<(Vec<Sourced<Booth>>, Vec<Warning>), FeedError> {
    let text = within_size(text)?;
    let root = tree(text, pace).await?;
    let [booths] = envelope(text, &root, ["booths"])?;
    let lines = LineIndex::new(text);
    let mut warnings = Vec::new();
    let booths = records(&lines, "booths", booths, decode::booth, &mut warnings, pace).await;
    Ok((booths, warnings))
}

/// Parses feed text; fails only when the feed as a whole is unusable.
pub fn parse(text: &str) -> Result<ParsedFeed, FeedError> {
    unpaced(parse_paced(text, &mut Unpaced))
}

/// [`parse`] in slices at `pace`, so a browser can paint between them.
pub async fn parse_paced(text: &str, pace: &mut impl Pace) -> Result<ParsedFeed, FeedError> {
    let text = within_size(text)?;
    let root = tree(text, pace).await?;
    let [categories, venues, events, booths] =
        envelope(text, &root, ["categories", "venues", "events", "booths"])?;
    let series = read_series(text, &root)?;
    let lines = LineIndex::new(text);
    let mut warnings = Vec::new();
    let w = &mut warnings;
    let categories = records(&lines, "categories", categories, decode::category, w, pace).await;
    let venues = records(&lines, "venues", venues, decode::venue, w, pace).await;
    let events = records(&lines, "events", events, decode::event, w, pace).await;
    let booths = records(&lines, "booths", booths, decode::booth, w, pace).await;
    Ok(ParsedFeed {
        series,
        categories,
        venues,
        events,
        booths,
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

/// Reads each record on its own, in slices at `pace`: one that does not
/// read is left out with a warning naming its path and position, and the
/// rest load. Records are located in the order they are written, which
/// keeps locating them linear in the text's length however it is laid out
/// ([`LineIndex`]).
async fn records<T>(
    lines: &LineIndex<'_>,
    list: &str,
    nodes: &[Node<'_>],
    read: fn(&Node, &Path) -> Read<T>,
    warnings: &mut Vec<Warning>,
    pace: &mut impl Pace,
) -> Vec<Sourced<T>> {
    let mut parsed = Vec::with_capacity(nodes.len());
    for (index, node) in nodes.iter().enumerate() {
        tick(pace).await;
        parsed.extend(record(lines, list, index, node, read, warnings));
    }
    parsed
}

/// Reads the record at `index` of `list`, or warns why it is left out.
fn record<T>(
    lines: &LineIndex<'_>,
    list: &str,
    index: usize,
    node: &Node<'_>,
    read: fn(&Node, &Path) -> Read<T>,
    warnings: &mut Vec<Warning>,
) -> Option<Sourced<T>> {
    // Only a record this long can hold a text over the limit.
    if node.end - node.start > MAX_TEXT_CHARS {
        let longest = longest_string(node);
        if longest > MAX_TEXT_CHARS {
            warnings.push(Warning {
                path: format!("{list}[{index}]"),
                at: lines.position(node.start),
                problem: Problem::TextTooLong(longest),
            });
            return None;
        }
    }
    match read(node, &Path::Top) {
        Ok(record) => Some(Sourced {
            index,
            at: lines.position(node.start),
            record,
        }),
        Err(failure) => {
            warnings.push(Warning {
                path: failure.prefixed(&format!("{list}[{index}]")),
                at: lines.position(failure.byte),
                problem: Problem::Invalid(failure.detail),
            });
            None
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::position::scanned_bytes;

    /// The demo feed on one line, as `JSON.stringify` (and serde_json) write it.
    fn demo_on_one_line() -> String {
        let pretty = include_str!("../../feeds/demo.json");
        let value: serde_json::Value = serde_json::from_str(pretty).expect("the demo feed");
        serde_json::to_string(&value).expect("written")
    }

    #[test]
    fn a_feed_on_one_line_is_located_in_one_pass() {
        let text = demo_on_one_line();
        assert!(!text.contains('\n'));
        let before = scanned_bytes();
        let parsed = parse(&text).expect("the feed parses");
        let scanned = scanned_bytes() - before;
        assert!(parsed.booths.len() > 300);
        // Locating each record from the start of its line (the whole feed)
        // stepped over 43 million bytes here; in order, at most the text once.
        assert!(
            scanned <= text.len(),
            "{scanned} bytes stepped over to locate the records of a {}-byte feed",
            text.len()
        );
    }

    /// A pace that is always due and counts its pauses.
    #[derive(Default)]
    struct EveryStep(usize);

    impl Pace for EveryStep {
        fn due(&mut self) -> bool {
            true
        }

        async fn pause(&mut self) {
            self.0 += 1;
        }
    }

    #[test]
    fn a_feed_read_in_slices_pauses_between_them_and_reads_the_same() {
        let text = demo_on_one_line();
        let mut pace = EveryStep::default();
        let sliced = unpaced(parse_paced(&text, &mut pace)).expect("the feed parses");
        let whole = parse(&text).expect("the feed parses");
        assert!(
            pace.0 > whole.booths.len(),
            "{} pauses for {} booths",
            pace.0,
            whole.booths.len()
        );
        assert_eq!(format!("{sliced:?}"), format!("{whole:?}"));
    }
}
