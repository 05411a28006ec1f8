//! Line and column of a place in the feed text, as an editor shows them.

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
/// record costs a binary search instead of a rescan from the top.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Indexes the lines of `text`.
    pub fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { text, starts }
    }

    /// The position of the character that starts at `byte`.
    pub fn position(&self, byte: usize) -> Position {
        let byte = floor_char_boundary(self.text, byte);
        let line = self.starts.partition_point(|&start| start <= byte) - 1;
        Position {
            line: line + 1,
            column: self.text[self.starts[line]..byte].chars().count() + 1,
        }
    }
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
    fn positions_past_the_end_are_clamped() {
        assert_eq!(Position::at_byte("ab", 99), Position { line: 1, column: 3 });
    }
}
