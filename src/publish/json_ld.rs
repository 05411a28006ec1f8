//! schema.org `ExhibitionEvent` structured data for every dated event, so
//! search engines can show the fairs as event results.

use crate::catalog::Catalog;
use crate::feed::{Schedule, Status};
use crate::i18n::Lang;
use serde_json::{json, Value};

/// One `ExhibitionEvent` per event whose days are known (Google requires a
/// full `startDate`; events known only by year or month are left out).
pub fn exhibition_events(catalog: &Catalog, lang: Lang) -> Vec<Value> {
    let code = lang.code();
    let feed = catalog.feed();
    feed.events
        .iter()
        .filter_map(|event| {
            let (start, end) = match event.schedule {
                Schedule::Days { start, end } => (start.to_string(), end.to_string()),
                Schedule::Times { start, end } => (start.to_rfc3339(), end.to_rfc3339()),
                Schedule::Month { .. } | Schedule::Year { .. } => return None,
            };
            let status = match event.status {
                Status::Cancelled => "https://schema.org/EventCancelled",
                Status::Postponed => "https://schema.org/EventPostponed",
                Status::Scheduled | Status::Tba => "https://schema.org/EventScheduled",
            };
            let venue = catalog.venue_of(event)?;
            let text = |t: &Option<crate::feed::Text>| t.as_ref().map(|t| t.get(code).to_owned());
            let locality = [text(&venue.ward), text(&venue.district)]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
            let mut place = json!({
                "@type": "Place",
                "name": venue.name.get(code),
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": text(&venue.address).unwrap_or_default(),
                    "addressLocality": locality,
                    "addressRegion": text(&venue.city).unwrap_or_default(),
                    "addressCountry": "VN"
                }
            });
            if let (Some(lat), Some(lon)) = (venue.lat, venue.lon) {
                place["geo"] =
                    json!({"@type": "GeoCoordinates", "latitude": lat, "longitude": lon});
            }
            let mut value = json!({
                "@context": "https://schema.org",
                "@type": "ExhibitionEvent",
                "name": event.name.get(code),
                "startDate": start,
                "endDate": end,
                "eventStatus": status,
                "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
                "location": place,
                "inLanguage": code,
            });
            if let Some(summary) = &event.summary {
                value["description"] = json!(summary.get(code));
            }
            if !event.organizers.is_empty() {
                value["organizer"] = Value::Array(
                    event
                        .organizers
                        .iter()
                        .map(|o| json!({"@type": "Organization", "name": o.get(code)}))
                        .collect(),
                );
            }
            if let Some(source) = &event.source {
                value["url"] = json!(source);
            }
            Some(value)
        })
        .collect()
}
