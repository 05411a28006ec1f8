//! The calendar's filters and search: which events fit, and how many each
//! option would leave (so no option leads to an empty page by surprise).

use super::date_words::{read_date_words, DateWords};
use crate::catalog::Catalog;
use crate::feed::Timing;
use crate::search::{fold, words};
use chrono::NaiveDate;

/// Which events by time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum When {
    /// Every event.
    #[default]
    All,
    /// Ongoing and upcoming events.
    Upcoming,
    /// Events that have ended.
    Past,
}

impl When {
    /// Every choice, in the order the filter offers them.
    pub const ALL: [When; 3] = [When::All, When::Upcoming, When::Past];

    /// The word used in shared links.
    pub fn key(self) -> &'static str {
        match self {
            When::All => "all",
            When::Upcoming => "upcoming",
            When::Past => "past",
        }
    }

    /// Reads a word from a shared link.
    pub fn from_key(key: &str) -> Option<When> {
        When::ALL.into_iter().find(|w| w.key() == key)
    }

    fn fits(self, timing: Timing) -> bool {
        match self {
            When::All => true,
            When::Upcoming => timing != Timing::Past,
            When::Past => timing == Timing::Past,
        }
    }
}

/// The reader's filters; an empty filter lets every event through.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// A category id; a parent includes its children.
    pub category: Option<String>,
    /// A district, folded (`nam tu liem`).
    pub district: Option<String>,
    /// By time.
    pub when: When,
    /// A year.
    pub year: Option<i32>,
    /// The search box, as typed.
    pub query: String,
}

/// One of the filters, to count the options of one while the others apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Facet {
    Category,
    District,
    When,
    Year,
}

/// How many events each option of each filter would leave.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    /// Events that fit the whole filter, in feed order.
    pub matching: Vec<usize>,
    /// Per category index, in feed order.
    pub categories: Vec<usize>,
    /// Per district of [`Catalog::districts`], how many events.
    pub districts: Vec<usize>,
    /// Per time choice, in `When::ALL` order.
    pub when: [usize; 3],
    /// Per year, newest first.
    pub years: Vec<(i32, usize)>,
}

impl EventFilter {
    /// True when no filter and no search is set.
    pub fn is_empty(&self) -> bool {
        *self == EventFilter::default()
    }

    /// The events that fit, in feed order.
    pub fn apply(&self, catalog: &Catalog, today: NaiveDate) -> Vec<usize> {
        let query = Query::new(catalog, self, today);
        (0..catalog.feed().events.len())
            .filter(|&i| self.fits_except(catalog, i, today, &query, None))
            .collect()
    }

    fn fits_except(
        &self,
        catalog: &Catalog,
        index: usize,
        today: NaiveDate,
        query: &Query,
        skip: Option<Facet>,
    ) -> bool {
        let event = &catalog.feed().events[index];
        let facts = catalog.event_facts(index);
        let category_ok = skip == Some(Facet::Category)
            || query
                .category
                .is_none_or(|c| c.is_some_and(|c| facts.categories.contains(&c)));
        let district_ok = skip == Some(Facet::District)
            || query
                .district
                .is_none_or(|d| d.is_some_and(|d| facts.district == Some(d)));
        let when_ok = skip == Some(Facet::When) || self.when.fits(event.schedule.timing(today));
        let year_ok =
            skip == Some(Facet::Year) || self.year.is_none_or(|y| event.schedule.year() == y);
        category_ok
            && district_ok
            && when_ok
            && year_ok
            && query
                .date
                .is_none_or(|date| date.meets_schedule(&event.schedule))
            && (facts.matches(&query.words) || query.by_booths[index])
    }

    /// The matching events and the count of every option of every filter.
    pub fn counts(&self, catalog: &Catalog, today: NaiveDate) -> FacetCounts {
        let query = Query::new(catalog, self, today);
        let feed = catalog.feed();
        let mut counts = FacetCounts {
            categories: vec![0; feed.categories.len()],
            districts: vec![0; catalog.districts().len()],
            ..FacetCounts::default()
        };
        for (index, event) in feed.events.iter().enumerate() {
            let facts = catalog.event_facts(index);
            let fits = |facet| self.fits_except(catalog, index, today, &query, Some(facet));
            if fits(Facet::Category) {
                facts
                    .categories
                    .iter()
                    .for_each(|&c| counts.categories[c] += 1);
            }
            if fits(Facet::District) {
                if let Some(district) = facts.district {
                    counts.districts[district] += 1;
                }
            }
            if fits(Facet::When) {
                let timing = event.schedule.timing(today);
                for (slot, when) in When::ALL.into_iter().enumerate() {
                    counts.when[slot] += usize::from(when.fits(timing));
                }
            }
            if fits(Facet::Year) {
                let year = event.schedule.year();
                match counts.years.iter_mut().find(|(y, _)| *y == year) {
                    Some(entry) => entry.1 += 1,
                    None => counts.years.push((year, 1)),
                }
            }
            if self.fits_except(catalog, index, today, &query, None) {
                counts.matching.push(index);
            }
        }
        crate::sort::by_key(&mut counts.years, |y| std::cmp::Reverse(y.0));
        counts
    }
}

/// The search box, worked out once per filtering: its words, and which
/// events have a booth that matches them.
struct Query {
    /// The words of the search box that name no time.
    words: Vec<String>,
    /// The time it names ("tháng 10", "13/9", "cuối tuần"), if any.
    date: Option<DateWords>,
    by_booths: Vec<bool>,
    /// The category filtered on, looked up once: `Some(None)` names none.
    category: Option<Option<usize>>,
    /// The district filtered on, looked up once: `Some(None)` names none.
    district: Option<Option<usize>>,
}

impl Query {
    fn new(catalog: &Catalog, filter: &EventFilter, today: NaiveDate) -> Self {
        let (date, words) = match read_date_words(&filter.query, today) {
            Some((date, rest)) => (Some(date), rest),
            None => (
                None,
                words(&fold(&filter.query)).map(str::to_owned).collect(),
            ),
        };
        let by_booths = catalog.events_with_matching_booths(&words);
        Query {
            date,
            words,
            by_booths,
            category: filter
                .category
                .as_deref()
                .map(|id| catalog.category_index(id)),
            district: filter
                .district
                .as_deref()
                .map(|key| catalog.district_index(key)),
        }
    }
}
