//! A small JSON reader and writer for feeds and the browser's saved lists.
//!
//! Hand-written instead of serde_json in the widget: serde_json with
//! serde_path_to_error and the derived visitors cost the embed about 110 KB
//! of WebAssembly (docs/performance.md); this tree keeps every value's byte
//! offset, so errors name the path *and* the line and column without
//! tracking paths on the way. The native tools keep serde_json for writing.

mod parse;
mod write;

pub use parse::{parse, Parser, SyntaxError, MAX_DEPTH};
pub use write::{write_string, write_string_array};

use std::borrow::Cow;

/// One JSON value and where it starts in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Node<'a> {
    /// The value.
    pub value: Value<'a>,
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset just past its last character.
    pub end: usize,
}

/// A JSON value, borrowing from the text where it can.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, exactly as written (checked against JSON's grammar).
    Number(&'a str),
    /// A string, unescaped.
    String(Cow<'a, str>),
    /// An array.
    Array(Vec<Node<'a>>),
    /// An object's members, in the order written.
    Object(Vec<(Cow<'a, str>, Node<'a>)>),
    /// An array or object nested deeper than [`MAX_DEPTH`]: checked, not kept.
    TooDeep,
}

impl Value<'_> {
    /// What the value is, worded as serde words an unexpected value
    /// ("integer `5`", "string \"x\"", "map"), for error messages.
    pub fn describe(&self) -> String {
        match self {
            Value::Null => "null".into(),
            Value::Bool(b) => format!("boolean `{b}`"),
            Value::Number(n) if is_integer(n) => format!("integer `{n}`"),
            Value::Number(n) => format!("floating point `{n}`"),
            Value::String(s) => format!("string {}", quoted(s)),
            Value::Array(_) => "sequence".into(),
            Value::Object(_) => "map".into(),
            // Readers report it as "recursion limit exceeded" first.
            Value::TooDeep => "a value nested too deeply".into(),
        }
    }
}

/// True when a JSON number is written without a fraction or exponent.
pub fn is_integer(number: &str) -> bool {
    !number.contains(['.', 'e', 'E'])
}

/// `text` in double quotes, with JSON's escapes.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    write_string(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_values_as_serde_does() {
        let node = parse(r#"[null, true, 5, -1.5e3, "a\"b", [], {}]"#).unwrap();
        let Value::Array(items) = node.value else {
            panic!()
        };
        let described: Vec<String> = items.iter().map(|n| n.value.describe()).collect();
        assert_eq!(
            described,
            [
                "null",
                "boolean `true`",
                "integer `5`",
                "floating point `-1.5e3`",
                "string \"a\\\"b\"",
                "sequence",
                "map"
            ]
        );
    }
}
