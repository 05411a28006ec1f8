//! The booth search index, built once per load: an inverted index from
//! folded words to the booths that use them, weighted by the field the word
//! is in, so a keystroke looks up a few posting lists instead of scanning
//! every booth.

use crate::catalog::Catalog;
use crate::feed::{Booth, Text, FALLBACK_LANG};
use crate::pace::{tick, Pace};
use crate::search::{fold, words};
use rustc_hash::FxHashMap as HashMap;

/// How much a match in each field counts, for ranking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub enum Field {
    /// The booth's description.
    Description = 1,
    /// One of its products.
    Product = 3,
    /// One of its categories' names.
    Category = 4,
    /// The exhibitor's name or the booth code.
    Name = 5,
}

/// The word of the One Commune One Product programme, folded.
const OCOP: &str = "ocop";

/// The inverted index and what ranking needs of every booth.
#[derive(Debug, Default)]
pub struct BoothIndex {
    /// Every folded word, sorted, for prefix ranges.
    vocabulary: Vec<String>,
    /// Per word: the booths using it and the best field weight there.
    postings: Vec<Vec<(u32, u8)>>,
    /// Per word: the text it was first seen in, with its diacritics, for
    /// "did you mean" ("xách" for "xach").
    spelled: Vec<String>,
    /// Per booth: its category indices, with their parents.
    pub categories: Vec<Vec<u16>>,
    /// Per booth: its event's index.
    pub event: Vec<u32>,
    /// Per booth: the rank of its code in natural order ("A2" before "A10"),
    /// unique per booth.
    pub code_rank: Vec<u32>,
    /// Per rank: the booth with that code rank (the inverse of `code_rank`).
    pub by_code_rank: Vec<u32>,
    /// Per booth: a number shared by booths of the same exhibitor (names
    /// equal but for case and diacritics), for "other booths".
    pub exhibitor: Vec<u32>,
    /// Per booth: true when it shows OCOP products, by its stars or by a
    /// category named OCOP, so that the OCOP filter and a search for
    /// "ocop" find the same booths.
    pub ocop: Vec<bool>,
}

impl BoothIndex {
    /// Indexes every booth of a catalog, with the catalog's own lookups of
    /// events and categories, in slices at `pace`.
    pub async fn build(catalog: &Catalog, pace: &mut impl Pace) -> Self {
        let feed = catalog.feed();
        let mut builder = Builder::default();
        // Category names are folded once, not once per booth.
        builder.category_words = feed
            .categories
            .iter()
            .map(|c| {
                let mut ids = Vec::new();
                builder.intern_text(&c.name, &mut ids);
                ids
            })
            .collect();
        let mut index = BoothIndex::default();
        for (b, booth) in feed.booths.iter().enumerate() {
            tick(pace).await;
            builder.booth(catalog, b as u32, booth, &mut index);
        }
        tick(pace).await;
        (index.code_rank, index.by_code_rank) =
            natural_ranks(feed.booths.iter().map(|b| b.code.as_str()));
        tick(pace).await;
        builder.finish_into(&mut index);
        index
    }

    /// How many distinct words the index holds.
    pub fn vocabulary_len(&self) -> usize {
        self.vocabulary.len()
    }

    /// The range of vocabulary words starting with `prefix`.
    fn prefix_range(&self, prefix: &str) -> std::ops::Range<usize> {
        let start = self.vocabulary.partition_point(|w| w.as_str() < prefix);
        let end = start + self.vocabulary[start..].partition_point(|w| w.starts_with(prefix));
        start..end
    }

    /// True when some indexed word starts with `prefix`.
    pub fn has_prefix(&self, prefix: &str) -> bool {
        !self.prefix_range(prefix).is_empty()
    }

    /// Per booth, the summed best field weight of every query word (doubled
    /// when the word is whole, not just the start of a longer one), or 0
    /// when some word matches nothing of that booth (all words must match,
    /// in any order, each at the start of a word).
    pub fn text_scores(&self, query_words: &[String], booths: usize) -> Vec<u16> {
        self.scores(query_words, booths, false)
    }

