//! Line and column of a place in the feed text, as an editor shows them.

use std::cell::Cell;
use std::fmt;

/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "line {} column {}", self.line, self.column)
    }
}

impl Position {
    /// The position of the character that starts at `byte` in `text`.
    pub fn at_byte(text: &str, byte: usize) -> Self {
        let before = &text[..floor_char_boundary(text, byte)];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// The start of every line of a text, found once, so that locating a
/// record costs a binary search instead of a rescan from the top; and the
/// last place located, so that places asked for in order along one line
/// (a feed written on one line, as `JSON.stringify` writes it) are counted
/// from there rather than from the line's start. Either way, locating every
/// record of a feed in order is linear in its bytes.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    last: Cell<Located>,
}

/// A byte already located, and its line (0-based) and column (1-based).
#[derive(Clone, Copy, Default)]
struct Located {
    byte: usize,
    line: usize,
    column: usize,
}

impl<'a> LineIndex<'a> {
    /// Indexes the lines of `text`.
    pub fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self {
            text,
            starts,
            last: Cell::new(Located {
                byte: 0,
                line: 0,
                column: 1,
            }),
        }
    }

    /// The position of the character that starts at `byte`.
    pub fn position(&self, byte: usize) -> Position {
        let byte = floor_char_boundary(self.text, byte);
        let line = self.starts.partition_point(|&start| start <= byte) - 1;
        let last = self.last.get();
        let (from, column) = if last.line == line && last.byte <= byte {
            (last.byte, last.column)
        } else {
            (self.starts[line], 1)
        };
        let column = column + self.text[from..byte].chars().count();
        #[cfg(test)]
        SCANNED.with(|scanned| scanned.set(scanned.get() + (byte - from)));
        self.last.set(Located { byte, line, column });
        Position {
            line: line + 1,
            column,
        }
    }
}

#[cfg(test)]
thread_local! {
    /// Bytes [`LineIndex::position`] has stepped over on this thread: what
    /// locating costs, counted rather than timed.
    static SCANNED: Cell<usize> = const { Cell::new(0) };
}

/// Bytes stepped over to locate places on this thread so far.
#[cfg(test)]
pub(crate) fn scanned_bytes() -> usize {
    SCANNED.with(Cell::get)
}

fn floor_char_boundary(text: &str, byte: usize) -> usize {
    let mut byte = byte.min(text.len());
    while !text.is_char_boundary(byte) {
        byte -= 1;
    }
    byte
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "{\n  \"tên\": \"Đồ gỗ\", \"x\": 1\n}";
        let byte = text.find("\"x\"").unwrap();
        assert_eq!(
            Position::at_byte(text, byte),
            Position {
                line: 2,
                column: 19
            }
        );
    }

    #[test]
    fn the_line_index_agrees_with_a_scan() {
        let text = "{\n  \"tên\": \"Đồ gỗ\",\r\n\n \"x\": 1\n}";
        let index = LineIndex::new(text);
        for byte in (0..=text.len()).filter(|&b| text.is_char_boundary(b)) {
            assert_eq!(
                index.position(byte),
                Position::at_byte(text, byte),
                "byte {byte}"
            );
        }
    }

    #[test]
    fn places_asked_for_out_of_order_on_one_line_agree_with_a_scan() {
        let text = r#"[{"a":"Đồ gỗ"},{"b":"Túi xách"},{"c":1}]"#;
        let index = LineIndex::new(text);
        let bytes: Vec<usize> = (0..=text.len())
            .filter(|&b| text.is_char_boundary(b))
            .collect();
        for &byte in bytes.iter().rev().chain(&bytes).step_by(3) {
            assert_eq!(
                index.position(byte),
                Position::at_byte(text, byte),
                "byte {byte}"
            );
        }
    }

    #[test]
    fn positions_past_the_end_are_clamped() {
        assert_eq!(Position::at_byte("ab", 99), Position { line: 1, column: 3 });
    }
}
