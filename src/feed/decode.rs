//! Typed feed records from a JSON tree ([`crate::json`]), worded as serde
//! words what it expected ("invalid type: integer `5`, expected a string"),
//! each failure with the path inside its record and the byte it is at.

use super::model::{Booth, Category, Entrance, Event, FloorPlan, OcopStars, Rect, Series};
use super::model::{Status, Venue, Zone, DEFAULT_TIMEZONE};
use super::schedule::{FeedDate, Schedule};
use super::text::Text;
use crate::json::{is_integer, Node, Value};

/// Where a value sits inside the value being read; rendered only on failure.
#[derive(Clone, Copy)]
pub enum Path<'p> {
    /// The value being read itself.
    Top,
    /// A member of an object.
    Key(&'p Path<'p>, &'p str),
    /// An item of an array.
    Index(&'p Path<'p>, usize),
}

impl Path<'_> {
    /// `floor_plan.zones[1].name`, or empty at the top.
    pub fn render(&self) -> String {
        match self {
            Path::Top => String::new(),
            Path::Key(parent, key) => match parent.render() {
                above if above.is_empty() => (*key).to_owned(),
                above => above + "." + key,
            },
            Path::Index(parent, index) => parent.render() + "[" + &index.to_string() + "]",
        }
    }
}

/// Why a value could not be read, and where.
#[derive(Debug)]
pub struct Failure {
    /// The path inside the value being read (empty: the value as a whole).
    pub path: String,
    /// What was wrong, in serde's words.
    pub detail: String,
    /// The byte offset of the value at fault.
    pub byte: usize,
}

impl Failure {
    fn at(node: &Node, path: &Path, detail: String) -> Self {
        Failure {
            path: path.render(),
            detail,
            byte: node.start,
        }
    }

    /// The path under `prefix` (`events[3]` then `.start`).
    pub fn prefixed(&self, prefix: &str) -> String {
        match self.path.as_str() {
            "" => prefix.to_owned(),
            path if path.starts_with('[') => prefix.to_owned() + path,
            path => prefix.to_owned() + "." + path,
        }
    }
}

/// The result of reading one value.
pub type Read<T> = Result<T, Failure>;

/// A reader of one kind of value.
type Reader<T> = fn(&Node, &Path) -> Read<T>;

fn invalid(node: &Node, path: &Path, expected: &str) -> Failure {
    let detail = match node.value {
        Value::TooDeep => "recursion limit exceeded".to_owned(),
        ref value => "invalid type: ".to_owned() + &value.describe() + ", expected " + expected,
    };
    Failure::at(node, path, detail)
}

/// An object's members, looked up by name.
pub struct Object<'n, 'p, 'a> {
    node: &'n Node<'a>,
    path: &'p Path<'p>,
}

impl<'n, 'p, 'a> Object<'n, 'p, 'a> {
    /// `node` as an object; `what` names it when it is not one ("struct Booth").
    pub fn new(node: &'n Node<'a>, path: &'p Path<'p>, what: &str) -> Read<Self> {
        match node.value {
            Value::Object(_) => Ok(Object { node, path }),
            _ => Err(invalid(node, path, what)),
        }
    }

    /// The values of the members `names`, in that order; other members
    /// are ignored, so that newer feeds still load.
    pub fn fields<const N: usize>(&self, names: [&str; N]) -> Read<[Option<&'n Node<'a>>; N]> {
        let mut found = [None; N];
        self.fill(&names, &mut found)?;
        Ok(found)
    }

    fn fill(&self, names: &[&str], found: &mut [Option<&'n Node<'a>>]) -> Read<()> {
        let Value::Object(members) = &self.node.value else {
            return Ok(());
        };
        for (key, value) in members {
            if let Some(slot) = names.iter().position(|name| name == key) {
                if found[slot].is_some() {
                    let detail = "duplicate field `".to_owned() + names[slot] + "`";
                    return Err(Failure::at(value, self.path, detail));
                }
                found[slot] = Some(value);
            }
        }
        Ok(())
    }