    /// Like [`text_scores`](Self::text_scores), but every word but the last
    /// must be whole: the stricter reading the calendar's search uses.
    pub fn text_scores_whole_words(&self, query_words: &[String], booths: usize) -> Vec<u16> {
        self.scores(query_words, booths, true)
    }

    fn scores(&self, query_words: &[String], booths: usize, whole_but_last: bool) -> Vec<u16> {
        let mut scores = vec![0u16; booths];
        let mut best = vec![0u8; booths];
        for (n, word) in query_words.iter().enumerate() {
            best.iter_mut().for_each(|b| *b = 0);
            let range = if whole_but_last && n + 1 < query_words.len() {
                match self.vocabulary.binary_search(word) {
                    Ok(w) => w..w + 1,
                    Err(_) => 0..0,
                }
            } else {
                self.prefix_range(word)
            };
            for w in range {
                // A whole word counts double: "do go" is "đồ gỗ" before "doanh … gốm".
                let whole = if self.vocabulary[w] == *word { 2 } else { 1 };
                for &(booth, weight) in &self.postings[w] {
                    let slot = &mut best[booth as usize];
                    *slot = (*slot).max(weight * whole);
                }
            }
            for (score, &weight) in scores.iter_mut().zip(&best) {
                // A booth stays in only while every word so far matched it.
                *score = if weight > 0 && (n == 0 || *score > 0) {
                    *score + u16::from(weight)
                } else {
                    0
                };
            }
        }
        scores
    }

    /// Indexed words close to `word` (one edit, two for long words), nearest
    /// first, then those of its length, then the most used, with their
    /// spelling as written in the feed.
    pub fn near_words(&self, word: &str) -> Vec<(&str, &str)> {
        let limit = if word.chars().count() >= 6 { 2 } else { 1 };
        let length = word.len();
        let mut found: Vec<(usize, usize, usize, usize)> = self
            .vocabulary
            .iter()
            .enumerate()
            .filter(|(_, candidate)| candidate.len().abs_diff(length) <= limit * 2)
            .filter_map(|(i, candidate)| {
                let distance = super::tolerant::edit_distance(word, candidate, limit)?;
                // At one distance, a letter mistyped ("tuj": "túi") before
                // one too many ("từ").
                let stretch = candidate.len().abs_diff(length);
                Some((distance, stretch, usize::MAX - self.postings[i].len(), i))
            })
            .collect();
        crate::sort::by(&mut found, Ord::cmp);
        found
            .into_iter()
            .take(5)
            .map(|(_, _, _, i)| (self.vocabulary[i].as_str(), self.spelled[i].as_str()))
            .collect()
    }
}

/// The rank of each code in natural order: letters (ignoring case), then
/// the number ("A2" before "A10"), keys worked out once per code; and the
/// position of each rank.
fn natural_ranks<'a>(codes: impl Iterator<Item = &'a str>) -> (Vec<u32>, Vec<u32>) {
    let keys: Vec<(String, u64, &str)> = codes
        .map(|code| {
            let split = code
                .find(|c: char| c.is_ascii_digit())
                .unwrap_or(code.len());
            let (letters, rest) = code.split_at(split);
            let digits = rest
                .split(|c: char| !c.is_ascii_digit())
                .next()
                .unwrap_or("");
            (
                letters.to_ascii_uppercase(),
                digits.parse().unwrap_or(0),
                code,
            )
        })
        .collect();
    let mut order: Vec<usize> = (0..keys.len()).collect();
    crate::sort::indices(&mut order, &|a, b| keys[a].cmp(&keys[b]));
    let mut ranks = vec![0u32; keys.len()];
    for (rank, &booth) in order.iter().enumerate() {
        ranks[booth] = rank as u32;
    }
    (ranks, order.into_iter().map(|b| b as u32).collect())
}

