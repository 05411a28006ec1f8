//! The last good copy of each feed, kept in the browser's Cache Storage so
//! a reader who loses the network still sees the fairs. Bounded: a few
//! feeds, none very large, the oldest dropped first.

/// How many feeds one origin keeps (several widgets may show several feeds).
pub const MAX_SAVED_FEEDS: usize = 4;

/// The largest feed kept, in characters: with [`MAX_SAVED_FEEDS`], at most
/// 16 MB of the origin's Cache Storage quota, and nothing of localStorage.
pub const MAX_SAVED_CHARS: usize = 4_000_000;

/// Whether a feed of `chars` characters is small enough to keep.
pub fn worth_saving(chars: usize) -> bool {
    chars <= MAX_SAVED_CHARS
}

/// Which saved feeds to drop, oldest first, so that at most
/// [`MAX_SAVED_FEEDS`] remain: `saved` lists each feed's URL and time.
pub fn evictions(mut saved: Vec<(String, SavedAt)>) -> Vec<String> {
    if saved.len() <= MAX_SAVED_FEEDS {
        return Vec::new();
    }
    crate::sort::by(&mut saved, |a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    let excess = saved.len() - MAX_SAVED_FEEDS;
    saved.into_iter().take(excess).map(|(url, _)| url).collect()
}

/// When a copy was saved: milliseconds since 1970 (JavaScript's clock).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct SavedAt(pub i64);

#[cfg(test)]
mod tests {
    use super::*;

    fn at(url: &str, ms: i64) -> (String, SavedAt) {
        (url.to_owned(), SavedAt(ms))
    }

    #[test]
    fn the_oldest_copies_go_first_and_only_beyond_the_bound() {
        let four = vec![at("a", 4), at("b", 1), at("c", 3), at("d", 2)];
        assert!(evictions(four.clone()).is_empty());
        let mut six = four;
        six.extend([at("e", 6), at("f", 5)]);
        assert_eq!(evictions(six), ["b", "d"]);
    }

    #[test]
    fn large_feeds_are_not_kept() {
        assert!(worth_saving(MAX_SAVED_CHARS));
        assert!(!worth_saving(MAX_SAVED_CHARS + 1));
    }
}
