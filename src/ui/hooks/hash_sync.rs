//! The URL hash kept in step with a widget's state, for shared links.

use crate::ui::{Sections, Tab, WidgetState};
use crate::url_hash;
use yew::prelude::*;

/// Keeps this widget's part of the URL hash in step with its state, so a
/// copied link reopens the same tab, view, month, filters and item; the
/// hash is written after the frame that shows the change.
#[hook]
pub fn use_hash_sync(
    state: &UseReducerHandle<WidgetState>,
    namespace: &AttrValue,
    sections: Sections,
) {
    let deps = (
        state.calendar.clone(),
        state.booths.clone(),
        state.tab,
        namespace.clone(),
    );
    use_effect_with(deps, move |(calendar, booths, tab, namespace)| {
        let mut pairs = calendar.to_pairs();
        pairs.extend(booths.to_pairs());
        // Only a widget with both parts has a tab to remember.
        let booths_tab = sections == Sections::Both && *tab == Tab::Booths;
        pairs.push((
            Tab::HASH_KEY,
            if booths_tab {
                tab.key().to_owned()
            } else {
                String::new()
            },
        ));
        // Written once the frame that answers the reader is painted: a
        // history update costs a few milliseconds the reader need not wait for.
        let namespace = namespace.clone();
        crate::browser::after_paint(move || {
            let hash = url_hash::write(&crate::browser::current_hash(), &namespace, &pairs);
            crate::browser::replace_hash(&hash);
        });
    });
}
