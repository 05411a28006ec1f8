//! One widget's state and its reducer: no HTML here, so every transition
//! is tested natively.

use super::host_events::{self, HostEvents};
use super::CatalogRef;
use crate::booths::{BoothLink, BoothQuery, Favourites};
use crate::calendar::{CalendarLink, CalendarView, EventFilter};
use crate::i18n::Lang;
use crate::load::{LoadError, SavedAt};
use chrono::{Datelike, NaiveDate};
use std::rc::Rc;
use yew::Reducible;

/// Where the feed is.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadState {
    /// Downloading or parsing.
    Loading,
    /// Loaded and indexed.
    Ready(CatalogRef),
    /// Could not be shown; the reader may retry.
    Failed(LoadError),
}

/// Everything one widget instance remembers.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetState {
    /// The language the reader reads in.
    pub lang: Lang,
    /// The feed.
    pub load: LoadState,
    /// Bumped by each retry, so the fetch effect runs again.
    pub attempt: u32,
    /// Bumped by each periodic refresh, so the fetch effect asks again.
    pub refreshes: u32,
    /// For a split feed whose booth files are in: the index they were added
    /// to, so an unchanged index on refresh leaves the whole catalog alone.
    pub split_index: Option<CatalogRef>,
    /// When the copy on screen was saved, if the network failed and the
    /// browser's last good copy stands in.
    pub saved_at: Option<SavedAt>,
    /// The calendar's view, month, filters and open event: what a link shares.
    pub calendar: CalendarLink,
    /// The day whose events are listed in a dialog ("+2" on a crowded day).
    pub open_day: Option<NaiveDate>,
    /// The day that has keyboard focus in the month grid.
    pub focus_day: Option<NaiveDate>,
    /// A short confirmation for screen readers and eyes ("Link copied.").
    pub notice: Option<Notice>,
    /// The part of the widget shown.
    pub tab: Tab,
    /// The booth finder's query, open booth and favourites view: what a link shares.
    pub booths: BoothLink,
    /// The visitor's starred booths (kept in the browser per feed).
    pub favourites: Favourites,
    /// How many results the booth list renders (it grows as the visitor scrolls).
    pub booth_limit: usize,
    /// The host changed `data-feed`: the data on screen is the old feed's
    /// until the new one comes, and a failure shows rather than keep it.
    pub feed_replaced: bool,
    /// What the host page is told (`greenfair:*` events), for the effect
    /// that dispatches them.
    pub host_events: HostEvents,
}

/// The parts of the widget.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    /// The event calendar.
    #[default]
    Calendar,
    /// The booth finder.
    Booths,
}

impl Tab {
    /// The tabs in their order on screen.
    pub const ALL: [Tab; 2] = [Tab::Calendar, Tab::Booths];

    /// The tab's key in a widget's part of the URL hash (`#gf0.t=booths`).
    pub const HASH_KEY: &'static str = "t";

    /// The tab a hash value names (`booths`; anything else is the calendar).
    pub fn from_key(key: &str) -> Tab {
        if key == Tab::Booths.key() {
            Tab::Booths
        } else {
            Tab::Calendar
        }
    }

    /// The tab a key pressed on this one selects, as the WAI-ARIA tabs
    /// pattern has it: the arrows move to the neighbour and wrap, Home goes
    /// to the first tab and End to the last; `None` for any other key.
    pub fn after_key(self, key: &str) -> Option<Tab> {
        let (i, n) = (self.position(), Tab::ALL.len());
        let next = match key {
            "ArrowRight" => (i + 1) % n,
            "ArrowLeft" => (i + n - 1) % n,
            "Home" => 0,
            "End" => n - 1,
            _ => return None,
        };
        Some(Tab::ALL[next])
    }

    /// Where it is in [`Tab::ALL`].
    pub fn position(self) -> usize {
        Tab::ALL.iter().position(|&t| t == self).unwrap_or(0)
    }