/// Interns words while booths are indexed. Folding is cached per token as
/// written ("sản", "Túi"): tokens repeat across booths far more than whole
/// texts do, so each distinct token is folded once.
#[derive(Default)]
struct Builder<'a> {
    ids: HashMap<String, u32>,
    words: Vec<String>,
    spelled: Vec<String>,
    postings: Vec<Vec<(u32, u8)>>,
    tokens: HashMap<&'a str, (u32, u32)>,
    token_ids: Vec<u32>,
    /// Per word, its best field weight in the booth being indexed (0: not in it).
    best: Vec<u8>,
    /// The words of the booth being indexed, each once.
    booth_words: Vec<u32>,
    /// Per category, its name's words.
    category_words: Vec<Vec<u32>>,
    /// Per exhibitor's name (its words), its number in [`BoothIndex::exhibitor`].
    exhibitors: HashMap<Vec<u32>, u32>,
    /// The word ids of one field, reused from booth to booth.
    scratch: Vec<u32>,
}

impl<'a> Builder<'a> {
    /// Indexes booth `b` of `catalog` into `index`.
    fn booth(&mut self, catalog: &Catalog, b: u32, booth: &'a Booth, index: &mut BoothIndex) {
        let categories: Vec<u16> = catalog
            .with_parents(&booth.categories)
            .into_iter()
            .map(|c| c as u16)
            .collect();
        // The exhibitor's words (in Vietnamese, else its first language)
        // also key "other booths".
        let mut ids = std::mem::take(&mut self.scratch);
        ids.clear();
        let main_name = booth.exhibitor.get(FALLBACK_LANG);
        self.intern(main_name, &mut ids);
        let exhibitor = match self.exhibitors.get(ids.as_slice()) {
            Some(&known) => known,
            None => {
                let next = self.exhibitors.len() as u32;
                self.exhibitors.insert(ids.clone(), next);
                next
            }
        };
        index.exhibitor.push(exhibitor);
        self.add(&ids, Field::Name);
        ids.clear();
        // Its names in other languages, wherever the map lists them.
        booth
            .exhibitor
            .variants()
            .filter(|v| !std::ptr::eq(*v, main_name))
            .for_each(|v| self.intern(v, &mut ids));
        self.intern(&booth.code, &mut ids);
        self.add(&ids, Field::Name);
        let mut ocop = false;
        for &c in &categories {
            let words = std::mem::take(&mut self.category_words[c as usize]);
            self.add(&words, Field::Category);
            ocop |= words.iter().any(|&w| self.words[w as usize] == OCOP);
            self.category_words[c as usize] = words;
        }
        // Stars are OCOP's: the word finds a starred booth too.
        if booth.ocop_stars.is_some() {
            ids.clear();
            self.intern(OCOP, &mut ids);
            self.add(&ids, Field::Category);
            ocop = true;
        }
        index.ocop.push(ocop);
        ids.clear();
        booth
            .products
            .iter()
            .for_each(|p| self.intern_text(p, &mut ids));
        self.add(&ids, Field::Product);
        if let Some(description) = &booth.description {
            ids.clear();
            self.intern_text(description, &mut ids);
            self.add(&ids, Field::Description);
        }
        self.post(b);
        self.scratch = ids;
        index.categories.push(categories);
        index
            .event
            .push(catalog.event_index(&booth.event).map_or(0, |e| e as u32));
    }

    fn intern_text(&mut self, text: &'a Text, ids: &mut Vec<u32>) {
        for variant in text.variants() {
            self.intern(variant, ids);
        }
    }

    /// Counts `ids` as words of the booth being indexed, found in `field`.
    fn add(&mut self, ids: &[u32], field: Field) {
        for &word in ids {
            let best = &mut self.best[word as usize];
            if *best == 0 {
                self.booth_words.push(word);
            }
            *best = (*best).max(field as u8);
        }
    }

    /// Adds booth `booth` to the postings of each of its words, once, with
    /// its best field.
    fn post(&mut self, booth: u32) {
        for word in self.booth_words.drain(..) {
            let best = std::mem::take(&mut self.best[word as usize]);
            self.postings[word as usize].push((booth, best));
        }
    }

