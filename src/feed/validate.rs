//! Checks records against each other: unique ids, resolvable references,
//! safe links. Bad records are left out or mended, each with a warning.

use super::error::{Problem, Warning, SUPPORTED_VERSION};
use super::model::{Booth, Category, Event, Venue};
use super::parse::{ParsedFeed, Sourced};
use super::position::Position;
use super::Feed;
use crate::pace::{tick, unpaced, Pace, Unpaced};
use std::borrow::Borrow;
// Fx, as the catalog's maps: std's SipHash would be one more hasher in the module.
use rustc_hash::FxHashSet as HashSet;
use std::hash::Hash;

/// True for the only URLs the widget renders as links to web pages.
pub fn is_web_url(url: &str) -> bool {
    let head: String = url.trim_start().chars().take(8).collect();
    let head = head.to_ascii_lowercase();
    head.starts_with("https://") || head.starts_with("http://")
}

/// The warnings gathered while validating, with the paths they are about.
struct Report(Vec<Warning>);

impl Report {
    fn add(&mut self, path: String, at: Position, problem: Problem) {
        self.0.push(Warning { path, at, problem });
    }

    fn record<T>(&mut self, list: &str, record: &Sourced<T>, field: &str, problem: Problem) {
        let path = if field.is_empty() {
            format!("{list}[{}]", record.index)
        } else {
            format!("{list}[{}].{field}", record.index)
        };
        self.add(path, record.at, problem);
    }

    /// Keeps `url` when it is a web link, else reports it and drops it.
    fn web_link<T>(
        &mut self,
        list: &str,
        record: &Sourced<T>,
        field: &str,
        url: Option<String>,
    ) -> Option<String> {
        let path = format!("{list}[{}].{field}", record.index);
        self.link(path, record.at, url, is_web_url)
    }

    /// Keeps `url` when `allowed`, else reports it at `path` and drops it.
    fn link(
        &mut self,
        path: String,
        at: Position,
        url: Option<String>,
        allowed: impl Fn(&str) -> bool,
    ) -> Option<String> {
        let url = url?;
        if allowed(&url) {
            return Some(url);
        }
        self.add(path, at, Problem::UnsafeLink(url));
        None
    }
}

/// Turns parsed records into a consistent feed, warning about what it changed.
pub fn validate(parsed: ParsedFeed) -> (Feed, Vec<Warning>) {
    unpaced(validate_paced(parsed, &mut Unpaced))
}

/// [`validate`] in slices at `pace`.
pub async fn validate_paced(parsed: ParsedFeed, pace: &mut impl Pace) -> (Feed, Vec<Warning>) {
    let mut report = Report(parsed.warnings);
    let mut series = parsed.series;
    let at = Position::default();
    series.url = report.link("series.url".into(), at, series.url.take(), is_web_url);
    // The series calendar may sit next to the feed, as booth files do.
    let calendar = series.calendar_url.take();
    series.calendar_url = report.link(
        "series.calendar_url".into(),
        at,
        calendar,
        is_web_or_relative,
    );
    let categories = validate_categories(parsed.categories, &mut report);
    let category_ids: HashSet<&str> = categories.iter().map(|c| c.id.as_str()).collect();
    let venues = validate_venues(parsed.venues, &mut report);
    let venue_ids: HashSet<&str> = venues.iter().map(|v| v.id.as_str()).collect();

    let mut events: Vec<Event> = Vec::new();
    for mut e in unique("events", parsed.events, |e| &e.id, &mut report) {
        if let Some(venue) = &e.record.venue {
            if !venue_ids.contains(venue.as_str()) {
                let problem = Problem::UnknownVenue(venue.clone());
                report.record("events", &e, "venue", problem);
                continue;
            }
        }
        let ids = std::mem::take(&mut e.record.categories);
        e.record.categories = known_categories("events", &e, ids, &category_ids, &mut report);
        for (field, reason) in std::mem::take(&mut e.record.ignored) {
            report.record("events", &e, &field, Problem::IgnoredPart(reason));
        }
        let source = e.record.source.take();
        e.record.source = report.web_link("events", &e, "source", source);
        let booths_url = e.record.booths_url.take();
        let path = format!("events[{}].booths_url", e.index);
        e.record.booths_url = report.link(path, e.at, booths_url, is_web_or_relative);
        events.push(e.record);
    }
    let event_ids: HashSet<&str> = events.iter().map(|e| e.id.as_str()).collect();

    let mut seen = HashSet::default();
    let booths = booths(
        parsed.booths,
        &event_ids,
        &category_ids,
        &mut seen,
        &mut report,
        pace,
    )
    .await;

    let feed = Feed {
        version: SUPPORTED_VERSION,
        series,
        categories,
        venues,
        events,
        booths,
    };
    (feed, report.0)
}

