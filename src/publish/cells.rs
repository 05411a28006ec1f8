//! What one cell of an exhibitor list says, read as its writer meant it:
//! categories (a name with a comma is one name), phones Excel stored as
//! numbers (the leading zero it dropped), web addresses without a scheme,
//! total rows.

use crate::feed::{self, Category};
use crate::search::{fold, words};

/// The feed's categories, looked up by any of their names or their id,
/// without case or diacritics.
pub struct Categories {
    /// (folded name or id, id, the name as written).
    entries: Vec<(String, String, String)>,
}

/// What a categories cell holds.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct CategoryCell {
    /// The categories found, in order, once each.
    pub ids: Vec<String>,
    /// What names no category: the text as written, and the names of
    /// categories it may have meant.
    pub unknown: Vec<(String, Vec<String>)>,
}

impl Categories {
    /// The categories of a feed.
    pub fn new(categories: &[Category]) -> Self {
        let mut entries = Vec::new();
        for c in categories {
            let shown = c.name.get("vi").to_owned();
            entries.push((fold(&c.id), c.id.clone(), shown.clone()));
            for name in c.name.variants() {
                entries.push((fold(name), c.id.clone(), shown.clone()));
            }
        }
        Categories { entries }
    }

    /// The id of the category `text` names, whole.
    fn find(&self, text: &str) -> Option<&str> {
        let key = fold(text);
        self.entries
            .iter()
            .find(|(k, _, _)| !key.is_empty() && *k == key)
            .map(|(_, id, _)| id.as_str())
    }

    /// Categories whose name holds every word of `text` ("Đồ gỗ" may mean
    /// "Đồ gỗ mỹ nghệ, nội thất"), by their Vietnamese name, at most three.
    fn near(&self, text: &str) -> Vec<String> {
        let key = fold(text);
        let wanted: Vec<&str> = words(&key).collect();
        let mut names: Vec<String> = Vec::new();
        for (k, _, shown) in &self.entries {
            let have: Vec<&str> = k.split(' ').collect();
            if !wanted.is_empty()
                && wanted.iter().all(|w| have.contains(w))
                && !names.contains(shown)
            {
                names.push(shown.clone());
            }
        }
        names.truncate(3);
        names
    }

    /// Reads a categories cell: split at `;`, `|` and line breaks (none: the
    /// whole cell is the one part), each part matched whole first ("Đồ gỗ
    /// mỹ nghệ, nội thất" is one category) and split at its commas only when
    /// every piece is itself a category, so a booth never lands in a
    /// category other than the one written.
    pub fn read(&self, cell: &str) -> CategoryCell {
        let mut read = CategoryCell::default();
        let add = |id: &str, read: &mut CategoryCell| {
            if !read.ids.iter().any(|i| i == id) {
                read.ids.push(id.to_owned());
            }
        };
        for part in cell.split([';', '|', '\n']).map(str::trim) {
            if part.is_empty() {
                continue;
            }
            if let Some(id) = self.find(part) {
                add(id, &mut read);
                continue;
            }
            let pieces: Vec<&str> = part
                .split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect();
            let ids: Vec<&str> = pieces.iter().filter_map(|p| self.find(p)).collect();
            if pieces.len() > 1 && ids.len() == pieces.len() {
                ids.into_iter().for_each(|id| add(id, &mut read));
            } else {
                read.unknown.push((part.to_owned(), self.near(part)));
            }
        }
        read
    }
}

/// What a phone cell holds once read.
#[derive(Debug, PartialEq, Eq)]
pub enum Phone {
    /// A number, as written or mended.
    Number {
        /// The number to publish.
        text: String,
        /// True when Excel had dropped its leading zero and it was put back.
        restored: bool,
    },
    /// Nothing: empty, or 0 (an empty cell Excel shows as 0).
    Zero,
    /// A number Excel printed in scientific notation, its digits lost.
    Lost,
    /// Empty.
    Empty,
}

