//! The month grid as data: week rows starting on Monday, and each event as
//! one bar per week row it touches, stacked in lanes. No HTML here.

use crate::feed::{first_of_month, last_of_month};
use chrono::{Datelike, Days, NaiveDate};

/// An event placed on the calendar by its first and last day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DatedEvent {
    /// The event's index in the feed.
    pub event: usize,
    /// Its first day.
    pub start: NaiveDate,
    /// Its last day (inclusive).
    pub end: NaiveDate,
}

/// One piece of an event's bar within one week row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bar {
    /// The event's index in the feed.
    pub event: usize,
    /// The column (0 = Monday) the piece starts in.
    pub first_column: usize,
    /// How many days the piece covers in this row.
    pub span: usize,
    /// The stacking lane, 0 on top.
    pub lane: usize,
    /// The event began in an earlier row.
    pub continues_before: bool,
    /// The event goes on in a later row.
    pub continues_after: bool,
}

impl Bar {
    /// True when the bar covers `column`.
    pub fn covers(&self, column: usize) -> bool {
        (self.first_column..self.first_column + self.span).contains(&column)
    }
}

/// A week of the grid, Monday to Sunday.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekRow {
    /// The seven days; some belong to the neighbouring months.
    pub days: [NaiveDate; 7],
    /// The event pieces in this row, ordered by lane then column.
    pub bars: Vec<Bar>,
}

impl WeekRow {
    /// How many lanes the row's bars use.
    pub fn lanes(&self) -> usize {
        self.bars.iter().map(|b| b.lane + 1).max().unwrap_or(0)
    }

    /// The events on the day in `column`, top lane first.
    pub fn events_on(&self, column: usize) -> impl Iterator<Item = &Bar> {
        self.bars.iter().filter(move |b| b.covers(column))
    }

    /// How many events on the day in `column` do not fit in `visible` lanes.
    pub fn hidden_on(&self, column: usize, visible: usize) -> usize {
        self.events_on(column).filter(|b| b.lane >= visible).count()
    }
}

/// A month laid out for display.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthGrid {
    /// The year shown.
    pub year: i32,
    /// The month shown, 1 to 12.
    pub month: u32,
    /// Four to six week rows covering the month.
    pub weeks: Vec<WeekRow>,
}

impl MonthGrid {
    /// True when `day` belongs to the month shown (not a neighbour's).
    pub fn is_in_month(&self, day: NaiveDate) -> bool {
        day.year() == self.year && day.month() == self.month
    }

    /// True when no event touches the month itself.
    pub fn is_empty(&self) -> bool {
        self.weeks.iter().all(|w| {
            w.bars.iter().all(|b| {
                (b.first_column..b.first_column + b.span).all(|c| !self.is_in_month(w.days[c]))
            })
        })
    }
}