/// Checks booths against the feed's events and categories, and their ids
/// against `seen` (the ids already taken), keeping those that hold.
async fn booths<S: Borrow<str> + Hash + Eq>(
    records: Vec<Sourced<Booth>>,
    event_ids: &HashSet<S>,
    category_ids: &HashSet<S>,
    seen: &mut HashSet<String>,
    report: &mut Report,
    pace: &mut impl Pace,
) -> Vec<Booth> {
    // Ids first, then references: the warnings come in that order.
    let mut unique = Vec::with_capacity(records.len());
    for b in records {
        tick(pace).await;
        if is_new_id("booths", &b, &b.record.id, seen, report) {
            unique.push(b);
        }
    }
    let mut booths = Vec::with_capacity(unique.len());
    for b in unique {
        tick(pace).await;
        booths.extend(booth(b, event_ids, category_ids, report));
    }
    booths
}

/// A booth whose event exists, with its unknown categories and unsafe
/// website dropped; `None`, reported, when its event does not exist.
fn booth<S: Borrow<str> + Hash + Eq>(
    mut b: Sourced<Booth>,
    event_ids: &HashSet<S>,
    category_ids: &HashSet<S>,
    report: &mut Report,
) -> Option<Booth> {
    if !event_ids.contains(b.record.event.as_str()) {
        let problem = Problem::UnknownEvent(b.record.event.clone());
        report.record("booths", &b, "event", problem);
        return None;
    }
    let ids = std::mem::take(&mut b.record.categories);
    b.record.categories = known_categories("booths", &b, ids, category_ids, report);
    let website = b.record.website.take();
    b.record.website = report.web_link("booths", &b, "website", website);
    let phones = std::mem::take(&mut b.record.phones);
    for (i, number) in phones.into_iter().enumerate() {
        if crate::phones::is_dialable(&number) {
            b.record.phones.push(number);
        } else {
            let path = format!("booths[{}].phones[{i}]", b.index);
            report.add(path, b.at, Problem::NotDialable(number));
        }
    }
    Some(b.record)
}

/// Checks the booths of a split feed's booth files against the feed they
/// join (its events, categories, and the booth ids taken so far, across
/// files), as if they had been in it. The sets are built once per feed.
pub struct BoothChecks {
    event_ids: HashSet<String>,
    category_ids: HashSet<String>,
    seen: HashSet<String>,
}

impl BoothChecks {
    /// The checks for booths joining `feed`.
    pub fn new(feed: &Feed) -> Self {
        Self {
            event_ids: feed.events.iter().map(|e| e.id.clone()).collect(),
            category_ids: feed.categories.iter().map(|c| c.id.clone()).collect(),
            seen: feed.booths.iter().map(|b| b.id.clone()).collect(),
        }
    }

