//! Dates typed in the event search, as readers type them, with or without
//! diacritics: "tháng 10" / "thang 10 2025" / "10/2025", "13/9" /
//! "13/9/2025", "cuối tuần", "tuần này", "tuần sau", "hôm nay", "ngày mai",
//! and their English ("october", "this weekend", "today"). What is not a
//! date is left for the text search.

use crate::feed::{first_of_month, last_of_month, Schedule};
use crate::search::{fold, words};
use chrono::{Datelike, Days, NaiveDate};

/// When a reader asked about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateWords {
    /// A month, of a year or of any year.
    Month {
        /// 1 to 12.
        month: u32,
        /// The year, when typed.
        year: Option<i32>,
    },
    /// A day, of a year or of any year.
    Day {
        /// 1 to 31.
        day: u32,
        /// 1 to 12.
        month: u32,
        /// The year, when typed.
        year: Option<i32>,
    },
    /// A span of days (a weekend, a week, today).
    Days(NaiveDate, NaiveDate),
}

impl DateWords {
    /// True when an event on `schedule` is known to be on the asked time: a
    /// fair known by its year only is on no month in particular, one known
    /// by its month on that month but no day of it.
    pub fn meets_schedule(self, schedule: &Schedule) -> bool {
        match (*schedule, self) {
            (Schedule::Year { .. }, _) => false,
            (Schedule::Month { year, month }, DateWords::Month { month: m, year: y }) => {
                month == m && y.is_none_or(|y| y == year)
            }
            (Schedule::Month { .. }, _) => false,
            _ => schedule
                .days()
                .is_some_and(|(start, end)| self.meets(start, end)),
        }
    }

    /// True when days `start` to `end` (inclusive) meet the asked time.
    pub fn meets(self, start: NaiveDate, end: NaiveDate) -> bool {
        let years = start.year()..=end.year();
        let meets_span = |from: NaiveDate, to: NaiveDate| start <= to && end >= from;
        match self {
            DateWords::Days(from, to) => meets_span(from, to),
            DateWords::Month { month, year } => years
                .filter(|y| year.is_none_or(|wanted| wanted == *y))
                .any(|y| meets_span(first_of_month(y, month), last_of_month(y, month))),
            DateWords::Day { day, month, year } => years
                .filter(|y| year.is_none_or(|wanted| wanted == *y))
                .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
                .any(|d| meets_span(d, d)),
        }
    }
}

/// The time a query names and its other words (folded), or `None` when it
/// names none. `today` places "cuối tuần" and "tuần này".
pub fn read_date_words(query: &str, today: NaiveDate) -> Option<(DateWords, Vec<String>)> {
    // Each token folded apart: "13/9" keeps its slash, which folding
    // would part.
    let folded: Vec<String> = query
        .split_whitespace()
        .map(|raw| {
            if raw
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'/' || b == b'-')
            {
                raw.to_owned()
            } else {
                fold(raw).trim().to_owned()
            }
        })
        .collect();
    let tokens: Vec<&str> = folded.iter().map(String::as_str).collect();
    for (at, token) in tokens.iter().enumerate() {
        let next = tokens.get(at + 1).copied();
        let after_next = tokens.get(at + 2).copied();
        let found: Option<(DateWords, usize)> = match (*token, next) {
            ("thang" | "thg", Some(n)) => month_and_year(n, after_next),
            (month, _) if english_month(month).is_some() => {
                let month = english_month(month)?;
                let year = next.and_then(year_of);
                Some((
                    DateWords::Month { month, year },
                    1 + usize::from(year.is_some()),
                ))
            }
            ("cuoi", Some("tuan")) => Some((weekend(today), 2)),
            ("weekend", _) => Some((weekend(today), 1)),
            ("this", Some("weekend")) => Some((weekend(today), 2)),
            ("tuan", Some("nay")) => Some((week(today, 0), 2)),
            ("this", Some("week")) => Some((week(today, 0), 2)),
            ("tuan", Some("sau" | "toi")) => Some((week(today, 1), 2)),
            ("next", Some("week")) => Some((week(today, 1), 2)),
            ("hom", Some("nay")) | ("today", _) => Some((
                DateWords::Days(today, today),
                1 + usize::from(*token == "hom"),
            )),
            ("ngay", Some("mai")) | ("tomorrow", _) => {
                let tomorrow = today + Days::new(1);
                Some((
                    DateWords::Days(tomorrow, tomorrow),
                    1 + usize::from(*token == "ngay"),
                ))
            }
            (slashed, _) if slashed.contains(['/', '-']) => slashed_date(slashed).map(|d| (d, 1)),
            _ => None,
        };
        if let Some((date, used)) = found {
            let rest: String = tokens
                .iter()
                .enumerate()
                .filter(|(i, _)| *i < at || *i >= at + used)
                .map(|(_, t)| *t)
                .collect::<Vec<_>>()
                .join(" ");
            // "ngày 13/9": the word for day goes with the date.
            let rest: Vec<String> = words(&rest)
                .filter(|w| !matches!(*w, "ngay" | "nam"))
                .map(str::to_owned)
                .collect();
            return Some((date, rest));
        }
    }
    None
}

