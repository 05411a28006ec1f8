//! Dates as Vietnamese and English readers write them: "29/9–3/10/2025",
//! "29 September – 3 October 2025", "Thứ Sáu, 12/9/2025".

use super::Lang;
use crate::feed::Schedule;
use crate::load::SavedAt;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike, Weekday};

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The Vietnamese name of a weekday.
pub fn vi_weekday(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Thứ Hai",
        Weekday::Tue => "Thứ Ba",
        Weekday::Wed => "Thứ Tư",
        Weekday::Thu => "Thứ Năm",
        Weekday::Fri => "Thứ Sáu",
        Weekday::Sat => "Thứ Bảy",
        Weekday::Sun => "Chủ Nhật",
    }
}

fn en_weekday(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// The English name of a month, 1 to 12.
pub fn en_month(month: u32) -> &'static str {
    EN_MONTHS[(month as usize + 11) % 12]
}

/// A day with its weekday: "Thứ Sáu, 12/9/2025" / "Friday, 12 September 2025".
pub fn format_day_long(day: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{}, {}", vi_weekday(day.weekday()), vi_day(day)),
        Lang::En => format!("{}, {}", en_weekday(day.weekday()), en_day(day)),
    }
}

fn vi_day(day: NaiveDate) -> String {
    format!("{}/{}/{}", day.day(), day.month(), day.year())
}

fn en_day(day: NaiveDate) -> String {
    format!("{} {} {}", day.day(), en_month(day.month()), day.year())
}

fn day_range(start: NaiveDate, end: NaiveDate, lang: Lang) -> String {
    let same_year = start.year() == end.year();
    let same_month = same_year && start.month() == end.month();
    match lang {
        _ if start == end => match lang {
            Lang::Vi => vi_day(start),
            Lang::En => en_day(start),
        },
        Lang::Vi if same_month => format!("{}–{}", start.day(), vi_day(end)),
        Lang::Vi if same_year => format!("{}/{}–{}", start.day(), start.month(), vi_day(end)),
        Lang::Vi => format!("{}–{}", vi_day(start), vi_day(end)),
        Lang::En if same_month => format!("{}–{}", start.day(), en_day(end)),
        Lang::En if same_year => {
            format!(
                "{} {} – {}",
                start.day(),
                en_month(start.month()),
                en_day(end)
            )
        }
        Lang::En => format!("{} – {}", en_day(start), en_day(end)),
    }
}

fn time_of(time: DateTime<FixedOffset>) -> String {
    format!("{}:{:02}", time.hour(), time.minute())
}

/// When a saved copy was saved, "lúc 9:05 ngày 23/11/2026" / "at 9:05 on
/// 23/11/2026", in the time zone `offset_minutes` east of UTC (the reader's).
pub fn format_saved_at(saved: SavedAt, offset_minutes: i32, lang: Lang) -> String {
    let zone = FixedOffset::east_opt(offset_minutes * 60)
        .unwrap_or(FixedOffset::east_opt(0).expect("UTC"));
    let local = DateTime::from_timestamp_millis(saved.0)
        .unwrap_or_default()
        .with_timezone(&zone);
    let (time, day) = (time_of(local), vi_day(local.date_naive()));
    match lang {
        Lang::Vi => format!("lúc {time} ngày {day}"),
        Lang::En => format!("at {time} on {day}"),
    }
}

/// An event's dates, as short as the language allows.
pub fn format_schedule(schedule: &Schedule, lang: Lang) -> String {
    match *schedule {
        Schedule::Days { start, end } => day_range(start, end, lang),
        Schedule::Times { start, end } => {
            let days = day_range(start.date_naive(), end.date_naive(), lang);
            format!("{days}, {}–{}", time_of(start), time_of(end))
        }
        Schedule::Month { year, month } => match lang {
            Lang::Vi => format!("Tháng {month}/{year}"),
            Lang::En => format!("{} {year}", en_month(month)),
        },
        Schedule::Year { year } => match lang {
            Lang::Vi => format!("Năm {year}"),
            Lang::En => year.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_saved_time_reads_in_the_readers_zone_and_language() {
        // 2026-11-23 02:05 UTC is 9:05 in Hà Nội (UTC+7).
        let saved = SavedAt(1_795_399_500_000);
        assert_eq!(
            format_saved_at(saved, 420, Lang::Vi),
            "lúc 9:05 ngày 23/11/2026"
        );
        assert_eq!(
            format_saved_at(saved, 420, Lang::En),
            "at 9:05 on 23/11/2026"
        );
        assert_eq!(
            format_saved_at(saved, -600, Lang::En),
            "at 16:05 on 22/11/2026"
        );
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn days(start: &str, end: &str) -> Schedule {
        Schedule::Days {
            start: day(start),
            end: day(end),
        }
    }

    #[test]
    fn long_days_carry_the_weekday() {
        assert_eq!(
            format_day_long(day("2025-09-12"), Lang::Vi),
            "Thứ Sáu, 12/9/2025"
        );
        assert_eq!(
            format_day_long(day("2025-09-12"), Lang::En),
            "Friday, 12 September 2025"
        );
        assert_eq!(
            format_day_long(day("2025-09-14"), Lang::Vi),
            "Chủ Nhật, 14/9/2025"
        );
    }

    #[test]
    fn ranges_share_what_they_can() {
        let cases = [
            (
                days("2023-05-25", "2023-05-27"),
                "25–27/5/2023",
                "25–27 May 2023",
            ),
            (
                days("2025-09-29", "2025-10-03"),
                "29/9–3/10/2025",
                "29 September – 3 October 2025",
            ),
            (
                days("2025-12-30", "2026-01-02"),
                "30/12/2025–2/1/2026",
                "30 December 2025 – 2 January 2026",
            ),
            (
                days("2025-09-12", "2025-09-12"),
                "12/9/2025",
                "12 September 2025",
            ),
        ];
        for (schedule, vi, en) in cases {
            assert_eq!(format_schedule(&schedule, Lang::Vi), vi);
            assert_eq!(format_schedule(&schedule, Lang::En), en);
        }
    }

    #[test]
    fn undated_events_show_what_is_known() {
        let year = Schedule::Year { year: 2023 };
        assert_eq!(format_schedule(&year, Lang::Vi), "Năm 2023");
        assert_eq!(format_schedule(&year, Lang::En), "2023");
        let month = Schedule::Month {
            year: 2026,
            month: 3,
        };
        assert_eq!(format_schedule(&month, Lang::Vi), "Tháng 3/2026");
        assert_eq!(format_schedule(&month, Lang::En), "March 2026");
    }

    #[test]
    fn timed_events_show_hours() {
        let start = DateTime::parse_from_rfc3339("2025-09-12T08:00:00+07:00").unwrap();
        let end = DateTime::parse_from_rfc3339("2025-09-14T17:30:00+07:00").unwrap();
        let schedule = Schedule::Times { start, end };
        assert_eq!(
            format_schedule(&schedule, Lang::Vi),
            "12–14/9/2025, 8:00–17:30"
        );
    }
}
