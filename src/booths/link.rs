//! The booth finder state a shared link carries: the query, the facets,
//! the open booth, and a shared list of favourites.

use super::{BoothQuery, BoothWhen, Favourites};

/// Everything about the booth finder a shared link reopens.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BoothLink {
    /// Search words and facets.
    pub query: BoothQuery,
    /// The id of the booth whose details are open.
    pub booth: Option<String>,
    /// Showing the visitor's own favourites.
    pub favourites: bool,
    /// A list of favourites someone shared.
    pub shared: Option<Favourites>,
}

impl BoothLink {
    /// The pairs to write into the URL hash (empty values are dropped there).
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let q = &self.query;
        vec![
            ("bq", q.text.clone()),
            ("bc", q.category.clone().unwrap_or_default()),
            ("be", q.event.clone().unwrap_or_default()),
            (
                "bw",
                if q.when == BoothWhen::Any {
                    String::new()
                } else {
                    q.when.key().to_owned()
                },
            ),
            ("bd", q.district.clone().unwrap_or_default()),
            (
                "bo",
                if q.ocop {
                    "1".to_owned()
                } else {
                    String::new()
                },
            ),
            ("b", self.booth.clone().unwrap_or_default()),
            (
                "fav",
                if self.favourites {
                    "1".to_owned()
                } else {
                    String::new()
                },
            ),
            (
                "fl",
                self.shared
                    .as_ref()
                    .map(Favourites::to_link)
                    .unwrap_or_default(),
            ),
        ]
    }

    /// Reads the pairs of a URL hash; unknown keys are ignored.
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        let mut link = BoothLink::default();
        let some = |v: &str| Some(v.to_owned()).filter(|v| !v.is_empty());
        for (key, value) in pairs {
            // Ids are kept as written, spaces and all: the hash escapes them.
            let value = value.as_str();
            match key.as_str() {
                "bq" => link.query.text = value.to_owned(),
                "bc" => link.query.category = some(value),
                "be" => link.query.event = some(value),
                "bw" => link.query.when = BoothWhen::from_key(value.trim()).unwrap_or_default(),
                "bd" => link.query.district = some(value),
                "bo" => link.query.ocop = value.trim() == "1",
                "b" => link.booth = some(value),
                "fav" => link.favourites = value.trim() == "1",
                "fl" => link.shared = Some(Favourites::from_link(value)).filter(|f| !f.is_empty()),
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
    fn a_booth_link_round_trips_through_the_hash() {
        let link = BoothLink {
            query: BoothQuery {
                text: "túi xách".into(),
                category: Some("tui-xach".into()),
                event: Some("2025-09-mm".into()),
                when: BoothWhen::ThisWeek,
                district: Some("bac tu liem".into()),
                ocop: true,
            },
            booth: Some(" mm-a01, ".into()),
            favourites: true,
            shared: Some(Favourites::from_link(r"a\,b, c ,d")),
        };
        assert_eq!(link.shared.as_ref().map(Favourites::len), Some(3));
        let hash = url_hash::write("", "gf1", &link.to_pairs());
        assert_eq!(BoothLink::from_pairs(&url_hash::read(&hash, "gf1")), link);
        assert_eq!(
            url_hash::write("", "gf1", &BoothLink::default().to_pairs()),
            ""
        );
    }
}
