//! What a host asks of a widget: its props, and how an embed element's
//! attributes and the URL hash become them (pure, tested natively).

use super::Tab;
use crate::attributes::EmbedSettings;
use crate::booths::{BoothLink, BoothQuery};
use crate::calendar::{CalendarLink, CalendarView};
use crate::i18n::Lang;
use crate::load::{CatalogRef, RetryPolicy};
use chrono::NaiveDate;
use yew::prelude::*;

/// Below this width (CSS pixels) the calendar opens as an agenda.
pub const NARROW: i32 = 560;

/// How often an open widget asks whether its feed changed, by default:
/// with HTTP revalidation an unchanged feed costs one small 304 answer.
pub const DEFAULT_REFRESH_SECS: u32 = 600;

/// Which parts of the widget the host shows (`data-view`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sections {
    /// The calendar and the booth finder, as two tabs.
    #[default]
    Both,
    /// The calendar only.
    Calendar,
    /// The booth finder only.
    Booths,
}

impl Sections {
    /// Reads `data-view`: `calendar`, `booths` or `both`.
    pub fn from_attribute(value: &str) -> Option<Self> {
        match value.trim() {
            "both" => Some(Sections::Both),
            "calendar" => Some(Sections::Calendar),
            "booths" => Some(Sections::Booths),
            _ => None,
        }
    }
}

/// Props of [`Widget`]: what the host page's `data-` attributes say.
#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    /// URL of the JSON feed.
    pub feed_url: AttrValue,
    /// The language to start in.
    #[prop_or_default]
    pub lang: Lang,
    /// Today's date, when the host fixes it (previews, tests); otherwise
    /// today in the series' time zone from the reader's clock.
    #[prop_or_default]
    pub today: Option<NaiveDate>,
    /// A catalog already loaded (server rendering, tests): no fetch.
    #[prop_or_default]
    pub preloaded: Option<CatalogRef>,
    /// Prefix that keeps element ids unique when several widgets share a
    /// page; also the widget's namespace in the URL hash.
    #[prop_or(AttrValue::Static("gf"))]
    pub id_prefix: AttrValue,
    /// The calendar view when the link names none (agenda when narrow).
    #[prop_or_default]
    pub default_view: CalendarView,
    /// The month the grid opens on when the link names none (`data-month`);
    /// by default a month with events.
    #[prop_or_default]
    pub start_month: Option<(i32, u32)>,
    /// Lunar dates in the grid: `None` shows them in Vietnamese only.
    #[prop_or_default]
    pub lunar: Option<bool>,
    /// The calendar state a shared link reopens (read from the URL hash).
    #[prop_or_default]
    pub link: CalendarLink,
    /// The booth finder state a shared link reopens, or the host's preset.
    #[prop_or_default]
    pub booth_link: BoothLink,
    /// The host's preset (`data-category`, `data-event`): followed when the
    /// host changes it, whatever a link said at the start.
    #[prop_or_default]
    pub booth_preset: BoothQuery,
    /// The tab a shared link reopens.
    #[prop_or_default]
    pub tab: Option<Tab>,
    /// Which parts to show.
    #[prop_or_default]
    pub sections: Sections,
    /// Seconds between checks for a newer feed while the page is visible
    /// (`data-refresh`); 0 never checks.
    #[prop_or(DEFAULT_REFRESH_SECS)]
    pub refresh_secs: u32,
    /// Seconds one download attempt may take (`data-timeout`).
    #[prop_or(RetryPolicy::default().timeout_secs)]
    pub timeout_secs: u32,
    /// What was wrong with the host's `data-` attributes (for the site's
    /// developer; the defaults were used).
    #[prop_or_default]
    pub embed_problems: Vec<AttrValue>,
}

impl WidgetProps {
    /// How the widget's downloads are tried: the default policy with this
    /// widget's `data-timeout`.
    pub(crate) fn retry_policy(&self) -> RetryPolicy {
        RetryPolicy::default().with_timeout(self.timeout_secs)
    }

