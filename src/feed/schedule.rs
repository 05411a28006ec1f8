//! When an event happens, as a feed states it: exact days, exact times, or
//! only the month or the year when the dates are not known.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};
use serde::{Serialize, Serializer};
use std::fmt;

/// A `start` or `end` value: a calendar day, or an instant with its offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeedDate {
    /// A whole day, `2025-09-12`.
    Day(NaiveDate),
    /// An instant with the offset it was written in, `2025-09-12T08:00:00+07:00`.
    Time(DateTime<FixedOffset>),
}

impl FeedDate {
    /// The calendar day, in the offset the value was written in.
    pub fn day(self) -> NaiveDate {
        match self {
            FeedDate::Day(day) => day,
            FeedDate::Time(time) => time.date_naive(),
        }
    }
}

impl FeedDate {
    /// What a `start` or `end` must look like, for error messages.
    pub const EXPECTED: &'static str =
        "a date like 2025-09-12, or a date-time with an offset like 2025-09-12T08:00:00+07:00";

    /// Reads `2025-09-12` or `2025-09-12T08:00:00+07:00`.
    pub fn parse(text: &str) -> Option<Self> {
        if text.len() == 10 {
            crate::iso8601::parse_day(text).map(FeedDate::Day)
        } else {
            crate::iso8601::parse_date_time(text).map(FeedDate::Time)
        }
    }
}

impl Serialize for FeedDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            FeedDate::Day(day) => serializer.collect_str(day),
            FeedDate::Time(time) => serializer.collect_str(&time.to_rfc3339()),
        }
    }
}

/// When an event happens, checked: a start never after its end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Schedule {
    /// Whole days, both inclusive.
    Days {
        /// The first day.
        start: NaiveDate,
        /// The last day (inclusive).
        end: NaiveDate,
    },
    /// Exact opening and closing instants.
    Times {
        /// When it opens.
        start: DateTime<FixedOffset>,
        /// When it closes.
        end: DateTime<FixedOffset>,
    },
    /// Known only to the month.
    Month {
        /// The year.
        year: i32,
        /// The month, 1 to 12.
        month: u32,
    },
    /// Known only to the year.
    Year {
        /// The year.
        year: i32,
    },
}

/// Where an event stands relative to today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Timing {
    /// Open today.
    Ongoing,
    /// Starts after today.
    Upcoming,
    /// Ended before today.
    Past,
}

impl Schedule {
    /// The first and last calendar day, when the days are known.
    pub fn days(&self) -> Option<(NaiveDate, NaiveDate)> {
        match *self {
            Schedule::Days { start, end } => Some((start, end)),
            Schedule::Times { start, end } => Some((start.date_naive(), end.date_naive())),
            Schedule::Month { .. } | Schedule::Year { .. } => None,
        }
    }

    /// The earliest day the event may start on; orders events in lists.
    pub fn earliest_day(&self) -> NaiveDate {
        match *self {
            Schedule::Month { year, month } => first_of_month(year, month),
            Schedule::Year { year } => first_of_month(year, 1),
            _ => self.days().map(|(start, _)| start).unwrap_or_default(),
        }
    }

    /// The latest day the event may end on.
    pub fn latest_day(&self) -> NaiveDate {
        match *self {
            Schedule::Month { year, month } => last_of_month(year, month),
            Schedule::Year { year } => last_of_month(year, 12),
            _ => self.days().map(|(_, end)| end).unwrap_or_default(),
        }
    }

    /// Upcoming, ongoing or past, seen from `today` in the series' time zone.
    pub fn timing(&self, today: NaiveDate) -> Timing {
        if self.latest_day() < today {
            Timing::Past
        } else if self.earliest_day() > today {
            Timing::Upcoming
        } else {
            Timing::Ongoing
        }
    }

    /// The year the event belongs to (its first day's year).
    pub fn year(&self) -> i32 {
        self.earliest_day().year()
    }
}

/// The first day of a month; months are checked 1 to 12 before they get here.
pub fn first_of_month(year: i32, month: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or_default()
}