/// A phone cell read with Vietnam's numbering in mind: a number Excel kept
/// as a number lost its leading zero (9 digits from 3, 5, 7, 8 or 9: a
/// mobile; 10 digits from 2: a landline with its area code), and 84 before
/// either is the country code. Never "912345678.0".
pub fn phone(cell: &str) -> Phone {
    let text = cell.trim();
    if text.is_empty() {
        return Phone::Empty;
    }
    // "912345678.0", as some programs write a number.
    let digits = text
        .strip_suffix(".0")
        .or_else(|| text.strip_suffix(",0"))
        .unwrap_or(text);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        if digits.bytes().all(|b| b == b'0') {
            return Phone::Zero;
        }
        let national = |n: &str| {
            let first = n.as_bytes().first().copied().unwrap_or(b'0');
            (n.len() == 9 && b"35789".contains(&first)) || (n.len() == 10 && first == b'2')
        };
        let (text, restored) = match digits.strip_prefix("84") {
            Some(rest) if national(rest) => (format!("+84{rest}"), true),
            _ if national(digits) => (format!("0{digits}"), true),
            _ => (digits.to_owned(), false),
        };
        return Phone::Number { text, restored };
    }
    let scientific = text.contains(['E', 'e'])
        && text.contains('+')
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | 'E' | 'e' | '+'));
    if scientific {
        return Phone::Lost;
    }
    Phone::Number {
        text: text.to_owned(),
        restored: false,
    }
}