    /// The props of an embed element: its `settings`, the feed it names,
    /// the state a shared link gives (`pairs`, read from the URL hash in
    /// the widget's `namespace`) and its width in CSS pixels (0 if unknown).
    pub fn from_embed(
        settings: &EmbedSettings,
        feed_url: String,
        pairs: &[(String, String)],
        namespace: String,
        width: i32,
    ) -> Self {
        let booth_preset = BoothQuery {
            category: settings.category.clone(),
            event: settings.event.clone(),
            ..BoothQuery::default()
        };
        let mut booth_link = BoothLink::from_pairs(pairs);
        if booth_link == BoothLink::default() {
            // The host's preset applies until a link says otherwise.
            booth_link.query = booth_preset.clone();
        }
        let tab = pairs
            .iter()
            .find(|(k, _)| k == Tab::HASH_KEY)
            .map(|(_, v)| Tab::from_key(v));
        WidgetProps {
            feed_url: feed_url.into(),
            lang: settings.lang,
            today: settings.today,
            preloaded: None,
            link: CalendarLink::from_pairs(pairs),
            booth_link,
            booth_preset,
            tab,
            sections: settings.sections,
            id_prefix: namespace.into(),
            default_view: if width > 0 && width < NARROW {
                CalendarView::Agenda
            } else {
                CalendarView::Grid
            },
            lunar: settings.lunar,
            start_month: settings.start_month,
            refresh_secs: settings.refresh_secs,
            timeout_secs: settings.timeout_secs,
            embed_problems: settings.problems.iter().cloned().map(Into::into).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attributes::read_attributes;

    fn settings(pairs: &[(&str, &str)]) -> EmbedSettings {
        let owned: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        read_attributes(&|name| {
            owned
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        })
    }

    #[test]
    fn a_narrow_element_opens_the_agenda_and_an_unknown_width_the_grid() {
        let s = settings(&[]);
        let narrow = WidgetProps::from_embed(&s, "f.json".into(), &[], "gf0".into(), 320);
        assert_eq!(narrow.default_view, CalendarView::Agenda);
        let unknown = WidgetProps::from_embed(&s, "f.json".into(), &[], "gf0".into(), 0);
        assert_eq!(unknown.default_view, CalendarView::Grid);
    }

    #[test]
    fn the_hosts_preset_stands_until_a_link_names_a_booth_search() {
        let s = settings(&[("data-category", "do-go")]);
        let preset = WidgetProps::from_embed(&s, "f.json".into(), &[], "gf0".into(), 800);
        assert_eq!(preset.booth_link.query.category.as_deref(), Some("do-go"));
        let linked = [("bq".to_owned(), "tui".to_owned())];
        let from_link = WidgetProps::from_embed(&s, "f.json".into(), &linked, "gf0".into(), 800);
        assert_eq!(from_link.booth_link.query.category, None);
    }

    #[test]
    fn the_hosts_preset_is_kept_apart_to_be_followed_when_it_changes() {
        let s = settings(&[("data-category", "do-go"), ("data-event", "fair")]);
        let linked = [("bq".to_owned(), "tui".to_owned())];
        let props = WidgetProps::from_embed(&s, "f.json".into(), &linked, "gf0".into(), 800);
        assert_eq!(
            props.booth_link.query.category, None,
            "the link wins at the start"
        );
        assert_eq!(
            (
                props.booth_preset.category.as_deref(),
                props.booth_preset.event.as_deref()
            ),
            (Some("do-go"), Some("fair"))
        );
    }

    #[test]
    fn the_tab_comes_from_the_link_and_problems_reach_the_widget() {
        let s = settings(&[("data-lang", "fr")]);
        let pairs = [(Tab::HASH_KEY.to_owned(), "booths".to_owned())];
        let props = WidgetProps::from_embed(&s, "f.json".into(), &pairs, "gf0".into(), 800);
        assert_eq!(props.tab, Some(Tab::Booths));
        assert_eq!(props.embed_problems.len(), 1);
        assert_eq!(props.id_prefix, "gf0");
    }
}
