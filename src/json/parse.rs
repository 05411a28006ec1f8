//! JSON text to a [`Node`] tree, without recursion: a feed nested 100,000
//! levels deep is read as safely as a flat one. The error wording follows
//! serde_json's, which the feed's documentation and its organisers know.

use super::{Node, Value};
use std::borrow::Cow;

/// Arrays and objects nested deeper than this (the top value is level 1)
/// are checked but not kept: they read as [`Value::TooDeep`].
pub const MAX_DEPTH: usize = 128;

/// Why a text is not JSON, and the byte where that became clear.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// serde_json's wording ("EOF while parsing an object").
    pub detail: &'static str,
    /// Byte offset of the character that could not be read (the text's length at its end).
    pub byte: usize,
}

/// An array or object being read.
enum Open<'a> {
    Array(usize, Vec<Node<'a>>),
    Object(usize, Vec<(Cow<'a, str>, Node<'a>)>, Cow<'a, str>),
    /// Past [`MAX_DEPTH`]: only the kind is kept (`true` for an object).
    Deep(usize, bool),
}

impl Open<'_> {
    fn is_object(&self) -> bool {
        matches!(self, Open::Object(..) | Open::Deep(_, true))
    }
}

/// Reads the whole of `text` as one JSON value.
pub fn parse(text: &str) -> Result<Node<'_>, SyntaxError> {
    let mut parser = Parser::new(text);
    loop {
        if let Some(node) = parser.advance(usize::MAX)? {
            return Ok(node);
        }
    }
}

/// A JSON text read a slice at a time: [`Parser::advance`] reads so many
/// values and returns, so a page can paint and answer the reader between
/// slices of a feed of many megabytes. The state between slices is only the
/// values still open and the place in the text, since nothing recurses.
pub struct Parser<'a> {
    reader: Reader<'a>,
    open: Vec<Open<'a>>,
}

