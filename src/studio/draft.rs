//! The feed an organiser is working on: its text is the truth (the
//! validator's lines and columns point into it), and the forms' edits are
//! made on its JSON, keeping the keys in the order they were written.

use serde_json::{json, Map, Value};

/// The lists of records a form can add to or remove from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    /// `categories`.
    Categories,
    /// `venues`.
    Venues,
    /// `events`.
    Events,
}

impl List {
    /// The list's key in the feed.
    pub fn key(self) -> &'static str {
        match self {
            List::Categories => "categories",
            List::Venues => "venues",
            List::Events => "events",
        }
    }

    /// The start of a new record's id (`su-kien-3`).
    fn id_stem(self) -> &'static str {
        match self {
            List::Categories => "nganh-hang",
            List::Venues => "dia-diem",
            List::Events => "hoi-cho",
        }
    }
}

/// One step into a feed's JSON: a key of an object or a position in a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// An object's key.
    Key(String),
    /// A list's position.
    Index(usize),
}

/// Where a value is in the feed, written as the validator writes paths
/// (`events[2].name.vi`), so its findings can be shown at their field.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct FieldPath(pub Vec<Step>);

impl FieldPath {
    /// The path of a record: `events[2]`.
    pub fn record(list: List, index: usize) -> Self {
        FieldPath(vec![Step::Key(list.key().into()), Step::Index(index)])
    }

    /// The series record.
    pub fn series() -> Self {
        FieldPath(vec![Step::Key("series".into())])
    }

    /// This path with `key` after it.
    pub fn key(&self, key: &str) -> Self {
        let mut steps = self.0.clone();
        steps.push(Step::Key(key.into()));
        FieldPath(steps)
    }

    /// The path as the validator writes it.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for step in &self.0 {
            match step {
                Step::Key(key) if out.is_empty() => out.push_str(key),
                Step::Key(key) => {
                    out.push('.');
                    out.push_str(key);
                }
                Step::Index(i) => out.push_str(&format!("[{i}]")),
            }
        }
        out
    }
}

/// A change made in a form.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Sets the value at a path (`None` removes it), creating the objects on
    /// the way.
    Set(FieldPath, Option<Value>),
    /// Several changes at once (dates replace a year, and the other way round).
    All(Vec<Edit>),
    /// Appends a new record with a fresh id.
    Add(List),
    /// Removes a record.
    Remove(List, usize),
}

/// Why an edit could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DraftError {
    /// The text is not JSON, so there is nothing for a form to change: the
    /// organiser mends the text first, at this line and column.
    #[error("the feed is not valid JSON yet (line {0}, column {1})")]
    NotJson(usize, usize),
    /// The feed's top level is not an object.
    #[error("the feed is not a JSON object")]
    NotObject,
}

/// The feed being edited, and the name of the file it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// The file's name (`feed.json`), for messages and downloads.
    pub name: String,
    /// The feed's text.
    pub text: String,
}

impl Draft {
    /// A new, empty series to start from: valid, with one category, one
    /// venue and one event to copy.
    pub fn template() -> Self {
        let feed = json!({
            "version": 1,
            "series": {
                "id": "chuoi-hoi-cho",
                "name": {"vi": "Mạng lưới sản xuất và tiêu dùng bền vững", "en": "Sustainable production and consumption network"},
                "organizer": {"vi": "Sở Công Thương Hà Nội", "en": "Hanoi Department of Industry and Trade"},
                "timezone": "Asia/Ho_Chi_Minh"
            },
            "categories": [
                {"id": "tai-che", "name": {"vi": "Sản phẩm tái chế", "en": "Recycled products"}}
            ],
            "venues": [
                {"id": "dia-diem-1", "name": {"vi": "Địa điểm", "en": "Venue"}, "city": "Hà Nội"}
            ],
            "events": [
                {"id": "hoi-cho-1", "name": {"vi": "Hội chợ", "en": "Fair"}, "venue": "dia-diem-1", "status": "tba", "year": 2026, "categories": ["tai-che"]}
            ],
            "booths": []
        });
        Draft {
            name: "feed.json".into(),
            text: pretty(&feed),
        }
    }

    /// The feed's JSON, keys in their written order.
    pub fn document(&self) -> Result<Value, DraftError> {
        let text = self.text.strip_prefix('\u{feff}').unwrap_or(&self.text);
        serde_json::from_str(text).map_err(|e| DraftError::NotJson(e.line(), e.column()))
    }

