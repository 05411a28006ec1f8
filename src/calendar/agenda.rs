//! The agenda as data: upcoming events by month (soonest first), events
//! without announced dates, then past events by month (latest first). A
//! multi-day fair appears once, under the month it starts in.

use super::month_grid::{add_months, DatedEvent};
use crate::catalog::Catalog;
use crate::feed::{Schedule, Status, Timing};
use chrono::{Datelike, NaiveDate};

/// A heading of the agenda: a month, or a year for events known by year only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    /// A year, for events whose month is not known.
    Year(i32),
    /// A month.
    Month(i32, u32),
}

/// Events under one heading, as indices into the feed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeriodGroup {
    /// The heading.
    pub period: Period,
    /// The events, in reading order.
    pub events: Vec<usize>,
}

/// The three parts of the agenda.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Agenda {
    /// Ongoing and upcoming, soonest month first.
    pub upcoming: Vec<PeriodGroup>,
    /// Announced, dates not announced (`tba`).
    pub undated: Vec<usize>,
    /// Ended, latest month first.
    pub past: Vec<PeriodGroup>,
}

fn period_of(schedule: &Schedule) -> Period {
    match *schedule {
        Schedule::Year { year } => Period::Year(year),
        Schedule::Month { year, month } => Period::Month(year, month),
        _ => {
            let start = schedule.earliest_day();
            Period::Month(start.year(), start.month())
        }
    }
}

/// Groups `events` (indices in the feed) for the agenda, seen from `today`.
pub fn build_agenda(catalog: &Catalog, events: &[usize], today: NaiveDate) -> Agenda {
    let all = &catalog.feed().events;
    let mut agenda = Agenda::default();
    let mut upcoming: Vec<usize> = Vec::new();
    let mut past: Vec<usize> = Vec::new();
    for &i in events {
        let event = &all[i];
        if event.status == Status::Tba {
            agenda.undated.push(i);
        } else if event.schedule.timing(today) == Timing::Past {
            past.push(i);
        } else {
            upcoming.push(i);
        }
    }
    let key = |i: &usize| {
        (
            all[*i].schedule.earliest_day(),
            all[*i].schedule.latest_day(),
            *i,
        )
    };
    crate::sort::by_key(&mut upcoming, key);
    crate::sort::by_key(&mut agenda.undated, key);
    crate::sort::by_key(&mut past, |i| std::cmp::Reverse(key(i)));
    agenda.upcoming = group(catalog, upcoming);
    agenda.past = group(catalog, past);
    agenda
}

fn group(catalog: &Catalog, events: Vec<usize>) -> Vec<PeriodGroup> {
    let mut groups: Vec<PeriodGroup> = Vec::new();
    for i in events {
        let period = period_of(&catalog.feed().events[i].schedule);
        match groups.last_mut() {
            Some(last) if last.period == period => last.events.push(i),
            _ => groups.push(PeriodGroup {
                period,
                events: vec![i],
            }),
        }
    }
    groups
}

/// The events with known days, for the month grid.
pub fn dated_events(catalog: &Catalog, events: &[usize]) -> Vec<DatedEvent> {
    events
        .iter()
        .filter_map(|&event| {
            let (start, end) = catalog.feed().events[event].schedule.days()?;
            Some(DatedEvent { event, start, end })
        })
        .collect()
}

/// Every month some dated event touches, in order.
pub fn months_with_events(events: &[DatedEvent]) -> Vec<(i32, u32)> {
    let mut months: Vec<(i32, u32)> = Vec::new();
    for e in events {
        let mut month = (e.start.year(), e.start.month());
        let last = (e.end.year(), e.end.month());
        while month <= last {
            months.push(month);
            month = add_months(month.0, month.1, 1);
        }
    }
    crate::sort::by(&mut months, Ord::cmp);
    months.dedup();
    months
}

/// The month the grid opens on when neither a shared link nor the host
/// names one: today's, if any of the series' events fall in it; else the
/// month of the next event to come; else the latest month that had one;
/// today's for a series without dates. A reader never opens on an empty
/// month while the series has fairs.
pub fn opening_month(catalog: &Catalog, today: NaiveDate) -> (i32, u32) {
    let all: Vec<usize> = (0..catalog.feed().events.len()).collect();
    let mut months = months_with_events(&dated_events(catalog, &all));
    months.extend(
        catalog
            .feed()
            .events
            .iter()
            .filter_map(|e| match e.schedule {
                Schedule::Month { year, month } => Some((year, month)),
                _ => None,
            }),
    );
    crate::sort::by(&mut months, Ord::cmp);
    let now = (today.year(), today.month());
    if months.contains(&now) {
        return now;
    }
    months
        .iter()
        .find(|&&month| month > now)
        .or_else(|| months.last())
        .copied()
        .unwrap_or(now)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Catalog {
        Catalog::from_text(include_str!("../../feeds/demo.json")).unwrap()
    }

    #[test]
    fn a_multi_day_fair_appears_once_under_its_first_month() {
        let catalog = demo();
        let all: Vec<usize> = (0..catalog.feed().events.len()).collect();
        let agenda = build_agenda(&catalog, &all, NaiveDate::from_ymd_opt(2025, 9, 1).unwrap());
        let periods: Vec<(Period, usize)> = agenda
            .upcoming
            .iter()
            .map(|g| (g.period, g.events.len()))
            .collect();
        assert_eq!(periods, [(Period::Month(2025, 9), 4)]);
        assert_eq!(agenda.undated.len(), 3);
        let past: Vec<Period> = agenda.past.iter().map(|g| g.period).collect();
        assert_eq!(
            past,
            [
                Period::Month(2023, 5),
                Period::Year(2022),
                Period::Year(2021),
                Period::Year(2020),
                Period::Year(2019)
            ]
        );
    }

    #[test]
    fn months_with_events_include_every_month_a_fair_spans() {
        let catalog = demo();
        let all: Vec<usize> = (0..catalog.feed().events.len()).collect();
        let months = months_with_events(&dated_events(&catalog, &all));
        assert_eq!(months, [(2023, 5), (2025, 9), (2025, 10)]);
    }

    #[test]
    fn the_grid_opens_on_a_month_with_events() {
        let json = r#"{"version": 1, "series": {"id": "s", "name": "S"}, "events": [
            {"id": "a", "name": "A", "start": "2025-09-12", "end": "2025-10-03"},
            {"id": "b", "name": "B", "start": "2030-11-20"},
            {"id": "c", "name": "C", "year": 2031, "month": 2},
            {"id": "d", "name": "D", "year": 2032}]}"#;
        let catalog = Catalog::from_text(json).unwrap();
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        // Today's month when it has events, a fair running into it included.
        assert_eq!(opening_month(&catalog, day(2025, 10, 2)), (2025, 10));
        // Else the next month with events: November, not the empty October.
        assert_eq!(opening_month(&catalog, day(2030, 10, 15)), (2030, 11));
        assert_eq!(opening_month(&catalog, day(2030, 12, 1)), (2031, 2));
        // Nothing to come: the latest month that had events.
        assert_eq!(opening_month(&catalog, day(2033, 1, 1)), (2031, 2));
        let undated =
            Catalog::from_text(r#"{"version": 1, "series": {"id": "s", "name": "S"}}"#).unwrap();
        assert_eq!(opening_month(&undated, day(2026, 12, 1)), (2026, 12));
    }
}
