//! A widget's dialogs in the page's history: on a phone, Back closes the
//! open event or booth and stays on the article.

use crate::ui::{Action, WidgetState};
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Adds a history entry when a dialog of this widget opens, closes the
/// dialog when the reader goes back past it, and takes the entry back when
/// the dialog is closed from inside it (so Back then leaves as before). The
/// popstate listener is held by the widget and dropped with it.
#[hook]
pub fn use_dialog_history(state: &UseReducerHandle<WidgetState>, namespace: &AttrValue) {
    let open = state.dialog_open();
    // Shared with the listener: whether a dialog is open, and whether Back
    // (not the dialog) closed it.
    let is_open = use_memo((), |_| Rc::new(Cell::new(false)));
    let backed = use_memo((), |_| Rc::new(Cell::new(false)));
    {
        let dispatcher = state.dispatcher();
        let (is_open, backed, namespace) =
            ((*is_open).clone(), (*backed).clone(), namespace.clone());
        use_effect_with((), move |_| {
            let listener = crate::browser::HistoryListener::new(move || {
                if is_open.get() && !crate::browser::is_dialog_entry(&namespace) {
                    backed.set(true);
                    dispatcher.dispatch(Action::CloseDialog);
                }
            });
            // Held until the widget goes; dropping it removes the listener.
            move || {
                let _held = listener;
            }
        });
    }
    let (is_open, backed, namespace) = ((*is_open).clone(), (*backed).clone(), namespace.clone());
    use_effect_with(open, move |&open| {
        let was = is_open.replace(open);
        if open && !was {
            crate::browser::push_dialog_entry(&namespace);
        } else if !open
            && was
            && !backed.replace(false)
            && crate::browser::is_dialog_entry(&namespace)
        {
            crate::browser::go_back();
        }
    });
}