    fn intern(&mut self, text: &'a str, ids: &mut Vec<u32>) {
        // Tokens only key the fold cache: a rarer separator (a no-break
        // space) stays inside a token, and `words` splits it there.
        for token in text.split_ascii_whitespace() {
            let (start, len) = match self.tokens.get(token) {
                Some(&range) => range,
                None => {
                    let start = self.token_ids.len() as u32;
                    let key = fold(token);
                    for word in words(&key) {
                        let id = self.word_id(word, token);
                        self.token_ids.push(id);
                    }
                    let range = (start, self.token_ids.len() as u32 - start);
                    self.tokens.insert(token, range);
                    range
                }
            };
            ids.extend_from_slice(&self.token_ids[start as usize..(start + len) as usize]);
        }
    }

    fn word_id(&mut self, word: &str, token: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.words.len() as u32;
        self.ids.insert(word.to_owned(), id);
        self.words.push(word.to_owned());
        // The word as written, when the token is that one word.
        let written = token.trim_matches(|c: char| !c.is_alphanumeric());
        self.spelled.push(if fold(written) == word {
            crate::search::lowercase_text(written)
        } else {
            word.to_owned()
        });
        self.postings.push(Vec::new());
        self.best.push(0);
        id
    }

    fn finish_into(self, index: &mut BoothIndex) {
        let mut order: Vec<usize> = (0..self.words.len()).collect();
        crate::sort::indices(&mut order, &|a, b| self.words[a].cmp(&self.words[b]));
        let mut words: Vec<Option<String>> = self.words.into_iter().map(Some).collect();
        let mut spelled: Vec<Option<String>> = self.spelled.into_iter().map(Some).collect();
        let mut postings: Vec<Option<Vec<(u32, u8)>>> =
            self.postings.into_iter().map(Some).collect();
        for i in order {
            index.vocabulary.push(words[i].take().unwrap_or_default());
            index.spelled.push(spelled[i].take().unwrap_or_default());
            index.postings.push(postings[i].take().unwrap_or_default());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_of_an_exhibitor_name_is_indexed_whatever_its_order() {
        let (feed, _) = crate::feed::load(
            r#"{"version": 1, "series": {"id": "s", "name": "S"}, "events": [{"id": "e", "name": "E", "year": 2025}],
            "booths": [{"id": "b", "event": "e", "code": "A1", "exhibitor": {"en": "Bat Trang Ceramics", "vi": "Gốm Bát Tràng"}}]}"#,
        )
        .unwrap();
        let catalog = crate::catalog::Catalog::new(feed, Vec::new());
        let index = catalog.booth_index().unwrap();
        for words in [["ceramics"], ["gom"]] {
            let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            assert!(index.text_scores(&words, 1)[0] > 0, "{words:?}");
        }
    }

    #[test]
    fn a_no_break_space_separates_words_and_each_word_keeps_its_best_field() {
        let (feed, _) = crate::feed::load(
            r#"{"version": 1, "series": {"id": "s", "name": "S"}, "events": [{"id": "e", "name": "E", "year": 2025}],
            "booths": [{"id": "b", "event": "e", "code": "A1", "exhibitor": "Cơ sở Mây",
                        "products": ["Túi\u00a0xách"], "description": "Túi mây, túi cói"}]}"#,
        )
        .unwrap();
        let catalog = crate::catalog::Catalog::new(feed, Vec::new());
        let index = catalog.booth_index().unwrap();
        let score = |word: &str| index.text_scores(&[word.to_owned()], 1)[0];
        assert!(score("xach") > 0, "the word after a no-break space");
        // "túi" is a product word and a description word: counted once, as a product.
        assert_eq!(score("tui"), 2 * Field::Product as u16);
        assert_eq!(score("coi"), 2 * Field::Description as u16);
        assert_eq!(score("may"), 2 * Field::Name as u16);
    }

    #[test]
    fn booth_codes_sort_naturally() {
        assert_eq!(
            natural_ranks(["A10", "A2", "b1", "A1"].into_iter()),
            (vec![2, 1, 3, 0], vec![3, 1, 0, 2])
        );
    }
}
