//! What the widget asks of the browser: the URL hash, the clipboard, the
//! share sheet, downloads, the clock. Native builds (SSR, tests) get inert
//! versions, so components render the same everywhere.

use chrono::{DateTime, Utc};

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::*;
    use wasm_bindgen::{JsCast, JsValue};

    fn window() -> Option<web_sys::Window> {
        web_sys::window()
    }

    pub fn current_hash() -> String {
        window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default()
    }

    pub fn replace_hash(hash: &str) {
        let Some(window) = window() else { return };
        if current_hash() == hash {
            return;
        }
        let url = format!("{}{}", page_url(), if hash.is_empty() { " " } else { hash });
        // A lone space clears the hash without adding a history entry.
        let url = url.trim_end();
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(url));
        }
    }

    pub fn page_url() -> String {
        let href = window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        href.split('#').next().unwrap_or_default().to_owned()
    }

    pub fn now() -> DateTime<Utc> {
        DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
    }

    /// The page's clipboard, where it has one (none on http pages).
    fn clipboard() -> Option<web_sys::Clipboard> {
        let navigator = window()?.navigator();
        let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
        (!clipboard.is_undefined() && !clipboard.is_null()).then(|| clipboard.unchecked_into())
    }

    pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
        wasm_bindgen_futures::spawn_local(async move {
            // Refused where the host frame lacks allow="clipboard-write", or
            // the reader said no: `done(false)`, never a claim of a copy.
            let copied = match clipboard() {
                Some(clipboard) => {
                    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
                        .await
                        .is_ok()
                }
                None => false,
            };
            done(copied);
        });
    }

    pub fn select_copy_field(near: Option<web_sys::Element>) {
        let Some(near) = near else { return };
        // After the render that shows the field.
        gloo_timers::callback::Timeout::new(0, move || {
            let field = near
                .get_root_node()
                .dyn_into::<web_sys::DocumentFragment>()
                .ok()
                .and_then(|root| root.query_selector(".gf-copy-field").ok().flatten())
                .or_else(|| {
                    near.owner_document()?
                        .query_selector(".gf-copy-field")
                        .ok()
                        .flatten()
                });
            if let Some(field) = field.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = field.focus();
                let _ = js_sys::Reflect::get(&field, &"select".into())
                    .ok()
                    .and_then(|select| select.dyn_into::<js_sys::Function>().ok())
                    .map(|select| select.call0(&field));
            }
        })
        .forget();
    }

    pub fn can_share() -> bool {
        window()
            .is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
    }

    pub fn share(title: &str, url: &str, refused: impl FnOnce() + 'static) {
        let Some(window) = window() else { return };
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_url(url);
        let shared = window.navigator().share_with_data(&data);
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(error) = wasm_bindgen_futures::JsFuture::from(shared).await {
                // The reader closing the sheet is an AbortError: nothing to say.
                let name = js_sys::Reflect::get(&error, &"name".into())
                    .ok()
                    .and_then(|n| n.as_string());
                if name.as_deref() != Some("AbortError") {
                    refused();
                }
            }
        });
    }

    pub fn download(filename: &str, mime: &str, content: &str) {
        let Some(document) = window().and_then(|w| w.document()) else {
            return;
        };
        let parts = js_sys::Array::of1(&JsValue::from_str(content));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
            return;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return;
        };
        if let Some(anchor) = document
            .create_element("a")
            .ok()
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        {
            anchor.set_href(&url);
            anchor.set_download(filename);
            // Some browsers download only from an anchor in the document.
            if let Some(body) = document.body() {
                let _ = body.append_child(&anchor);
            }
            anchor.click();
            anchor.remove();
        }
        // The download reads the Blob after the click returns: the URL is
        // let go a minute later, not at once.
        gloo_timers::callback::Timeout::new(60_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
    }

    fn storage() -> Option<web_sys::Storage> {
        // Reading localStorage throws when the host or the reader blocks it.
        window().and_then(|w| w.local_storage().ok().flatten())
    }

    pub fn load(key: &str) -> Option<String> {
        storage().and_then(|s| s.get_item(key).ok().flatten())
    }

    pub fn save(key: &str, value: &str) {
        if let Some(storage) = storage() {
            let _ = storage.set_item(key, value);
        }
    }

    pub fn mark(name: &str) {
        if let Some(performance) = window().and_then(|w| w.performance()) {
            let _ = performance.mark(name);
        }
    }

    pub fn measure(name: &str, since: &str) {
        if let Some(performance) = window().and_then(|w| w.performance()) {
            let _ = performance.measure_with_start_mark(name, since);
            performance.clear_marks_with_mark_name(since);
        }
    }

    pub fn when_idle(work: impl FnOnce() + 'static) {
        let Some(window) = window() else { return };
        let work = wasm_bindgen::closure::Closure::once_into_js(work);
        let work: &js_sys::Function = work.unchecked_ref();
        // Safari has no requestIdleCallback: a task of its own will do.
        if window.request_idle_callback(work).is_err() {
            let _ = window.set_timeout_with_callback(work);
        }
    }

    pub fn utc_offset_minutes(at_ms: i64) -> i32 {
        // getTimezoneOffset counts minutes west of UTC.
        -(js_sys::Date::new(&(at_ms as f64).into()).get_timezone_offset() as i32)
    }

    pub fn page_visible() -> bool {
        window()
            .and_then(|w| w.document())
            .is_none_or(|d| d.visibility_state() == web_sys::VisibilityState::Visible)
    }

    /// A running timer; dropping it clears it.
    pub type Interval = gloo_timers::callback::Interval;

    pub fn every(ms: u32, tick: impl FnMut() + 'static) -> Option<Interval> {
        (ms > 0).then(|| Interval::new(ms, tick))
    }

    /// The dialog as a native one, where the browser has `showModal`. No
    /// `instanceof HTMLDialogElement`: Safari before 15.4 has no such class.
    fn native_dialog(node: &yew::NodeRef) -> Option<web_sys::HtmlDialogElement> {
        let element = node.get()?;
        js_sys::Reflect::has(&element, &"showModal".into())
            .unwrap_or(false)
            .then(|| element.unchecked_into())
    }

    pub fn open_dialog(node: &yew::NodeRef) {
        if let Some(dialog) = native_dialog(node) {
            if !dialog.open() {
                let _ = dialog.show_modal();
            }
            return;
        }
        let Some(element) = node
            .get()
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        let _ = element.set_attribute("open", "");
        let _ = element.set_attribute("data-fallback", "");
        if let Ok(Some(first)) = element.query_selector("button") {
            let _ = first.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    }

    pub fn close_dialog(node: &yew::NodeRef) -> bool {
        native_dialog(node).map(|dialog| dialog.close()).is_some()
    }

    pub fn is_native_dialog(node: &yew::NodeRef) -> bool {
        native_dialog(node).is_some()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::*;

    pub fn current_hash() -> String {
        String::new()
    }
    pub fn replace_hash(_hash: &str) {}
    pub fn page_url() -> String {
        String::new()
    }
    pub fn now() -> DateTime<Utc> {
        Utc::now()
    }
    pub fn copy_text(_text: String, done: impl FnOnce(bool) + 'static) {
        done(false);
    }
    pub fn select_copy_field(_near: Option<web_sys::Element>) {}
    pub fn can_share() -> bool {
        false
    }
    pub fn share(_title: &str, _url: &str, _refused: impl FnOnce() + 'static) {}
    pub fn download(_filename: &str, _mime: &str, _content: &str) {}
    pub fn load(_key: &str) -> Option<String> {
        None
    }
    pub fn save(_key: &str, _value: &str) {}
    pub fn mark(_name: &str) {}
    pub fn measure(_name: &str, _since: &str) {}
    pub fn when_idle(_work: impl FnOnce() + 'static) {}
    pub fn utc_offset_minutes(_at_ms: i64) -> i32 {
        0
    }
    pub fn page_visible() -> bool {
        true
    }
    /// Native builds run no timers.
    pub struct Interval;
    pub fn every(_ms: u32, _tick: impl FnMut() + 'static) -> Option<Interval> {
        None
    }
    pub fn open_dialog(_node: &yew::NodeRef) {}
    pub fn close_dialog(_node: &yew::NodeRef) -> bool {
        false
    }
    pub fn is_native_dialog(_node: &yew::NodeRef) -> bool {
        false
    }
}

/// The page's URL hash, with its `#`.
pub fn current_hash() -> String {
    imp::current_hash()
}

/// Replaces the URL hash without a new history entry or a scroll.
pub fn replace_hash(hash: &str) {
    imp::replace_hash(hash)
}

/// The page's URL without its hash.
pub fn page_url() -> String {
    imp::page_url()
}

/// The reader's clock, in UTC.
pub fn now() -> DateTime<Utc> {
    imp::now()
}

/// Puts `text` on the clipboard, then calls `done` with whether it did:
/// false where the browser has no clipboard (http pages) or refuses it (a
/// frame without `allow="clipboard-write"`, the reader saying no).
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    imp::copy_text(text, done)
}

/// Focuses and selects the `.gf-copy-field` that the next render shows
/// next to `near` (the button pressed), for a copy by hand.
pub fn select_copy_field(near: Option<web_sys::Element>) {
    imp::select_copy_field(near)
}

/// True when the browser has a share sheet (phones: Zalo, messages...).
pub fn can_share() -> bool {
    imp::can_share()
}

/// Opens the system share sheet; `refused` runs when the browser will not
/// (a frame without `allow="web-share"`), not when the reader closes it.
pub fn share(title: &str, url: &str, refused: impl FnOnce() + 'static) {
    imp::share(title, url, refused)
}

/// Saves `content` as a file the reader downloads.
pub fn download(filename: &str, mime: &str, content: &str) {
    imp::download(filename, mime, content)
}

/// A value from the browser's local storage (none when it is blocked).
pub fn load(key: &str) -> Option<String> {
    imp::load(key)
}

/// Stores a value in the browser's local storage, if allowed.
pub fn save(key: &str, value: &str) {
    imp::save(key, value)
}

/// Sets a User Timing mark, so benchmarks can time the widget from outside.
pub fn mark(name: &str) {
    imp::mark(name)
}

/// Records a User Timing measure from the mark `since` to now.
pub fn measure(name: &str, since: &str) {
    imp::measure(name, since)
}

/// Runs `work` when the page is idle (soon, on browsers that cannot tell),
/// for what the reader has not asked for yet; nothing natively.
pub fn when_idle(work: impl FnOnce() + 'static) {
    imp::when_idle(work)
}

/// The reader's time zone at a moment, in minutes east of UTC.
pub fn utc_offset_minutes(at_ms: i64) -> i32 {
    imp::utc_offset_minutes(at_ms)
}

/// Whether the reader can see the page (not a background tab).
pub fn page_visible() -> bool {
    imp::page_visible()
}

/// Opens a modal `<dialog>`: natively where the browser has `showModal`,
/// else shown open over the page with focus moved into it.
pub fn open_dialog(node: &yew::NodeRef) {
    imp::open_dialog(node)
}

/// Closes a native dialog (its `close` event follows); false when the
/// dialog is the fallback, which the caller closes itself.
pub fn close_dialog(node: &yew::NodeRef) -> bool {
    imp::close_dialog(node)
}

/// True when the dialog is native, so the browser handles Escape.
pub fn is_native_dialog(node: &yew::NodeRef) -> bool {
    imp::is_native_dialog(node)
}

/// A running timer (gloo's `Interval`); dropping it clears it.
pub use imp::Interval;

/// Runs `tick` every `ms` milliseconds (never for 0) until the returned
/// timer is dropped, which clears it.
pub fn every(ms: u32, tick: impl FnMut() + 'static) -> Option<Interval> {
    imp::every(ms, tick)
}
