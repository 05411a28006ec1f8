//! iCalendar (RFC 5545) export of events: the widget's "add to calendar"
//! and the command-line tool use the same code.

use crate::catalog::{venue_line, Catalog};
use crate::decimal::decimal;
use crate::feed::{Event, Schedule, Status};
use crate::i18n::Lang;
use chrono::{DateTime, Datelike, Days, NaiveDate, Timelike, Utc};
use std::fmt::Write as _;

/// An iCalendar file of `events` (indices in the feed); events without
/// known days cannot be put in a calendar and are left out.
pub fn calendar(catalog: &Catalog, events: &[usize], lang: Lang, stamp: DateTime<Utc>) -> String {
    let series = &catalog.feed().series;
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//greenfair//greenfair calendar//VI".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        format!("X-WR-CALNAME:{}", escape(series.name.get(lang.code()))),
        // How often a subscribed calendar asks again (RFC 7986; Outlook's name).
        "REFRESH-INTERVAL;VALUE=DURATION:PT12H".to_owned(),
        "X-PUBLISHED-TTL:PT12H".to_owned(),
    ];
    for &index in events {
        if let Some(event) = catalog.feed().events.get(index) {
            lines.extend(vevent(catalog, event, lang, stamp));
        }
    }
    lines.push("END:VCALENDAR".to_owned());
    let mut out = String::new();
    for line in lines {
        fold_into(&mut out, &line);
    }
    out
}

/// The `dates` value of a Google Calendar link: `20250929/20251004` for whole
/// days (end exclusive), UTC times for timed events.
pub fn google_dates(event: &Event) -> Option<String> {
    match event.schedule {
        Schedule::Days { start, end } => Some(format!("{}/{}", ymd(start), ymd(day_after(end)))),
        Schedule::Times { start, end } => {
            Some(format!("{}/{}", utc(start.to_utc()), utc(end.to_utc())))
        }
        Schedule::Month { .. } | Schedule::Year { .. } => None,
    }
}

/// The details text of an event: summary, organisers, planned booths.
pub fn details(event: &Event, lang: Lang) -> String {
    let code = lang.code();
    let mut text = event
        .summary
        .as_ref()
        .map(|s| s.get(code).to_owned())
        .unwrap_or_default();
    if !event.organizers.is_empty() {
        let names: Vec<&str> = event.organizers.iter().map(|o| o.get(code)).collect();
        let label = if lang == Lang::Vi {
            "Đơn vị tổ chức"
        } else {
            "Organisers"
        };
        let _ = write!(
            text,
            "{}{label}: {}",
            if text.is_empty() { "" } else { "\n" },
            names.join("; ")
        );
    }
    if let Some(count) = event.booth_count {
        let _ = write!(
            text,
            "{}{}",
            if text.is_empty() { "" } else { "\n" },
            (lang.messages().booth_count)(count)
        );
    }
    text
}

fn vevent(catalog: &Catalog, event: &Event, lang: Lang, stamp: DateTime<Utc>) -> Vec<String> {
    let (start, end) = match event.schedule {
        Schedule::Days { start, end } => (
            format!("DTSTART;VALUE=DATE:{}", ymd(start)),
            format!("DTEND;VALUE=DATE:{}", ymd(day_after(end))),
        ),
        Schedule::Times { start, end } => (
            format!("DTSTART:{}", utc(start.to_utc())),
            format!("DTEND:{}", utc(end.to_utc())),
        ),
        Schedule::Month { .. } | Schedule::Year { .. } => return Vec::new(),
    };
    let code = lang.code();
    let mut lines = vec![
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}@{}.greenfair", event.id, catalog.feed().series.id),
        format!("DTSTAMP:{}", utc(stamp)),
        start,
        end,
        format!("SUMMARY:{}", escape(event.name.get(code))),
    ];
    if let Some(venue) = catalog.venue_of(event) {
        lines.push(format!("LOCATION:{}", escape(&venue_line(venue, code))));
        if let (Some(lat), Some(lon)) = (venue.lat, venue.lon) {
            lines.push(format!("GEO:{};{}", decimal(lat), decimal(lon)));
        }
    }
    let description = details(event, lang);
    if !description.is_empty() {
        lines.push(format!("DESCRIPTION:{}", escape(&description)));
    }
    if let Some(source) = &event.source {
        lines.push(format!("URL:{source}"));
    }
    let status = match event.status {
        Status::Cancelled => "CANCELLED",
        Status::Postponed | Status::Tba => "TENTATIVE",
        Status::Scheduled => "CONFIRMED",
    };
    lines.push(format!("STATUS:{status}"));
    lines.push("TRANSP:TRANSPARENT".to_owned());
    lines.push("END:VEVENT".to_owned());
    lines
}

fn ymd(day: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

fn day_after(day: NaiveDate) -> NaiveDate {
    day.checked_add_days(Days::new(1)).unwrap_or(day)
}

fn utc(time: DateTime<Utc>) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        time.year(),
        time.month(),
        time.day(),
        time.hour(),
        time.minute(),
        time.second()
    )
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets (never inside a UTF-8 character),
/// each physical line ended by CRLF (RFC 5545 §3.1). A fold never touches a
/// space, which some readers trim when unfolding.
fn fold_into(out: &mut String, line: &str) {
    let mut current = String::new();
    for c in line.chars() {
        if current.len() + c.len_utf8() > 75 {
            // Move the fold left until there is no space on either side of it.
            let mut carried = String::new();
            while current.chars().count() > 2 && carried.len() < 8 {
                let right = carried.chars().next().unwrap_or(c);
                if !current.ends_with(' ') && right != ' ' {
                    break;
                }
                carried.insert(0, current.pop().unwrap_or(' '));
            }
            out.push_str(&current);
            out.push_str("\r\n");
            current = format!(" {carried}");
        }
        current.push(c);
    }
    out.push_str(&current);
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let mut out = String::new();
        fold_into(
            &mut out,
            &format!("SUMMARY:{}", "Đồ gỗ mỹ nghệ ".repeat(10)),
        );
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        assert!(out.ends_with("\r\n"));
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(
            unfolded.trim_end(),
            format!("SUMMARY:{}", "Đồ gỗ mỹ nghệ ".repeat(10)).trim_end()
        );
    }
}
