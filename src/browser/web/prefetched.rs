//! Feed downloads the loader (`v1/greenfair.js`) started while the module
//! compiled, handed over to the first widget that asks for that feed.

use super::fetch::CANCELLED;
use js_sys::Promise;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::AbortController;

thread_local! {
    /// Feed downloads the loader started before the module was ready:
    /// `Map<absolute URL, [Promise<Response>, AbortController]>`, each used once.
    static PREFETCHED: RefCell<Option<js_sys::Map>> = const { RefCell::new(None) };
}

/// Keeps the loader's early feed downloads (a `Map`; anything else is ignored).
pub fn set_prefetched(prefetched: JsValue) {
    PREFETCHED.with(|p| *p.borrow_mut() = prefetched.dyn_into().ok());
}

/// The loader's download of `url` and its controller, if it started one
/// not used yet.
pub(super) fn take_prefetched(url: &str) -> Option<(Promise, AbortController)> {
    PREFETCHED.with(|p| {
        let map = p.borrow().clone()?;
        let key = JsValue::from_str(url);
        let pair: js_sys::Array = map.get(&key).dyn_into().ok()?;
        map.delete(&key);
        forget_if_empty(&map, p);
        Some((pair.get(0).dyn_into().ok()?, pair.get(1).dyn_into().ok()?))
    })
}

/// Whether any of the loader's early downloads is still unclaimed.
pub fn has_prefetched() -> bool {
    PREFETCHED.with(|p| p.borrow().is_some())
}

/// Aborts the loader's early downloads that no widget will take: their
/// element went away before the module started or before its widget asked.
pub fn release_prefetched(still_wanted: impl Fn(&str) -> bool) {
    PREFETCHED.with(|p| {
        let Some(map) = p.borrow().clone() else {
            return;
        };
        for key in map.keys().into_iter().flatten() {
            let Some(url) = key.as_string() else { continue };
            if still_wanted(&url) {
                continue;
            }
            if let Ok(pair) = map.get(&key).dyn_into::<js_sys::Array>() {
                if let Ok(controller) = pair.get(1).dyn_into::<AbortController>() {
                    controller.abort_with_reason(&CANCELLED.into());
                }
            }
            map.delete(&key);
        }
        forget_if_empty(&map, p);
    });
}

/// Once every early download is taken or released, page mutations need not
/// look for unclaimed ones.
fn forget_if_empty(map: &js_sys::Map, prefetched: &RefCell<Option<js_sys::Map>>) {
    if map.size() == 0 {
        *prefetched.borrow_mut() = None;
    }
}