/// The last day of a month, whatever its length.
pub fn last_of_month(year: i32, month: u32) -> NaiveDate {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    first_of_month(next_year, next_month)
        .pred_opt()
        .unwrap_or_default()
}

/// Why an event's dates cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    /// Neither `start` nor `year` was given.
    #[error("needs `start` (a date) or, when the dates are not known, `year`")]
    Missing,
    /// `end` without `start`.
    #[error("has `end` but no `start`")]
    EndWithoutStart,
    /// A day and a date-time mixed.
    #[error("`start` and `end` must both be dates or both be date-times")]
    MixedKinds,
    /// The range runs backwards.
    #[error("`end` ({end}) is before `start` ({start})")]
    EndBeforeStart {
        /// The start as written.
        start: String,
        /// The end as written.
        end: String,
    },
    /// A month outside 1 to 12.
    #[error("`month` must be from 1 to 12, found {0}")]
    BadMonth(u32),
    /// A year outside what a fair series can have.
    #[error("`year` must be from 1900 to 2200, found {0}")]
    BadYear(i32),
    /// `month` without `year`.
    #[error("has `month` but no `year`")]
    MonthWithoutYear,
}

impl Schedule {
    /// Builds a schedule from the feed's `start`/`end`/`year`/`month` fields.
    pub fn from_fields(
        start: Option<FeedDate>,
        end: Option<FeedDate>,
        year: Option<i32>,
        month: Option<u32>,
    ) -> Result<Self, ScheduleError> {
        match (start, end) {
            (Some(FeedDate::Day(start)), None) => Ok(Schedule::Days { start, end: start }),
            (Some(FeedDate::Time(start)), None) => Ok(Schedule::Times { start, end: start }),
            (Some(FeedDate::Day(start)), Some(FeedDate::Day(end))) => {
                check_order(start, end)?;
                Ok(Schedule::Days { start, end })
            }
            (Some(FeedDate::Time(start)), Some(FeedDate::Time(end))) => {
                check_order(start, end)?;
                Ok(Schedule::Times { start, end })
            }
            (Some(_), Some(_)) => Err(ScheduleError::MixedKinds),
            (None, Some(_)) => Err(ScheduleError::EndWithoutStart),
            (None, None) => match (year, month) {
                (None, None) => Err(ScheduleError::Missing),
                (None, Some(_)) => Err(ScheduleError::MonthWithoutYear),
                (Some(year), _) if !(1900..=2200).contains(&year) => {
                    Err(ScheduleError::BadYear(year))
                }
                (Some(_), Some(month)) if !(1..=12).contains(&month) => {
                    Err(ScheduleError::BadMonth(month))
                }
                (Some(year), Some(month)) => Ok(Schedule::Month { year, month }),
                (Some(year), None) => Ok(Schedule::Year { year }),
            },
        }
    }

    /// The feed fields (`start`, `end`, `year`, `month`) that write this schedule.
    pub(super) fn to_fields(
        self,
    ) -> (Option<FeedDate>, Option<FeedDate>, Option<i32>, Option<u32>) {
        match self {
            Schedule::Days { start, end } => (
                Some(FeedDate::Day(start)),
                Some(FeedDate::Day(end)),
                None,
                None,
            ),
            Schedule::Times { start, end } => (
                Some(FeedDate::Time(start)),
                Some(FeedDate::Time(end)),
                None,
                None,
            ),
            Schedule::Month { year, month } => (None, None, Some(year), Some(month)),
            Schedule::Year { year } => (None, None, Some(year), None),
        }
    }
}

