//! What a widget tells the page that hosts it: the `greenfair:*` events.
//! The reducer records the events its actions cause (here, pure, tested
//! natively); an effect dispatches them on the widget's element
//! (`hooks::use_host_events`). No event carries what the reader typed but
//! a search they settled on.

use super::{LoadState, Tab, WidgetState};
use crate::calendar::CalendarView;
use crate::i18n::Lang;
use crate::json::write_string;
use chrono::NaiveDate;

/// One event for the host page.
#[derive(Clone, Debug, PartialEq)]
pub enum HostEvent {
    /// The feed is shown: how many events and booths it has.
    Ready {
        /// Events in the feed.
        events: usize,
        /// Booths in the feed (a split feed's index has none yet).
        booths: usize,
    },
    /// The tab, the calendar's view or its month changed; `None` is the
    /// one the widget opened on.
    View {
        /// The part shown.
        tab: Tab,
        /// Agenda or month grid.
        view: Option<CalendarView>,
        /// The grid's month.
        month: Option<(i32, u32)>,
    },
    /// A search the reader settled on, with its number of results.
    Search {
        /// Which search: the calendar's or the booth finder's.
        tab: Tab,
        /// The words, as typed.
        query: String,
        /// How many events or booths it found.
        results: usize,
    },
    /// An event or a booth opened.
    Open {
        /// `event` or `booth`.
        kind: &'static str,
        /// Its id in the feed.
        id: String,
        /// Its name (the booth's exhibitor) in the widget's language.
        name: String,
    },
    /// A booth starred or unstarred.
    Favourite {
        /// The booth's id.
        id: String,
        /// Whether it is starred now.
        starred: bool,
    },
    /// A link or a list shared or copied, and whether it was.
    Share {
        /// `copy` (a link), `copy-list` (the favourites as text) or `share`
        /// (the system share sheet).
        method: &'static str,
        /// Whether it happened (a refused clipboard, a closed sheet: no).
        ok: bool,
    },
    /// The feed could not be shown.
    Error {
        /// Why, as the console says it.
        message: String,
    },
}

/// What an event's `detail` needs besides the event.
pub struct DetailContext {
    /// The widget's language now.
    pub lang: Lang,
    /// The feed's absolute URL.
    pub feed: String,
    /// The calendar view the widget opened on.
    pub default_view: CalendarView,
    /// The month the grid opened on (the host's, else one with fairs).
    pub default_month: Option<(i32, u32)>,
}

impl HostEvent {
    /// The event's type: `greenfair:ready`, `greenfair:view`…
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Ready { .. } => "greenfair:ready",
            HostEvent::View { .. } => "greenfair:view",
            HostEvent::Search { .. } => "greenfair:search",
            HostEvent::Open { .. } => "greenfair:open",
            HostEvent::Favourite { .. } => "greenfair:favourite",
            HostEvent::Share { .. } => "greenfair:share",
            HostEvent::Error { .. } => "greenfair:error",
        }
    }

    /// The `detail` of the event as JSON, but for `widget` (the element's
    /// id or index, which the browser layer adds): `lang`, then the
    /// event's fields.
    pub fn detail(&self, context: &DetailContext) -> String {
        use std::fmt::Write as _;
        let mut out = String::from("{\"lang\":");
        write_string(&mut out, context.lang.code());
        let mut text = |key: &str, value: &str| {
            let _ = write!(out, ",\"{key}\":");
            write_string(&mut out, value);
        };
        let mut numbers = Vec::new();
        match self {
            HostEvent::Ready { events, booths } => {
                text("feed", &context.feed);
                numbers = vec![("events", *events), ("booths", *booths)];
            }
            HostEvent::View { tab, view, month } => {
                let month = month.or(context.default_month);
                text("tab", tab.key());
                text("view", view.unwrap_or(context.default_view).key());
                text(
                    "month",
                    &month.map_or(String::new(), |(y, m)| format!("{y:04}-{m:02}")),
                );
            }
            HostEvent::Search {
                tab,
                query,
                results,
            } => {
                text("query", query);
                text("tab", tab.key());
                numbers = vec![("results", *results)];
            }
            HostEvent::Open { kind, id, name } => {
                text("kind", kind);
                text("id", id);
                text("name", name);
            }
            HostEvent::Favourite { id, starred } => {
                text("id", id);
                let _ = write!(out, ",\"starred\":{starred}");
            }
            HostEvent::Share { method, ok } => {
                text("method", method);
                let _ = write!(out, ",\"ok\":{ok}");
            }
            HostEvent::Error { message } => text("message", message),
        }
        for (key, number) in numbers {
            let _ = write!(out, ",\"{key}\":{number}");
        }
        out.push('}');
        out
    }
}

