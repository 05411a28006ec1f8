//! The Vietnamese lunar calendar (âm lịch), computed rather than looked up:
//! new moons and solar terms from Jean Meeus' series, placed on days at
//! UTC+7, with the leap month found by the "month without a major solar
//! term" rule. This is the method Vietnamese calendars publish.

use crate::builtins::sin;
use chrono::{Datelike, NaiveDate};
use std::f64::consts::PI;

/// Vietnam's time zone in hours: lunar dates are always reckoned at UTC+7.
const VIETNAM_UTC_OFFSET_HOURS: f64 = 7.0;

/// A day of the lunar calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LunarDate {
    /// Day of the lunar month, 1 to 30.
    pub day: u32,
    /// Lunar month, 1 to 12.
    pub month: u32,
    /// Lunar year (the year whose Tết starts it).
    pub year: i32,
    /// True in a leap month (tháng nhuận), which repeats `month`.
    pub leap: bool,
}

/// The Julian day number of a Gregorian date.
fn julian_day(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) + 1_721_425
}

/// The instant (Julian day, UT) of the k-th new moon after 1900-01-01.
fn new_moon(k: f64) -> f64 {
    let t = k / 1236.85;
    let (t2, t3) = (t * t, t * t * t);
    let dr = PI / 180.0;
    let mut jd = 2_415_020.759_33 + 29.530_588_68 * k + 0.000_117_8 * t2 - 0.000_000_155 * t3;
    jd += 0.000_33 * sin((166.56 + 132.87 * t - 0.009_173 * t2) * dr);
    let sun_anomaly = 359.2242 + 29.105_356_08 * k - 0.000_033_3 * t2 - 0.000_003_47 * t3;
    let moon_anomaly = 306.0253 + 385.816_918_06 * k + 0.010_730_6 * t2 + 0.000_012_36 * t3;
    let latitude = 21.2964 + 390.670_506_46 * k - 0.001_652_8 * t2 - 0.000_002_39 * t3;
    let (m, mpr, f) = (sun_anomaly * dr, moon_anomaly * dr, latitude * dr);
    let correction = (0.1734 - 0.000_393 * t) * sin(m) + 0.0021 * sin(2.0 * m) - 0.4068 * sin(mpr)
        + 0.0161 * sin(2.0 * mpr)
        - 0.0004 * sin(3.0 * mpr)
        + 0.0104 * sin(2.0 * f)
        - 0.0051 * sin(m + mpr)
        - 0.0074 * sin(m - mpr)
        + 0.0004 * sin(2.0 * f + m)
        - 0.0004 * sin(2.0 * f - m)
        - 0.0006 * sin(2.0 * f + mpr)
        + 0.0010 * sin(2.0 * f - mpr)
        + 0.0005 * sin(2.0 * mpr + m);
    let delta_t = if t < -11.0 {
        0.001 + 0.000_839 * t + 0.000_226_1 * t2 - 0.000_008_45 * t3 - 0.000_000_081 * t * t3
    } else {
        -0.000_278 + 0.000_265 * t + 0.000_262 * t2
    };
    jd + correction - delta_t
}

/// The day (Julian day number, in Vietnam) of the k-th new moon.
fn new_moon_day(k: i64) -> i64 {
    (new_moon(k as f64) + 0.5 + VIETNAM_UTC_OFFSET_HOURS / 24.0).floor() as i64
}

/// The sun's apparent longitude in radians, at the instant `jd` (UT).
fn sun_longitude(jd: f64) -> f64 {
    let t = (jd - 2_451_545.0) / 36_525.0;
    let t2 = t * t;
    let dr = PI / 180.0;
    let m = 357.529_10 + 35_999.050_30 * t - 0.000_155_9 * t2 - 0.000_000_48 * t * t2;
    let l0 = 280.466_45 + 36_000.769_83 * t + 0.000_303_2 * t2;
    let dl = (1.914_600 - 0.004_817 * t - 0.000_014 * t2) * sin(dr * m)
        + (0.019_993 - 0.000_101 * t) * sin(dr * 2.0 * m)
        + 0.000_290 * sin(dr * 3.0 * m);
    ((l0 + dl) * dr).rem_euclid(2.0 * PI)
}

/// Which of the 12 major solar terms (30° sectors) the sun is in at the
/// start of day `day` in Vietnam.
fn solar_term(day: i64) -> i64 {
    let jd = day as f64 - 0.5 - VIETNAM_UTC_OFFSET_HOURS / 24.0;
    (sun_longitude(jd) / PI * 6.0).floor() as i64
}

const SYNODIC_MONTH: f64 = 29.530_588_853;
const FIRST_NEW_MOON_1900: f64 = 2_415_021.076_998_695;

/// The first day of the lunar month holding the winter solstice of `year`
/// (the 11th month).
fn month_11(year: i32) -> i64 {
    let last_day = NaiveDate::from_ymd_opt(year, 12, 31).expect("31 December exists");
    let k = ((julian_day(last_day) - 2_415_021) as f64 / SYNODIC_MONTH).floor() as i64;
    let new_moon = new_moon_day(k);
    if solar_term(new_moon) >= 9 {
        new_moon_day(k - 1)
    } else {
        new_moon
    }
}

