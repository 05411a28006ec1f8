//! The timer that asks for a newer feed while the page is seen.

use crate::ui::{Action, WidgetState};
use yew::prelude::*;

/// Every `seconds` while the page is visible, asks for a newer feed. The
/// timer belongs to the effect: unmounting the widget (or a new
/// `seconds`) drops it, which clears it.
#[hook]
pub fn use_refresh_timer(state: &UseReducerHandle<WidgetState>, seconds: u32) {
    let dispatcher = state.dispatcher();
    use_effect_with(seconds, move |&seconds| {
        let timer = crate::browser::every(seconds.saturating_mul(1000), move || {
            if crate::browser::page_visible() {
                dispatcher.dispatch(Action::Refresh);
            }
        });
        // Dropping the cleanup (and the timer with it) clears the timer.
        move || {
            let _ = &timer;
        }
    });
}
