//! Widget state in the page's URL hash, one namespace per widget instance:
//! `#gf0.v=grid&gf0.m=2025-09&gf1.q=tui%20xach`. Whatever else the hash
//! holds (another widget, the host's own anchor) is kept as it is.

use crate::links::encode;
use percent_encoding::percent_decode_str;

/// The namespace of a widget the host named with `data-name` (rendered
/// snippets name theirs, so the page and the rendered HTML agree on ids).
pub fn named_namespace(name: &str) -> String {
    format!("gf-{name}")
}

/// The `key=value` pairs of `namespace` in `hash` (with or without `#`).
pub fn read(hash: &str, namespace: &str) -> Vec<(String, String)> {
    let prefix = format!("{namespace}.");
    hash.trim_start_matches('#')
        .split('&')
        .filter_map(|item| {
            let (key, value) = item.split_once('=')?;
            let key = key.strip_prefix(&prefix)?;
            let value = percent_decode_str(value).decode_utf8_lossy().into_owned();
            Some((key.to_owned(), value))
        })
        .collect()
}

/// `hash` with the pairs of `namespace` replaced by `pairs` (empty values are
/// left out); returns the new hash with its `#`, or `""` when nothing is left.
pub fn write(hash: &str, namespace: &str, pairs: &[(&str, String)]) -> String {
    let prefix = format!("{namespace}.");
    let mut items: Vec<String> = hash
        .trim_start_matches('#')
        .split('&')
        .filter(|item| !item.is_empty() && !item.starts_with(&prefix))
        .map(str::to_owned)
        .collect();
    for (key, value) in pairs.iter().filter(|(_, v)| !v.is_empty()) {
        items.push(format!("{prefix}{key}={}", encode(value)));
    }
    if items.is_empty() {
        String::new()
    } else {
        format!("#{}", items.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_with_vietnamese_and_reserved_characters() {
        let hash = write(
            "",
            "gf0",
            &[("q", "túi xách & đồ gỗ=1".into()), ("m", "2025-09".into())],
        );
        assert_eq!(
            hash,
            "#gf0.q=t%C3%BAi%20x%C3%A1ch%20%26%20%C4%91%E1%BB%93%20g%E1%BB%97%3D1&gf0.m=2025-09"
        );
        assert_eq!(
            read(&hash, "gf0"),
            [
                ("q".to_owned(), "túi xách & đồ gỗ=1".to_owned()),
                ("m".to_owned(), "2025-09".to_owned())
            ]
        );
    }

    #[test]
    fn other_namespaces_and_the_hosts_anchor_are_kept() {
        let hash = "#comments&gf1.q=gom&gf0.v=grid";
        let written = write(hash, "gf0", &[("v", "agenda".into()), ("e", String::new())]);
        assert_eq!(written, "#comments&gf1.q=gom&gf0.v=agenda");
        assert_eq!(read(&written, "gf1"), [("q".to_owned(), "gom".to_owned())]);
        assert_eq!(write("#gf0.v=grid", "gf0", &[]), "");
        assert!(
            read("#gf10.v=grid", "gf1").is_empty(),
            "gf1 does not read gf10"
        );
    }
}