    /// The booths of one file that hold, and the warnings about the rest
    /// (after those of parsing, `warnings`), checked in slices at `pace`.
    pub async fn check(
        &mut self,
        records: Vec<Sourced<Booth>>,
        warnings: Vec<Warning>,
        pace: &mut impl Pace,
    ) -> (Vec<Booth>, Vec<Warning>) {
        let mut report = Report(warnings);
        let booths = booths(
            records,
            &self.event_ids,
            &self.category_ids,
            &mut self.seen,
            &mut report,
            pace,
        )
        .await;
        (booths, report.0)
    }
}

/// A web link, or a path resolved against the feed's own URL (booth
/// files, the series calendar).
fn is_web_or_relative(url: &str) -> bool {
    is_web_url(url) || is_relative_url(url)
}

/// A URL without a scheme (`booths/a.json`, `/feeds/b.json`), resolved
/// against the feed's own URL. No backslash: URL parsers read `/\evil.vn`
/// as another host.
pub fn is_relative_url(url: &str) -> bool {
    let url = url.trim();
    !url.is_empty()
        && !url.starts_with("//")
        && !url.contains('\\')
        && url
            .split(['/', '?', '#'])
            .next()
            .is_some_and(|first| !first.contains(':'))
}

fn validate_categories(records: Vec<Sourced<Category>>, report: &mut Report) -> Vec<Category> {
    let records = unique("categories", records, |c| &c.id, report);
    let top_level: HashSet<String> = records
        .iter()
        .filter(|c| c.record.parent.is_none())
        .map(|c| c.record.id.clone())
        .collect();
    records
        .into_iter()
        .map(|mut c| {
            if let Some(parent) = c.record.parent.take() {
                if top_level.contains(&parent) && parent != c.record.id {
                    c.record.parent = Some(parent);
                } else {
                    report.record("categories", &c, "parent", Problem::BadParent(parent));
                }
            }
            c.record
        })
        .collect()
}

fn validate_venues(records: Vec<Sourced<Venue>>, report: &mut Report) -> Vec<Venue> {
    unique("venues", records, |v| &v.id, report)
        .into_iter()
        .map(|mut v| {
            let valid = match (v.record.lat, v.record.lon) {
                (None, None) => true,
                (Some(lat), Some(lon)) => lat.abs() <= 90.0 && lon.abs() <= 180.0,
                _ => false,
            };
            if !valid {
                v.record.lat = None;
                v.record.lon = None;
                report.record("venues", &v, "", Problem::BadCoordinates);
            }
            v.record
        })
        .collect()
}

/// Drops records with an empty or repeated id (the first one wins).
fn unique<T>(
    list: &str,
    records: Vec<Sourced<T>>,
    id: impl Fn(&T) -> &String,
    report: &mut Report,
) -> Vec<Sourced<T>> {
    let mut seen = HashSet::default();
    records
        .into_iter()
        .filter(|r| is_new_id(list, r, id(&r.record), &mut seen, report))
        .collect()
}

/// True when `key`, the id of `record`, is neither empty nor in `seen`
/// (where it is then added); else reports why not.
fn is_new_id<T>(
    list: &str,
    record: &Sourced<T>,
    key: &str,
    seen: &mut HashSet<String>,
    report: &mut Report,
) -> bool {
    let problem = if key.trim().is_empty() {
        Problem::EmptyId
    } else if !seen.insert(key.to_owned()) {
        Problem::DuplicateId(key.to_owned())
    } else {
        return true;
    };
    report.record(list, record, "id", problem);
    false
}

/// Keeps the category ids that resolve, reporting each one that does not.
fn known_categories<T>(
    list: &str,
    record: &Sourced<T>,
    ids: Vec<String>,
    known: &HashSet<impl Borrow<str> + Hash + Eq>,
    report: &mut Report,
) -> Vec<String> {
    ids.into_iter()
        .enumerate()
        .filter_map(|(i, id)| {
            if known.contains(id.as_str()) {
                Some(id)
            } else {
                report.record(
                    list,
                    record,
                    &format!("categories[{i}]"),
                    Problem::UnknownCategory(id),
                );
                None
            }
        })
        .collect()
}