    /// The draft with `edit` made, its text written anew (two-space indent).
    pub fn edited(&self, edit: &Edit) -> Result<Draft, DraftError> {
        self.edited_from(self.document()?, edit)
    }

    /// The same, from the draft's `document` already parsed (the studio
    /// keeps it, so an edit does not read the text again).
    pub fn edited_from(&self, mut document: Value, edit: &Edit) -> Result<Draft, DraftError> {
        if !document.is_object() {
            return Err(DraftError::NotObject);
        }
        apply(&mut document, edit);
        Ok(Draft {
            name: self.name.clone(),
            text: pretty(&document),
        })
    }
}

/// The value at `path` in an already parsed document (a form's fields read
/// many values: the text is parsed once for all of them).
pub fn value_in<'a>(document: &'a Value, path: &FieldPath) -> Option<&'a Value> {
    let mut node = document;
    for step in &path.0 {
        node = match step {
            Step::Key(key) => node.get(key)?,
            Step::Index(i) => node.get(i)?,
        };
    }
    Some(node)
}

/// Makes `edit` on the document.
fn apply(document: &mut Value, edit: &Edit) {
    match edit {
        Edit::Set(path, value) => {
            set(document, &path.0, value.clone());
            if value.is_none() {
                drop_emptied(document, &path.0);
            }
        }
        Edit::All(edits) => edits.iter().for_each(|e| apply(document, e)),
        Edit::Add(list) => {
            let id = fresh_id(document, *list);
            let record = match list {
                List::Categories => json!({"id": id, "name": {"vi": "", "en": ""}}),
                List::Venues => json!({"id": id, "name": {"vi": "", "en": ""}}),
                List::Events => {
                    json!({"id": id, "name": {"vi": "", "en": ""}, "status": "tba", "year": 2026})
                }
            };
            let Some(object) = document.as_object_mut() else {
                return;
            };
            let entry = object
                .entry(list.key())
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(records) = entry {
                records.push(record);
            }
        }
        Edit::Remove(list, index) => {
            if let Some(Value::Array(records)) = document.get_mut(list.key()) {
                if *index < records.len() {
                    records.remove(*index);
                }
            }
        }
    }
}

/// Sets (or with `None` removes) the value at `steps`, making objects on
/// the way; a text written as a plain string becomes `{"vi": ...}` when one
/// language of it is set.
fn set(node: &mut Value, steps: &[Step], value: Option<Value>) {
    let Some((first, rest)) = steps.split_first() else {
        if let Some(value) = value {
            *node = value;
        }
        return;
    };
    match first {
        Step::Key(key) => {
            if let Value::String(text) = node {
                // A one-language text gains its languages.
                let mut object = Map::new();
                object.insert("vi".into(), Value::String(std::mem::take(text)));
                *node = Value::Object(object);
            }
            if !node.is_object() {
                *node = Value::Object(Map::new());
            }
            let object = node.as_object_mut().expect("made an object above");
            if rest.is_empty() {
                match value {
                    Some(value) => {
                        object.insert(key.clone(), value);
                    }
                    None => {
                        object.shift_remove(key);
                    }
                }
                return;
            }
            let child = object.entry(key.clone()).or_insert(Value::Null);
            set(child, rest, value);
        }
        Step::Index(i) => {
            if let Some(child) = node.as_array_mut().and_then(|a| a.get_mut(*i)) {
                set(child, rest, value);
            }
        }
    }
}

/// After a removal at `steps`, removes the objects it left empty (a text
/// whose last language was cleared), up to the record itself: `{}` is not
/// a text, and the validator would leave the whole record out for it.
fn drop_emptied(document: &mut Value, steps: &[Step]) {
    // Records are `list[i]` (two steps); the series is one step.
    let keep = if matches!(steps.first(), Some(Step::Key(k)) if k == "series") {
        1
    } else {
        2
    };
    let mut depth = steps.len().saturating_sub(1);
    while depth > keep {
        let parent = FieldPath(steps[..depth].to_vec());
        let empty =
            value_in(document, &parent).is_some_and(|v| v.as_object().is_some_and(Map::is_empty));
        if !empty {
            return;
        }
        set(document, &steps[..depth], None);
        depth -= 1;
    }
}

