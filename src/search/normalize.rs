//! Folds text to a search key: lower case, no diacritics, `đ` as `d`,
//! words separated by single spaces; "ĐỒ GỖ" and "do go" fold alike.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// The search key of `text`: what both the feed and a query are folded to.
///
/// Each character is decomposed on its own (marks are dropped, so the
/// canonical reordering of full NFD changes nothing), and ASCII skips the
/// Unicode tables altogether: folding runs for every text at load.
pub fn fold(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    let mut pending_space = false;
    let mut push = |c: char, key: &mut String| {
        if c.is_alphanumeric() {
            if pending_space && !key.is_empty() {
                key.push(' ');
            }
            pending_space = false;
            if c.is_ascii() {
                key.push(c.to_ascii_lowercase());
            } else {
                for lower in c.to_lowercase() {
                    key.push(if lower == 'đ' { 'd' } else { lower });
                }
            }
        } else if !is_combining_mark(c) {
            pending_space = true;
        }
    };
    for c in text.chars() {
        if c.is_ascii() {
            push(c, &mut key);
        } else {
            decompose_canonical(c, |part| push(part, &mut key));
        }
    }
    key
}

/// The words of a folded key.
pub fn words(key: &str) -> impl Iterator<Item = &str> {
    key.split(' ').filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diacritics_and_case_are_ignored() {
        assert_eq!(fold("Đồ gỗ"), "do go");
        assert_eq!(fold("ĐỒ GỖ"), "do go");
        assert_eq!(fold("do go"), "do go");
        assert_eq!(fold("Túi xách"), "tui xach");
    }

    #[test]
    fn decomposed_input_folds_like_precomposed() {
        use unicode_normalization::UnicodeNormalization;
        let nfd: String = "Mỹ Đình".nfd().collect();
        assert_ne!(nfd, "Mỹ Đình");
        assert_eq!(fold(&nfd), "my dinh");
        assert_eq!(fold("Mỹ Đình"), "my dinh");
    }

    #[test]
    fn d_with_stroke_folds_in_both_cases() {
        assert_eq!(fold("đường Đào"), "duong dao");
    }

    #[test]
    fn punctuation_and_runs_of_space_become_one_space() {
        assert_eq!(
            fold("  Gốm sứ – Bát Tràng, (Gia Lâm)  "),
            "gom su bat trang gia lam"
        );
        assert_eq!(words(&fold("a, b")).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(fold("B12"), "b12");
        assert_eq!(fold("—"), "");
    }
}