/// "10", "10 2025", "10/2025" after "tháng".
fn month_and_year(text: &str, next: Option<&str>) -> Option<(DateWords, usize)> {
    let (month, year, used) = match text.split_once(['/', '-']) {
        Some((m, y)) => (m.parse().ok()?, Some(year_of(y)?), 2),
        None => {
            let year = next.and_then(year_of);
            (text.parse().ok()?, year, 2 + usize::from(year.is_some()))
        }
    };
    (1..=12)
        .contains(&month)
        .then_some((DateWords::Month { month, year }, used))
}

/// A year of four digits from 2000.
fn year_of(text: &str) -> Option<i32> {
    let year: i32 = text.parse().ok()?;
    (text.len() == 4 && (2000..=2100).contains(&year)).then_some(year)
}

/// "13/9", "13/9/2025", "13-09-2025", or "10/2025" (a month).
fn slashed_date(text: &str) -> Option<DateWords> {
    let parts: Vec<&str> = text.split(['/', '-']).collect();
    let number = |t: &str| -> Option<u32> {
        (!t.is_empty() && t.len() <= 2)
            .then(|| t.parse().ok())
            .flatten()
    };
    match parts.as_slice() {
        [month, year] if year_of(year).is_some() => {
            let month = number(month).filter(|m| (1..=12).contains(m))?;
            Some(DateWords::Month {
                month,
                year: year_of(year),
            })
        }
        [day, month] => day_month(number(day)?, number(month)?, None),
        [day, month, year] => day_month(number(day)?, number(month)?, Some(year_of(year)?)),
        _ => None,
    }
}

fn day_month(day: u32, month: u32, year: Option<i32>) -> Option<DateWords> {
    // Valid in some year (29/2 in a leap year).
    NaiveDate::from_ymd_opt(year.unwrap_or(2024), month, day)?;
    Some(DateWords::Day { day, month, year })
}

fn english_month(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    // Whole names only, and not "may": folded, Vietnamese "mây" (rattan,
    // as in "mây tre đan") is "may" too, as "sép" is "sep".
    MONTHS
        .iter()
        .position(|m| *m == word && word != "may")
        .map(|i| i as u32 + 1)
}

/// This week's Saturday and Sunday, from today on (on a Sunday, today).
fn weekend(today: NaiveDate) -> DateWords {
    let monday = today - Days::new(u64::from(today.weekday().num_days_from_monday()));
    let saturday = monday + Days::new(5);
    DateWords::Days(saturday.max(today), monday + Days::new(6))
}

