//! Writing the little JSON the widget itself produces: quoted strings and
//! the saved favourites list.

use std::fmt::Write as _;

/// Appends `text` to `out` as a JSON string, quotes and escapes included.
pub fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `items` as a JSON array of strings.
pub fn write_string_array<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::from("[");
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_string(&mut out, item);
    }
    out.push(']');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_round_trip_through_the_reader() {
        let items = ["a\"b", "c\\d", "đồ gỗ\n", "\u{1}", ""];
        let written = write_string_array(items);
        assert_eq!(written, r#"["a\"b","c\\d","đồ gỗ\n","\u0001",""]"#);
        let node = super::super::parse(&written).unwrap();
        let super::super::Value::Array(read) = node.value else {
            panic!()
        };
        let read: Vec<String> = read
            .into_iter()
            .map(|n| match n.value {
                super::super::Value::String(s) => s.into_owned(),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(read, items);
    }
}