/// How many events the state keeps for its effect to dispatch: more than
/// one batch of actions before a render can cause.
const KEPT: usize = 8;

/// The host events a widget recorded: the latest few, and how many in all,
/// so that the effect dispatches each once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HostEvents {
    recorded: u32,
    recent: Vec<HostEvent>,
    /// The search settled last (its tab and words), not announced twice.
    settled: Option<(Tab, String)>,
}

impl HostEvents {
    /// Records an event.
    pub fn push(&mut self, event: HostEvent) {
        self.recorded += 1;
        self.recent.push(event);
        if self.recent.len() > KEPT {
            self.recent.remove(0);
        }
    }

    /// How many events were recorded in all.
    pub fn recorded(&self) -> u32 {
        self.recorded
    }

    /// The events recorded after the first `seen`.
    pub fn since(&self, seen: u32) -> &[HostEvent] {
        let first = self.recorded - self.recent.len() as u32;
        &self.recent[(seen.saturating_sub(first) as usize).min(self.recent.len())..]
    }

    /// The events of a widget starting with `load`: ready at once when the
    /// catalog came with it (a rendered snippet taken over, the studio).
    pub fn starting(load: &LoadState) -> Self {
        let mut events = HostEvents::default();
        if let LoadState::Ready(catalog) = load {
            events.push(ready(catalog));
        }
        events
    }
}

fn ready(catalog: &crate::load::CatalogRef) -> HostEvent {
    HostEvent::Ready {
        events: catalog.feed().events.len(),
        booths: catalog.feed().booths.len(),
    }
}

/// Records what changed from `before` to `after` that the host hears of:
/// the feed shown or failed, the tab, view or month, an event or a booth
/// opened.
pub fn record_changes(before: &WidgetState, after: &mut WidgetState) {
    let was_shown = matches!(before.load, LoadState::Ready(_)) && !before.feed_replaced;
    let mut events = Vec::new();
    match &after.load {
        LoadState::Ready(catalog) if !was_shown && !after.feed_replaced => {
            events.push(ready(catalog))
        }
        LoadState::Failed(error) if !matches!(before.load, LoadState::Failed(_)) => {
            events.push(HostEvent::Error {
                message: error.to_string(),
            })
        }
        _ => {}
    }
    let view = |s: &WidgetState| (s.tab, s.calendar.view, s.calendar.month);
    if view(before) != view(after) {
        events.push(HostEvent::View {
            tab: after.tab,
            view: after.calendar.view,
            month: after.calendar.month,
        });
    }
    let catalog = match &after.load {
        LoadState::Ready(catalog) => Some(catalog),
        _ => None,
    };
    let code = after.lang.code();
    if let Some(id) = after.calendar.event.as_ref() {
        if before.calendar.event.as_ref() != Some(id) {
            let name = catalog.and_then(|c| c.event(id)).map(|e| e.name.get(code));
            events.push(open("event", id, name));
        }
    }
    if let Some(id) = after.booths.booth.as_ref() {
        if before.booths.booth.as_ref() != Some(id) {
            let name = catalog
                .and_then(|c| c.booth(id))
                .map(|(_, b)| b.exhibitor.get(code));
            events.push(open("booth", id, name));
        }
    }
    for event in events {
        after.host_events.push(event);
    }
}

fn open(kind: &'static str, id: &str, name: Option<&str>) -> HostEvent {
    HostEvent::Open {
        kind,
        id: id.to_owned(),
        name: name.unwrap_or_default().to_owned(),
    }
}