/// Monday to Sunday of the week `later` weeks after today's.
fn week(today: NaiveDate, later: u64) -> DateWords {
    let monday =
        today - Days::new(u64::from(today.weekday().num_days_from_monday())) + Days::new(7 * later);
    DateWords::Days(monday, monday + Days::new(6))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const TODAY: (i32, u32, u32) = (2025, 9, 10); // a Wednesday

    fn read(query: &str) -> Option<(DateWords, Vec<String>)> {
        let (y, m, d) = TODAY;
        read_date_words(query, day(y, m, d))
    }

    #[test]
    fn months_typed_without_diacritics_and_with_years() {
        let month = |m, y| DateWords::Month { month: m, year: y };
        assert_eq!(read("thang 10"), Some((month(10, None), vec![])));
        assert_eq!(read("Tháng 10"), Some((month(10, None), vec![])));
        assert_eq!(read("thang 10 2025"), Some((month(10, Some(2025)), vec![])));
        assert_eq!(read("thang 10/2025"), Some((month(10, Some(2025)), vec![])));
        assert_eq!(read("10/2025"), Some((month(10, Some(2025)), vec![])));
        assert_eq!(
            read("go thang 9"),
            Some((month(9, None), vec!["go".to_owned()]))
        );
        assert_eq!(read("october"), Some((month(10, None), vec![])));
        assert_eq!(read("thang 13"), None);
        assert_eq!(read("may tre dan"), None, "mây tre đan, not May");
        assert_eq!(read("thang mo"), None);
    }

    #[test]
    fn days_typed_the_vietnamese_way() {
        let date = |d, m, y| DateWords::Day {
            day: d,
            month: m,
            year: y,
        };
        assert_eq!(read("13/9"), Some((date(13, 9, None), vec![])));
        assert_eq!(read("ngay 13/9"), Some((date(13, 9, None), vec![])));
        assert_eq!(read("13/9/2025"), Some((date(13, 9, Some(2025)), vec![])));
        assert_eq!(read("13-09-2025"), Some((date(13, 9, Some(2025)), vec![])));
        assert_eq!(read("31/2"), None);
        assert_eq!(read("túi xách"), None);
    }

    #[test]
    fn weekends_and_weeks_are_placed_from_today() {
        let (saturday, sunday) = (day(2025, 9, 13), day(2025, 9, 14));
        assert_eq!(
            read("cuoi tuan"),
            Some((DateWords::Days(saturday, sunday), vec![]))
        );
        assert_eq!(
            read("cuối tuần này").map(|r| r.0),
            Some(DateWords::Days(saturday, sunday))
        );
        assert_eq!(
            read("tuan nay"),
            Some((DateWords::Days(day(2025, 9, 8), sunday), vec![]))
        );
        assert_eq!(
            read("tuan sau").map(|r| r.0),
            Some(DateWords::Days(day(2025, 9, 15), day(2025, 9, 21)))
        );
        // On a Sunday, the weekend is today.
        assert_eq!(
            read_date_words("cuoi tuan", sunday).map(|r| r.0),
            Some(DateWords::Days(sunday, sunday))
        );
        assert_eq!(
            read("hom nay").map(|r| r.0),
            Some(DateWords::Days(day(2025, 9, 10), day(2025, 9, 10)))
        );
    }

    #[test]
    fn a_time_meets_the_days_an_event_is_on() {
        let (start, end) = (day(2025, 9, 29), day(2025, 10, 3));
        assert!(DateWords::Month {
            month: 10,
            year: None
        }
        .meets(start, end));
        assert!(DateWords::Month {
            month: 9,
            year: Some(2025)
        }
        .meets(start, end));
        assert!(!DateWords::Month {
            month: 10,
            year: Some(2024)
        }
        .meets(start, end));
        assert!(DateWords::Day {
            day: 1,
            month: 10,
            year: None
        }
        .meets(start, end));
        assert!(!DateWords::Day {
            day: 13,
            month: 9,
            year: None
        }
        .meets(start, end));
        assert!(DateWords::Days(day(2025, 10, 3), day(2025, 10, 5)).meets(start, end));
    }
}
