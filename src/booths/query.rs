//! A booth search: the visitor's words and facets in, ranked booths and the
//! count of every facet option out, with a tolerant retry when nothing
//! matches. Pure: the same code runs in the widget, the tests and the
//! benchmark.

use super::BoothIndex;
use crate::catalog::Catalog;
use crate::feed::Timing;
use crate::search::{fold, words};
use chrono::{Datelike, Days, NaiveDate};

/// Which booths by the dates of their fair.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum BoothWhen {
    /// Any fair.
    #[default]
    Any,
    /// Fairs open today.
    Today,
    /// Fairs open some day this week (Monday to Sunday).
    ThisWeek,
}

impl BoothWhen {
    /// Every choice, in the order the facet shows them.
    pub const ALL: [BoothWhen; 3] = [BoothWhen::Any, BoothWhen::Today, BoothWhen::ThisWeek];

    /// The word used in links.
    pub fn key(self) -> &'static str {
        match self {
            BoothWhen::Any => "any",
            BoothWhen::Today => "today",
            BoothWhen::ThisWeek => "week",
        }
    }

    /// Reads a word from a link.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|w| w.key() == key)
    }
}

/// What the visitor asks for; the default finds every booth.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BoothQuery {
    /// The search box, as typed.
    pub text: String,
    /// A category id; a parent includes its children.
    pub category: Option<String>,
    /// An event id.
    pub event: Option<String>,
    /// By the fair's dates.
    pub when: BoothWhen,
    /// A district, folded.
    pub district: Option<String>,
    /// OCOP-certified exhibitors only.
    pub ocop: bool,
}

impl BoothQuery {
    /// True when nothing narrows the search.
    pub fn is_empty(&self) -> bool {
        *self == BoothQuery::default()
    }
}

/// How many booths each facet option would leave.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BoothCounts {
    /// Per category index.
    pub categories: Vec<usize>,
    /// Per event index.
    pub events: Vec<usize>,
    /// Per `BoothWhen::ALL` choice.
    pub when: [usize; 3],
    /// Per district of `Catalog::districts`, how many booths.
    pub districts: Vec<usize>,
    /// OCOP-certified booths.
    pub ocop: usize,
}

/// The answer to a query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BoothResults {
    /// Matching booths (indices in the feed), best first.
    pub booths: Vec<u32>,
    /// Counts for every facet option.
    pub counts: BoothCounts,
    /// When the words as typed found nothing: the corrected words shown
    /// instead, spelled as in the feed ("túi xách").
    pub corrected: Option<String>,
}

/// What each event contributes to facets and ranking, for one `today`.
struct EventFacts {
    open_today: Vec<bool>,
    open_this_week: Vec<bool>,
    district: Vec<Option<usize>>,
    rank: Vec<u32>,
}

impl EventFacts {
    fn new(catalog: &Catalog, today: NaiveDate) -> Self {
        let events = &catalog.feed().events;
        let monday = today - Days::new(u64::from(today.weekday().num_days_from_monday()));
        let sunday = monday + Days::new(6);
        let open = |i: usize, from: NaiveDate, to: NaiveDate| {
            events[i]
                .schedule
                .days()
                .is_some_and(|(start, end)| start <= to && end >= from)
        };
        // Upcoming and ongoing fairs first, soonest first; then past, latest first.
        let mut order: Vec<usize> = (0..events.len()).collect();
        crate::sort::by_key(&mut order, |&i| {
            let s = &events[i].schedule;
            let past = s.timing(today) == Timing::Past;
            let day = if past {
                -(s.latest_day().num_days_from_ce() as i64)
            } else {
                s.earliest_day().num_days_from_ce() as i64
            };
            (past, day, i)
        });
        let mut rank = vec![0u32; events.len()];
        for (r, i) in order.into_iter().enumerate() {
            rank[i] = r as u32;
        }
        EventFacts {
            open_today: (0..events.len()).map(|i| open(i, today, today)).collect(),
            open_this_week: (0..events.len()).map(|i| open(i, monday, sunday)).collect(),
            district: (0..events.len())
                .map(|i| catalog.event_facts(i).district)
                .collect(),
            rank,
        }
    }
}