/// The search box the reader sees: the booth finder's or the calendar's,
/// and its words.
pub fn shown_search(state: &WidgetState) -> (Tab, &str) {
    match state.tab {
        Tab::Booths => (Tab::Booths, state.booths.query.text.trim()),
        Tab::Calendar => (Tab::Calendar, state.calendar.filter.query.trim()),
    }
}

/// The events once the reader settled on the search shown (a pause after
/// typing, or Enter), seen from `today`: a search event with its results,
/// unless the words are none or those settled last; `None` when nothing
/// changes.
pub fn settle_search(state: &WidgetState, today: NaiveDate) -> Option<HostEvents> {
    let LoadState::Ready(catalog) = &state.load else {
        return None;
    };
    let (tab, query) = shown_search(state);
    let settled = (!query.is_empty()).then(|| (tab, query.to_owned()));
    if settled == state.host_events.settled {
        return None;
    }
    let mut events = state.host_events.clone();
    if let Some((tab, query)) = &settled {
        let results = match tab {
            Tab::Booths => crate::booths::search(catalog, &state.booths.query, today)
                .booths
                .len(),
            Tab::Calendar => state.calendar.filter.apply(catalog, today).len(),
        };
        events.push(HostEvent::Search {
            tab: *tab,
            query: query.clone(),
            results,
        });
    }
    events.settled = settled;
    Some(events)
}

