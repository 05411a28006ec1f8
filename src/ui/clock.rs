//! Today's date in the series' time zone, from the reader's clock.

use chrono::NaiveDate;

/// Today in `timezone` (IANA). The browser asks `Intl`, which knows every
/// zone; a native build knows the zones of `today::known_offset`.
pub fn today_in(timezone: &str) -> NaiveDate {
    #[cfg(target_arch = "wasm32")]
    {
        intl_today(timezone).unwrap_or_else(|| fixed_today(timezone))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        fixed_today(timezone)
    }
}

fn fixed_today(timezone: &str) -> NaiveDate {
    use crate::today::{day_at, known_offset};
    let hanoi = chrono::FixedOffset::east_opt(7 * 3600).expect("+07:00 is a valid offset");
    let offset = known_offset(timezone).unwrap_or(hanoi);
    day_at(super::browser::now(), offset)
}

#[cfg(target_arch = "wasm32")]
fn intl_today(timezone: &str) -> Option<NaiveDate> {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        type DateTimeFormat;

        #[wasm_bindgen(catch, js_namespace = Intl, js_name = DateTimeFormat)]
        fn date_time_format(locale: &str, options: &JsValue) -> Result<DateTimeFormat, JsValue>;

        #[wasm_bindgen(method)]
        fn format(this: &DateTimeFormat, date: &js_sys::Date) -> String;
    }

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
