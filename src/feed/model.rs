//! The feed's records, as the feed format (version 1) defines them.

use super::schedule::{FeedDate, Schedule};
use super::text::Text;
use serde::Serialize;

/// The IANA time zone a series has when its feed names none.
pub const DEFAULT_TIMEZONE: &str = "Asia/Ho_Chi_Minh";

/// The fair series the whole feed describes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Series {
    /// Stable identifier, used to key per-feed browser storage.
    pub id: String,
    /// The series' title, shown as the widget's heading.
    pub name: Text,
    /// Who runs the series.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organizer: Option<Text>,
    /// The series' home page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The series as an iCalendar file readers can subscribe to (an
    /// http(s) URL, or a path relative to the feed's), written by
    /// `greenfair ics` and the studio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calendar_url: Option<String>,
    /// IANA time zone in which all calendar arithmetic happens.
    pub timezone: String,
    /// True when the booths are sample data, so the widget can say so.
    pub sample: bool,
}

/// A product category; `parent` makes a two-level tree.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Category {
    /// Stable identifier that events and booths refer to.
    pub id: String,
    /// The category's name, in one or several languages.
    pub name: Text,
    /// The id of the top-level category this one belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
}

/// A place where events happen.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Venue {
    /// Stable identifier that events refer to.
    pub id: String,
    /// The venue's name ("Trung tâm thương mại The Linc").
    pub name: Text,
    /// Street address, without ward, district and city.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<Text>,
    /// Ward or commune (phường, xã).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ward: Option<Text>,
    /// District (quận, huyện), used by the district filter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub district: Option<Text>,
    /// City or province.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<Text>,
    /// Latitude in degrees, for map links.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    /// Longitude in degrees, for map links.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
}

/// Whether an event goes ahead.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Goes ahead as announced (or went ahead, for past events).
    #[default]
    Scheduled,
    /// Will not take place.
    Cancelled,
    /// Moved to dates not known yet.
    Postponed,
    /// Announced, dates to be announced.
    Tba,
}

/// One fair of the series.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "EventRecord")]
pub struct Event {
    /// Stable identifier that booths and links refer to.
    pub id: String,
    /// The event's title.
    pub name: Text,
    /// A short name for where space is short (month-grid bars, selects,
    /// cards, host events): official titles of a series all begin alike.
    pub short_name: Option<Text>,
    /// The id of the venue, when known.
    pub venue: Option<String>,
    /// When it happens: exact days, exact times, or only a month or a year.
    pub schedule: Schedule,
    /// Whether it goes ahead.
    pub status: Status,
    /// Ids of the product categories it is about.
    pub categories: Vec<String>,
    /// How many booths were planned.
    pub booth_count: Option<u32>,
    /// One or two sentences about the event.
    pub summary: Option<Text>,
    /// The organising bodies.
    pub organizers: Vec<Text>,
    /// URL of the announcement the facts come from.
    pub source: Option<String>,
    /// The floor plan, when the organisers publish one.
    pub floor_plan: Option<FloorPlan>,
    /// Where this event's booths are, in a split feed: a booth file
    /// (relative to the feed, or http(s)) loaded when the booth finder opens.
    pub booths_url: Option<String>,
    /// Optional parts of the record that were malformed and left out
    /// (field, reason); validation turns each into a warning.
    pub ignored: Vec<(String, String)>,
}

/// A rectangle on a floor plan, in the plan's own units.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

/// A named area of a floor plan ("Khu tái chế").
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Zone {
    /// The zone's name.
    pub name: Text,
    /// Where it is.
    #[serde(flatten)]
    pub area: Rect,
}

/// A way in, drawn on the floor plan.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entrance {
    /// What the entrance is called ("Cổng chính").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// Horizontal position.
    pub x: f64,
    /// Vertical position.
    pub y: f64,
}

/// The floor plan of an event: its size, zones and entrances; booths are
/// placed on it by their `position`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FloorPlan {
    /// Width of the plan, in plan units.
    pub width: f64,
    /// Height of the plan, in plan units.
    pub height: f64,
    /// Named areas.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub zones: Vec<Zone>,
    /// Entrances.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub entrances: Vec<Entrance>,
}

/// OCOP certification ("One Commune One Product"), 1 to 5 stars.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct OcopStars(u8);

impl OcopStars {
    /// `stars` when it is 1 to 5.
    pub fn new(stars: u8) -> Option<Self> {
        (1..=5).contains(&stars).then_some(Self(stars))
    }

    /// The number of stars, 1 to 5.
    pub fn get(self) -> u8 {
        self.0
    }
}

/// One exhibitor's booth at one event.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Booth {
    /// Stable identifier, used for favourites and links.
    pub id: String,
    /// The id of the event the booth is at.
    pub event: String,
    /// The booth's label on the floor ("B12").
    pub code: String,
    /// The business or cooperative exhibiting.
    pub exhibitor: Text,
    /// Ids of the product categories it sells.
    pub categories: Vec<String>,
    /// The products on show.
    pub products: Vec<Text>,
    /// A few sentences about the exhibitor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The exhibitor's web site (http or https only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// The phone cell as written (one number or several), each number in
    /// it offered as its own `tel:` link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The numbers to dial, for machines (`+` and digits only); written by
    /// the importer from `phone`, shown as links where `phone` is absent.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<String>,
    /// An e-mail address, offered as a `mailto:` link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// OCOP stars of the exhibitor's certified products.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ocop_stars: Option<OcopStars>,
    /// Where the booth is on its event's floor plan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<Rect>,
}

/// An event as the feed writes it, for writing a feed back out.
#[derive(Serialize)]
pub struct EventRecord {
    id: String,
    name: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    short_name: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    venue: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<FeedDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<FeedDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    year: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<u32>,
    status: Status,
    categories: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    booth_count: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<Text>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    organizers: Vec<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    floor_plan: Option<FloorPlan>,
    #[serde(skip_serializing_if = "Option::is_none")]
    booths_url: Option<String>,
}

impl From<Event> for EventRecord {
    fn from(event: Event) -> Self {
        let (start, end, year, month) = event.schedule.to_fields();
        EventRecord {
            id: event.id,
            name: event.name,
            short_name: event.short_name,
            venue: event.venue,
            start,
            end,
            year,
            month,
            status: event.status,
            categories: event.categories,
            booth_count: event.booth_count,
            summary: event.summary,
            organizers: event.organizers,
            source: event.source,
            floor_plan: event.floor_plan,
            booths_url: event.booths_url,
        }
    }
}
