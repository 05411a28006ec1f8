//! The feed and a split feed's booth files, fetched for a widget and
//! handed to its reducer.

use crate::browser::{warn, FeedRequest};
use crate::load::{Ask, CatalogRef, RetryPolicy};
use crate::ui::{Action, LoadState, Sections, Tab, WidgetProps, WidgetState};
use yew::prelude::*;

/// Fetches the feed when the widget mounts, on every retry and on every
/// refresh; a widget that goes away (or asks again) drops its request,
/// which aborts the download if no other widget waits for it.
#[hook]
pub fn use_feed_fetch(state: &UseReducerHandle<WidgetState>, props: &WidgetProps) {
    let dispatcher = state.dispatcher();
    let skip = props.preloaded.is_some() && state.attempt == 0 && state.refreshes == 0;
    let policy = props.retry_policy();
    let deps = (props.feed_url.clone(), state.attempt, state.refreshes);
    use_effect_with(deps, move |(url, attempt, refreshes)| {
        let request = (!skip).then(|| start_fetch(url, *attempt, *refreshes, policy, dispatcher));
        // Dropping the request (with this closure) releases the download.
        move || {
            let _ = &request;
        }
    });
}

/// Asks for the feed and dispatches what comes back (nothing, natively:
/// server rendering shows preloaded catalogs only).
fn start_fetch(
    url: &str,
    attempt: u32,
    refreshes: u32,
    policy: RetryPolicy,
    dispatcher: UseReducerDispatcher<WidgetState>,
) -> FeedRequest {
    let ask = Ask {
        fresh: attempt > 0 || refreshes > 0,
        // A refresh that fails keeps the newer data already on screen.
        fallback: refreshes == 0,
        policy,
    };
    let request = FeedRequest::new(url, ask);
    // Named in the warning, after the request has moved on.
    let url = url.to_owned();
    request.then(move |result| match result {
        Ok(loaded) => dispatcher.dispatch(match loaded.saved_at {
            Some(saved_at) => Action::LoadedSaved(loaded.catalog, saved_at),
            None => Action::Loaded(loaded.catalog),
        }),
        Err(error) => {
            warn(&format!("{url}: {error}"));
            dispatcher.dispatch(Action::Failed(error));
        }
    })
}

/// Has the booth index of the catalog on screen built in slices once the
/// page is idle (the calendar shows first), and tells the reducer when it
/// is, so the booth finder and the calendar's search take booths in.
#[hook]
pub fn use_booth_index(state: &UseReducerHandle<WidgetState>) {
    let unindexed = match &state.load {
        LoadState::Ready(catalog) if !catalog.has_booth_index() => Some(catalog.clone()),
        _ => None,
    };
    let dispatcher = state.dispatcher();
    use_effect_with(unindexed, move |unindexed| {
        let request = unindexed.as_ref().map(|catalog| {
            FeedRequest::booth_index(catalog).then(move |result| {
                if let Ok(indexed) = result {
                    dispatcher.dispatch(Action::BoothsIndexed(indexed.catalog));
                }
            })
        });
        move || {
            let _ = &request;
        }
    });
}

/// For a split feed (events with `booths_url`), downloads the booth files
/// once the booth finder is shown, then swaps in the whole catalog (the
/// reader's state stays). True while they are on their way.
#[hook]
pub fn use_booth_files(state: &UseReducerHandle<WidgetState>, props: &WidgetProps) -> bool {
    let index = match &state.load {
        LoadState::Ready(catalog) if catalog.is_split() => Some(catalog.clone()),
        _ => None,
    };
    let wanted = state.tab == Tab::Booths || props.sections == Sections::Booths;
    let pending = index.is_some() && wanted;
    let dispatcher = state.dispatcher();
    let policy = props.retry_policy();
    let deps = (index.filter(|_| wanted), props.feed_url.clone());
    use_effect_with(deps, move |(index, url)| {
        let request = index
            .as_ref()
            .map(|index| start_booth_files(url, index, policy, dispatcher));
        move || {
            let _ = &request;
        }
    });
    pending
}

/// Asks for a split feed's booth files and swaps in the whole catalog.
fn start_booth_files(
    url: &str,
    index: &CatalogRef,
    policy: RetryPolicy,
    dispatcher: UseReducerDispatcher<WidgetState>,
) -> FeedRequest {
    let index_shown = index.clone();
    FeedRequest::booth_files(url, index, policy).then(move |result| {
        if let Ok(loaded) = result {
            dispatcher.dispatch(Action::LoadedBooths(index_shown, loaded.catalog));
        }
    })
}
