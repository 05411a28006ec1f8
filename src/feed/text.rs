//! Reader-visible text that a feed may give in several languages.

use serde::{Serialize, Serializer};

/// The fallback language of every feed: Vietnamese.
pub const FALLBACK_LANG: &str = "vi";

/// A text a reader sees: a plain string, or one string per language code.
///
/// A plain string is stored with an empty language code, meaning "the feed's
/// own language"; it is what every language gets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    variants: Vec<(String, String)>,
}

impl Text {
    /// A text with no variant: empty in every language.
    pub const fn empty() -> Self {
        Self {
            variants: Vec::new(),
        }
    }

    /// A text with one variant for every language.
    pub fn plain(value: impl Into<String>) -> Self {
        Self {
            variants: vec![(String::new(), value.into())],
        }
    }

    /// A text with a Vietnamese and an English variant.
    pub fn vi_en(vi: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            variants: vec![("vi".into(), vi.into()), ("en".into(), en.into())],
        }
    }

    /// A text with the given (language, text) variants, as a feed's map gives them.
    pub fn from_variants(variants: Vec<(String, String)>) -> Self {
        Self { variants }
    }

    /// The text in `lang`, else Vietnamese, else the first language present.
    pub fn get(&self, lang: &str) -> &str {
        let pick = |code: &str| {
            self.variants
                .iter()
                .find(|(l, _)| l == code)
                .map(|(_, v)| v.as_str())
        };
        pick(lang)
            .or_else(|| pick(FALLBACK_LANG))
            .or_else(|| self.variants.first().map(|(_, v)| v.as_str()))
            .unwrap_or("")
    }

    /// Every variant, for building search keys that match in any language.
    pub fn variants(&self) -> impl Iterator<Item = &str> {
        self.variants.iter().map(|(_, v)| v.as_str())
    }

    /// True when no variant has any visible character.
    pub fn is_blank(&self) -> bool {
        self.variants.iter().all(|(_, v)| v.trim().is_empty())
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.variants.as_slice() {
            [(lang, value)] if lang.is_empty() => serializer.serialize_str(value),
            variants => serializer.collect_map(variants.iter().map(|(l, v)| (l, v))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Result<Text, String> {
        let node = crate::json::parse(json).unwrap();
        crate::feed::decode::text(&node, &crate::feed::decode::Path::Top).map_err(|f| f.detail)
    }

    #[test]
    fn plain_string_serves_every_language() {
        let text = read(r#""Túi xách""#).unwrap();
        assert_eq!(text.get("vi"), "Túi xách");
        assert_eq!(text.get("en"), "Túi xách");
    }

    #[test]
    fn language_map_falls_back_to_vietnamese_then_first() {
        let text = read(r#"{"vi": "Túi xách", "en": "Bags"}"#).unwrap();
        assert_eq!(text.get("en"), "Bags");
        assert_eq!(text.get("fr"), "Túi xách");
        let english_only = read(r#"{"en": "Bags"}"#).unwrap();
        assert_eq!(english_only.get("vi"), "Bags");
    }

    #[test]
    fn empty_map_and_numbers_are_rejected() {
        assert!(read("{}").is_err());
        let err = read("42").unwrap_err();
        assert!(err.contains("a text, or a map of languages"), "{err}");
    }

    #[test]
    fn serialises_back_to_the_same_shape() {
        for json in [r#""Gốm""#, r#"{"vi":"Gốm","en":"Ceramics"}"#] {
            let text = read(json).unwrap();
            assert_eq!(serde_json::to_string(&text).unwrap(), json);
        }
    }
}