/// The share event of a copy's notice.
pub fn copied(notice: super::Notice) -> HostEvent {
    use super::Notice::{LinkCopied, LinkNotCopied, ListCopied, ListNotCopied};
    let method = match notice {
        LinkCopied | LinkNotCopied => "copy",
        ListCopied | ListNotCopied => "copy-list",
    };
    HostEvent::Share {
        method,
        ok: matches!(notice, LinkCopied | ListCopied),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::booths::BoothQuery;
    use crate::calendar::{CalendarLink, EventFilter};
    use crate::catalog::Catalog;
    use crate::load::{CatalogRef, LoadError};
    use crate::ui::{Action, Notice};
    use std::rc::Rc;
    use yew::Reducible;

    const FEED: &str = r#"{"version": 1, "series": {"id": "s", "name": "S"},
      "categories": [{"id": "do-go", "name": {"vi": "Đồ gỗ", "en": "Woodwork"}}],
      "events": [{"id": "fair", "name": {"vi": "Hội chợ gỗ", "en": "Wood fair"}, "start": "2025-09-12", "end": "2025-09-14", "categories": ["do-go"]},
                 {"id": "old", "name": "Hội chợ 2023", "start": "2023-05-25", "end": "2023-05-27"}],
      "booths": [{"id": "b1", "event": "fair", "code": "A1", "exhibitor": "Mộc Việt", "categories": ["do-go"], "products": ["Bàn gỗ"]},
                 {"id": "b2", "event": "fair", "code": "A2", "exhibitor": "Gốm Xanh", "products": ["Bình gốm"]}]}"#;

    fn catalog() -> CatalogRef {
        CatalogRef::new(Catalog::from_text(FEED).unwrap())
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 9, 13).unwrap()
    }

    fn loading() -> Rc<WidgetState> {
        Rc::new(WidgetState::new(Lang::Vi, None, CalendarLink::default()))
    }

    fn shown() -> Rc<WidgetState> {
        loading().reduce(Action::Loaded(catalog()))
    }

    /// The events `action` records on `state`.
    fn caused(state: &Rc<WidgetState>, action: Action) -> Vec<HostEvent> {
        let seen = state.host_events.recorded();
        state
            .clone()
            .reduce(action)
            .host_events
            .since(seen)
            .to_vec()
    }

    #[test]
    fn the_feed_shown_is_ready_once_and_a_failure_is_an_error() {
        let state = shown();
        assert_eq!(
            state.host_events.since(0),
            [HostEvent::Ready {
                events: 2,
                booths: 2
            }]
        );
        // A refresh with the same or a new copy: already shown.
        let refreshed = state.clone().reduce(Action::Refresh);
        assert_eq!(caused(&refreshed, Action::Loaded(catalog())), []);
        // A refresh that fails keeps the data, and says nothing.
        assert_eq!(caused(&refreshed, Action::Failed(LoadError::Http(500))), []);
        // A first load that fails is an error; after a retry, ready.
        let failed = caused(&loading(), Action::Failed(LoadError::Http(404)));
        assert_eq!(
            failed,
            [HostEvent::Error {
                message: "the server answered HTTP 404".into()
            }]
        );
        let retried = loading()
            .reduce(Action::Failed(LoadError::Http(404)))
            .reduce(Action::Retry);
        assert!(matches!(
            caused(&retried, Action::Loaded(catalog()))[..],
            [HostEvent::Ready { .. }]
        ));
        // A catalog that came with the widget is ready from the start.
        let preloaded = WidgetState::new(Lang::Vi, Some(catalog()), CalendarLink::default());
        assert_eq!(preloaded.host_events.recorded(), 1);
    }

    #[test]
    fn tabs_views_and_months_are_views_and_what_opens_is_named() {
        let state = shown();
        assert_eq!(
            caused(&state, Action::SetTab(Tab::Booths)),
            [HostEvent::View {
                tab: Tab::Booths,
                view: None,
                month: None
            }]
        );
        assert_eq!(
            caused(&state, Action::SetTab(Tab::Calendar)),
            [],
            "unchanged"
        );
        assert_eq!(
            caused(&state, Action::ShowMonth(2025, 10)),
            [HostEvent::View {
                tab: Tab::Calendar,
                view: None,
                month: Some((2025, 10))
            }]
        );
        assert_eq!(
            caused(&state, Action::SetView(CalendarView::Agenda)),
            [HostEvent::View {
                tab: Tab::Calendar,
                view: Some(CalendarView::Agenda),
                month: None
            }]
        );
        assert_eq!(
            caused(&state, Action::OpenEvent("fair".into())),
            [HostEvent::Open {
                kind: "event",
                id: "fair".into(),
                name: "Hội chợ gỗ".into()
            }]
        );
        let english = state.clone().reduce(Action::SetLang(Lang::En));
        assert_eq!(
            caused(&english, Action::OpenBooth("b1".into())),
            [HostEvent::Open {
                kind: "booth",
                id: "b1".into(),
                name: "Mộc Việt".into()
            }]
        );
        // The calendar handing a fair to the booth finder is a change of tab.
        let opened = state.clone().reduce(Action::OpenEvent("fair".into()));
        assert_eq!(
            caused(&opened, Action::ShowBoothsOf("fair".into())),
            [HostEvent::View {
                tab: Tab::Booths,
                view: None,
                month: None
            }]
        );
    }

    #[test]
    fn stars_copies_and_shares_are_told_with_their_outcome() {
        let state = shown();
        let starred = state.clone().reduce(Action::ToggleFavourite("b1".into()));
        assert_eq!(
            starred.host_events.since(1),
            [HostEvent::Favourite {
                id: "b1".into(),
                starred: true
            }]
        );
        assert_eq!(
            caused(&starred, Action::ToggleFavourite("b1".into())),
            [HostEvent::Favourite {
                id: "b1".into(),
                starred: false
            }]
        );
        // Favourites read from storage are not the reader starring.
        let stored = crate::booths::Favourites::from_storage("b2");
        assert_eq!(caused(&state, Action::SetFavourites(stored)), []);
        let share = |method, ok| HostEvent::Share { method, ok };
        assert_eq!(
            caused(&state, Action::Notify(Notice::LinkCopied)),
            [share("copy", true)]
        );
        assert_eq!(
            caused(&state, Action::Notify(Notice::ListNotCopied)),
            [share("copy-list", false)]
        );
        assert_eq!(caused(&state, Action::Shared(true)), [share("share", true)]);
    }

    #[test]
    fn a_settled_search_is_told_once_with_its_results() {
        let state = shown();
        let typed = state.clone().reduce(Action::SetFilter(EventFilter {
            query: "go".into(),
            ..EventFilter::default()
        }));
        assert_eq!(
            caused(&state, Action::SetFilter(EventFilter::default())),
            []
        );
        let settled = typed.clone().reduce(Action::SettleSearch(today()));
        assert_eq!(
            settled.host_events.since(typed.host_events.recorded()),
            [HostEvent::Search {
                tab: Tab::Calendar,
                query: "go".into(),
                results: 1
            }]
        );
        // Enter after the pause, or the pause after Enter: told once.
        assert!(Rc::ptr_eq(
            &settled.clone().reduce(Action::SettleSearch(today())),
            &settled
        ));
        // The booth finder's search, counted there.
        let booths = settled
            .reduce(Action::SetTab(Tab::Booths))
            .reduce(Action::SetBoothQuery(BoothQuery {
                text: "go".into(),
                ..BoothQuery::default()
            }));
        assert_eq!(
            caused(&booths, Action::SettleSearch(today())),
            [HostEvent::Search {
                tab: Tab::Booths,
                query: "go".into(),
                results: 2
            }]
        );
        // Words cleared, then the same words again: a new search.
        let again = booths
            .reduce(Action::SettleSearch(today()))
            .reduce(Action::SetBoothQuery(BoothQuery::default()))
            .reduce(Action::SettleSearch(today()))
            .reduce(Action::SetBoothQuery(BoothQuery {
                text: "go".into(),
                ..BoothQuery::default()
            }));
        assert_eq!(caused(&again, Action::SettleSearch(today())).len(), 1);
        // Nothing loaded: nothing to count, nothing changes.
        let nothing = loading();
        assert!(Rc::ptr_eq(
            &nothing.clone().reduce(Action::SettleSearch(today())),
            &nothing
        ));
    }

    #[test]
    fn only_the_latest_events_are_kept_and_each_is_dispatched_once() {
        let mut events = HostEvents::default();
        for i in 0..20 {
            events.push(HostEvent::Favourite {
                id: i.to_string(),
                starred: true,
            });
        }
        assert_eq!(events.recorded(), 20);
        assert_eq!(events.since(0).len(), KEPT);
        assert_eq!(events.since(18).len(), 2);
        assert_eq!(events.since(20), []);
    }

    #[test]
    fn each_detail_is_json_with_the_language_and_the_events_fields() {
        let context = DetailContext {
            lang: Lang::En,
            feed: "https://example.vn/feed.json".into(),
            default_view: CalendarView::Grid,
            default_month: Some((2025, 9)),
        };
        use HostEvent::*;
        let cases = [
            (
                Ready {
                    events: 1,
                    booths: 2,
                },
                r#"{"lang":"en","feed":"https://example.vn/feed.json","events":1,"booths":2}"#,
            ),
            (
                Search {
                    tab: Tab::Booths,
                    query: "túi \"x\"".into(),
                    results: 0,
                },
                r#"{"lang":"en","query":"túi \"x\"","tab":"booths","results":0}"#,
            ),
            (
                Open {
                    kind: "event",
                    id: "e".into(),
                    name: "E".into(),
                },
                r#"{"lang":"en","kind":"event","id":"e","name":"E"}"#,
            ),
            (
                Favourite {
                    id: "b".into(),
                    starred: true,
                },
                r#"{"lang":"en","id":"b","starred":true}"#,
            ),
            (
                Share {
                    method: "copy",
                    ok: false,
                },
                r#"{"lang":"en","method":"copy","ok":false}"#,
            ),
            (
                Error {
                    message: "m".into(),
                },
                r#"{"lang":"en","message":"m"}"#,
            ),
            // A view left as the widget opened names the view and month it shows.
            (
                View {
                    tab: Tab::Calendar,
                    view: None,
                    month: None,
                },
                r#"{"lang":"en","tab":"calendar","view":"grid","month":"2025-09"}"#,
            ),
            (
                View {
                    tab: Tab::Booths,
                    view: Some(CalendarView::Agenda),
                    month: Some((2026, 1)),
                },
                r#"{"lang":"en","tab":"booths","view":"agenda","month":"2026-01"}"#,
            ),
        ];
        for (event, json) in cases {
            let detail = event.detail(&context);
            assert_eq!(detail, json);
            assert!(crate::json::parse(&detail).is_ok(), "{detail}");
        }
        assert_eq!(
            Error {
                message: String::new()
            }
            .name(),
            "greenfair:error"
        );
    }
}
