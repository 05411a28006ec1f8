//! Links out of the widget: directions, maps, calendars, sharing. Only
//! https URLs built here, with every value percent-encoded.

use crate::decimal::decimal;
use crate::feed::Venue;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Characters escaped in URL components: all but letters, digits and `-_.~`
/// (what `encodeURIComponent` leaves alone, less `!'()*`).
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Percent-encodes one URL component (a query value, a hash value).
pub fn encode(text: &str) -> String {
    utf8_percent_encode(text, COMPONENT).to_string()
}

/// Where a map should point: coordinates when the feed has them, else the address.
fn destination(venue: &Venue, address: &str) -> String {
    match (venue.lat, venue.lon) {
        (Some(lat), Some(lon)) => format!("{},{}", decimal(lat), decimal(lon)),
        _ => address.to_owned(),
    }
}

/// A chat on Zalo, which is how Vietnamese readers reach a shop, for a
/// Vietnamese mobile number (`0912345678` or `+84912345678`); none for a
/// landline or a foreign number.
pub fn zalo_url(dial: &str) -> Option<String> {
    let national = match dial.strip_prefix("+84") {
        Some(rest) => format!("0{rest}"),
        None => dial.to_owned(),
    };
    let mobile = national.len() == 10
        && national.bytes().all(|b| b.is_ascii_digit())
        && matches!(
            national.as_bytes()[..2],
            [b'0', b'3' | b'5' | b'7' | b'8' | b'9']
        );
    mobile.then(|| format!("https://zalo.me/{national}"))
}

/// Google Maps directions to the venue ("Chỉ đường").
pub fn directions_url(venue: &Venue, address: &str) -> String {
    format!(
        "https://www.google.com/maps/dir/?api=1&destination={}",
        encode(&destination(venue, address))
    )
}

/// The venue on OpenStreetMap.
pub fn map_url(venue: &Venue, address: &str) -> String {
    match (venue.lat, venue.lon) {
        (Some(lat), Some(lon)) => {
            let (lat, lon) = (decimal(lat), decimal(lon));
            format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}")
        }
        _ => format!(
            "https://www.openstreetmap.org/search?query={}",
            encode(address)
        ),
    }
}

/// Facebook's public share dialog for `url`.
pub fn facebook_share_url(url: &str) -> String {
    format!(
        "https://www.facebook.com/sharer/sharer.php?u={}",
        encode(url)
    )
}

/// A Google Calendar "add event" link; `dates` is `20250912/20250915` style.
pub fn google_calendar_url(title: &str, dates: &str, details: &str, location: &str) -> String {
    format!(
        "https://calendar.google.com/calendar/render?action=TEMPLATE&text={}&dates={}&details={}&location={}",
        encode(title),
        encode(dates),
        encode(details),
        encode(location)
    )
}

/// The ways to subscribe to a series calendar at `calendar_url`: for an
/// absolute http(s) URL, a `webcal://` link (phones and desktop calendar
/// apps open it as a subscription) and Google Calendar's add-by-URL page;
/// for a relative one (a server-rendered snippet, which cannot know the
/// page's host), the file itself and no Google link. `None` for anything
/// else: only a web address becomes a webcal one.
pub fn subscribe_urls(calendar_url: &str) -> Option<(String, Option<String>)> {
    if !crate::feed::is_web_url(calendar_url) {
        return crate::feed::is_relative_url(calendar_url).then(|| (calendar_url.to_owned(), None));
    }
    // What the validator calls a web link (any case, leading spaces): the
    // part after the scheme.
    let (_, rest) = calendar_url.split_once("://")?;
    let webcal = format!("webcal://{rest}");
    let google = format!(
        "https://calendar.google.com/calendar/render?cid={}",
        encode(&webcal)
    );
    Some((webcal, Some(google)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn venue(json: &str) -> Venue {
        let node = crate::json::parse(json).unwrap();
        crate::feed::decode::venue(&node, &crate::feed::decode::Path::Top).unwrap()
    }

    #[test]
    fn maps_use_coordinates_when_known_else_the_address() {
        let stadium = venue(r#"{"id": "v", "name": "Mỹ Đình", "lat": 21.0205, "lon": 105.7637}"#);
        assert_eq!(
            directions_url(&stadium, "x"),
            "https://www.google.com/maps/dir/?api=1&destination=21.0205%2C105.7637"
        );
        assert_eq!(
            map_url(&stadium, "x"),
            "https://www.openstreetmap.org/?mlat=21.0205&mlon=105.7637#map=17/21.0205/105.7637"
        );
        let plaza = venue(r#"{"id": "v", "name": "Trương Định Plaza"}"#);
        assert_eq!(
            directions_url(&plaza, "461 Trương Định, Hà Nội"),
            "https://www.google.com/maps/dir/?api=1&destination=461%20Tr%C6%B0%C6%A1ng%20%C4%90%E1%BB%8Bnh%2C%20H%C3%A0%20N%E1%BB%99i"
        );
        assert!(map_url(&plaza, "461 Trương Định")
            .starts_with("https://www.openstreetmap.org/search?query=461%20Tr"));
    }

    #[test]
    fn share_and_calendar_links_encode_their_values() {
        assert_eq!(
            facebook_share_url("https://a.vn/#gf0.e=x&y"),
            "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fa.vn%2F%23gf0.e%3Dx%26y"
        );
        let link = google_calendar_url("Hội chợ & gỗ", "20250929/20251004", "", "Mỹ Đình");
        assert!(
            link.contains(
                "text=H%E1%BB%99i%20ch%E1%BB%A3%20%26%20g%E1%BB%97&dates=20250929%2F20251004"
            ),
            "{link}"
        );
    }

    #[test]
    fn a_series_calendar_is_offered_as_webcal_and_to_google_only_from_a_web_address() {
        let (webcal, google) = subscribe_urls("https://example.vn/lich/series.ics").unwrap();
        assert_eq!(webcal, "webcal://example.vn/lich/series.ics");
        assert_eq!(
            google.as_deref(),
            Some("https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fexample.vn%2Flich%2Fseries.ics")
        );
        assert_eq!(
            subscribe_urls(" HTTPS://example.vn/a.ics")
                .map(|(webcal, _)| webcal)
                .as_deref(),
            Some("webcal://example.vn/a.ics"),
            "a link the validator accepts"
        );
        assert_eq!(subscribe_urls("javascript:alert(1)"), None);
        assert_eq!(subscribe_urls("//evil.example/x.ics"), None);
        assert_eq!(
            subscribe_urls("/\\evil.example/x.ics"),
            None,
            "a backslash is another host"
        );
        assert_eq!(
            subscribe_urls("series.ics"),
            Some(("series.ics".to_owned(), None)),
            "rendered without a host: the file itself"
        );
    }

    #[test]
    fn zalo_is_offered_for_vietnamese_mobiles_only() {
        assert_eq!(
            zalo_url("0912345678").as_deref(),
            Some("https://zalo.me/0912345678")
        );
        assert_eq!(
            zalo_url("+84912345678").as_deref(),
            Some("https://zalo.me/0912345678")
        );
        assert_eq!(zalo_url("02438567890"), None, "a landline");
        assert_eq!(zalo_url("+14155550100"), None);
        assert_eq!(zalo_url("18001234"), None);
    }
}
