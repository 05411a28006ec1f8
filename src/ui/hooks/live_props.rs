//! A mounted widget following its host's attributes: new props from a
//! changed attribute become the reader's own actions, so their state stays.

use crate::booths::BoothQuery;
use crate::i18n::Lang;
use crate::ui::{Action, Sections, Tab, WidgetProps, WidgetState};
use yew::prelude::*;

/// What of the props the widget follows by actions.
type Followed = (Lang, Sections, Option<(i32, u32)>, AttrValue, BoothQuery);

/// Turns the host's changes to `data-lang`, `data-view`, `data-month`,
/// `data-feed`, `data-category` and `data-event` into actions (the other
/// attributes take effect through the props alone). One effect for all:
/// each is a few hundred bytes of WebAssembly.
#[hook]
pub fn use_live_props(state: &UseReducerHandle<WidgetState>, props: &WidgetProps) {
    let followed: Followed = (
        props.lang,
        props.sections,
        props.start_month,
        props.feed_url.clone(),
        props.booth_preset.clone(),
    );
    let last = use_mut_ref(|| None::<Followed>);
    let dispatcher = state.dispatcher();
    let query = state.booths.query.clone();
    use_effect_with(followed, move |now| {
        let Some(was) = last.borrow_mut().replace(now.clone()) else {
            return;
        };
        let (lang, sections, month, feed, preset) = now;
        let send = |action| dispatcher.dispatch(action);
        if was.0 != *lang {
            send(Action::SetLang(*lang));
        }
        if was.1 != *sections {
            match sections {
                Sections::Calendar => send(Action::SetTab(Tab::Calendar)),
                Sections::Booths => send(Action::SetTab(Tab::Booths)),
                Sections::Both => {}
            }
        }
        if let (true, Some((year, month))) = (was.2 != *month, month) {
            send(Action::ShowMonth(*year, *month));
        }
        if was.3 != *feed {
            send(Action::FeedChanged);
        }
        if was.4 != *preset {
            // The host's new category and fair; the reader's words and
            // other facets stay.
            send(Action::SetBoothQuery(BoothQuery {
                category: preset.category.clone(),
                event: preset.event.clone(),
                ..query
            }));
        }
    });
}