    /// A member the record cannot do without.
    pub fn required<T>(&self, value: Option<&Node>, name: &str, read: Reader<T>) -> Read<T> {
        match value {
            Some(value) => read(value, &Path::Key(self.path, name)),
            None => Err(Failure::at(
                self.node,
                self.path,
                "missing field `".to_owned() + name + "`",
            )),
        }
    }

    /// A member that may be missing or `null`.
    pub fn optional<T>(
        &self,
        value: Option<&Node>,
        name: &str,
        read: Reader<T>,
    ) -> Read<Option<T>> {
        match value {
            None
            | Some(Node {
                value: Value::Null, ..
            }) => Ok(None),
            Some(value) => read(value, &Path::Key(self.path, name)).map(Some),
        }
    }

    /// A list member that may be missing (empty).
    pub fn list<T>(&self, value: Option<&Node>, name: &str, read: Reader<T>) -> Read<Vec<T>> {
        match value {
            None => Ok(Vec::new()),
            Some(value) => list(value, &Path::Key(self.path, name), read),
        }
    }
}

/// The items of an array.
pub fn items<'n, 'a>(node: &'n Node<'a>, path: &Path) -> Read<&'n [Node<'a>]> {
    match &node.value {
        Value::Array(items) => Ok(items),
        _ => Err(invalid(node, path, "a sequence")),
    }
}

/// An array of values of one kind.
fn list<T>(node: &Node, path: &Path, read: Reader<T>) -> Read<Vec<T>> {
    items(node, path)?
        .iter()
        .enumerate()
        .map(|(index, item)| read(item, &Path::Index(path, index)))
        .collect()
}

/// A string.
pub fn string(node: &Node, path: &Path) -> Read<String> {
    match &node.value {
        Value::String(text) => Ok(text.as_ref().to_owned()),
        _ => Err(invalid(node, path, "a string")),
    }
}

fn boolean(node: &Node, path: &Path) -> Read<bool> {
    match node.value {
        Value::Bool(value) => Ok(value),
        _ => Err(invalid(node, path, "a boolean")),
    }
}

/// A whole number within `min..=max`; `what` names the type (`u32`).
fn integer(node: &Node, path: &Path, what: &str, min: i64, max: i64) -> Read<i64> {
    match node.value {
        Value::Number(number) if is_integer(number) => number
            .parse::<i64>()
            .ok()
            .filter(|n| (min..=max).contains(n))
            .ok_or_else(|| {
                let detail = "invalid value: integer `".to_owned() + number + "`, expected " + what;
                Failure::at(node, path, detail)
            }),
        _ => Err(invalid(node, path, what)),
    }
}

/// A feed format version.
pub fn version(node: &Node, path: &Path) -> Read<u64> {
    integer(node, path, "u64", 0, i64::MAX).map(|n| n as u64)
}

fn unsigned(node: &Node, path: &Path) -> Read<u32> {
    integer(node, path, "u32", 0, u32::MAX.into()).map(|n| n as u32)
}

fn signed(node: &Node, path: &Path) -> Read<i32> {
    integer(node, path, "i32", i32::MIN.into(), i32::MAX.into()).map(|n| n as i32)
}

fn float(node: &Node, path: &Path) -> Read<f64> {
    match node.value {
        Value::Number(number) => match crate::builtins::parse_number(number) {
            value if value.is_finite() => Ok(value),
            _ => Err(Failure::at(node, path, "number out of range".to_owned())),
        },
        _ => Err(invalid(node, path, "f64")),
    }
}

