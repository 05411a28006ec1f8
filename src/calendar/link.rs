//! The calendar state a shared link carries: view, month, filters, and the
//! open event, as `key=value` pairs for the URL hash.

use super::{EventFilter, When};

/// How the calendar shows events.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CalendarView {
    /// A list grouped by month.
    #[default]
    Agenda,
    /// A month grid.
    Grid,
}

impl CalendarView {
    /// The word used in links.
    pub fn key(self) -> &'static str {
        match self {
            CalendarView::Agenda => "agenda",
            CalendarView::Grid => "grid",
        }
    }
}

/// Everything about the calendar a shared link reopens.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CalendarLink {
    /// Agenda or grid; `None` lets the widget pick by its width.
    pub view: Option<CalendarView>,
    /// The month shown in the grid.
    pub month: Option<(i32, u32)>,
    /// Filters and search.
    pub filter: EventFilter,
    /// The id of the event whose details are open.
    pub event: Option<String>,
}

impl CalendarLink {
    /// The pairs to write into the URL hash (empty values are dropped there).
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let f = &self.filter;
        vec![
            (
                "v",
                self.view.map(|v| v.key().to_owned()).unwrap_or_default(),
            ),
            (
                "m",
                self.month
                    .map(|(y, m)| format!("{y:04}-{m:02}"))
                    .unwrap_or_default(),
            ),
            ("c", f.category.clone().unwrap_or_default()),
            ("d", f.district.clone().unwrap_or_default()),
            (
                "w",
                if f.when == When::All {
                    String::new()
                } else {
                    f.when.key().to_owned()
                },
            ),
            ("y", f.year.map(|y| y.to_string()).unwrap_or_default()),
            ("q", f.query.clone()),
            ("e", self.event.clone().unwrap_or_default()),
        ]
    }

    /// Reads the pairs of a URL hash; unknown keys and bad values are ignored.
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        let mut link = CalendarLink::default();
        for (key, value) in pairs {
            // Ids are kept as written, spaces and all: the hash escapes them.
            let (value, word) = (value.as_str(), value.trim());
            match key.as_str() {
                "v" if word == "grid" => link.view = Some(CalendarView::Grid),
                "v" if word == "agenda" => link.view = Some(CalendarView::Agenda),
                "m" => {
                    link.month = crate::iso8601::parse_day(&format!("{word}-01"))
                        .map(|d| (chrono::Datelike::year(&d), chrono::Datelike::month(&d)))
                }
                "c" if !value.is_empty() => link.filter.category = Some(value.to_owned()),
                "d" if !value.is_empty() => link.filter.district = Some(value.to_owned()),
                "w" => link.filter.when = When::from_key(word).unwrap_or_default(),
                "y" => link.filter.year = word.parse().ok(),
                "q" => link.filter.query = value.to_owned(),
                "e" if !value.is_empty() => link.event = Some(value.to_owned()),
                _ => {}
            }
        }
        link
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url_hash;

    #[test]
    fn a_link_round_trips_through_the_hash() {
        let link = CalendarLink {
            view: Some(CalendarView::Grid),
            month: Some((2025, 9)),
            filter: EventFilter {
                category: Some("do-go".into()),
                district: Some("nam tu liem".into()),
                when: When::Upcoming,
                year: Some(2025),
                query: "đồ gỗ & mây".into(),
            },
            event: Some("2025-09-my-dinh-do-go".into()),
        };
        let hash = url_hash::write("#top", "gf0", &link.to_pairs());
        assert!(
            hash.starts_with("#top&gf0.v=grid&gf0.m=2025-09&gf0.c=do-go"),
            "{hash}"
        );
        assert_eq!(
            CalendarLink::from_pairs(&url_hash::read(&hash, "gf0")),
            link
        );
    }

    #[test]
    fn an_empty_state_writes_nothing_and_bad_values_are_ignored() {
        assert_eq!(
            url_hash::write("", "gf0", &CalendarLink::default().to_pairs()),
            ""
        );
        let pairs = url_hash::read(
            "#gf0.m=2025-13&gf0.v=table&gf0.y=abc&gf0.w=soon&gf0.x=1",
            "gf0",
        );
        assert_eq!(CalendarLink::from_pairs(&pairs), CalendarLink::default());
    }
}
