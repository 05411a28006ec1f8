//! The `greenfair:*` events the reducer recorded, dispatched on the
//! widget's element, and the reader's search settled for them.

use crate::browser::Timeout;
use crate::calendar::opening_month;
use crate::ui::host_events::{shown_search, DetailContext};
use crate::ui::{Action, LoadState, Tab, WidgetProps, WidgetState};
use chrono::NaiveDate;
use yew::prelude::*;

/// How long after the last key a search counts as settled.
const SETTLE_MS: u32 = 600;

/// What the widget's root element takes to reach its host: its node (the
/// events go to the element whose shadow root holds it) and the key
/// handler that settles a search on Enter.
pub struct HostLink {
    /// The widget's root element.
    pub node: NodeRef,
    /// Enter in a search box settles the search at once.
    pub onkeydown: Callback<KeyboardEvent>,
}

/// What the effect remembers between renders.
#[derive(Default)]
struct Sent {
    /// How many recorded events were dispatched.
    events: u32,
    /// The search shown at the last render.
    search: Option<(Tab, String)>,
    /// The pause that settles the search (cleared when dropped, with the
    /// widget too).
    timer: Option<Timeout>,
}

/// Dispatches each event the reducer records on the widget's element, and
/// settles the reader's search 600 ms after the last key (or on Enter):
/// one `greenfair:search` per search, not one per key. One effect for
/// both: each is a few hundred bytes of WebAssembly.
#[hook]
pub fn use_host_events(
    state: &UseReducerHandle<WidgetState>,
    props: &WidgetProps,
    today: Option<NaiveDate>,
) -> HostLink {
    let node = use_node_ref();
    let sent = use_mut_ref(Sent::default);
    let settle = {
        let dispatcher = state.dispatcher();
        move || {
            if let Some(today) = today {
                dispatcher.dispatch(Action::SettleSearch(today));
            }
        }
    };
    let search = {
        let (tab, words) = shown_search(state);
        (tab, words.to_owned())
    };
    let catalog = match &state.load {
        LoadState::Ready(catalog) => Some(catalog.clone()),
        _ => None,
    };
    let context = move || DetailContext {
        lang: state.lang,
        feed: crate::browser::absolute(&props.feed_url),
        default_view: props.default_view,
        default_month: props
            .start_month
            .or_else(|| Some(opening_month(catalog.as_ref()?, today?))),
    };
    let context = (!state.host_events.since(sent.borrow().events).is_empty()).then(context);
    {
        let (node, settle) = (node.clone(), settle.clone());
        use_effect_with(
            (state.host_events.clone(), search),
            move |(events, search)| {
                let mut sent = sent.borrow_mut();
                for event in events.since(sent.events) {
                    if let Some(context) = &context {
                        crate::browser::emit_host_event(
                            &node,
                            event.name(),
                            &event.detail(context),
                        );
                    }
                }
                sent.events = events.recorded();
                // A pause after a change to the words of the search shown
                // settles them; the first words (a shared link's) and another
                // tab's are not the reader typing.
                match sent.search.replace(search.clone()) {
                    Some(was) if was.0 == search.0 => {
                        if was.1 != search.1 {
                            sent.timer = crate::browser::after(SETTLE_MS, settle);
                        }
                    }
                    _ => sent.timer = None,
                }
            },
        );
    }
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" && crate::browser::is_search_box(e.target()) {
            settle();
        }
    });
    HostLink { node, onkeydown }
}