/// A text a reader sees: a string, or a map of language codes to strings.
pub fn text(node: &Node, path: &Path) -> Read<Text> {
    match &node.value {
        Value::String(value) => Ok(Text::plain(value.as_ref())),
        Value::Object(members) if members.is_empty() => Err(Failure::at(
            node,
            path,
            "a language map needs at least one language".to_owned(),
        )),
        Value::Object(members) => members
            .iter()
            .map(|(lang, value)| {
                Ok((
                    lang.as_ref().to_owned(),
                    string(value, &Path::Key(path, lang))?,
                ))
            })
            .collect::<Read<Vec<_>>>()
            .map(Text::from_variants),
        _ => Err(invalid(
            node,
            path,
            r#"a text, or a map of languages like {"vi": "…", "en": "…"}"#,
        )),
    }
}

fn status(node: &Node, path: &Path) -> Read<Status> {
    const NAMES: [(&str, Status); 4] = [
        ("scheduled", Status::Scheduled),
        ("cancelled", Status::Cancelled),
        ("postponed", Status::Postponed),
        ("tba", Status::Tba),
    ];
    let Value::String(name) = &node.value else {
        return Err(invalid(node, path, "variant identifier"));
    };
    NAMES
        .iter()
        .find(|(known, _)| known == name)
        .map(|&(_, status)| status)
        .ok_or_else(|| {
            let detail = "unknown variant `".to_owned()
                + name
                + "`, expected one of `scheduled`, `cancelled`, `postponed`, `tba`";
            Failure::at(node, path, detail)
        })
}

fn feed_date(node: &Node, path: &Path) -> Read<FeedDate> {
    let detail = match &node.value {
        Value::String(text) => match FeedDate::parse(text) {
            Some(date) => return Ok(date),
            None => "expected ".to_owned() + FeedDate::EXPECTED + ", found \"" + text + "\"",
        },
        _ => "expected ".to_owned() + FeedDate::EXPECTED,
    };
    Err(Failure::at(node, path, detail))
}

fn ocop_stars(node: &Node, path: &Path) -> Read<OcopStars> {
    const EXPECTED: &str = "expected OCOP stars from 1 to 5";
    let stars = integer(node, path, "u8", 0, 255)
        .map_err(|_| Failure::at(node, path, EXPECTED.to_owned()))?;
    OcopStars::new(stars as u8).ok_or_else(|| {
        let detail = EXPECTED.to_owned() + ", found " + &stars.to_string();
        Failure::at(node, path, detail)
    })
}

/// The series record.
pub fn series(node: &Node, path: &Path) -> Read<Series> {
    let o = Object::new(node, path, "struct Series")?;
    let [id, name, organizer, url, calendar_url, timezone, sample] = o.fields([
        "id",
        "name",
        "organizer",
        "url",
        "calendar_url",
        "timezone",
        "sample",
    ])?;
    Ok(Series {
        id: o.required(id, "id", string)?,
        name: o.required(name, "name", text)?,
        organizer: o.optional(organizer, "organizer", text)?,
        url: o.optional(url, "url", string)?,
        calendar_url: o.optional(calendar_url, "calendar_url", string)?,
        timezone: o
            .optional(timezone, "timezone", string)?
            .unwrap_or_else(|| DEFAULT_TIMEZONE.to_owned()),
        sample: o.optional(sample, "sample", boolean)?.unwrap_or(false),
    })
}

/// A category record.
pub fn category(node: &Node, path: &Path) -> Read<Category> {
    let o = Object::new(node, path, "struct Category")?;
    let [id, name, parent] = o.fields(["id", "name", "parent"])?;
    Ok(Category {
        id: o.required(id, "id", string)?,
        name: o.required(name, "name", text)?,
        parent: o.optional(parent, "parent", string)?,
    })
}

/// A venue record.
pub fn venue(node: &Node, path: &Path) -> Read<Venue> {
    let o = Object::new(node, path, "struct Venue")?;
    let [id, name, address, ward, district, city, lat, lon] = o.fields([
        "id", "name", "address", "ward", "district", "city", "lat", "lon",
    ])?;
    Ok(Venue {
        id: o.required(id, "id", string)?,
        name: o.required(name, "name", text)?,
        address: o.optional(address, "address", text)?,
        ward: o.optional(ward, "ward", text)?,
        district: o.optional(district, "district", text)?,
        city: o.optional(city, "city", text)?,
        lat: o.optional(lat, "lat", float)?,
        lon: o.optional(lon, "lon", float)?,
    })
}

