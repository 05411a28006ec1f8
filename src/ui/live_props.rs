//! A mounted widget whose host changes its attributes: what of the reader's
//! state stays when the feed itself changes (pure, tested natively).

use super::WidgetState;
use crate::catalog::Catalog;

/// Keeps what the reader was doing where it applies to the new feed now on
/// screen: the open event or booth, the category and fair filters go when
/// the new feed has no such id; the search words, the view, the month, the
/// tab and the favourites stay.
pub fn keep_what_applies(state: &mut WidgetState, catalog: &Catalog) {
    state.feed_replaced = false;
    let keep = |id: &mut Option<String>, known: &dyn Fn(&str) -> bool| {
        if id.as_deref().is_some_and(|id| !known(id)) {
            *id = None;
        }
    };
    let event = |id: &str| catalog.event(id).is_some();
    let category = |id: &str| catalog.category(id).is_some();
    keep(&mut state.calendar.event, &event);
    keep(&mut state.calendar.filter.category, &category);
    keep(&mut state.booths.booth, &|id| catalog.booth(id).is_some());
    keep(&mut state.booths.query.event, &event);
    keep(&mut state.booths.query.category, &category);
}

#[cfg(test)]
mod tests {
    use crate::booths::BoothQuery;
    use crate::calendar::{CalendarLink, EventFilter};
    use crate::catalog::Catalog;
    use crate::i18n::Lang;
    use crate::load::{CatalogRef, LoadError};
    use crate::ui::host_events::HostEvent;
    use crate::ui::{Action, LoadState, WidgetState};
    use std::rc::Rc;
    use yew::Reducible;

    fn feed(event: &str, booth: &str) -> CatalogRef {
        CatalogRef::new(
            Catalog::from_text(&format!(
                r#"{{"version": 1, "series": {{"id": "s", "name": "S"}},
                  "categories": [{{"id": "go", "name": "Gỗ"}}],
                  "events": [{{"id": "{event}", "name": "F", "start": "2025-09-12", "end": "2025-09-14"}}],
                  "booths": [{{"id": "{booth}", "event": "{event}", "code": "A1", "exhibitor": "X", "categories": ["go"]}}]}}"#
            ))
            .unwrap(),
        )
    }

    fn busy_reader() -> Rc<WidgetState> {
        Rc::new(WidgetState::new(Lang::Vi, None, CalendarLink::default()))
            .reduce(Action::Loaded(feed("fair", "b1")))
            .reduce(Action::SetFilter(EventFilter {
                query: "go".into(),
                category: Some("go".into()),
                ..EventFilter::default()
            }))
            .reduce(Action::OpenEvent("fair".into()))
            .reduce(Action::SetBoothQuery(BoothQuery {
                text: "ban".into(),
                event: Some("fair".into()),
                ..BoothQuery::default()
            }))
            .reduce(Action::OpenBooth("b1".into()))
            .reduce(Action::ShowMonth(2025, 9))
    }

    #[test]
    fn a_new_feed_shows_when_it_comes_keeping_what_still_applies() {
        let before = busy_reader();
        let changing = before.clone().reduce(Action::FeedChanged);
        assert!(changing.feed_replaced);
        assert_eq!(
            changing.load, before.load,
            "the old feed stays until the new one comes"
        );
        let seen = changing.host_events.recorded();
        let changed = changing.reduce(Action::Loaded(feed("other-fair", "b1")));
        assert!(!changed.feed_replaced);
        // Gone from the new feed: the open event and the fair filter.
        assert_eq!(changed.calendar.event, None);
        assert_eq!(changed.booths.query.event, None);
        // Still there: the booth, the category, the words, the month.
        assert_eq!(changed.booths.booth.as_deref(), Some("b1"));
        assert_eq!(changed.calendar.filter.category.as_deref(), Some("go"));
        assert_eq!(
            (
                changed.calendar.filter.query.as_str(),
                changed.booths.query.text.as_str()
            ),
            ("go", "ban")
        );
        assert_eq!(changed.calendar.month, Some((2025, 9)));
        // The host hears the new feed is ready.
        assert!(matches!(
            changed.host_events.since(seen),
            [HostEvent::Ready { .. }]
        ));
    }

    #[test]
    fn a_new_feed_that_fails_shows_its_error_not_the_old_feed() {
        let changing = busy_reader().reduce(Action::FeedChanged);
        let failed = changing.reduce(Action::Failed(LoadError::Http(404)));
        assert_eq!(failed.load, LoadState::Failed(LoadError::Http(404)));
        assert!(!failed.feed_replaced);
        // A host changing the feed of a widget whose feed failed: loading again.
        let again = failed.reduce(Action::FeedChanged);
        assert_eq!(again.load, LoadState::Loading);
    }
}
