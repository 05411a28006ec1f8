//! The reader's clock, and today's date in the series' time zone from `Intl`.

use chrono::{DateTime, NaiveDate, Utc};
use wasm_bindgen::prelude::*;

/// The reader's clock, in UTC.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// The reader's time zone at a moment, in minutes east of UTC.
pub fn utc_offset_minutes(at_ms: i64) -> i32 {
    // getTimezoneOffset counts minutes west of UTC.
    -(js_sys::Date::new(&(at_ms as f64).into()).get_timezone_offset() as i32)
}

/// Today in `timezone` (IANA): `Intl` knows every zone; where it fails,
/// the zones of `today::known_offset`.
pub fn today_in(timezone: &str) -> NaiveDate {
    intl_today(timezone).unwrap_or_else(|| crate::today::today_at_known(now(), timezone))
}

#[wasm_bindgen]
extern "C" {
    type DateTimeFormat;

    #[wasm_bindgen(catch, js_namespace = Intl, js_name = DateTimeFormat)]
    fn date_time_format(locale: &str, options: &JsValue) -> Result<DateTimeFormat, JsValue>;

    #[wasm_bindgen(method)]
    fn format(this: &DateTimeFormat, date: &js_sys::Date) -> String;
}

/// Today in `timezone` as `Intl.DateTimeFormat` says; `None` for a zone it
/// does not know.
fn intl_today(timezone: &str) -> Option<NaiveDate> {
    let options = js_sys::Object::new();
    for (key, value) in [
        ("timeZone", timezone),
        ("year", "numeric"),
        ("month", "2-digit"),
        ("day", "2-digit"),
    ] {
        js_sys::Reflect::set(&options, &key.into(), &value.into()).ok()?;
    }
    // en-CA writes dates as ISO 8601: 2025-09-12.
    let format = date_time_format("en-CA", &options).ok()?;
    let text = format.format(&js_sys::Date::new_0());
    crate::iso8601::parse_day(&text)
}