/// Runs a query over the catalog's booths, seen from `today`; finds nothing
/// before the catalog's booth index is built ([`Catalog::booth_index`]).
pub fn search(catalog: &Catalog, query: &BoothQuery, today: NaiveDate) -> BoothResults {
    let Some(index) = catalog.booth_index() else {
        return BoothResults::default();
    };
    let facts = EventFacts::new(catalog, today);
    let query_words: Vec<String> = words(&fold(&query.text)).map(str::to_owned).collect();
    let mut results = run(catalog, index, &facts, query, &query_words, None);
    if results.booths.is_empty() && !query_words.is_empty() {
        // Words naming where a fair is ("my dinh", "the linc"), before
        // anything is corrected: the booths there, and the rest of the
        // words searched among them.
        if let Some(at_place) = at_place(catalog, index, &facts, query, &query_words) {
            return at_place;
        }
        if let Some((corrected_words, spelled)) =
            correct(catalog, index, &facts, query, &query_words)
        {
            results = run(catalog, index, &facts, query, &corrected_words, None);
            results.corrected = Some(spelled);
        }
    }
    results
}

/// The booths of the fairs whose venue (its name, address, ward or
/// district) has a run of the query's words, the other words searched
/// among them: the longest run that finds booths, first from the left.
fn at_place(
    catalog: &Catalog,
    index: &BoothIndex,
    facts: &EventFacts,
    query: &BoothQuery,
    query_words: &[String],
) -> Option<BoothResults> {
    let events = catalog.feed().events.len();
    for length in (1..=query_words.len()).rev() {
        for start in 0..=query_words.len() - length {
            let place = &query_words[start..start + length];
            let at: Vec<bool> = (0..events)
                .map(|e| {
                    catalog
                        .event_facts(e)
                        .venue_words()
                        .is_some_and(|venue| venue_has(venue, place))
                })
                .collect();
            if !at.contains(&true) {
                continue;
            }
            let rest: Vec<String> = query_words
                .iter()
                .enumerate()
                .filter(|(i, _)| *i < start || *i >= start + length)
                .map(|(_, w)| w.clone())
                .collect();
            let results = run(catalog, index, facts, query, &rest, Some(&at));
            if !results.booths.is_empty() {
                return Some(results);
            }
        }
    }
    None
}

/// True when a venue's sorted words hold every word of `place`, the last
/// one as the start of a word.
fn venue_has(venue: &[String], place: &[String]) -> bool {
    let Some((last, whole)) = place.split_last() else {
        return false;
    };
    crate::catalog::has_prefix(venue, last) && whole.iter().all(|w| venue.binary_search(w).is_ok())
}

fn run(
    catalog: &Catalog,
    index: &BoothIndex,
    facts: &EventFacts,
    query: &BoothQuery,
    query_words: &[String],
    at_events: Option<&[bool]>,
) -> BoothResults {
    let feed = catalog.feed();
    let booths = feed.booths.len();
    let scores = if query_words.is_empty() {
        vec![1u16; booths]
    } else {
        index.text_scores(query_words, booths)
    };
    let category = query
        .category
        .as_deref()
        .map(|id| catalog.category_index(id).map(|c| c as u16));
    let event = query
        .event
        .as_deref()
        .map(|id| catalog.event_index(id).map(|e| e as u32));
    let wanted_district = query.district.as_deref().map(|k| catalog.district_index(k));
    let mut counts = BoothCounts {
        categories: vec![0; feed.categories.len()],
        events: vec![0; feed.events.len()],
        districts: vec![0; catalog.districts().len()],
        ..BoothCounts::default()
    };
    // Each match as one number: text score, then the fair's rank, then the
    // booth's code rank (unique, so it names the booth), sorted as numbers.
    let mut matching: Vec<u64> = Vec::new();
    for (b, &score) in scores.iter().enumerate() {
        if score == 0 {
            continue;
        }
        let e = index.event[b] as usize;
        if at_events.is_some_and(|at| !at[e]) {
            continue;
        }
        let in_when = |when: BoothWhen| match when {
            BoothWhen::Any => true,
            BoothWhen::Today => facts.open_today[e],
            BoothWhen::ThisWeek => facts.open_this_week[e],
        };
        let ocop = index.ocop[b];
        let pass = [
            category.is_none_or(|c| c.is_some_and(|c| index.categories[b].contains(&c))),
            event.is_none_or(|wanted| wanted == Some(e as u32)),
            in_when(query.when),
            wanted_district.is_none_or(|d| d.is_some() && facts.district[e] == d),
            !query.ocop || ocop,
        ];
        let others = |skip: usize| pass.iter().enumerate().all(|(i, ok)| i == skip || *ok);
        if others(0) {
            index.categories[b]
                .iter()
                .for_each(|&c| counts.categories[c as usize] += 1);
        }
        if others(1) {
            counts.events[e] += 1;
        }
        if others(2) {
            for (slot, when) in BoothWhen::ALL.into_iter().enumerate() {
                counts.when[slot] += usize::from(in_when(when));
            }
        }
        if others(3) {
            if let Some(district) = facts.district[e] {
                counts.districts[district] += 1;
            }
        }
        if others(4) && ocop {
            counts.ocop += 1;
        }
        if pass.iter().all(|ok| *ok) {
            matching.push(
                u64::from(u16::MAX - scores[b]) << 48
                    | u64::from(facts.rank[e].min(RANK_MASK)) << 24
                    | u64::from(index.code_rank[b].min(RANK_MASK)),
            );
        }
    }
    crate::sort::keys(&mut matching);
    BoothResults {
        booths: matching
            .into_iter()
            .map(|key| index.by_code_rank[(key & u64::from(RANK_MASK)) as usize])
            .collect(),
        counts,
        corrected: None,
    }
}

