//! Splits a large feed into an index (series, categories, venues, events)
//! and one booth file per event, which the widget loads only when the
//! booth finder opens (docs/feed.md, "Split feeds").

use crate::feed::FeedError;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// A feed split for publishing: the index, and each booth file with the
/// path it is written to (relative to the index, as `booths_url` says).
#[derive(Debug)]
pub struct SplitFeed {
    /// The index feed, as JSON text.
    pub index: String,
    /// `(relative path, JSON text)` of every booth file.
    pub files: Vec<(String, String)>,
}

/// Splits `text` (a feed that loads) by event. Fields the tool does not know
/// are kept, in the order written; booths of no known event stay in the index
/// (where validation reports them).
pub fn split_feed(text: &str) -> Result<SplitFeed, FeedError> {
    // A feed too large for readers is what splitting is for; anything else must load.
    match crate::feed::load(text) {
        Ok(_) | Err(FeedError::TooLarge { .. }) => {}
        Err(error) => return Err(error),
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut feed: Map<String, Value> =
        serde_json::from_str(text).map_err(|error| FeedError::Syntax {
            detail: error.to_string(),
            at: Default::default(),
        })?;
    let booths = match feed.remove("booths") {
        Some(Value::Array(booths)) => booths,
        _ => Vec::new(),
    };
    let mut files: Vec<(String, Vec<Value>)> = Vec::new();
    let mut unplaced = Vec::new();
    if let Some(Value::Array(events)) = feed.get_mut("events") {
        // Each event id's file (by position in `files`).
        let mut file_of: HashMap<String, usize> = HashMap::new();
        for (n, event) in events.iter().enumerate() {
            let Some(id) = event.get("id").and_then(Value::as_str) else {
                continue;
            };
            if !file_of.contains_key(id) {
                file_of.insert(id.to_owned(), files.len());
                files.push((format!("booths/{}.json", file_stem(id, n)), Vec::new()));
            }
        }
        for booth in booths {
            let file = booth
                .get("event")
                .and_then(Value::as_str)
                .and_then(|event| file_of.get(event).copied());
            match file {
                Some(i) => files[i].1.push(booth),
                None => unplaced.push(booth),
            }
        }
        // Events with booths point at their file; the others need none.
        for event in events.iter_mut().filter_map(Value::as_object_mut) {
            let file = event
                .get("id")
                .and_then(Value::as_str)
                .and_then(|id| file_of.get(id))
                .map(|&i| &files[i]);
            if let Some((path, _)) = file.filter(|(_, booths)| !booths.is_empty()) {
                event.insert("booths_url".into(), Value::String(path.clone()));
            }
        }
    }
    if !unplaced.is_empty() {
        feed.insert("booths".into(), Value::Array(unplaced));
    }
    let pretty = |value: &Value| serde_json::to_string_pretty(value).unwrap_or_default() + "\n";
    Ok(SplitFeed {
        index: pretty(&Value::Object(feed)),
        files: files
            .into_iter()
            .filter(|(_, booths)| !booths.is_empty())
            // Booth files are data for the widget: compact, one booth per line.
            .map(|(path, booths)| (path, booth_file(booths)))
            .collect(),
    })
}

fn booth_file(booths: Vec<Value>) -> String {
    let lines: Vec<String> = booths.iter().map(Value::to_string).collect();
    format!(
        "{{\"version\": 1, \"booths\": [\n{}\n]}}\n",
        lines.join(",\n")
    )
}

/// A file name from an event id: its letters, digits, `-` and `_`, and the
/// event's position to keep two odd ids apart.
fn file_stem(id: &str, position: usize) -> String {
    let stem: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    if stem.is_empty() || stem.len() != id.len() {
        format!("{position}-{stem}")
    } else {
        stem
    }
}
