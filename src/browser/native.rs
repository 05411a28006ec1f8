//! The browser layer's native twins, for server rendering and tests: the
//! same names as the WebAssembly modules, doing nothing a page would see.
//! Only the clock is real (`greenfair render --today` aside, a render is
//! for today).

use crate::load::{Ask, CatalogRef, LoadError, Loaded, RetryPolicy};
use crate::ui::WidgetProps;
use chrono::{DateTime, NaiveDate, Utc};

/// No page, no hash.
pub fn current_hash() -> String {
    String::new()
}

/// No page: nothing to replace.
pub fn replace_hash(_hash: &str) {}

/// No page: nothing to scroll.
pub fn scroll_into_view(_node: &yew::NodeRef) {}

/// No page: no history entry is added.
pub fn push_dialog_entry(_widget: &str) {}

/// No page: no entry is a dialog's.
pub fn is_dialog_entry(_widget: &str) -> bool {
    false
}

/// No page: nowhere to go back to.
pub fn go_back() {}

/// No page: nothing to listen to.
pub struct HistoryListener;

impl HistoryListener {
    /// Nothing listens.
    pub fn new(_moved: impl FnMut() + 'static) -> Option<Self> {
        None
    }
}

/// No page, no URL.
pub fn page_url() -> String {
    String::new()
}

/// The machine's clock, in UTC.
pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// Today in `timezone` for the zones `today::known_offset` knows.
pub fn today_in(timezone: &str) -> NaiveDate {
    crate::today::today_at_known(now(), timezone)
}

/// UTC: a render has no reader's zone.
pub fn utc_offset_minutes(_at_ms: i64) -> i32 {
    0
}

/// No clipboard: `done(false)`, never a claimed copy.
pub fn copy_text(_text: String, done: impl FnOnce(bool) + 'static) {
    done(false);
}

/// No page: no field to select.
pub fn select_copy_field(_near: Option<web_sys::Element>) {}

/// No share sheet.
/// No reader's device: not Android.
pub fn is_android() -> bool {
    false
}

/// No share sheet.
pub fn can_share() -> bool {
    false
}

/// No share sheet: nothing happens.
pub fn share(_title: &str, _url: &str, _done: impl FnOnce(super::Shared) + 'static) {}

/// No page to tell.
pub fn emit_host_event(_node: &yew::NodeRef, _name: &str, _detail: &str) {}

/// No events natively.
pub fn is_search_box(_target: Option<web_sys::EventTarget>) -> bool {
    false
}

/// No reader to download to.
pub fn download(_filename: &str, _mime: &str, _content: &str) {}

/// No storage.
pub fn stored(_key: &str) -> Option<String> {
    None
}

/// No storage: nothing is kept.
pub fn store(_key: &str, _value: &str) {}

/// No storage: nothing is kept, and that is said.
pub fn store_kept(_key: &str, _value: &str) -> bool {
    false
}

/// No User Timing.
pub fn mark(_name: &str) {}

/// No User Timing.
pub fn measure(_name: &str, _since: &str) {}

/// Renders never idle: the work is not done.
pub fn when_idle(_work: impl FnOnce() + 'static) {}

/// Nothing is painted when rendering to a string: `work` never runs.
pub fn after_paint(_work: impl FnOnce() + 'static) {}

/// A render is always "seen".
pub fn page_visible() -> bool {
    true
}

/// Native builds run no timers.
pub struct Interval;

/// Native builds run no timers.
pub struct Timeout;

/// Native builds run no timers.
pub fn after(_ms: u32, _work: impl FnOnce() + 'static) -> Option<Timeout> {
    None
}

/// Native builds run no timers.
pub fn every(_ms: u32, _tick: impl FnMut() + 'static) -> Option<Interval> {
    None
}

/// No dialog to open.
pub fn open_dialog(_node: &yew::NodeRef) {}

/// No native dialog.
pub fn close_dialog(_node: &yew::NodeRef) -> bool {
    false
}

/// No native dialog.
pub fn is_native_dialog(_node: &yew::NodeRef) -> bool {
    false
}

/// No focus to move.
pub fn focus_child(_target: Option<web_sys::EventTarget>, _index: u32) {}

/// No focus to move.
pub fn focus_matching_inside(_container: &yew::NodeRef, _selector: &str) {}

/// Warnings go to standard error.
pub fn warn(message: &str) {
    eprintln!("greenfair: {message}");
}

/// A request for a feed that never settles: server rendering shows
/// preloaded catalogs only.
pub struct FeedRequest;

impl FeedRequest {
    /// Nothing is fetched natively.
    pub fn new(_url: &str, _ask: Ask) -> Self {
        FeedRequest
    }

    /// Builds nothing: server rendering's catalogs have their booth index.
    pub fn booth_index(_catalog: &CatalogRef) -> Self {
        FeedRequest
    }

    /// Nothing is fetched natively.
    pub fn booth_files(_url: &str, _catalog: &CatalogRef, _policy: RetryPolicy) -> Self {
        FeedRequest
    }

    /// `then` is never called.
    pub fn then(self, _then: impl FnOnce(Result<Loaded, LoadError>) + 'static) -> Self {
        self
    }
}

/// No page: the URL as given.
pub fn absolute(url: &str) -> String {
    url.to_owned()
}

/// No reader to download to.
pub fn download_bytes(_filename: &str, _mime: &str, _bytes: &[u8]) {}

/// No file picker.
pub fn read_picked(
    _event: &web_sys::Event,
    _done: impl FnOnce(String, Result<Vec<u8>, String>) + 'static,
) {
}

/// No network natively.
pub async fn fetch_text(_url: &str) -> Result<String, LoadError> {
    Err(LoadError::Network("no browser".into()))
}

/// No IndexedDB: nothing kept.
pub async fn load_draft() -> Option<(String, String)> {
    None
}

/// No IndexedDB: nothing kept.
pub async fn save_draft(_name: &str, _text: &str) -> bool {
    false
}

/// No IndexedDB: nothing to clear.
pub async fn clear_draft() -> bool {
    false
}

/// No page: no Yew app draws a widget natively.
pub struct WidgetApp;

impl WidgetApp {
    /// Nothing to release.
    pub fn release(self) {}
}

/// No page to mount a preview in.
pub fn mount_preview(_host: &web_sys::Element, _props: WidgetProps) -> Option<WidgetApp> {
    None
}

/// No page to focus in.
pub fn focus_by_id(_id: &str) {}

/// No page to name.
pub fn set_page_language(_code: &str, _title: &str) {}

/// No page to render into.
pub fn empty_element(_id: &str) -> Option<web_sys::Element> {
    None
}

/// No form to read.
pub fn form_value(_event: &web_sys::Event, _name: &str) -> Option<String> {
    None
}
