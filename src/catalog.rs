//! A loaded feed made ready for the views: lookups by id, search keys
//! folded once at load, each event's facts, and the booth index (built on
//! first use, so the calendar shows before the booth finder's index exists).

use crate::booths::BoothIndex;
use crate::feed::{self, Category, Event, Feed, FeedError, Text, Venue, Warning};
use crate::pace::{tick, unpaced, Pace, Unpaced};
use crate::search::{self, fold};
use rustc_hash::FxHashMap as HashMap;
use std::cell::OnceCell;

/// A validated feed with everything the views look up, built once per load.
#[derive(Debug)]
pub struct Catalog {
    feed: Feed,
    warnings: Vec<Warning>,
    venue_index: HashMap<String, usize>,
    category_index: HashMap<String, usize>,
    event_index: HashMap<String, usize>,
    event_facts: Vec<EventFacts>,
    booth_index: OnceCell<BoothIndex>,
    booth_by_id: HashMap<String, usize>,
    booths_per_event: Vec<u32>,
    years: Vec<i32>,
    districts: Vec<District>,
    short_names: Vec<Text>,
    split: bool,
}

/// A district some venue is in: the district filters' options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct District {
    /// The folded name, as links and filters name it (`nam tu liem`).
    pub key: String,
    /// The name as the first venue in it writes it, in both languages.
    pub name: Text,
}

/// What the calendar's filters and search look at for one event, worked out
/// once at load so that no keystroke folds text again.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct EventFacts {
    /// The event's own searchable fields (its name; its venue and address),
    /// each as its folded words, sorted and unique. Its booths are searched
    /// through the booth index.
    pub fields: Vec<Vec<String>>,
    /// Indices of its categories and its booths' categories, with their parents.
    pub categories: Vec<usize>,
    /// Its venue's district, as a position in [`Catalog::districts`].
    pub district: Option<usize>,
}

impl EventFacts {
    /// The words of its venue (name, address, ward, district, city), the
    /// field after its name's, when it has a venue.
    pub fn venue_words(&self) -> Option<&[String]> {
        self.fields.get(1).map(Vec::as_slice)
    }

    /// True when one field has every query word, in any order, the last one
    /// as the start of a word (it may still be being typed): "my dinh" finds
    /// "Mỹ Đình", not "Mỹ Đức" in one place and "Trương Định" in another.
    pub fn matches(&self, query_words: &[String]) -> bool {
        let Some((last, whole)) = query_words.split_last() else {
            return true;
        };
        self.fields.iter().any(|field| {
            has_prefix(field, last) && whole.iter().all(|w| field.binary_search(w).is_ok())
        })
    }
}

/// True when some word of the sorted `words` starts with `prefix`.
pub fn has_prefix(words: &[String], prefix: &str) -> bool {
    let at = words.partition_point(|w| w.as_str() < prefix);
    words.get(at).is_some_and(|w| w.starts_with(prefix))
}

/// The sorted, unique folded words of `texts`.
fn field_words<'a>(texts: impl IntoIterator<Item = &'a feed::Text>) -> Vec<String> {
    let mut joined = String::new();
    texts
        .into_iter()
        .for_each(|text| push_variants(&mut joined, text));
    let mut words: Vec<String> = search::words(&fold(&joined)).map(str::to_owned).collect();
    crate::sort::by(&mut words, Ord::cmp);
    words.dedup();
    words
}

impl Catalog {
    /// Parses, validates and indexes feed text.
    pub fn from_text(text: &str) -> Result<Self, FeedError> {
        let (feed, warnings) = feed::load(text)?;
        Ok(Self::new(feed, warnings))
    }

    /// Indexes a validated feed, the booth index included.
    pub fn new(feed: Feed, warnings: Vec<Warning>) -> Self {
        let catalog = unpaced(Self::new_paced(feed, warnings, &mut Unpaced));
        unpaced(catalog.index_booths(&mut Unpaced));
        catalog
    }

