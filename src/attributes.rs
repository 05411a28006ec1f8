//! What a widget element's `data-` attributes ask for, read and checked in
//! one pure function: each wrong value is named, with the default used
//! instead, and belongs to that element alone.

use crate::i18n::Lang;
use crate::load::RetryPolicy;
use crate::ui::{Sections, DEFAULT_REFRESH_SECS};
use chrono::{Datelike, NaiveDate};

/// The attributes a mounted widget follows when the host page changes them:
/// it updates in place, the reader's state kept where it still applies.
pub const LIVE_ATTRIBUTES: &[&str] = &[
    "data-lang",
    "data-view",
    "data-feed",
    "data-month",
    "data-category",
    "data-event",
    "data-accent",
    "data-font-size",
    "data-lunar",
    "data-today",
    "data-refresh",
    "data-timeout",
];

/// The settings of one widget, from its element's attributes.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedSettings {
    /// `data-lang`.
    pub lang: Lang,
    /// `data-view`.
    pub sections: Sections,
    /// `data-today`: a fixed today (previews, tests).
    pub today: Option<NaiveDate>,
    /// `data-month`: the month the grid opens on.
    pub start_month: Option<(i32, u32)>,
    /// `data-refresh`, in seconds.
    pub refresh_secs: u32,
    /// `data-timeout`, in seconds.
    pub timeout_secs: u32,
    /// `data-accent`: a `#rgb` or `#rrggbb` colour.
    pub accent: Option<String>,
    /// `data-font-size`: `12px` to `28px`.
    pub font_size: Option<String>,
    /// `data-lunar`: lunar dates on or off, when the host says.
    pub lunar: Option<bool>,
    /// `data-name`: the widget's name in the URL hash.
    pub name: Option<String>,
    /// `data-category`: the booth finder's preset category.
    pub category: Option<String>,
    /// `data-event`: the booth finder's preset fair.
    pub event: Option<String>,
    /// `data-rendered-on`: the day a `greenfair render` snippet was rendered for.
    pub rendered_on: Option<NaiveDate>,
    /// What was wrong, each with the default used instead.
    pub problems: Vec<String>,
}