fn check_order<T: PartialOrd + fmt::Display>(start: T, end: T) -> Result<(), ScheduleError> {
    if end < start {
        Err(ScheduleError::EndBeforeStart {
            start: start.to_string(),
            end: end.to_string(),
        })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    /// The schedule of an event record with these fields, or the reason it has none.
    fn schedule(fields: &str) -> Result<Schedule, String> {
        let json = format!(r#"{{"id": "e", "name": "E", {}"#, &fields[1..]);
        let json = json.replace(", }", "}");
        let node = crate::json::parse(&json).map_err(|e| e.detail.to_owned())?;
        super::super::decode::event(&node, &super::super::decode::Path::Top)
            .map(|event| event.schedule)
            .map_err(|failure| failure.detail)
    }

    #[test]
    fn a_single_day_ends_the_day_it_starts() {
        assert_eq!(
            schedule(r#"{"start": "2023-05-25"}"#).unwrap().days(),
            Some((day("2023-05-25"), day("2023-05-25")))
        );
    }

    #[test]
    fn a_range_crossing_a_month_keeps_both_ends() {
        let s = schedule(r#"{"start": "2025-09-29", "end": "2025-10-03"}"#).unwrap();
        assert_eq!(s.days(), Some((day("2025-09-29"), day("2025-10-03"))));
        assert_eq!(s.year(), 2025);
    }

    #[test]
    fn end_before_start_is_refused_with_both_dates() {
        assert_eq!(
            schedule(r#"{"start": "2025-09-14", "end": "2025-09-12"}"#).unwrap_err(),
            "`end` (2025-09-12) is before `start` (2025-09-14)"
        );
    }

    #[test]
    fn impossible_dates_are_refused() {
        let err = schedule(r#"{"start": "2025-02-30"}"#).unwrap_err();
        assert!(err.contains("expected a date like 2025-09-12"), "{err}");
        assert!(err.contains("\"2025-02-30\""), "{err}");
    }

    #[test]
    fn date_times_need_an_offset_and_keep_their_local_day() {
        assert!(schedule(r#"{"start": "2025-09-12T08:00:00"}"#).is_err());
        let s = schedule(
            r#"{"start": "2025-12-31T20:00:00+07:00", "end": "2026-01-01T02:00:00+07:00"}"#,
        )
        .unwrap();
        assert_eq!(s.days(), Some((day("2025-12-31"), day("2026-01-01"))));
    }

    #[test]
    fn mixing_days_and_times_is_refused() {
        assert_eq!(
            schedule(r#"{"start": "2025-09-12", "end": "2025-09-13T18:00:00+07:00"}"#).unwrap_err(),
            "`start` and `end` must both be dates or both be date-times"
        );
    }

    #[test]
    fn undated_events_keep_their_year_or_month() {
        assert_eq!(
            schedule(r#"{"year": 2023}"#).unwrap(),
            Schedule::Year { year: 2023 }
        );
        let month = schedule(r#"{"year": 2024, "month": 2}"#).unwrap();
        assert_eq!(month.earliest_day(), day("2024-02-01"));
        assert_eq!(month.latest_day(), day("2024-02-29"));
        assert_eq!(
            schedule(r#"{"year": 2023, "month": 13}"#).unwrap_err(),
            "`month` must be from 1 to 12, found 13"
        );
        assert_eq!(
            schedule("{}").unwrap_err(),
            ScheduleError::Missing.to_string()
        );
        assert_eq!(
            schedule(r#"{"end": "2025-09-12"}"#).unwrap_err(),
            "has `end` but no `start`"
        );
    }

    #[test]
    fn timing_is_relative_to_the_given_today() {
        let s = schedule(r#"{"start": "2025-09-29", "end": "2025-10-03"}"#).unwrap();
        assert_eq!(s.timing(day("2025-09-28")), Timing::Upcoming);
        assert_eq!(s.timing(day("2025-10-01")), Timing::Ongoing);
        assert_eq!(s.timing(day("2025-10-03")), Timing::Ongoing);
        assert_eq!(s.timing(day("2025-10-04")), Timing::Past);
        let year = Schedule::Year { year: 2023 };
        assert_eq!(year.timing(day("2023-06-01")), Timing::Ongoing);
        assert_eq!(year.timing(day("2024-01-01")), Timing::Past);
    }

    #[test]
    fn last_of_month_handles_december_and_leap_years() {
        assert_eq!(last_of_month(2025, 12), day("2025-12-31"));
        assert_eq!(last_of_month(2100, 2), day("2100-02-28"));
        assert_eq!(last_of_month(2000, 2), day("2000-02-29"));
    }
}
