//! Phone numbers in a cell as offices write them: one or several
//! ("0912 345 678 - 0988 123 456", "0912.345.678 / (024) 3856 7890",
//! "+84 (0)24 3825 1234"), each found with where it stands in the text, so
//! that the text is shown as written and every number gets its own correct
//! `tel:` link. Plain Rust: the importer writes a feed's `phones` with it,
//! the validator checks them and the widget links old feeds' `phone` text.

use std::ops::Range;

/// One number found in a phone cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneNumber {
    /// Where it stands in the cell (bytes), to show it as written.
    pub span: Range<usize>,
    /// What to dial: digits, with a leading `+` for an international number.
    pub dial: String,
}

impl PhoneNumber {
    /// Its `tel:` link.
    pub fn href(&self) -> String {
        format!("tel:{}", self.dial)
    }
}

/// A cell's numbers, and the runs of digits that make no number (too few
/// or too many digits), which get no link.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PhoneCell {
    /// The numbers, in the order written.
    pub numbers: Vec<PhoneNumber>,
    /// The parts with digits that are not a whole number, as written.
    pub not_numbers: Vec<String>,
}

/// Fewest digits of a number worth dialling (a hotline 1800 xxxx has 8).
const FEWEST_DIGITS: usize = 8;
/// Most digits of any number (E.164).
const MOST_DIGITS: usize = 15;

/// A run of digits in the cell, with a `+` written just before it.
struct Digits {
    span: Range<usize>,
    plus: bool,
}

/// Finds the numbers in a phone cell. Numbers are parted by `/`, `;`, `,`,
/// `|`, a line break or the words "hoặc"/"or" and, where the first is
/// already whole, by anything else (`-`, spaces): a Vietnamese number is
/// whole at 10 digits from `0`, 11 from `02` (a landline), 11 or 12 after
/// `+84` or `84`, 8 from `1800`/`1900`. A trunk `(0)` after `+84` is not
/// dialled.
pub fn phone_numbers(cell: &str) -> PhoneCell {
    let runs = digit_runs(cell);
    let mut found = PhoneCell::default();
    let mut current: Vec<&Digits> = Vec::new();
    let mut previous_end = 0;
    for run in &runs {
        let between = &cell[previous_end..run.span.start];
        if !current.is_empty() && (is_strong_separator(between) || is_whole(cell, &current)) {
            close(cell, &mut current, &mut found);
        }
        // "+84 (0)24…": the trunk zero is written, not dialled.
        let trunk_zero = &cell[run.span.clone()] == "0"
            && between.contains('(')
            && current.len() == 1
            && dialled(cell, &current).starts_with("+84");
        if !trunk_zero {
            current.push(run);
        }
        previous_end = run.span.end;
    }
    close(cell, &mut current, &mut found);
    found
}

/// The runs of ASCII digits of a cell, with whether a `+` comes just
/// before each (spaces and an opening bracket between them allowed).
fn digit_runs(cell: &str) -> Vec<Digits> {
    let bytes = cell.as_bytes();
    let mut runs = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at].is_ascii_digit() {
            at += 1;
            continue;
        }
        let start = at;
        while at < bytes.len() && bytes[at].is_ascii_digit() {
            at += 1;
        }
        let before = cell[..start].trim_end_matches([' ', '(']);
        runs.push(Digits {
            span: start..at,
            plus: before.ends_with('+'),
        });
    }
    runs
}

/// True when the text between two runs of digits parts two numbers.
fn is_strong_separator(between: &str) -> bool {
    // Folded with the search's own tables (`to_lowercase` would bring
    // Unicode's into the embed): "Hoặc" is "hoac".
    between.contains(['/', ';', ',', '|', '\n', '\r'])
        || crate::search::words(&crate::search::fold(between)).any(|w| w == "hoac" || w == "or")
}

/// What the runs so far dial: their digits, after a `+` when the first
/// run has one.
fn dialled(cell: &str, runs: &[&Digits]) -> String {
    let plus = runs.first().is_some_and(|r| r.plus);
    let digits = runs.iter().map(|r| &cell[r.span.clone()]);
    std::iter::once(if plus { "+" } else { "" })
        .chain(digits)
        .collect()
}

/// True when the runs so far make a whole Vietnamese number, so that the
/// next run starts another.
fn is_whole(cell: &str, runs: &[&Digits]) -> bool {
    let number = dialled(cell, runs);
    let digits = number.trim_start_matches('+');
    let count = digits.len();
    if number.starts_with("+84") || (digits.starts_with("84") && count >= 11) {
        let landline = digits[2..].starts_with('2');
        return count >= if landline { 12 } else { 11 };
    }
    if number.starts_with('+') {
        return count >= 11;
    }
    if digits.starts_with("1800") || digits.starts_with("1900") {
        return count >= 8;
    }
    if digits.starts_with("02") {
        return count >= 11;
    }
    count >= 10
}

/// Ends the number being read: kept when its digits can be dialled, else
/// said as not a number.
fn close(cell: &str, current: &mut Vec<&Digits>, found: &mut PhoneCell) {
    let (Some(first), Some(last)) = (current.first(), current.last()) else {
        return;
    };
    let dial = dialled(cell, current);
    let count = dial.trim_start_matches('+').len();
    // Shown from a "+" or an opening bracket written just before the digits.
    let before = &cell[..first.span.start];
    let lead = before.trim_end_matches(['(', '+', ' ']).len();
    let start = first.span.start - before[lead..].trim_start().len();
    let span = start..last.span.end;
    if (FEWEST_DIGITS..=MOST_DIGITS).contains(&count) {
        found.numbers.push(PhoneNumber { span, dial });
    } else {
        found.not_numbers.push(cell[span].to_owned());
    }
    current.clear();
}

