//! The feed format (version 1): its records, how it is read, and how it is
//! checked. Plain Rust with no DOM, shared by the widget and the tools.

mod error;
mod model;
mod parse;
mod position;
mod schedule;
mod text;
mod validate;

pub use error::{
    FeedError, Problem, Warning, MAX_FEED_BYTES, MAX_RECORDS, MAX_TEXT_CHARS, SUPPORTED_VERSION,
};
pub use model::{
    Booth, Category, Entrance, Event, FloorPlan, OcopStars, Rect, Series, Status, Venue, Zone,
    DEFAULT_TIMEZONE,
};
pub use parse::{parse, ParsedFeed, Sourced};
pub use position::Position;
pub use schedule::{first_of_month, last_of_month, FeedDate, Schedule, ScheduleError, Timing};
pub use text::{Text, FALLBACK_LANG};
pub use validate::{is_web_url, validate};

use serde::{Deserialize, Serialize};

/// A whole, consistent feed: every id unique, every reference resolved.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Feed {
    /// The feed format version (1).
    pub version: u64,
    /// The series the feed describes.
    pub series: Series,
    /// Product categories, a two-level tree.
    pub categories: Vec<Category>,
    /// Venues the events are at.
    pub venues: Vec<Venue>,
    /// The events of the series.
    pub events: Vec<Event>,
    /// The booths of all events.
    pub booths: Vec<Booth>,
}

/// Parses and validates feed text: the feed, and a warning per mended record.
pub fn load(text: &str) -> Result<(Feed, Vec<Warning>), FeedError> {
    parse(text).map(validate)
}