    /// The word used in links.
    pub fn key(self) -> &'static str {
        match self {
            Tab::Calendar => "calendar",
            Tab::Booths => "booths",
        }
    }
}

impl Notice {
    /// The notice for a copy of a link (`list: false`) or of the text list
    /// that happened, or did not.
    pub fn of_copy(list: bool, copied: bool) -> Notice {
        match (list, copied) {
            (false, true) => Notice::LinkCopied,
            (false, false) => Notice::LinkNotCopied,
            (true, true) => Notice::ListCopied,
            (true, false) => Notice::ListNotCopied,
        }
    }

    /// What the notice says.
    pub fn text(self, lang: Lang) -> &'static str {
        match self {
            Notice::LinkCopied => lang.messages().link_copied,
            Notice::ListCopied => lang.messages().list_copied,
            Notice::LinkNotCopied => lang.messages().link_not_copied,
            Notice::ListNotCopied => lang.messages().list_not_copied,
        }
    }
}

/// How many booth results render at first, and per "show more".
pub const BOOTH_PAGE: usize = 24;

/// Confirmations the widget announces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The event's link is on the clipboard.
    LinkCopied,
    /// The favourites' text list is on the clipboard.
    ListCopied,
    /// The browser refused the clipboard: the link is shown, selected, to copy by hand.
    LinkNotCopied,
    /// The same for the favourites' text list.
    ListNotCopied,
}

impl WidgetState {
    /// True while a dialog is open: an event's or a booth's details, or a
    /// day's list.
    pub fn dialog_open(&self) -> bool {
        self.calendar.event.is_some() || self.open_day.is_some() || self.booths.booth.is_some()
    }

    /// Whether the catalog on screen has its booth index: built in slices
    /// after the feed shows, the booth search waits for it.
    pub fn booths_indexed(&self) -> bool {
        matches!(&self.load, LoadState::Ready(c) if c.has_booth_index())
    }

    /// A widget that starts loading, or starts with a catalog already loaded.
    pub fn new(lang: Lang, preloaded: Option<CatalogRef>, calendar: CalendarLink) -> Self {
        let load = preloaded.map_or(LoadState::Loading, LoadState::Ready);
        Self {
            lang,
            host_events: HostEvents::starting(&load),
            load,
            attempt: 0,
            refreshes: 0,
            split_index: None,
            saved_at: None,
            calendar,
            open_day: None,
            focus_day: None,
            notice: None,
            tab: Tab::default(),
            booths: BoothLink::default(),
            favourites: Favourites::default(),
            booth_limit: BOOTH_PAGE,
            feed_replaced: false,
        }
    }

    /// The same state on another tab, with the booth finder's link.
    pub fn with_booths(mut self, tab: Tab, booths: BoothLink) -> Self {
        self.tab = tab;
        self.booths = booths;
        self
    }
}

