//! HTML the publishers' tools write (the rendered snippet, the studio's
//! embed code): values escaped for double-quoted attributes.

/// `value` safe inside a double-quoted HTML attribute.
pub fn attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}