/// A website cell as the widget can link it: an `http(s)` address as
/// written, a bare domain ("gomsu.vn", "www.gomsu.vn/shop", as spreadsheets
/// often hold them) with `https://` in front; `None` for anything else.
pub fn web_address(value: &str) -> Option<String> {
    if feed::is_web_url(value) {
        return Some(value.to_owned());
    }
    let (host, _) = value.split_once('/').unwrap_or((value, ""));
    let (name, port) = host.split_once(':').unwrap_or((host, "0"));
    let labels_ok = name.split('.').count() >= 2
        && name.split('.').all(|label| {
            !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    let bare = labels_ok
        && port.chars().all(|c| c.is_ascii_digit())
        && !value.chars().any(char::is_whitespace);
    bare.then(|| format!("https://{value}"))
}

/// True for the first text of a total or subtotal row ("Tổng cộng: 4 đơn
/// vị", "Cộng", "Total"), not for a name that starts alike ("Tổng công ty
/// May 10", "Cộng đồng …"): after "tổng", "cộng", "total" or "sum" alone
/// comes nothing, or a number or a colon, not a word.
pub fn is_total(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    let rest = |word: &&str| lower.strip_prefix(*word);
    let strong = [
        "tổng cộng",
        "tổng số",
        "grand total",
        "subtotal",
        "sub-total",
    ];
    if strong
        .iter()
        .filter_map(rest)
        .any(|rest| !rest.starts_with(char::is_alphabetic))
    {
        return true;
    }
    ["cộng", "tổng", "total", "sum"]
        .iter()
        .filter_map(rest)
        .any(|rest| !rest.trim_start().starts_with(char::is_alphabetic))
}

/// True for a row of column numbers under a header ("1 2 3 …", "(1) (2)
/// …"): two or more, counting up.
pub fn is_numbering(cells: &[&str]) -> bool {
    let numbers: Vec<Option<u32>> = cells
        .iter()
        .filter(|c| !c.is_empty())
        .map(|c| {
            c.trim_start_matches('(')
                .trim_end_matches(')')
                .parse::<u32>()
                .ok()
        })
        .collect();
    numbers.len() >= 2
        && numbers.iter().all(Option::is_some)
        && numbers.windows(2).all(|w| w[0] < w[1])
}

/// A name or code as one line: runs of spaces and line breaks (Alt+Enter
/// in a cell) become one space.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo_categories() -> Categories {
        let text = std::fs::read_to_string("feeds/demo.json").unwrap();
        let (feed, _) = crate::feed::load(&text).unwrap();
        Categories::new(&feed.categories)
    }

    #[test]
    fn a_category_with_a_comma_is_one_category() {
        let categories = demo_categories();
        let ids = |cell: &str| categories.read(cell).ids;
        assert_eq!(ids("Đồ gỗ mỹ nghệ, nội thất"), ["do-go"]);
        assert_eq!(ids("Túi xách, túi vải"), ["tui-xach"]);
        assert_eq!(ids("dien tu, do gia dung"), ["dien-tu-gia-dung"]);
        assert_eq!(ids("Dệt may, thời trang"), ["det-may"]);
        assert_eq!(ids("Đồ gỗ mỹ nghệ"), ["go-my-nghe"]);
        assert_eq!(ids("Gốm sứ; Sơn mài"), ["gom-su", "son-mai"]);
        assert_eq!(
            ids("Gốm sứ, Sơn mài"),
            ["gom-su", "son-mai"],
            "every piece is one"
        );
        assert_eq!(ids("Gốm sứ | Ceramics\nlacquerware"), ["gom-su", "son-mai"]);
        assert_eq!(
            ids("Đồ gỗ mỹ nghệ, nội thất; Nội thất gỗ"),
            ["do-go", "noi-that-go"]
        );
        let read = categories.read("Gốm sứ, đồ lạ");
        assert!(read.ids.is_empty(), "no piece is taken alone: {read:?}");
        assert_eq!(read.unknown[0].0, "Gốm sứ, đồ lạ");
        assert_eq!(ids("Đồ gỗ"), ["do-go"], "by its id");
        let read = categories.read("Gỗ");
        assert_eq!(
            read.unknown,
            [(
                "Gỗ".to_owned(),
                vec![
                    "Đồ gỗ mỹ nghệ, nội thất".to_owned(),
                    "Nội thất gỗ".to_owned(),
                    "Đồ gỗ mỹ nghệ".to_owned()
                ]
            )]
        );
    }

    #[test]
    fn phones_stored_as_numbers_get_their_zero_back() {
        let number = |cell: &str| match phone(cell) {
            Phone::Number { text, .. } => text,
            other => format!("{other:?}"),
        };
        assert_eq!(number("912345678"), "0912345678");
        assert_eq!(number("912345678.0"), "0912345678");
        assert_eq!(number("2433856789"), "02433856789");
        assert_eq!(number("84912345678"), "+84912345678");
        assert_eq!(number("842433856789"), "+842433856789");
        assert_eq!(number("0912 345 678"), "0912 345 678");
        assert_eq!(number("0912345678"), "0912345678");
        assert_eq!(number("1900 1234"), "1900 1234");
        assert_eq!(number("19001234"), "19001234");
        assert_eq!(phone("0"), Phone::Zero);
        assert_eq!(phone("0.0"), Phone::Zero);
        assert_eq!(phone("8.49123E+10"), Phone::Lost);
        assert_eq!(phone(" "), Phone::Empty);
        assert!(matches!(
            phone("912345678"),
            Phone::Number { restored: true, .. }
        ));
    }

    #[test]
    fn total_rows_are_told_from_names_that_start_alike() {
        for total in [
            "Tổng cộng: 4 đơn vị",
            "TỔNG CỘNG",
            "Cộng",
            "Cộng: 12",
            "Tổng: 4",
            "Tổng số: 4 gian hàng",
            "Total",
            "Total: 4",
        ] {
            assert!(is_total(total), "{total}");
        }
        for name in [
            "Tổng công ty May 10",
            "Cộng đồng Tre Việt",
            "Công ty Cộng Hoà",
            "Total Việt Nam",
            "1",
            "HTX Cói Kim Sơn",
        ] {
            assert!(!is_total(name), "{name}");
        }
    }

    #[test]
    fn column_numbers_under_a_header_are_told() {
        assert!(is_numbering(&["1", "2", "3", "", "5"]));
        assert!(is_numbering(&["(1)", "(2)", "(3)"]));
        assert!(!is_numbering(&["1", "HTX Cói", "A1"]));
        assert!(!is_numbering(&["1"]));
    }
}
