//! A visitor's starred booths: kept in the browser per feed, shared as a
//! link, and written out as a short text list for their notes.

use crate::catalog::{venue_line, Catalog};
use crate::i18n::{format_schedule, Lang};
use std::collections::BTreeSet;

/// The key under which a feed's favourites are stored in the browser.
pub fn storage_key(series_id: &str) -> String {
    format!("greenfair:favourites:{series_id}")
}

/// Starred booth ids, in a stable order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Favourites(BTreeSet<String>);

impl Favourites {
    /// True when `id` is starred.
    pub fn contains(&self, id: &str) -> bool {
        self.0.contains(id)
    }

    /// Stars or unstars `id`.
    pub fn toggle(&mut self, id: &str) {
        if !self.0.remove(id) {
            self.0.insert(id.to_owned());
        }
    }

    /// How many booths are starred.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when nothing is starred.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The starred ids.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }

    /// The stored form: a JSON array of ids.
    pub fn to_storage(&self) -> String {
        crate::json::write_string_array(self.ids())
    }

    /// Reads the stored form; anything unreadable is an empty list.
    pub fn from_storage(text: &str) -> Self {
        let Ok(crate::json::Node {
            value: crate::json::Value::Array(items),
            ..
        }) = crate::json::parse(text)
        else {
            return Self::default();
        };
        Self(
            items
                .into_iter()
                .filter_map(|item| match item.value {
                    crate::json::Value::String(id) => Some(id.into_owned()),
                    _ => None,
                })
                .collect(),
        )
    }

    /// The link form: ids joined by commas, a comma or backslash inside an
    /// id escaped with a backslash (the feed allows both in ids).
    pub fn to_link(&self) -> String {
        let mut link = String::new();
        for (i, id) in self.ids().enumerate() {
            if i > 0 {
                link.push(',');
            }
            for c in id.chars() {
                if matches!(c, ',' | '\\') {
                    link.push('\\');
                }
                link.push(c);
            }
        }
        link
    }

    /// Reads the link form; ids keep their spaces, as written.
    pub fn from_link(text: &str) -> Self {
        let mut ids = BTreeSet::new();
        let mut id = String::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => id.extend(chars.next()),
                ',' => {
                    ids.insert(std::mem::take(&mut id));
                }
                c => id.push(c),
            }
        }
        ids.insert(id);
        ids.remove("");
        Self(ids)
    }

    /// One line per booth still in the feed: exhibitor, booth code, fair,
    /// dates, venue.
    pub fn text_list(&self, catalog: &Catalog, lang: Lang) -> String {
        let code = lang.code();
        let label = if lang == Lang::Vi {
            "Gian hàng"
        } else {
            "Booth"
        };
        let mut lines = Vec::new();
        for booth in catalog
            .feed()
            .booths
            .iter()
            .filter(|b| self.contains(&b.id))
        {
            let Some(event) = catalog.event(&booth.event) else {
                continue;
            };
            let venue = catalog
                .venue_of(event)
                .map(|v| venue_line(v, code))
                .unwrap_or_default();
            lines.push(format!(
                "{} – {label} {} – {} – {} – {venue}",
                booth.exhibitor.get(code),
                booth.code,
                event.name.get(code),
                format_schedule(&event.schedule, lang)
            ));
        }
        lines.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn favourites_round_trip_through_storage_and_links() {
        let mut favourites = Favourites::default();
        favourites.toggle("b2");
        favourites.toggle("b1");
        favourites.toggle("b3");
        favourites.toggle("b3");
        assert_eq!(favourites.to_storage(), r#"["b1","b2"]"#);
        assert_eq!(
            Favourites::from_storage(&favourites.to_storage()),
            favourites
        );
        assert_eq!(favourites.to_link(), "b1,b2");
        assert_eq!(Favourites::from_link("b1,,b2"), favourites);
        assert!(Favourites::from_storage("not json").is_empty());
        assert_eq!(storage_key("hanoi"), "greenfair:favourites:hanoi");
    }

    #[test]
    fn ids_with_commas_backslashes_and_spaces_round_trip_through_links() {
        let mut favourites = Favourites::default();
        for id in ["a,b", " c ", "d\\e", "plain"] {
            favourites.toggle(id);
        }
        let link = favourites.to_link();
        assert_eq!(link, r" c ,a\,b,d\\e,plain");
        assert_eq!(Favourites::from_link(&link), favourites);
        assert_eq!(Favourites::from_link("x,,y,"), Favourites::from_link("y,x"));
    }
}