/// An event record, its dates checked; a malformed floor plan is left out
/// and noted in `ignored` rather than costing the event.
pub fn event(node: &Node, path: &Path) -> Read<Event> {
    let o = Object::new(node, path, "struct EventRecord")?;
    let [id, name, short_name, venue, start, end, year, month, status_, categories, booth_count, summary, organizers, source, floor_plan_, booths_url] =
        o.fields([
            "id",
            "name",
            "short_name",
            "venue",
            "start",
            "end",
            "year",
            "month",
            "status",
            "categories",
            "booth_count",
            "summary",
            "organizers",
            "source",
            "floor_plan",
            "booths_url",
        ])?;
    let id = o.required(id, "id", string)?;
    let name = o.required(name, "name", text)?;
    let short_name = o.optional(short_name, "short_name", text)?;
    let venue = o.optional(venue, "venue", string)?;
    let start = o.optional(start, "start", feed_date)?;
    let end = o.optional(end, "end", feed_date)?;
    let year = o.optional(year, "year", signed)?;
    let month = o.optional(month, "month", unsigned)?;
    let status = o.optional(status_, "status", status)?.unwrap_or_default();
    let categories = o.list(categories, "categories", string)?;
    let booth_count = o.optional(booth_count, "booth_count", unsigned)?;
    let summary = o.optional(summary, "summary", text)?;
    let organizers = o.list(organizers, "organizers", text)?;
    let source = o.optional(source, "source", string)?;
    let booths_url = o.optional(booths_url, "booths_url", string)?;
    let mut ignored = Vec::new();
    let floor_plan = match o.optional(floor_plan_, "floor_plan", floor_plan) {
        Ok(plan) => plan,
        Err(failure) => {
            ignored.push(("floor_plan".to_owned(), failure.detail));
            None
        }
    };
    let schedule = Schedule::from_fields(start, end, year, month)
        .map_err(|error| Failure::at(node, path, error.to_string()))?;
    Ok(Event {
        id,
        name,
        short_name,
        venue,
        schedule,
        status,
        categories,
        booth_count,
        summary,
        organizers,
        source,
        floor_plan,
        booths_url,
        ignored,
    })
}

/// A rectangle's four members, in an object of its own or inside another.
fn rect_in(o: &Object) -> Read<Rect> {
    let [x, y, w, h] = o.fields(["x", "y", "w", "h"])?;
    Ok(Rect {
        x: o.required(x, "x", float)?,
        y: o.required(y, "y", float)?,
        w: o.required(w, "w", float)?,
        h: o.required(h, "h", float)?,
    })
}

fn rect(node: &Node, path: &Path) -> Read<Rect> {
    rect_in(&Object::new(node, path, "struct Rect")?)
}

fn zone(node: &Node, path: &Path) -> Read<Zone> {
    let o = Object::new(node, path, "struct Zone")?;
    let [name] = o.fields(["name"])?;
    Ok(Zone {
        name: o.required(name, "name", text)?,
        area: rect_in(&o)?,
    })
}

fn entrance(node: &Node, path: &Path) -> Read<Entrance> {
    let o = Object::new(node, path, "struct Entrance")?;
    let [label, x, y] = o.fields(["label", "x", "y"])?;
    Ok(Entrance {
        label: o.optional(label, "label", text)?,
        x: o.required(x, "x", float)?,
        y: o.required(y, "y", float)?,
    })
}

fn floor_plan(node: &Node, path: &Path) -> Read<FloorPlan> {
    let o = Object::new(node, path, "struct FloorPlan")?;
    let [width, height, zones, entrances] = o.fields(["width", "height", "zones", "entrances"])?;
    Ok(FloorPlan {
        width: o.required(width, "width", float)?,
        height: o.required(height, "height", float)?,
        zones: o.list(zones, "zones", zone)?,
        entrances: o.list(entrances, "entrances", entrance)?,
    })
}

