//! Reading the two date formats that feeds, links and attributes use:
//! calendar days (`2025-09-12`) and RFC 3339 date-times with an offset
//! (`2025-09-12T08:00:00+07:00`).
//!
//! Written here rather than with chrono's `FromStr` and
//! `parse_from_rfc3339`: those go through chrono's general format-string
//! parser, 12 KB of the embed's WebAssembly, for two fixed layouts.
//! chrono still builds and checks every value.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone};

/// The number written in ASCII digits `digits`, if they are all digits.
fn number(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |n, &d| {
        d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
    })
}

/// A calendar day written `YYYY-MM-DD`, if it exists.
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = i32::try_from(number(&b[..4])?).ok()?;
    NaiveDate::from_ymd_opt(year, number(&b[5..7])?, number(&b[8..10])?)
}

/// An RFC 3339 date-time (`T`, `t` or a space between day and time; an
/// optional fraction of a second; `Z` or `±HH:MM`), in the offset written.
pub fn parse_date_time(text: &str) -> Option<DateTime<FixedOffset>> {
    let b = text.as_bytes();
    if b.len() < 20 || !matches!(b[10], b'T' | b't' | b' ') || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let day = parse_day(text.get(..10)?)?;
    let (hour, minute, second) = (
        number(&b[11..13])?,
        number(&b[14..16])?,
        number(&b[17..19])?,
    );
    let mut rest = &b[19..];
    let mut nanos = 0;
    if let [b'.', tail @ ..] = rest {
        let digits = tail.iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 {
            return None;
        }
        // Digits past nanoseconds are read and dropped, as chrono does.
        let kept = &tail[..digits.min(9)];
        nanos = number(kept)? * 10u32.pow(9 - kept.len() as u32);
        rest = &tail[digits..];
    }
    let offset = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let (hours, minutes) = (number(&[*h1, *h2])?, number(&[*m1, *m2])?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            let seconds = (hours * 3600 + minutes * 60) as i32;
            if *sign == b'-' {
                -seconds
            } else {
                seconds
            }
        }
        _ => return None,
    };
    // A leap second (:60) is chrono's second 59 with a second's worth of nanoseconds.
    let time = match second {
        60 => NaiveTime::from_hms_nano_opt(hour, minute, 59, nanos + 1_000_000_000)?,
        _ => NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?,
    };
    FixedOffset::east_opt(offset)?
        .from_local_datetime(&day.and_time(time))
        .single()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_chrono_on_valid_and_invalid_text() {
        let days = [
            "2025-09-12",
            "2024-02-29",
            "2025-02-29",
            "2025-13-01",
            "2025-00-10",
            "0000-01-01",
            "9999-12-31",
            "2025-9-12x",
            "2025/09/12",
            "20250912xx",
            "２０２５-09-12",
        ];
        for text in days {
            assert_eq!(parse_day(text), text.parse::<NaiveDate>().ok(), "{text}");
        }
        let times = [
            "2025-09-12T08:00:00+07:00",
            "2025-09-12t08:00:00Z",
            "2025-09-12 08:00:00z",
            "2025-12-31T20:00:00.5-10:00",
            "2025-12-31T20:00:00.123456789123+00:30",
            "2016-12-31T23:59:60Z",
            "2025-09-12T24:00:00+07:00",
            "2025-09-12T08:00:00+24:00",
            "2025-09-12T08:00:00+07",
            "2025-09-12T08:00:00",
            "2025-09-12T08:00:00.+07:00",
            "2025-02-30T08:00:00+07:00",
        ];
        for text in times {
            assert_eq!(
                parse_date_time(text),
                DateTime::parse_from_rfc3339(text).ok(),
                "{text}"
            );
        }
    }
}
