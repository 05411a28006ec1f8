//! The URL hash kept in step with a widget's state, for shared links.

use crate::ui::{Sections, Tab, WidgetState};
use crate::url_hash;
use yew::prelude::*;

/// Keeps this widget's part of the URL hash in step with its state, so a
/// copied link reopens the same tab, view, month, filters and item.
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
        crate::browser::replace_hash(&url_hash::write(
            &crate::browser::current_hash(),
            namespace,
            &pairs,
        ));
    });
}