impl<'a> Parser<'a> {
    /// A parser at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        Self {
            reader: Reader {
                text,
                bytes: text.as_bytes(),
                at: 0,
            },
            open: Vec::new(),
        }
    }

    /// Reads at most `values` more values; the whole document once it is
    /// read, `None` while there is more.
    pub fn advance(&mut self, values: usize) -> Result<Option<Node<'a>>, SyntaxError> {
        self.reader.values(&mut self.open, values)
    }
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn fail<T>(&self, detail: &'static str) -> Result<T, SyntaxError> {
        Err(SyntaxError {
            detail,
            byte: self.at,
        })
    }

    /// The next byte that is not whitespace, left unread.
    fn peek(&mut self) -> Option<u8> {
        while let Some(&b) = self.bytes.get(self.at) {
            if !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                return Some(b);
            }
            self.at += 1;
        }
        None
    }

    /// Reads up to `budget` values with `open` the arrays and objects they
    /// are in; the document once its last value closes.
    fn values(
        &mut self,
        open: &mut Vec<Open<'a>>,
        mut budget: usize,
    ) -> Result<Option<Node<'a>>, SyntaxError> {
        loop {
            if budget == 0 {
                return Ok(None);
            }
            budget -= 1;
            // A value starts here.
            let start = match self.peek() {
                Some(_) => self.at,
                None => return self.fail("EOF while parsing a value"),
            };
            let mut done = match self.bytes[start] {
                b'[' | b'{' => {
                    let object = self.bytes[start] == b'{';
                    self.at += 1;
                    let deep =
                        open.len() >= MAX_DEPTH || matches!(open.last(), Some(Open::Deep(..)));
                    open.push(match (deep, object) {
                        (true, _) => Open::Deep(start, object),
                        (false, true) => Open::Object(start, Vec::new(), Cow::Borrowed("")),
                        (false, false) => Open::Array(start, Vec::new()),
                    });
                    None
                }
                b'"' => Some(Value::String(self.string()?)),
                b'-' | b'0'..=b'9' => Some(Value::Number(self.number()?)),
                b't' => Some(self.literal("true", Value::Bool(true))?),
                b'f' => Some(self.literal("false", Value::Bool(false))?),
                b'n' => Some(self.literal("null", Value::Null)?),
                _ => return self.fail("expected value"),
            }
            .map(|value| Node {
                value,
                start,
                end: self.at,
            });
            // Close what this value completes, up to the next value to read.
            loop {
                let Some(top) = open.last_mut() else {
                    let node = done.expect("a value was read");
                    return match self.peek() {
                        None => Ok(Some(node)),
                        Some(_) => self.fail("trailing characters"),
                    };
                };
                let object = top.is_object();
                let first = done.is_none();
                if let Some(node) = done.take() {
                    match top {
                        Open::Array(_, items) => items.push(node),
                        Open::Object(_, members, key) => {
                            members.push((std::mem::take(key), node));
                        }
                        Open::Deep(..) => {}
                    }
                }
                match self.peek() {
                    Some(b',') if !first => {
                        self.at += 1;
                        if object {
                            self.key(top)?;
                        } else if self.peek() == Some(b']') {
                            return self.fail("trailing comma");
                        }
                        break;
                    }
                    Some(b']') if !object => {}
                    Some(b'}') if object => {}
                    Some(_) if first => {
                        if object {
                            self.key(top)?;
                        }
                        break;
                    }
                    Some(_) if object => return self.fail("expected `,` or `}`"),
                    Some(_) => return self.fail("expected `,` or `]`"),
                    None if object => return self.fail("EOF while parsing an object"),
                    None => return self.fail("EOF while parsing a list"),
                }
                self.at += 1;
                let end = self.at;
                done = Some(match open.pop().expect("an open value") {
                    Open::Array(start, items) => Node {
                        value: Value::Array(items),
                        start,
                        end,
                    },
                    Open::Object(start, members, _) => Node {
                        value: Value::Object(members),
                        start,
                        end,
                    },
                    Open::Deep(start, _) => Node {
                        value: Value::TooDeep,
                        start,
                        end,
                    },
                });
            }
        }
    }

    /// Reads an object's key and its colon, keeping the key in `top`.
    fn key(&mut self, top: &mut Open<'a>) -> Result<(), SyntaxError> {
        match self.peek() {
            Some(b'"') => {}
            Some(b'}') => return self.fail("trailing comma"),
            Some(_) => return self.fail("key must be a string"),
            None => return self.fail("EOF while parsing an object"),
        }
        let key = self.string()?;
        match self.peek() {
            Some(b':') => self.at += 1,
            Some(_) => return self.fail("expected `:`"),
            None => return self.fail("EOF while parsing an object"),
        }
        if let Open::Object(_, _, slot) = top {
            *slot = key;
        }
        Ok(())
    }

    fn literal(&mut self, word: &'static str, value: Value<'a>) -> Result<Value<'a>, SyntaxError> {
        for &expected in word.as_bytes() {
            match self.bytes.get(self.at) {
                Some(&b) if b == expected => self.at += 1,
                Some(_) => return self.fail("expected ident"),
                None => return self.fail("EOF while parsing a value"),
            }
        }
        Ok(value)
    }

    /// A number, checked against JSON's grammar and returned as written.
    fn number(&mut self) -> Result<&'a str, SyntaxError> {
        let start = self.at;
        if self.bytes[self.at] == b'-' {
            self.at += 1;
        }
        match self.bytes.get(self.at) {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => self.digits(),
            Some(_) => return self.fail("invalid number"),
            None => return self.fail("EOF while parsing a value"),
        }
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            self.some_digits()?;
        }
        if matches!(self.bytes.get(self.at), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.bytes.get(self.at), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.some_digits()?;
        }
        if matches!(self.bytes.get(self.at), Some(b'0'..=b'9')) {
            return self.fail("invalid number");
        }
        Ok(&self.text[start..self.at])
    }

    fn digits(&mut self) {
        while matches!(self.bytes.get(self.at), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }

    fn some_digits(&mut self) -> Result<(), SyntaxError> {
        match self.bytes.get(self.at) {
            Some(b'0'..=b'9') => {
                self.digits();
                Ok(())
            }
            Some(_) => self.fail("invalid number"),
            None => self.fail("EOF while parsing a value"),
        }
    }

    /// A string from its opening quote; borrowed when it has no escapes.
    fn string(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        self.at += 1;
        let start = self.at;
        let mut owned: Option<String> = None;
        let mut run = start;
        loop {
            let Some(&b) = self.bytes.get(self.at) else {
                return self.fail("EOF while parsing a string");
            };
            match b {
                b'"' => {
                    let tail = &self.text[run..self.at];
                    self.at += 1;
                    return Ok(match owned {
                        None => Cow::Borrowed(tail),
                        Some(mut text) => {
                            text.push_str(tail);
                            Cow::Owned(text)
                        }
                    });
                }
                b'\\' => {
                    let text = owned.get_or_insert_with(String::new);
                    text.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    let c = self.escape()?;
                    owned.as_mut().expect("just set").push(c);
                    run = self.at;
                }
                0..=0x1f => {
                    return self
                        .fail("control character (\\u0000-\\u001F) found while parsing a string")
                }
                _ => self.at += 1,
            }
        }
    }

    /// The character an escape (after its backslash) stands for. A lone
    /// surrogate reads as U+FFFD, as a browser would show it, so one odd
    /// character never costs the whole feed.
    fn escape(&mut self) -> Result<char, SyntaxError> {
        let Some(&b) = self.bytes.get(self.at) else {
            return self.fail("EOF while parsing a string");
        };
        self.at += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let high = self.hex4()?;
                if (0xD800..0xDC00).contains(&high) && self.bytes[self.at..].starts_with(b"\\u") {
                    let back = self.at;
                    self.at += 2;
                    let low = self.hex4()?;
                    if (0xDC00..0xE000).contains(&low) {
                        let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                        return Ok(char::from_u32(code).unwrap_or('\u{fffd}'));
                    }
                    // Not a pair: the second escape is read on its own.
                    self.at = back;
                }
                char::from_u32(high).unwrap_or('\u{fffd}')
            }
            _ => {
                self.at -= 1;
                return self.fail("invalid escape");
            }
        })
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut code = 0;
        for _ in 0..4 {
            let Some(&b) = self.bytes.get(self.at) else {
                return self.fail("EOF while parsing a string");
            };
            let digit = match b {
                b'0'..=b'9' => b - b'0',
                b'a'..=b'f' => b - b'a' + 10,
                b'A'..=b'F' => b - b'A' + 10,
                _ => return self.fail("invalid escape"),
            };
            code = code * 16 + u32::from(digit);
            self.at += 1;
        }
        Ok(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> (&'static str, usize) {
        let e = parse(text).unwrap_err();
        (e.detail, e.byte)
    }

    #[test]
    fn reads_every_kind_of_value_with_its_span() {
        let text = r#" {"a": [1, -2.5e3, true, null], "b\u00e9": "x\ny", "c": {}} "#;
        let node = parse(text).unwrap();
        assert_eq!((node.start, node.end), (1, text.len() - 1));
        let Value::Object(members) = &node.value else {
            panic!("{node:?}")
        };
        assert_eq!(members[1].0, "bé");
        assert_eq!(members[1].1.value, Value::String("x\ny".into()));
        let Value::Array(items) = &members[0].1.value else {
            panic!()
        };
        assert_eq!(items[1].value, Value::Number("-2.5e3"));
        assert_eq!(&text[items[1].start..items[1].end], "-2.5e3");
    }

    #[test]
    fn errors_use_serde_json_words_and_point_at_the_character() {
        assert_eq!(error(""), ("EOF while parsing a value", 0));
        assert_eq!(error("{\"a\": 1,"), ("EOF while parsing an object", 8));
        assert_eq!(error("[1,"), ("EOF while parsing a value", 3));
        assert_eq!(error("[1"), ("EOF while parsing a list", 2));
        assert_eq!(error("[1,]"), ("trailing comma", 3));
        assert_eq!(error("{\"a\": 1,}"), ("trailing comma", 8));
        assert_eq!(error("{\"a\" 1}"), ("expected `:`", 5));
        assert_eq!(error("{1: 2}"), ("key must be a string", 1));
        assert_eq!(error("[1 2]"), ("expected `,` or `]`", 3));
        assert_eq!(error("{\"a\": 1 \"b\"}"), ("expected `,` or `}`", 8));
        assert_eq!(error("[tru]"), ("expected ident", 4));
        assert_eq!(error("[01]"), ("invalid number", 2));
        assert_eq!(error("[1.]"), ("invalid number", 3));
        assert_eq!(error("\"a\\x\""), ("invalid escape", 3));
        assert_eq!(
            error("\"a\u{1}\""),
            (
                "control character (\\u0000-\\u001F) found while parsing a string",
                2
            )
        );
        assert_eq!(error("\"ab"), ("EOF while parsing a string", 3));
        assert_eq!(error("1 2"), ("trailing characters", 2));
        assert_eq!(error("?"), ("expected value", 0));
    }

    #[test]
    fn a_text_read_a_value_at_a_time_is_the_text_read_at_once() {
        let text = r#"{"a": [1, {"b": [true, null]}, "c"], "d": {}, "e": []}"#;
        let mut parser = Parser::new(text);
        let mut slices = 1;
        let node = loop {
            match parser.advance(1).unwrap() {
                Some(node) => break node,
                None => slices += 1,
            }
        };
        assert_eq!(node, parse(text).unwrap());
        assert_eq!(slices, 10, "one slice per value");
        let mut broken = Parser::new("[1, 2,, 3]");
        let error = loop {
            match broken.advance(1) {
                Ok(None) => continue,
                Ok(Some(_)) => panic!("read"),
                Err(error) => break error,
            }
        };
        assert_eq!((error.detail, error.byte), ("expected value", 6));
    }

    #[test]
    fn surrogate_pairs_join_and_lone_ones_become_replacement_characters() {
        let node = parse(r#"["\ud83c\udf3f", "\ud800x", "\udc00", "\ud800\u0041"]"#).unwrap();
        let Value::Array(items) = node.value else {
            panic!()
        };
        let texts: Vec<Value> = items.into_iter().map(|n| n.value).collect();
        assert_eq!(
            texts,
            [
                Value::String("🌿".into()),
                Value::String("\u{fffd}x".into()),
                Value::String("\u{fffd}".into()),
                Value::String("\u{fffd}A".into()),
            ]
        );
    }

    #[test]
    fn nesting_past_the_limit_is_checked_but_not_kept() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let text = format!("{{\"x\": {deep}, \"y\": 1}}");
        let node = parse(&text).unwrap();
        let Value::Object(members) = node.value else {
            panic!()
        };
        assert_eq!(members[1].1.value, Value::Number("1"));
        let mut value = &members[0].1.value;
        let mut depth = 1;
        while let Value::Array(items) = value {
            value = &items[0].value;
            depth += 1;
        }
        assert_eq!((depth, value), (MAX_DEPTH, &Value::TooDeep));
        assert_eq!(error(&"[".repeat(100_000)).0, "EOF while parsing a list");
        assert_eq!(error(&format!("{}}}", "[".repeat(300))).0, "expected value");
    }
}