/// An id no record of `list` has yet: `hoi-cho-3`.
fn fresh_id(document: &Value, list: List) -> String {
    let taken: Vec<&str> = document
        .get(list.key())
        .and_then(Value::as_array)
        .map(|records| {
            records
                .iter()
                .filter_map(|r| r.get("id").and_then(Value::as_str))
                .collect()
        })
        .unwrap_or_default();
    (1..)
        .map(|n| format!("{}-{n}", list.id_stem()))
        .find(|id| !taken.contains(&id.as_str()))
        .expect("some number is free")
}

/// The document as organisers' files are written: two-space indent, a
/// final newline.
pub fn pretty(document: &Value) -> String {
    serde_json::to_string_pretty(document).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::Report;

    fn set(path: &str, value: Value) -> Edit {
        let steps = path
            .split('.')
            .map(|part| match part.parse::<usize>() {
                Ok(i) => Step::Index(i),
                Err(_) => Step::Key(part.into()),
            })
            .collect();
        Edit::Set(FieldPath(steps), Some(value))
    }

    #[test]
    fn the_template_is_a_valid_feed() {
        let report = Report::of("feed.json", &Draft::template().text);
        assert_eq!(report.exit_code(), 0, "{}", report.to_text());
        assert_eq!(report.summary.events, 1);
    }

    #[test]
    fn an_edit_keeps_the_keys_in_their_written_order() {
        let draft = Draft {
            name: "f.json".into(),
            text: r#"{"version": 1, "series": {"name": "A", "id": "s"}, "events": []}"#.into(),
        };
        let edited = draft
            .edited(&set("series.name.en", json!("Fairs")))
            .unwrap();
        let name_at = edited.text.find("\"name\"").unwrap();
        let id_at = edited.text.find("\"id\"").unwrap();
        assert!(name_at < id_at, "{}", edited.text);
        assert!(
            edited.text.contains("\"vi\": \"A\""),
            "the plain text became its Vietnamese: {}",
            edited.text
        );
        assert!(edited.text.contains("\"en\": \"Fairs\""));
    }

    #[test]
    fn records_are_added_with_fresh_ids_and_removed() {
        let draft = Draft::template();
        let added = draft.edited(&Edit::Add(List::Events)).unwrap();
        let events = added.document().unwrap()["events"].clone();
        assert_eq!(events[1]["id"], "hoi-cho-2");
        let removed = added.edited(&Edit::Remove(List::Events, 0)).unwrap();
        assert_eq!(removed.document().unwrap()["events"][0]["id"], "hoi-cho-2");
    }

    #[test]
    fn a_broken_text_cannot_be_edited_by_form_and_says_why() {
        let draft = Draft {
            name: "f.json".into(),
            text: "{\"version\": 1,".into(),
        };
        assert!(matches!(
            draft.edited(&Edit::Add(List::Venues)),
            Err(DraftError::NotJson(1, _))
        ));
    }

    #[test]
    fn clearing_the_last_language_of_a_text_removes_the_text_not_the_record() {
        let draft = Draft {
            name: "f.json".into(),
            text: r#"{"version": 1, "series": {"id": "s", "name": "S", "organizer": "Sở"}, "venues": [{"id": "v", "name": "V", "city": "Hà Nội"}]}"#.into(),
        };
        let city = FieldPath::record(List::Venues, 0).key("city").key("vi");
        let cleared = draft.edited(&Edit::Set(city, None)).unwrap();
        let venue = &cleared.document().unwrap()["venues"][0];
        assert_eq!(venue.get("city"), None, "{venue}");
        assert_eq!(venue["name"], "V", "the venue stays");
        let organizer = FieldPath::series().key("organizer").key("vi");
        let cleared = cleared.edited(&Edit::Set(organizer, None)).unwrap();
        assert_eq!(cleared.document().unwrap()["series"].get("organizer"), None);
        assert_eq!(Report::of("f.json", &cleared.text).exit_code(), 0);
    }

    #[test]
    fn paths_are_written_as_the_validator_writes_them() {
        let path = FieldPath::record(List::Events, 2).key("name").key("vi");
        assert_eq!(path.text(), "events[2].name.vi");
        let removing = Edit::Set(FieldPath::record(List::Events, 0).key("year"), None);
        let draft = Draft::template().edited(&removing).unwrap();
        assert!(!draft.text.contains("\"year\""));
    }
}
