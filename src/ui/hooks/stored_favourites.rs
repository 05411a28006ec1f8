//! The reader's favourites, kept in the browser between visits.

use crate::booths::{storage_key, Favourites};
use crate::ui::{Action, LoadState, WidgetState};
use yew::prelude::*;

/// Reads the visitor's favourites for this feed from the browser once the
/// feed is loaded, and writes them back whenever they change.
#[hook]
pub fn use_stored_favourites(state: &UseReducerHandle<WidgetState>) {
    let series = match &state.load {
        LoadState::Ready(catalog) => Some(catalog.feed().series.id.clone()),
        _ => None,
    };
    let loaded = use_mut_ref(|| None::<String>);
    // Saving is declared first: on mount it runs before anything is read,
    // so it cannot write an empty list over the stored one.
    {
        let loaded = loaded.clone();
        use_effect_with(state.favourites.clone(), move |favourites| {
            if let Some(series) = loaded.borrow().as_ref() {
                crate::browser::store(&storage_key(series), &favourites.to_storage());
            }
        });
    }
    let dispatcher = state.dispatcher();
    use_effect_with(series, move |series| {
        if let Some(series) = series {
            let stored = crate::browser::stored(&storage_key(series))
                .map(|text| Favourites::from_storage(&text))
                .unwrap_or_default();
            *loaded.borrow_mut() = Some(series.clone());
            dispatcher.dispatch(Action::SetFavourites(stored));
        }
    });
}