/// What the reader or the network did.
#[derive(Clone, Debug)]
pub enum Action {
    /// The reader chose a language.
    SetLang(Lang),
    /// The feed arrived and loaded.
    Loaded(CatalogRef),
    /// A split feed's booth files arrived: the index, and the whole catalog.
    LoadedBooths(CatalogRef, CatalogRef),
    /// The booth index of this catalog is built.
    BoothsIndexed(CatalogRef),
    /// The network failed; the browser's copy saved at that time loaded.
    LoadedSaved(CatalogRef, SavedAt),
    /// The feed could not be loaded.
    Failed(LoadError),
    /// The reader asked to try again.
    Retry,
    /// Time to ask the server whether the feed changed.
    Refresh,
    /// Agenda or month grid.
    SetView(CalendarView),
    /// Show this month in the grid.
    ShowMonth(i32, u32),
    /// New filters or search text.
    SetFilter(EventFilter),
    /// Open an event's details.
    OpenEvent(String),
    /// List the events of a day.
    OpenDay(NaiveDate),
    /// Close the open dialog (details or day list).
    CloseDialog,
    /// Move keyboard focus to a day of the grid, turning the month if needed.
    FocusDay(NaiveDate),
    /// Announce a confirmation.
    Notify(Notice),
    /// Show the calendar or the booth finder.
    SetTab(Tab),
    /// New booth search words or facets.
    SetBoothQuery(BoothQuery),
    /// Open a booth's details.
    OpenBooth(String),
    /// Render more booth results.
    ShowMoreBooths,
    /// Star or unstar a booth.
    ToggleFavourite(String),
    /// The favourites read from the browser's storage.
    SetFavourites(Favourites),
    /// Show the favourites list (true) or the search (false).
    ShowFavourites(bool),
    /// Leave a list of favourites someone shared.
    CloseSharedList,
    /// Open the booth finder on one event's booths (from the calendar).
    ShowBoothsOf(String),
    /// The reader settled on the search shown (a pause after typing, or
    /// Enter); its results are counted as of this day.
    SettleSearch(NaiveDate),
    /// The system share sheet shared (true), or was closed or refused.
    Shared(bool),
    /// The host page changed `data-feed`: the new feed is on its way.
    FeedChanged,
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLang(lang) if lang == self.lang => return self,
            Action::SetLang(lang) => next.lang = lang,
            // A new copy of the feed keeps what the reader was doing: search,
            // filters, open item, favourites and tab all stay.
            // The split index again, unchanged: the whole catalog stays on
            // screen, now a fresh copy rather than a saved one.
            Action::Loaded(catalog) if self.split_index.as_ref() == Some(&catalog) => {
                if self.saved_at.is_none() {
                    return self;
                }
                next.saved_at = None;
            }
            Action::LoadedSaved(catalog, saved_at)
                if self.split_index.as_ref() == Some(&catalog) =>
            {
                if self.saved_at == Some(saved_at) {
                    return self;
                }
                next.saved_at = Some(saved_at);
            }
            Action::Loaded(catalog) => {
                if self.feed_replaced {
                    super::live_props::keep_what_applies(&mut next, &catalog);
                }
                next.load = LoadState::Ready(catalog);
                next.saved_at = None;
                next.split_index = None;
            }
            Action::LoadedBooths(index, _) if !matches!(&self.load, LoadState::Ready(c) if *c == index) => {
                return self
            }
            Action::LoadedBooths(index, whole) => {
                next.load = LoadState::Ready(whole);
                next.split_index = Some(index);
            }
            // The catalog on screen has its index now: drawn again to use it.
            Action::BoothsIndexed(catalog) => {
                if !matches!(&self.load, LoadState::Ready(c) if *c == catalog) {
                    return self;
                }
            }
            Action::LoadedSaved(catalog, saved_at) => {
                if self.feed_replaced {
                    super::live_props::keep_what_applies(&mut next, &catalog);
                }
                next.load = LoadState::Ready(catalog);
                next.saved_at = Some(saved_at);
            }
            // A failed refresh or retry keeps the data already on screen
            // (not another feed's, once the host has changed it).
            Action::Failed(_)
                if matches!(self.load, LoadState::Ready(_)) && !self.feed_replaced =>
            {
                return self
            }
            Action::Failed(error) => {
                next.load = LoadState::Failed(error);
                next.feed_replaced = false;
            }
            Action::Retry => {
                if !matches!(self.load, LoadState::Ready(_)) {
                    next.load = LoadState::Loading;
                }
                next.attempt += 1;
            }
            Action::Refresh if matches!(self.load, LoadState::Ready(_)) => next.refreshes += 1,
            Action::Refresh => return self,
            Action::SetView(view) => next.calendar.view = Some(view),
            Action::ShowMonth(year, month) => {
                next.calendar.month = Some((year, month));
                next.focus_day = next
                    .focus_day
                    .filter(|d| (d.year(), d.month()) == (year, month));
            }
            Action::SetFilter(filter) => next.calendar.filter = filter,
            Action::OpenEvent(id) => {
                next.calendar.event = Some(id);
                next.open_day = None;
                next.notice = None;
            }
            Action::OpenDay(day) => {
                next.open_day = Some(day);
                next.calendar.event = None;
            }
            Action::CloseDialog => {
                next.calendar.event = None;
                next.open_day = None;
                next.notice = None;
                next.booths.booth = None;
            }
            Action::FocusDay(day) => {
                next.focus_day = Some(day);
                next.calendar.month = Some((day.year(), day.month()));
            }
            Action::Notify(notice) => {
                next.notice = Some(notice);
                next.host_events.push(host_events::copied(notice));
            }
            Action::SetTab(tab) => next.tab = tab,
            Action::SetBoothQuery(query) => {
                next.booths.query = query;
                next.booths.favourites = false;
                next.booth_limit = BOOTH_PAGE;
            }
            Action::OpenBooth(id) => {
                next.booths.booth = Some(id);
                next.notice = None;
            }
            Action::ShowMoreBooths => next.booth_limit += BOOTH_PAGE,
            Action::ToggleFavourite(id) => {
                next.favourites.toggle(&id);
                let starred = next.favourites.contains(&id);
                next.host_events
                    .push(host_events::HostEvent::Favourite { id, starred });
            }
            Action::SetFavourites(favourites) if favourites == self.favourites => return self,
            Action::SetFavourites(favourites) => next.favourites = favourites,
            Action::ShowFavourites(show) => next.booths.favourites = show,
            Action::CloseSharedList => next.booths.shared = None,
            Action::ShowBoothsOf(event) => {
                next.tab = Tab::Booths;
                next.booths = BoothLink {
                    query: BoothQuery {
                        event: Some(event),
                        ..BoothQuery::default()
                    },
                    ..BoothLink::default()
                };
                next.calendar.event = None;
                next.booth_limit = BOOTH_PAGE;
            }
            Action::SettleSearch(today) => match host_events::settle_search(&self, today) {
                Some(events) => next.host_events = events,
                None => return self,
            },
            Action::Shared(ok) => next.host_events.push(host_events::HostEvent::Share {
                method: "share",
                ok,
            }),
            Action::FeedChanged => match self.load {
                LoadState::Ready(_) => {
                    next.feed_replaced = true;
                    next.saved_at = None;
                }
                _ => next.load = LoadState::Loading,
            },
        }
        host_events::record_changes(&self, &mut next);
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_keys_follow_the_wai_aria_tabs_pattern() {
        use Tab::{Booths, Calendar};
        for (from, key, to) in [
            (Calendar, "Home", Some(Calendar)),
            (Calendar, "End", Some(Booths)),
            (Booths, "End", Some(Booths)),
            (Booths, "Home", Some(Calendar)),
            (Calendar, "ArrowRight", Some(Booths)),
            (Booths, "ArrowRight", Some(Calendar)),
            (Calendar, "ArrowLeft", Some(Booths)),
            (Booths, "ArrowLeft", Some(Calendar)),
            (Calendar, "Enter", None),
        ] {
            assert_eq!(from.after_key(key), to, "{from:?} {key}");
        }
    }
    use crate::catalog::Catalog;

    fn catalog() -> CatalogRef {
        CatalogRef::new(
            Catalog::from_text(r#"{"version": 1, "series": {"id": "s", "name": "S"}}"#).unwrap(),
        )
    }

    #[test]
    fn a_retry_reloads_and_bumps_the_attempt() {
        let state = Rc::new(WidgetState::new(Lang::Vi, None, CalendarLink::default()));
        let failed = state.reduce(Action::Failed(LoadError::Http(404)));
        assert_eq!(failed.load, LoadState::Failed(LoadError::Http(404)));
        let retried = failed.reduce(Action::Retry);
        assert_eq!(retried.load, LoadState::Loading);
        assert_eq!(retried.attempt, 1);
    }

    #[test]
    fn a_saved_copy_is_marked_until_fresh_data_replaces_it() {
        let state = Rc::new(WidgetState::new(Lang::Vi, None, CalendarLink::default()));
        let saved = state.reduce(Action::LoadedSaved(catalog(), SavedAt(1)));
        assert_eq!(saved.saved_at, Some(SavedAt(1)));
        let retried = saved.reduce(Action::Retry);
        assert!(
            matches!(retried.load, LoadState::Ready(_)),
            "the saved copy stays while retrying"
        );
        let still = retried
            .clone()
            .reduce(Action::Failed(LoadError::Timeout(15)));
        assert!(
            Rc::ptr_eq(&still, &retried),
            "a failed retry keeps the saved copy"
        );
        let fresh = still.reduce(Action::Loaded(catalog()));
        assert_eq!(fresh.saved_at, None);
    }

    #[test]
    fn a_split_feeds_index_loaded_again_keeps_its_booths_and_says_whether_it_is_saved() {
        let (index, whole) = (catalog(), catalog());
        let state = Rc::new(WidgetState::new(Lang::Vi, None, CalendarLink::default()))
            .reduce(Action::LoadedSaved(index.clone(), SavedAt(1)))
            .reduce(Action::LoadedBooths(index.clone(), whole.clone()));
        assert_eq!(state.load, LoadState::Ready(whole.clone()));
        // A retry offline hands back the same saved index: nothing changes.
        let offline = state
            .clone()
            .reduce(Action::LoadedSaved(index.clone(), SavedAt(1)));
        assert!(Rc::ptr_eq(&offline, &state));
        // Online again, the feed unchanged: the booths stay, the notice goes.
        let online = offline.reduce(Action::Loaded(index));
        assert_eq!(online.load, LoadState::Ready(whole));
        assert_eq!(online.saved_at, None);
    }

    #[test]
    fn a_refresh_keeps_search_filters_open_item_and_favourites() {
        let state = Rc::new(WidgetState::new(
            Lang::Vi,
            Some(catalog()),
            CalendarLink::default(),
        ));
        let busy = state
            .reduce(Action::SetBoothQuery(BoothQuery {
                text: "tui".into(),
                ..BoothQuery::default()
            }))
            .reduce(Action::OpenBooth("b1".into()))
            .reduce(Action::ToggleFavourite("b1".into()))
            .reduce(Action::OpenEvent("e".into()));
        let asked = busy.reduce(Action::Refresh);
        assert_eq!(asked.refreshes, 1);
        let refreshed = asked.reduce(Action::Loaded(catalog()));
        assert_eq!(refreshed.booths.query.text, "tui");
        assert_eq!(refreshed.booths.booth.as_deref(), Some("b1"));
        assert_eq!(refreshed.calendar.event.as_deref(), Some("e"));
        assert!(refreshed.favourites.contains("b1"));
        let loading = Rc::new(WidgetState::new(Lang::Vi, None, CalendarLink::default()));
        assert!(
            Rc::ptr_eq(&loading.clone().reduce(Action::Refresh), &loading),
            "nothing to refresh yet"
        );
    }

    #[test]
    fn a_split_feeds_booths_replace_their_index_and_survive_an_unchanged_refresh() {
        let index = catalog();
        let state = Rc::new(WidgetState::new(
            Lang::Vi,
            Some(index.clone()),
            CalendarLink::default(),
        ));
        let whole = catalog();
        let merged = state.reduce(Action::LoadedBooths(index.clone(), whole.clone()));
        assert_eq!(merged.load, LoadState::Ready(whole.clone()));
        let same = merged.clone().reduce(Action::Loaded(index));
        assert!(
            Rc::ptr_eq(&same, &merged),
            "the unchanged index keeps the whole catalog"
        );
        let late = merged
            .clone()
            .reduce(Action::LoadedBooths(catalog(), catalog()));
        assert!(
            Rc::ptr_eq(&late, &merged),
            "booths of an older index are dropped"
        );
        let changed = merged.reduce(Action::Loaded(catalog()));
        assert_eq!(changed.split_index, None);
    }

    #[test]
    fn choosing_the_current_language_changes_nothing() {
        let state = Rc::new(WidgetState::new(
            Lang::En,
            Some(catalog()),
            CalendarLink::default(),
        ));
        let same = state.clone().reduce(Action::SetLang(Lang::En));
        assert!(Rc::ptr_eq(&state, &same));
        let switched = state.reduce(Action::SetLang(Lang::Vi));
        assert_eq!(switched.lang, Lang::Vi);
        assert!(matches!(switched.load, LoadState::Ready(_)));
    }

    #[test]
    fn opening_an_event_closes_the_day_list_and_closing_clears_both() {
        let day = NaiveDate::from_ymd_opt(2025, 9, 13).unwrap();
        let state = Rc::new(WidgetState::new(Lang::Vi, None, CalendarLink::default()));
        let listed = state.reduce(Action::OpenDay(day));
        assert_eq!(
            (listed.open_day, listed.calendar.event.clone()),
            (Some(day), None)
        );
        let opened = listed.reduce(Action::OpenEvent("e".into()));
        assert_eq!(
            (opened.open_day, opened.calendar.event.as_deref()),
            (None, Some("e"))
        );
        let noticed = opened.reduce(Action::Notify(Notice::LinkCopied));
        let closed = noticed.reduce(Action::CloseDialog);
        assert_eq!(
            (
                closed.open_day,
                closed.calendar.event.clone(),
                closed.notice
            ),
            (None, None, None)
        );
    }

    #[test]
    fn the_calendar_hands_an_event_to_the_booth_finder() {
        let state = Rc::new(WidgetState::new(Lang::Vi, None, CalendarLink::default()));
        let opened = state.reduce(Action::OpenEvent("fair".into()));
        let booths = opened.reduce(Action::ShowBoothsOf("fair".into()));
        assert_eq!(booths.tab, Tab::Booths);
        assert_eq!(booths.booths.query.event.as_deref(), Some("fair"));
        assert_eq!(booths.calendar.event, None, "the details dialog closes");
    }

    #[test]
    fn a_new_query_starts_the_list_again_and_favourites_toggle() {
        let state = Rc::new(WidgetState::new(Lang::Vi, None, CalendarLink::default()));
        let more = state.reduce(Action::ShowMoreBooths);
        assert_eq!(more.booth_limit, 2 * BOOTH_PAGE);
        let searched = more.reduce(Action::SetBoothQuery(BoothQuery {
            text: "tui".into(),
            ..BoothQuery::default()
        }));
        assert_eq!(searched.booth_limit, BOOTH_PAGE);
        let starred = searched.reduce(Action::ToggleFavourite("b1".into()));
        assert!(starred.favourites.contains("b1"));
        let same = starred
            .clone()
            .reduce(Action::SetFavourites(starred.favourites.clone()));
        assert!(
            Rc::ptr_eq(&same, &starred),
            "an unchanged list does not re-render"
        );
    }

    #[test]
    fn keyboard_focus_turns_the_month_and_a_new_month_drops_stale_focus() {
        let state = Rc::new(WidgetState::new(Lang::Vi, None, CalendarLink::default()));
        let focused = state.reduce(Action::FocusDay(
            NaiveDate::from_ymd_opt(2025, 10, 1).unwrap(),
        ));
        assert_eq!(focused.calendar.month, Some((2025, 10)));
        let same = focused.clone().reduce(Action::ShowMonth(2025, 10));
        assert!(same.focus_day.is_some());
        let other = focused.reduce(Action::ShowMonth(2025, 11));
        assert_eq!(other.focus_day, None);
    }
}
