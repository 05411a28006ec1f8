//! The feed format (version 1): its records, how it is read, and how it is
//! checked. Plain Rust with no DOM, shared by the widget and the tools.

pub(crate) mod decode;
mod error;
mod model;
mod parse;
mod position;
mod schedule;
mod text;
mod validate;

use crate::pace::{unpaced, Pace, Unpaced};
pub use error::{
    FeedError, Problem, Warning, MAX_FEED_BYTES, MAX_RECORDS, MAX_TEXT_CHARS, SUPPORTED_VERSION,
};
pub use model::{
    Booth, Category, Entrance, Event, FloorPlan, OcopStars, Rect, Series, Status, Venue, Zone,
    DEFAULT_TIMEZONE,
};
use parse::parse_booth_file_paced;
pub use parse::{parse, parse_paced, ParsedFeed, Sourced};
pub use position::Position;
pub use schedule::{first_of_month, last_of_month, FeedDate, Schedule, ScheduleError, Timing};
pub use text::{Text, FALLBACK_LANG};
use validate::BoothChecks;
pub use validate::{is_relative_url, is_web_url, validate, validate_paced};

use serde::Serialize;

/// A whole, consistent feed: every id unique, every reference resolved.
#[derive(Clone, Debug, PartialEq, Serialize)]
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
    unpaced(load_paced(text, &mut Unpaced))
}

/// [`load`] in slices at `pace`: what the widget does, a slice between frames.
pub async fn load_paced(
    text: &str,
    pace: &mut impl Pace,
) -> Result<(Feed, Vec<Warning>), FeedError> {
    let parsed = parse_paced(text, pace).await?;
    Ok(validate_paced(parsed, pace).await)
}

/// Adds a split feed's booth files (docs/feed.md) to a loaded feed, each
/// checked as if it had been in it.
pub struct BoothFiles<'a> {
    feed: &'a mut Feed,
    checks: BoothChecks,
}

impl<'a> BoothFiles<'a> {
    /// Booth files joining `feed`.
    pub fn new(feed: &'a mut Feed) -> Self {
        let checks = BoothChecks::new(feed);
        Self { feed, checks }
    }

    /// Adds the booths of one file. Each warning's path starts with `file`,
    /// so the reader can tell which file it is about.
    pub fn add(&mut self, file: &str, text: &str) -> Result<Vec<Warning>, FeedError> {
        unpaced(self.add_paced(file, text, &mut Unpaced))
    }

    /// [`BoothFiles::add`] in slices at `pace`.
    pub async fn add_paced(
        &mut self,
        file: &str,
        text: &str,
        pace: &mut impl Pace,
    ) -> Result<Vec<Warning>, FeedError> {
        let (records, warnings) = parse_booth_file_paced(text, pace).await?;
        let (booths, mut warnings) = self.checks.check(records, warnings, pace).await;
        self.feed.booths.extend(booths);
        for warning in &mut warnings {
            warning.path = format!("{file}: {}", warning.path);
        }
        Ok(warnings)
    }
}

/// Adds the booths of one booth file to a loaded feed ([`BoothFiles`] for several).
pub fn add_booth_file(feed: &mut Feed, file: &str, text: &str) -> Result<Vec<Warning>, FeedError> {
    BoothFiles::new(feed).add(file, text)
}

/// The booth files a split feed names, with the events they belong to.
pub fn booth_files(feed: &Feed) -> impl Iterator<Item = (&str, &str)> {
    feed.events
        .iter()
        .filter_map(|e| Some((e.id.as_str(), e.booths_url.as_deref()?)))
}