/// How many months after the 11th month the leap month of a 13-month year
/// is: the first month with no major solar term.
fn leap_month_offset(month_11_start: i64) -> i64 {
    let k = ((month_11_start as f64 - FIRST_NEW_MOON_1900) / SYNODIC_MONTH + 0.5).floor() as i64;
    let mut i = 1;
    let mut term = solar_term(new_moon_day(k + i));
    loop {
        let last = term;
        i += 1;
        term = solar_term(new_moon_day(k + i));
        if term == last || i >= 14 {
            return i - 1;
        }
    }
}

/// The lunar date of a Gregorian date, as Vietnamese calendars print it.
pub fn lunar_date(date: NaiveDate) -> LunarDate {
    let day = julian_day(date);
    let k = ((day as f64 - FIRST_NEW_MOON_1900) / SYNODIC_MONTH).floor() as i64;
    let mut month_start = new_moon_day(k + 1);
    if month_start > day {
        month_start = new_moon_day(k);
    }
    let year = date.year();
    let this_11 = month_11(year);
    // a11..b11: the lunar year from the 11th month before `date` to the next.
    let (a11, b11, mut lunar_year) = if this_11 >= month_start {
        (month_11(year - 1), this_11, year)
    } else {
        (this_11, month_11(year + 1), year + 1)
    };
    let lunar_day = (day - month_start + 1) as u32;
    let diff = ((month_start - a11) as f64 / 29.0).floor() as i64;
    let mut leap = false;
    let mut month = diff + 11;
    if b11 - a11 > 365 {
        let leap_offset = leap_month_offset(a11);
        if diff >= leap_offset {
            month = diff + 10;
            leap = diff == leap_offset;
        }
    }
    if month > 12 {
        month -= 12;
    }
    if month >= 11 && diff < 4 {
        lunar_year -= 1;
    }
    LunarDate {
        day: lunar_day,
        month: month as u32,
        year: lunar_year,
        leap,
    }
}

/// The lunar dates of `count` days from `first`: the same as
/// [`lunar_date`] for each, but a month's days after the first follow by
/// counting (a lunar month has 29 or 30 days), so a month grid computes
/// new moons two or three times instead of for each of its 42 days.
pub fn lunar_dates(first: NaiveDate, count: usize) -> Vec<LunarDate> {
    let mut dates: Vec<LunarDate> = Vec::with_capacity(count);
    for day in first.iter_days().take(count) {
        let next = match dates.last() {
            Some(previous) if previous.day < 29 => LunarDate {
                day: previous.day + 1,
                ..*previous
            },
            _ => lunar_date(day),
        };
        dates.push(next);
    }
    dates
}

#[cfg(test)]
mod tests {
    #[test]
    fn counted_dates_match_computed_ones_for_a_dozen_years() {
        let first = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap();
        let counted = lunar_dates(first, 12 * 366);
        for (day, lunar) in first.iter_days().zip(&counted) {
            assert_eq!(*lunar, lunar_date(day), "{day}");
        }
    }

    use super::*;

    fn lunar(y: i32, m: u32, d: u32) -> (u32, u32, i32, bool) {
        let l = lunar_date(NaiveDate::from_ymd_opt(y, m, d).unwrap());
        (l.day, l.month, l.year, l.leap)
    }

    #[test]
    fn tet_falls_on_the_published_days() {
        assert_eq!(lunar(2023, 1, 22), (1, 1, 2023, false));
        assert_eq!(lunar(2024, 2, 10), (1, 1, 2024, false));
        assert_eq!(lunar(2025, 1, 29), (1, 1, 2025, false));
        assert_eq!(lunar(2026, 2, 17), (1, 1, 2026, false));
        assert_eq!(lunar(2025, 1, 28), (29, 12, 2024, false));
    }

    #[test]
    fn the_fairs_of_the_demo_feed() {
        assert_eq!(lunar(2025, 9, 12), (21, 7, 2025, false));
        assert_eq!(lunar(2023, 5, 25), (7, 4, 2023, false));
        // Mid-autumn festival 2025: 15th day of the 8th month.
        assert_eq!(lunar(2025, 10, 6), (15, 8, 2025, false));
    }

    #[test]
    fn leap_months_are_found() {
        // 2025 has a leap 6th month (25 July - 22 August 2025).
        assert_eq!(lunar(2025, 7, 25), (1, 6, 2025, true));
        assert_eq!(lunar(2025, 8, 22), (29, 6, 2025, true));
        assert_eq!(lunar(2025, 8, 23), (1, 7, 2025, false));
        // 2023 has a leap 2nd month (22 March - 19 April 2023).
        assert_eq!(lunar(2023, 3, 22), (1, 2, 2023, true));
    }

    #[test]
    fn days_run_on_without_gaps_across_years() {
        let mut date = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap();
        let mut previous = lunar_date(date);
        for _ in 0..(365 * 8) {
            date = date.succ_opt().unwrap();
            let current = lunar_date(date);
            if current.day == 1 {
                assert!(
                    previous.day == 29 || previous.day == 30,
                    "{date}: {previous:?}"
                );
            } else {
                assert_eq!(current.day, previous.day + 1, "{date}");
                assert_eq!(
                    (current.month, current.leap),
                    (previous.month, previous.leap),
                    "{date}"
                );
            }
            previous = current;
        }
    }
}
