//! History entries for a widget's dialogs: opening one adds an entry, so
//! that a phone's Back closes the dialog instead of leaving the article;
//! closing it from the dialog takes that entry back.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The key of the entry's state that names the widget whose dialog it is.
const MARK: &str = "greenfairDialog";

/// Adds a history entry at the same address, marked as `widget`'s dialog.
pub fn push_dialog_entry(widget: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &MARK.into(), &widget.into());
    let href = window.location().href().ok();
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&state, "", href.as_deref());
    }
}

/// True when the current history entry is the one `widget`'s dialog added.
pub fn is_dialog_entry(widget: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.history().ok())
        .and_then(|h| h.state().ok())
        .and_then(|state| js_sys::Reflect::get(&state, &MARK.into()).ok())
        .and_then(|mark| mark.as_string())
        .is_some_and(|mark| mark == widget)
}

/// Goes back one entry, as the browser's Back does.
pub fn go_back() {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.back();
    }
}

/// The current entry's state, kept when the address is rewritten.
pub fn entry_state() -> JsValue {
    web_sys::window()
        .and_then(|w| w.history().ok())
        .and_then(|h| h.state().ok())
        .unwrap_or(JsValue::NULL)
}

/// Calls `moved` whenever the reader goes back or forward in the page's
/// history, until dropped.
pub struct HistoryListener {
    callback: Closure<dyn FnMut(web_sys::Event)>,
}

impl HistoryListener {
    /// Listens to the window's `popstate`.
    pub fn new(mut moved: impl FnMut() + 'static) -> Option<Self> {
        let window = web_sys::window()?;
        let callback = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| moved());
        window
            .add_event_listener_with_callback("popstate", callback.as_ref().unchecked_ref())
            .ok()?;
        Some(Self { callback })
    }
}

impl Drop for HistoryListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(
                "popstate",
                self.callback.as_ref().unchecked_ref(),
            );
        }
    }
}