/// The month `delta` months after (or before) `year`-`month`.
pub fn add_months(year: i32, month: u32, delta: i32) -> (i32, u32) {
    let index = year * 12 + month as i32 - 1 + delta;
    (index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
}

/// Lays out `year`-`month` with the events that touch it.
pub fn build_month(year: i32, month: u32, events: &[DatedEvent]) -> MonthGrid {
    let first = first_of_month(year, month);
    let last = last_of_month(year, month);
    let mut monday = first - Days::new(u64::from(first.weekday().num_days_from_monday()));
    let mut weeks = Vec::new();
    while monday <= last {
        let days: [NaiveDate; 7] = std::array::from_fn(|i| monday + Days::new(i as u64));
        weeks.push(WeekRow {
            bars: week_bars(&days, events),
            days,
        });
        monday = monday + Days::new(7);
    }
    MonthGrid { year, month, weeks }
}

fn week_bars(days: &[NaiveDate; 7], events: &[DatedEvent]) -> Vec<Bar> {
    let (week_start, week_end) = (days[0], days[6]);
    let mut pieces: Vec<(Bar, NaiveDate)> = events
        .iter()
        .filter(|e| e.start <= week_end && e.end >= week_start)
        .map(|e| {
            let first = e.start.max(week_start);
            let last = e.end.min(week_end);
            let first_column = (first - week_start).num_days() as usize;
            let bar = Bar {
                event: e.event,
                first_column,
                span: (last - first).num_days() as usize + 1,
                lane: 0,
                continues_before: e.start < week_start,
                continues_after: e.end > week_end,
            };
            (bar, e.start)
        })
        .collect();
    // Earlier first, longer first: the usual calendar stacking.
    crate::sort::by_key(&mut pieces, |(bar, start)| {
        (
            bar.first_column,
            std::cmp::Reverse(bar.span),
            *start,
            bar.event,
        )
    });
    let mut lanes: Vec<[bool; 7]> = Vec::new();
    let mut bars: Vec<Bar> = Vec::with_capacity(pieces.len());
    for (mut bar, _) in pieces {
        let columns = bar.first_column..bar.first_column + bar.span;
        let lane = lanes
            .iter()
            .position(|used| columns.clone().all(|c| !used[c]))
            .unwrap_or_else(|| {
                lanes.push([false; 7]);
                lanes.len() - 1
            });
        columns.for_each(|c| lanes[lane][c] = true);
        bar.lane = lane;
        bars.push(bar);
    }
    crate::sort::by_key(&mut bars, |b| (b.lane, b.first_column));
    bars
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn event(index: usize, start: &str, end: &str) -> DatedEvent {
        DatedEvent {
            event: index,
            start: day(start),
            end: day(end),
        }
    }

    #[test]
    fn weeks_start_on_monday_and_cover_the_month() {
        let grid = build_month(2025, 9, &[]);
        // 1 September 2025 is a Monday; 30 September a Tuesday.
        assert_eq!(grid.weeks.len(), 5);
        assert_eq!(grid.weeks[0].days[0], day("2025-09-01"));
        assert_eq!(grid.weeks[4].days[6], day("2025-10-05"));
        let february = build_month(2026, 2, &[]);
        assert_eq!(february.weeks[0].days[0], day("2026-01-26"));
        assert_eq!(february.weeks.len(), 5);
        // A month that needs six rows: March 2026 starts on a Sunday.
        assert_eq!(build_month(2026, 3, &[]).weeks.len(), 6);
    }

    #[test]
    fn a_fair_crossing_a_month_shows_in_both_months() {
        let fair = [event(7, "2025-09-29", "2025-10-03")];
        let september = build_month(2025, 9, &fair);
        let last_row = september.weeks.last().unwrap();
        assert_eq!(
            last_row.bars,
            [Bar {
                event: 7,
                first_column: 0,
                span: 5,
                lane: 0,
                continues_before: false,
                continues_after: false
            }]
        );
        let october = build_month(2025, 10, &fair);
        assert_eq!(october.weeks[0].days[0], day("2025-09-29"));
        assert_eq!(october.weeks[0].bars[0].span, 5);
        assert!(!september.is_empty() && !october.is_empty());
    }

    /// Each bar piece of a grid as (first column, span, continues before, after).
    fn pieces(grid: &MonthGrid) -> Vec<(usize, usize, bool, bool)> {
        grid.weeks
            .iter()
            .flat_map(|w| {
                w.bars.iter().map(|b| {
                    (
                        b.first_column,
                        b.span,
                        b.continues_before,
                        b.continues_after,
                    )
                })
            })
            .collect()
    }

    #[test]
    fn a_bar_continues_across_week_rows_and_years() {
        let fair = [event(1, "2025-12-27", "2026-01-06")];
        let december = build_month(2025, 12, &fair);
        let rows = pieces(&december);
        // Sat 27 - Sun 28 Dec, then Mon 29 Dec - Sun 4 Jan (the grid's last row).
        assert_eq!(rows, [(5, 2, false, true), (0, 7, true, true)]);
        let january = build_month(2026, 1, &fair);
        let rows = pieces(&january);
        assert_eq!(rows, [(0, 7, true, true), (0, 2, true, false)]);
    }

    #[test]
    fn events_on_the_same_days_stack_and_overflow_is_counted() {
        let events = [
            event(0, "2025-09-12", "2025-09-14"),
            event(1, "2025-09-12", "2025-09-14"),
            event(2, "2025-09-13", "2025-09-13"),
            event(3, "2025-09-14", "2025-09-16"),
        ];
        let grid = build_month(2025, 9, &events);
        let week = &grid.weeks[1]; // 8-14 September
        let lane_of = |e: usize| week.bars.iter().find(|b| b.event == e).unwrap().lane;
        assert_eq!(
            (lane_of(0), lane_of(1), lane_of(2), lane_of(3)),
            (0, 1, 2, 2)
        );
        assert_eq!(week.lanes(), 3);
        assert_eq!(week.events_on(5).count(), 3); // Saturday 13th
        assert_eq!(week.hidden_on(5, 2), 1);
        assert_eq!(week.hidden_on(4, 2), 0);
        // The third event continues into the next row on lane 0.
        assert_eq!(grid.weeks[2].bars[0].event, 3);
        assert!(grid.weeks[2].bars[0].continues_before);
    }

    #[test]
    fn a_month_with_events_only_in_neighbour_days_is_empty() {
        let grid = build_month(2025, 11, &[event(0, "2025-10-27", "2025-10-28")]);
        assert_eq!(grid.weeks[0].bars.len(), 1);
        assert!(grid.is_empty());
    }

    #[test]
    fn months_add_across_years() {
        assert_eq!(add_months(2025, 12, 1), (2026, 1));
        assert_eq!(add_months(2025, 1, -1), (2024, 12));
        assert_eq!(add_months(2025, 9, -21), (2023, 12));
    }
}