/// A booth's phones as the widget shows them: the cell as written, cut into
/// plain parts and numbers with their `tel:` link; where a feed has only
/// `phones`, each number alone, linked.
pub fn shown_parts(phone: Option<&str>, phones: &[String]) -> Vec<(String, Option<String>)> {
    let Some(cell) = phone.filter(|p| !p.trim().is_empty()) else {
        return phones
            .iter()
            .map(|n| (n.clone(), Some(format!("tel:{n}"))))
            .collect();
    };
    let cell = cell.trim();
    let mut parts = Vec::new();
    let mut at = 0;
    for number in phone_numbers(cell).numbers {
        if number.span.start > at {
            parts.push((cell[at..number.span.start].to_owned(), None));
        }
        parts.push((cell[number.span.clone()].to_owned(), Some(number.href())));
        at = number.span.end;
    }
    if at < cell.len() {
        parts.push((cell[at..].to_owned(), None));
    }
    parts
}

/// True for a number a feed's `phones` may hold: an optional `+`, then 8
/// to 15 digits, nothing else.
pub fn is_dialable(number: &str) -> bool {
    let digits = number.strip_prefix('+').unwrap_or(number);
    (FEWEST_DIGITS..=MOST_DIGITS).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dials(cell: &str) -> Vec<String> {
        phone_numbers(cell)
            .numbers
            .into_iter()
            .map(|n| n.dial)
            .collect()
    }

    fn shown(cell: &str) -> Vec<&str> {
        phone_numbers(cell)
            .numbers
            .into_iter()
            .map(|n| &cell[n.span])
            .collect()
    }

    #[test]
    fn a_cell_with_two_numbers_gives_two_numbers() {
        let cell = "0912 345 678 - 0988 123 456";
        assert_eq!(dials(cell), ["0912345678", "0988123456"]);
        assert_eq!(shown(cell), ["0912 345 678", "0988 123 456"]);
        assert_eq!(
            dials("0912.345.678 / (024) 3856 7890"),
            ["0912345678", "02438567890"]
        );
        assert_eq!(
            dials("0912345678 hoặc 0243.825.1234"),
            ["0912345678", "02438251234"]
        );
        assert_eq!(
            dials("0912345678;0988123456,0977 111 222\n0966-333-444"),
            ["0912345678", "0988123456", "0977111222", "0966333444"]
        );
        // Two numbers parted only by a space, each whole.
        assert_eq!(dials("0912345678 0988123456"), ["0912345678", "0988123456"]);
    }

    #[test]
    fn one_number_written_in_parts_is_one_number() {
        assert_eq!(dials("0912-345-678"), ["0912345678"]);
        assert_eq!(dials("(024) 3825 1234"), ["02438251234"]);
        assert_eq!(dials("024.3825.1234 (Mr Nam)"), ["02438251234"]);
        assert_eq!(dials("1800 1234"), ["18001234"]);
    }

    #[test]
    fn international_numbers_keep_their_plus_and_drop_the_trunk_zero() {
        assert_eq!(dials("+84 912 345 678"), ["+84912345678"]);
        assert_eq!(dials("+84 24 3825 1234"), ["+842438251234"]);
        assert_eq!(dials("(+84) 912 345 678"), ["+84912345678"]);
        assert_eq!(dials("+84 (0)24 3825 1234"), ["+842438251234"]);
        let cell = "+84 912 345 678 / +84 988 123 456";
        assert_eq!(shown(cell), ["+84 912 345 678", "+84 988 123 456"]);
        let cell = "0912.345.678 / (024) 3856 7890";
        assert_eq!(shown(cell), ["0912.345.678", "(024) 3856 7890"]);
        assert_eq!(shown("(+84) 912 345 678"), ["(+84) 912 345 678"]);
        assert_eq!(
            PhoneCell::default(),
            phone_numbers("no digits"),
            "text with no digits is nothing"
        );
    }

    #[test]
    fn too_few_or_too_many_digits_make_no_number() {
        let cell = phone_numbers("máy lẻ 12");
        assert!(cell.numbers.is_empty());
        assert_eq!(cell.not_numbers, ["12"]);
        let cell = phone_numbers("38251234 / 1234");
        assert_eq!(
            cell.numbers
                .iter()
                .map(|n| n.dial.as_str())
                .collect::<Vec<_>>(),
            ["38251234"]
        );
        assert_eq!(cell.not_numbers, ["1234"]);
        assert!(phone_numbers("1234567890123456789").numbers.is_empty());
    }

    #[test]
    fn the_cell_is_shown_as_written_with_each_number_linked() {
        let parts = shown_parts(Some("0912 345 678 - 0988 123 456"), &[]);
        assert_eq!(
            parts,
            [
                ("0912 345 678".into(), Some("tel:0912345678".into())),
                (" - ".into(), None),
                ("0988 123 456".into(), Some("tel:0988123456".into())),
            ]
        );
        let parts = shown_parts(Some("024.3825.1234 (Mr Nam)"), &[]);
        assert_eq!(parts[1], (" (Mr Nam)".into(), None));
        let only = shown_parts(None, &["+84912345678".into()]);
        assert_eq!(
            only,
            [("+84912345678".into(), Some("tel:+84912345678".into()))]
        );
        assert_eq!(
            shown_parts(Some("máy lẻ 12"), &[]),
            [("máy lẻ 12".into(), None)]
        );
    }

    #[test]
    fn what_a_feed_may_dial() {
        assert!(is_dialable("0912345678"));
        assert!(is_dialable("+842438251234"));
        assert!(!is_dialable("0912 345 678"));
        assert!(!is_dialable("tel:0912345678"));
        assert!(!is_dialable("1234"));
        assert!(!is_dialable("+"));
    }
}