    /// [`Catalog::new`] in slices at `pace`. The booth index is left for
    /// [`Catalog::index_booths`] or first use.
    pub async fn new_paced(feed: Feed, warnings: Vec<Warning>, pace: &mut impl Pace) -> Self {
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
            event_facts: Vec::new(),
            booth_index: OnceCell::new(),
            booth_by_id: HashMap::default(),
            booths_per_event: Vec::new(),
            years: Vec::new(),
            districts: Vec::new(),
            short_names: Vec::new(),
            split: false,
        };
        catalog.split = feed::booth_files(&catalog.feed).next().is_some();
        catalog.booth_by_id = index_of(&catalog.feed.booths, |b| &b.id);
        catalog.years = {
            let mut years: Vec<i32> = catalog
                .feed
                .events
                .iter()
                .map(|e| e.schedule.year())
                .collect();
            crate::sort::by_key(&mut years, |y| std::cmp::Reverse(*y));
            years.dedup();
            years
        };
        catalog.districts = {
            // One entry per folded name, spelled as the first venue spells it.
            let mut districts: Vec<District> = Vec::new();
            let mut seen = rustc_hash::FxHashSet::default();
            for name in catalog
                .feed
                .venues
                .iter()
                .filter_map(|v| v.district.as_ref())
            {
                let key = fold(name.get(feed::FALLBACK_LANG));
                if seen.insert(key.clone()) {
                    districts.push(District {
                        key,
                        name: name.clone(),
                    });
                }
            }
            crate::sort::by(&mut districts, |a, b| a.key.cmp(&b.key));
            districts
        };
        (catalog.event_facts, catalog.booths_per_event) = catalog.build_event_facts(pace).await;
        catalog.short_names = {
            let events = &catalog.feed.events;
            let made = |lang: &str| {
                let names: Vec<&str> = events.iter().map(|e| e.name.get(lang)).collect();
                crate::short_names::short_names(&names)
            };
            let (vi, en) = (made("vi"), made("en"));
            events
                .iter()
                .zip(vi.into_iter().zip(en))
                .map(|(event, (vi, en))| {
                    event
                        .short_name
                        .clone()
                        .unwrap_or_else(|| Text::vi_en(vi, en))
                })
                .collect()
        };
        catalog
    }

    /// An event's short name, for where space is short: the feed's
    /// `short_name`, else its name without the start it shares with the
    /// series' other fairs ([`crate::short_names`]).
    pub fn short_name(&self, event: &Event) -> &Text {
        static NONE: Text = Text::empty();
        self.event_index
            .get(&event.id)
            .and_then(|&i| self.short_names.get(i))
            .unwrap_or(&NONE)
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

    /// What filters and search know of the event at `index` in the feed.
    pub fn event_facts(&self, index: usize) -> &EventFacts {
        &self.event_facts[index]
    }

    /// The booth finder's search index, once it is built: at once by
    /// [`Catalog::new`], in slices by [`Catalog::index_booths`] in the
    /// widget, which never builds it in the middle of a reader's interaction.
    pub fn booth_index(&self) -> Option<&BoothIndex> {
        self.booth_index.get()
    }

    /// How many booths each event has, by the event's position in the feed.
    pub fn booths_per_event(&self) -> &[u32] {
        &self.booths_per_event
    }

    /// Builds the booth index in slices at `pace`, ahead of its first use,
    /// unless it is built already (or gets built meanwhile).
    pub async fn index_booths(&self, pace: &mut impl Pace) {
        if self.has_booth_index() {
            return;
        }
        let index = BoothIndex::build(self, pace).await;
        let _ = self.booth_index.set(index);
    }

    /// Whether this is a split feed's index: its events name booth files
    /// still to be downloaded.
    pub fn is_split(&self) -> bool {
        self.split
    }

    /// Whether the booth index is built yet (it is built on first use, or
    /// ahead of it when the page is idle).
    pub fn has_booth_index(&self) -> bool {
        self.booth_index.get().is_some()
    }

    /// The booth with this id, with its index in the feed.
    pub fn booth(&self, id: &str) -> Option<(usize, &crate::feed::Booth)> {
        self.booth_by_id.get(id).map(|&i| (i, &self.feed.booths[i]))
    }

    /// Every year some event belongs to, newest first (the year filter's options).
    pub fn years(&self) -> &[i32] {
        &self.years
    }

    /// Every district of a venue, by folded key (the district filters' options).
    pub fn districts(&self) -> &[District] {
        &self.districts
    }

    /// Where the district with this folded key is in [`Catalog::districts`].
    pub fn district_index(&self, key: &str) -> Option<usize> {
        self.districts
            .binary_search_by(|d| d.key.as_str().cmp(key))
            .ok()
    }

    /// The index of a category in the feed.
    pub fn category_index(&self, id: &str) -> Option<usize> {
        self.category_index.get(id).copied()
    }

    /// The index of an event in the feed.
    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.event_index.get(id).copied()
    }

    /// Per event, whether one of its booths has every query word (exhibitor,
    /// products, categories, description; the last word may be unfinished),
    /// from the booth index once it is built (none before).
    pub fn events_with_matching_booths(&self, query_words: &[String]) -> Vec<bool> {
        let mut events = vec![false; self.feed.events.len()];
        let Some(index) = self.booth_index().filter(|_| !query_words.is_empty()) else {
            return events;
        };
        let scores = index.text_scores_whole_words(query_words, self.feed.booths.len());
        for (booth, &score) in scores.iter().enumerate() {
            if score > 0 {
                events[index.event[booth] as usize] = true;
            }
        }
        events
    }

    /// Search fields, categories and district of every event (its own, its
    /// venue's, and its booths' categories), and how many booths it has.
    async fn build_event_facts(&self, pace: &mut impl Pace) -> (Vec<EventFacts>, Vec<u32>) {
        let mut facts: Vec<EventFacts> = self
            .feed
            .events
            .iter()
            .map(|event| {
                let venue = self.venue_of(event);
                let mut fields = vec![field_words(
                    std::iter::once(&event.name).chain(event.short_name.as_ref()),
                )];
                if let Some(v) = venue {
                    let parts = [
                        Some(&v.name),
                        v.address.as_ref(),
                        v.ward.as_ref(),
                        v.district.as_ref(),
                        v.city.as_ref(),
                    ];
                    fields.push(field_words(parts.into_iter().flatten()));
                }
                EventFacts {
                    fields,
                    categories: self.with_parents(&event.categories),
                    district: venue
                        .and_then(|v| v.district.as_ref())
                        .and_then(|d| self.district_index(&fold(d.get(feed::FALLBACK_LANG)))),
                }
            })
            .collect();
        let mut booths = vec![0; facts.len()];
        for booth in &self.feed.booths {
            tick(pace).await;
            let Some(&i) = self.event_index.get(&booth.event) else {
                continue;
            };
            booths[i] += 1;
            for category in self.with_parents(&booth.categories) {
                if !facts[i].categories.contains(&category) {
                    facts[i].categories.push(category);
                }
            }
        }
        (facts, booths)
    }

    /// The indices of the categories `ids` and of their parents, each once:
    /// the calendar's facts and the booth index both file under parents.
    pub(crate) fn with_parents(&self, ids: &[String]) -> Vec<usize> {
        let mut indices = Vec::new();
        for id in ids {
            let Some(index) = self.category_index(id) else {
                continue;
            };
            let parent = self.feed.categories[index]
                .parent
                .as_deref()
                .and_then(|p| self.category_index(p));
            for index in std::iter::once(index).chain(parent) {
                if !indices.contains(&index) {
                    indices.push(index);
                }
            }
        }
        indices
    }
}

fn push_variants(text: &mut String, part: &feed::Text) {
    for variant in part.variants() {
        text.push(' ');
        text.push_str(variant);
    }
}

/// "Trung tâm thương mại The Linc, Khu đô thị ParkCity Hanoi, Dương Nội, Hà Đông, Hà Nội";
/// a part already said by an earlier one ("Huyện Phú Xuyên", "Phú Xuyên") is said once.
pub fn venue_line(venue: &Venue, lang: &str) -> String {
    let mut said: Vec<&str> = Vec::new();
    for part in [
        Some(&venue.name),
        venue.address.as_ref(),
        venue.ward.as_ref(),
        venue.district.as_ref(),
        venue.city.as_ref(),
    ]
    .into_iter()
    .flatten()
    .map(|part| part.get(lang).trim())
    {
        let folded = format!(" {} ", fold(part));
        let repeated = said
            .iter()
            .any(|earlier| format!(" {} ", fold(earlier)).contains(&folded));
        if !folded.trim().is_empty() && !repeated {
            said.push(part);
        }
    }
    said.join(", ")
}