/// The largest fair or code rank a sort key holds (24 bits: 16 million);
/// feeds hold at most 20,000 events and 200,000 booths a file.
const RANK_MASK: u32 = (1 << 24) - 1;

/// How many corrected queries a failed search may try.
const MAX_TRIALS: usize = 12;

/// The first correction, one word at a time, that finds booths: each word
/// replaced by an indexed word one or two edits away. Words that start no
/// indexed word are tried first; the tries are capped so that a search that
/// finds nothing stays as quick as one that does.
fn correct(
    catalog: &Catalog,
    index: &BoothIndex,
    facts: &EventFacts,
    query: &BoothQuery,
    query_words: &[String],
) -> Option<(Vec<String>, String)> {
    let mut order: Vec<usize> = (0..query_words.len()).collect();
    crate::sort::by_key(&mut order, |&i| (index.has_prefix(&query_words[i]), i));
    let mut trials = 0;
    // The booths the facets allow: the same for every trial, found once.
    let mut allowed = None;
    for i in order {
        let word = &query_words[i];
        for (candidate, spelled) in index.near_words(word) {
            // No letter is added or dropped before a word's first: "ghe"
            // is not made "nghệ". A first letter mistaken for another, as
            // Vietnamese spelling does (s/x: "sach" for "xách"), is.
            let same_start = candidate.chars().next() == word.chars().next();
            let same_length = candidate.chars().count() == word.chars().count();
            if candidate == word.as_str() || !(same_start || same_length) {
                continue;
            }
            if trials == MAX_TRIALS {
                return None;
            }
            trials += 1;
            let mut trial = query_words.to_vec();
            trial[i] = candidate.to_owned();
            if any_match(catalog, index, facts, query, &trial, &mut allowed) {
                let mut shown: Vec<&str> = query_words.iter().map(String::as_str).collect();
                shown[i] = spelled;
                return Some((trial, shown.join(" ")));
            }
        }
    }
    None
}

/// True when some booth matches `words` and the facets. `allowed` holds
/// the booths the facets let through, worked out on the first trial that
/// needs it (`run` with no words, which counts and sorts).
fn any_match(
    catalog: &Catalog,
    index: &BoothIndex,
    facts: &EventFacts,
    query: &BoothQuery,
    words: &[String],
    allowed: &mut Option<Vec<bool>>,
) -> bool {
    let booths = catalog.feed().booths.len();
    let scores = index.text_scores(words, booths);
    let narrowed = query.category.is_some()
        || query.event.is_some()
        || query.when != BoothWhen::Any
        || query.district.is_some()
        || query.ocop;
    if !narrowed {
        return scores.iter().any(|&s| s > 0);
    }
    let allowed = allowed.get_or_insert_with(|| {
        let probe = BoothQuery {
            text: String::new(),
            ..query.clone()
        };
        let mut allowed = vec![false; booths];
        for b in run(catalog, index, facts, &probe, &[], None).booths {
            allowed[b as usize] = true;
        }
        allowed
    });
    scores.iter().zip(allowed.iter()).any(|(&s, &a)| s > 0 && a)
}
