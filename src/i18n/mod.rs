//! Everything a reader reads, in Vietnamese (the default) and English.

mod dates;
mod errors;
mod findings;
mod messages;

pub use dates::{format_day_long, format_saved_at, format_schedule};
pub use errors::{describe_feed_error, describe_position, describe_warning};
pub use findings::{
    describe_detail, describe_problem, describe_refusal, describe_refusal_plainly, json_key,
    read_detail, Detail, ScheduleDetail,
};
pub use messages::Messages;

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Tiếng Việt, the default.
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order the language switch shows them.
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// Reads a `data-lang` value ("vi", "en", "en-GB"...); unknown gives `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The BCP 47 code, for `lang` attributes and picking feed texts.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// The language's name in itself, for the language switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Vi => "Tiếng Việt",
            Lang::En => "English",
        }
    }

    /// The user-interface strings in this language.
    pub fn messages(self) -> &'static Messages {
        match self {
            Lang::Vi => &messages::VI,
            Lang::En => &messages::EN,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes_are_read_leniently() {
        assert_eq!(Lang::from_code("vi"), Some(Lang::Vi));
        assert_eq!(Lang::from_code(" EN-gb "), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
    }
}
