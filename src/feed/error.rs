//! What goes wrong when a feed is read: errors that refuse the whole feed,
//! and warnings about single records that are left out or mended.

use super::position::Position;
use std::fmt;

/// The feed version this reader understands.
pub const SUPPORTED_VERSION: u64 = 1;

/// The largest feed read, in bytes: past it a phone would stall.
pub const MAX_FEED_BYTES: usize = 20 * 1024 * 1024;

/// The most records of each list a feed may have (categories, venues,
/// events, booths); a larger series is split into booth files per event.
pub const MAX_RECORDS: [(&str, usize); 4] = [
    ("categories", 2_000),
    ("venues", 20_000),
    ("events", 20_000),
    ("booths", 200_000),
];

/// The longest text a record may carry, in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;

/// Why a whole feed cannot be shown.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FeedError {
    /// The text is not JSON (truncated, a stray comma...).
    #[error("the feed is not valid JSON: {detail}, {at}")]
    Syntax {
        /// serde_json's description.
        detail: String,
        /// Where the parser stopped.
        at: Position,
    },
    /// The JSON has the wrong shape where the whole feed depends on it.
    #[error("{path}: {detail}, {at}")]
    Shape {
        /// JSON path of the offending value (`series.name`).
        path: String,
        /// What was expected.
        detail: String,
        /// Where the value is.
        at: Position,
    },
    /// No `version` field.
    #[error("version: missing; this reader understands feed version {SUPPORTED_VERSION}")]
    MissingVersion,
    /// A version this reader does not know.
    #[error("version: feed version {0} is not supported; this reader understands version {SUPPORTED_VERSION}")]
    UnsupportedVersion(u64),
    /// More bytes than a feed may have.
    #[error("the feed is {bytes} bytes; the most this reader takes is {MAX_FEED_BYTES}")]
    TooLarge {
        /// The feed's size.
        bytes: usize,
    },
    /// More records in a list than a feed may have.
    #[error("{list}: {count} records; the most this reader takes is {limit}")]
    TooManyRecords {
        /// The list (`booths`).
        list: &'static str,
        /// How many it has.
        count: usize,
        /// How many are allowed.
        limit: usize,
    },
}

impl FeedError {
    /// The JSON path the error is about, if it is about one value.
    pub fn path(&self) -> Option<&str> {
        match self {
            FeedError::Shape { path, .. } => Some(path),
            FeedError::MissingVersion | FeedError::UnsupportedVersion(_) => Some("version"),
            FeedError::TooManyRecords { list, .. } => Some(list),
            FeedError::Syntax { .. } | FeedError::TooLarge { .. } => None,
        }
    }

    /// Where in the text the error is, when known.
    pub fn position(&self) -> Option<Position> {
        match self {
            FeedError::Syntax { at, .. } | FeedError::Shape { at, .. } => Some(*at),
            _ => None,
        }
    }
}

/// What is wrong with one record.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// The record does not parse; it is left out.
    #[error("{0}; the record is left out")]
    Invalid(String),
    /// An id used before in the same list; the later record is left out.
    #[error("the id \"{0}\" is used twice; the later record is left out")]
    DuplicateId(String),
    /// An empty id; the record is left out.
    #[error("the id is empty; the record is left out")]
    EmptyId,
    /// A booth at an event the feed does not have; the booth is left out.
    #[error("no event has the id \"{0}\"; the booth is left out")]
    UnknownEvent(String),
    /// An event at a venue the feed does not have; the event is left out.
    #[error("no venue has the id \"{0}\"; the event is left out")]
    UnknownVenue(String),
    /// A category id that does not resolve; only that id is removed.
    #[error("no category has the id \"{0}\"; the id is ignored")]
    UnknownCategory(String),
    /// A category parent that does not resolve or is not top-level.
    #[error(
        "the parent \"{0}\" is not a top-level category; the category is shown at the top level"
    )]
    BadParent(String),
    /// A link with a scheme other than http(s), mailto or tel; it is dropped.
    #[error("\"{0}\" is not an http(s) link; it is not shown as a link")]
    UnsafeLink(String),
    /// A number in `phones` that cannot be dialled; it is dropped.
    #[error(
        "\"{0}\" is not a phone number to dial (a + and 8 to 15 digits); it is not shown as a link"
    )]
    NotDialable(String),
    /// A booth file of a split feed that could not be loaded or read.
    #[error("{0}; this file's booths are left out")]
    BoothFile(String),
    /// An optional part of a record that is malformed; only it is ignored.
    #[error("{0}; this part is ignored")]
    IgnoredPart(String),
    /// A text longer than a record may carry; the record is left out.
    #[error("a text is {0} characters long, more than {MAX_TEXT_CHARS}; the record is left out")]
    TextTooLong(usize),
    /// Coordinates outside the globe; they are ignored.
    #[error("latitude and longitude must be within ±90 and ±180; the coordinates are ignored")]
    BadCoordinates,
}

/// A record-level problem, where it is, and what was done about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// JSON path of the record or field (`booths[12].event`).
    pub path: String,
    /// Where the record or field starts in the text.
    pub at: Position,
    /// What is wrong and what was done.
    pub problem: Problem,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {}, {}", self.path, self.problem, self.at)
    }
}
