//! A loaded feed made ready for the views: lookups by id, search keys
//! folded once at load, and the events in reading order.

use crate::feed::{self, Category, Event, Feed, FeedError, Status, Timing, Venue, Warning};
use crate::search::fold;
use chrono::NaiveDate;
use std::collections::HashMap;

/// A validated feed with everything the views look up, built once per load.
#[derive(Debug)]
pub struct Catalog {
    feed: Feed,
    warnings: Vec<Warning>,
    venue_index: HashMap<String, usize>,
    category_index: HashMap<String, usize>,
    event_index: HashMap<String, usize>,
    event_keys: Vec<String>,
}

/// The events split for reading: what is still to come, what is over, and
/// what was announced without dates.
#[derive(Debug, Default, PartialEq)]
pub struct Timeline<'a> {
    /// Ongoing and upcoming events, soonest first.
    pub upcoming: Vec<&'a Event>,
    /// Past events, most recent first.
    pub past: Vec<&'a Event>,
    /// Events whose dates are to be announced (`tba`), soonest year first.
    pub undated: Vec<&'a Event>,
}

impl Catalog {
    /// Parses, validates and indexes feed text.
    pub fn from_text(text: &str) -> Result<Self, FeedError> {
        let (feed, warnings) = feed::load(text)?;
        Ok(Self::new(feed, warnings))
    }

    /// Indexes a validated feed.
    pub fn new(feed: Feed, warnings: Vec<Warning>) -> Self {
        fn index_of<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
            items
                .iter()
                .enumerate()
                .map(|(i, item)| (id(item).to_owned(), i))
                .collect()
        }
        let venue_index = index_of(&feed.venues, |v| &v.id);
        let category_index = index_of(&feed.categories, |c| &c.id);
        let event_index = index_of(&feed.events, |e| &e.id);
        let mut catalog = Self {
            feed,
            warnings,
            venue_index,
            category_index,
            event_index,
            event_keys: Vec::new(),
        };
        catalog.event_keys = catalog.build_event_keys();
        catalog
    }

    /// The validated feed.
    pub fn feed(&self) -> &Feed {
        &self.feed
    }

    /// What validation mended or left out.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// The venue with this id.
    pub fn venue(&self, id: &str) -> Option<&Venue> {
        self.venue_index.get(id).map(|&i| &self.feed.venues[i])
    }

    /// The venue of an event, when it has one.
    pub fn venue_of(&self, event: &Event) -> Option<&Venue> {
        event.venue.as_deref().and_then(|id| self.venue(id))
    }

    /// The category with this id.
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.category_index
            .get(id)
            .map(|&i| &self.feed.categories[i])
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.event_index.get(id).map(|&i| &self.feed.events[i])
    }

    /// The folded search key of the event at `index` in the feed.
    pub fn event_key(&self, index: usize) -> &str {
        &self.event_keys[index]
    }

    /// The events in reading order, seen from `today` in the series' zone.
    pub fn timeline(&self, today: NaiveDate) -> Timeline<'_> {
        let mut timeline = Timeline::default();
        for event in &self.feed.events {
            let group = if event.status == Status::Tba {
                &mut timeline.undated
            } else if event.schedule.timing(today) == Timing::Past {
                &mut timeline.past
            } else {
                &mut timeline.upcoming
            };
            group.push(event);
        }
        let soonest_first = |e: &&Event| (e.schedule.earliest_day(), e.schedule.latest_day());
        timeline.upcoming.sort_by_key(soonest_first);
        timeline.undated.sort_by_key(soonest_first);
        timeline.past.sort_by_key(|e| {
            std::cmp::Reverse((e.schedule.latest_day(), e.schedule.earliest_day()))
        });
        timeline
    }

    /// Every text a reader may search an event by: its name, its venue and
    /// address, and the exhibitors and products of its booths.
    fn build_event_keys(&self) -> Vec<String> {
        let mut texts: Vec<String> = self
            .feed
            .events
            .iter()
            .map(|event| {
                let mut text = event.name.variants().collect::<Vec<_>>().join(" ");
                if let Some(venue) = self.venue_of(event) {
                    let parts = [
                        Some(&venue.name),
                        venue.address.as_ref(),
                        venue.ward.as_ref(),
                        venue.district.as_ref(),
                        venue.city.as_ref(),
                    ];
                    for part in parts.into_iter().flatten() {
                        for variant in part.variants() {
                            text.push(' ');
                            text.push_str(variant);
                        }
                    }
                }
                text
            })
            .collect();
        for booth in &self.feed.booths {
            if let Some(&i) = self.event_index.get(&booth.event) {
                let text = &mut texts[i];
                for variant in booth
                    .exhibitor
                    .variants()
                    .chain(booth.products.iter().flat_map(|p| p.variants()))
                {
                    text.push(' ');
                    text.push_str(variant);
                }
            }
        }
        texts.iter().map(|t| fold(t)).collect()
    }
}