/// A booth record.
pub fn booth(node: &Node, path: &Path) -> Read<Booth> {
    let o = Object::new(node, path, "struct Booth")?;
    let [id, event, code, exhibitor, categories, products, description, website, phone, phones, email, ocop, position] =
        o.fields([
            "id",
            "event",
            "code",
            "exhibitor",
            "categories",
            "products",
            "description",
            "website",
            "phone",
            "phones",
            "email",
            "ocop_stars",
            "position",
        ])?;
    Ok(Booth {
        id: o.required(id, "id", string)?,
        event: o.required(event, "event", string)?,
        code: o.required(code, "code", string)?,
        exhibitor: o.required(exhibitor, "exhibitor", text)?,
        categories: o.list(categories, "categories", string)?,
        products: o.list(products, "products", text)?,
        description: o.optional(description, "description", text)?,
        website: o.optional(website, "website", string)?,
        phone: o.optional(phone, "phone", string)?,
        phones: o.list(phones, "phones", string)?,
        email: o.optional(email, "email", string)?,
        ocop_stars: o.optional(ocop, "ocop_stars", ocop_stars)?,
        position: o.optional(position, "position", rect)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read<T>(json: &str, reader: Reader<T>) -> Result<T, (String, String, usize)> {
        let node = crate::json::parse(json).unwrap();
        reader(&node, &Path::Top).map_err(|f| (f.path, f.detail, f.byte))
    }

    #[test]
    fn wrong_types_are_worded_as_serde_words_them_at_the_value() {
        let json = r#"{"id": 5, "name": "A", "event": "e", "code": "c", "exhibitor": "x"}"#;
        assert_eq!(
            read(json, booth).unwrap_err(),
            (
                "id".into(),
                "invalid type: integer `5`, expected a string".into(),
                7
            )
        );
        let json = r#"{"id": "b", "event": "e", "code": "c", "exhibitor": {"vi": 1}}"#;
        assert_eq!(
            read(json, booth).unwrap_err(),
            (
                "exhibitor.vi".into(),
                "invalid type: integer `1`, expected a string".into(),
                59
            )
        );
    }

    #[test]
    fn a_missing_field_points_at_its_object() {
        let json = r#"{"floor_plan": {"width": 1, "height": 2, "zones": [{"name": "Z", "x": 0}]}}"#;
        let node = crate::json::parse(json).unwrap();
        let Value::Object(members) = &node.value else {
            panic!()
        };
        let failure = floor_plan(&members[0].1, &Path::Top).unwrap_err();
        assert_eq!(failure.path, "zones[0]");
        assert_eq!(failure.detail, "missing field `y`");
        assert_eq!(&json[failure.byte..failure.byte + 8], "{\"name\":");
    }

    #[test]
    fn numbers_are_checked_for_kind_and_range() {
        let month = |json: &str| read(json, unsigned).map_err(|e| e.1);
        assert_eq!(month("9"), Ok(9));
        assert_eq!(
            month("-1").unwrap_err(),
            "invalid value: integer `-1`, expected u32"
        );
        assert_eq!(
            month("1.5").unwrap_err(),
            "invalid type: floating point `1.5`, expected u32"
        );
        assert_eq!(read("1e400", float).unwrap_err().1, "number out of range");
        assert_eq!(read("-2.5", float), Ok(-2.5));
    }

    #[test]
    fn unknown_status_names_the_known_ones_and_duplicates_are_refused() {
        let json = r#"{"id": "e", "name": "A", "year": 2020, "status": "done"}"#;
        assert_eq!(
            read(json, event).unwrap_err().1,
            "unknown variant `done`, expected one of `scheduled`, `cancelled`, `postponed`, `tba`"
        );
        let json = r#"{"id": "c", "name": "A", "id": "d"}"#;
        assert_eq!(read(json, category).unwrap_err().1, "duplicate field `id`");
    }
}
