//! "Today" in the series' time zone, whatever the reader's clock says: a
//! reader in Honolulu on the evening of 31 December already sees 1 January
//! in Hanoi, and the calendar must say so.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

/// The calendar day at `now` in a zone that is `offset` from UTC.
pub fn day_at(now: DateTime<Utc>, offset: FixedOffset) -> NaiveDate {
    now.with_timezone(&offset).date_naive()
}

/// The UTC offset of the zones a native build knows without a time-zone
/// database; the browser asks `Intl` for every other zone.
pub fn known_offset(timezone: &str) -> Option<FixedOffset> {
    let hours = match timezone {
        "Asia/Ho_Chi_Minh" | "Asia/Saigon" | "Asia/Bangkok" | "Asia/Jakarta"
        | "Asia/Phnom_Penh" | "Asia/Vientiane" => 7,
        "UTC" | "Etc/UTC" => 0,
        _ => return None,
    };
    FixedOffset::east_opt(hours * 3600)
}

/// Today in `timezone` at `now`, for a zone [`known_offset`] knows; any
/// other zone is taken as Hanoi's (+07:00), the series' own.
pub fn today_at_known(now: DateTime<Utc>, timezone: &str) -> NaiveDate {
    let hanoi = FixedOffset::east_opt(7 * 3600).expect("+07:00 is a valid offset");
    day_at(now, known_offset(timezone).unwrap_or(hanoi))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_at_utc_minus_10_sees_hanoi_new_year() {
        // 31 Dec 2025, 18:00 in Honolulu (UTC-10) is 1 Jan 2026, 11:00 in Hanoi.
        let honolulu = FixedOffset::west_opt(10 * 3600).unwrap();
        let now = DateTime::parse_from_rfc3339("2025-12-31T18:00:00-10:00")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(day_at(now, honolulu).to_string(), "2025-12-31");
        let hanoi = known_offset("Asia/Ho_Chi_Minh").unwrap();
        assert_eq!(day_at(now, hanoi).to_string(), "2026-01-01");
    }

    #[test]
    fn unknown_zones_are_left_to_the_browser() {
        assert_eq!(known_offset("Europe/Paris"), None);
    }
}
