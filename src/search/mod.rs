//! Search over feed text: keys that ignore case and Vietnamese diacritics.

mod normalize;

pub use normalize::{fold, lowercase_text, words};