/// `#rgb` or `#rrggbb`, as a colour picker writes it.
fn is_hex_colour(value: &str) -> bool {
    value
        .strip_prefix('#')
        .is_some_and(|hex| matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Reads the settings from `attribute`, which gives an attribute's value
/// (`None` when it is missing or blank).
pub fn read_attributes(attribute: &dyn Fn(&str) -> Option<String>) -> EmbedSettings {
    let mut problems = Vec::new();
    let mut problem = |message: String| problems.push(message);
    let lang = match attribute("data-lang") {
        None => Lang::default(),
        Some(code) => Lang::from_code(&code).unwrap_or_else(|| {
            problem(format!(
                "data-lang=\"{code}\" is not \"vi\" or \"en\"; showing Vietnamese"
            ));
            Lang::default()
        }),
    };
    let sections = match attribute("data-view") {
        None => Sections::default(),
        Some(view) => Sections::from_attribute(&view).unwrap_or_else(|| {
            problem(format!(
                "data-view=\"{view}\" is not \"calendar\", \"booths\" or \"both\"; showing both"
            ));
            Sections::default()
        }),
    };
    let today = attribute("data-today").and_then(|d| {
        let day = crate::iso8601::parse_day(d.trim());
        if day.is_none() {
            problem(format!(
                "data-today=\"{d}\" is not a date like 2025-09-13; using today"
            ));
        }
        day
    });
    let start_month = attribute("data-month").and_then(|value| {
        let month = crate::iso8601::parse_day(&format!("{}-01", value.trim()));
        if month.is_none() {
            problem(format!(
                "data-month=\"{value}\" is not a month like 2025-09; opening on a month with fairs"
            ));
        }
        month.map(|day| (day.year(), day.month()))
    });
    let accent = attribute("data-accent").and_then(|accent| {
        let valid = is_hex_colour(accent.trim());
        if !valid {
            problem(format!(
                "data-accent=\"{accent}\" is not a colour like #0b6b3a; using the default"
            ));
        }
        valid.then(|| accent.trim().to_owned())
    });
    let font_size = attribute("data-font-size").and_then(|size| {
        // Digits and a point only, read by crate::builtins: Rust's own float
        // parser would bring back 9 KB of WebAssembly.
        let valid = size
            .trim()
            .strip_suffix("px")
            .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
            .map(crate::builtins::parse_number)
            .is_some_and(|n| (12.0..=28.0).contains(&n));
        if !valid {
            problem(format!(
                "data-font-size=\"{size}\" is not a size from 12px to 28px; using 16px"
            ));
        }
        valid.then(|| size.trim().to_owned())
    });
    // A number of seconds within `range`, or `default` (named when the value is wrong).
    let mut seconds = |name: &str, default: u32, range: std::ops::RangeInclusive<u32>| {
        let Some(value) = attribute(name) else {
            return default;
        };
        let parsed = value.trim().parse().ok().filter(|s| range.contains(s));
        parsed.unwrap_or_else(|| {
            problem(format!(
                "{name}=\"{value}\" is not a number of seconds from {} to {}; using {default}",
                range.start(),
                range.end()
            ));
            default
        })
    };
    let refresh_secs = seconds("data-refresh", DEFAULT_REFRESH_SECS, 0..=86_400);
    let timeout_secs = seconds("data-timeout", RetryPolicy::default().timeout_secs, 1..=300);
    EmbedSettings {
        lang,
        sections,
        today,
        start_month,
        refresh_secs,
        timeout_secs,
        accent,
        font_size,
        lunar: attribute("data-lunar").map(|v| v != "off"),
        name: attribute("data-name"),
        category: attribute("data-category"),
        event: attribute("data-event"),
        rendered_on: attribute("data-rendered-on")
            .and_then(|d| crate::iso8601::parse_day(d.trim())),
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pairs: &[(&str, &str)]) -> EmbedSettings {
        let attribute = |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        };
        read_attributes(&attribute)
    }

    #[test]
    fn good_values_are_read_and_nothing_is_reported() {
        let settings = read(&[
            ("data-lang", "en"),
            ("data-view", "booths"),
            ("data-today", "2025-09-13"),
            ("data-month", "2025-09"),
            ("data-refresh", "0"),
            ("data-timeout", "30"),
            ("data-accent", "#A0145A"),
            ("data-font-size", "18px"),
            ("data-lunar", "off"),
            ("data-event", "e"),
        ]);
        assert_eq!(settings.problems, Vec::<String>::new());
        assert_eq!(
            (settings.lang, settings.sections),
            (Lang::En, Sections::Booths)
        );
        assert_eq!(settings.today, NaiveDate::from_ymd_opt(2025, 9, 13));
        assert_eq!(settings.start_month, Some((2025, 9)));
        assert_eq!((settings.refresh_secs, settings.timeout_secs), (0, 30));
        assert_eq!(settings.accent.as_deref(), Some("#A0145A"));
        assert_eq!(settings.font_size.as_deref(), Some("18px"));
        assert_eq!(
            (settings.lunar, settings.event.as_deref()),
            (Some(false), Some("e"))
        );
    }

    #[test]
    fn each_wrong_value_is_named_with_the_default_used_and_stays_with_its_element() {
        let wrong = read(&[
            ("data-lang", "fr"),
            ("data-view", "map"),
            ("data-today", "13/9"),
            ("data-month", "tháng 9"),
            ("data-refresh", "-5"),
            ("data-accent", "green"),
            ("data-font-size", "2em"),
        ]);
        assert_eq!(
            wrong.problems,
            [
                "data-lang=\"fr\" is not \"vi\" or \"en\"; showing Vietnamese",
                "data-view=\"map\" is not \"calendar\", \"booths\" or \"both\"; showing both",
                "data-today=\"13/9\" is not a date like 2025-09-13; using today",
                "data-month=\"tháng 9\" is not a month like 2025-09; opening on a month with fairs",
                "data-accent=\"green\" is not a colour like #0b6b3a; using the default",
                "data-font-size=\"2em\" is not a size from 12px to 28px; using 16px",
                "data-refresh=\"-5\" is not a number of seconds from 0 to 86400; using 600",
            ]
        );
        assert_eq!(
            (wrong.lang, wrong.accent, wrong.font_size),
            (Lang::Vi, None, None)
        );
        // Valid values give no problems.
        assert_eq!(read(&[("data-lang", "vi")]).problems, Vec::<String>::new());
    }
}
