//! The page's permissions policy, asked before using a feature it may
//! refuse: a refused call still logs an error in the console (Chromium's
//! "Permissions policy violation"), where a question does not.

use wasm_bindgen::JsCast;

/// Whether the page's permissions policy lets it use `feature`
/// (`clipboard-write`, `web-share`); true where the browser cannot tell
/// (`document.permissionsPolicy`, or the older `featurePolicy`, missing, or
/// the feature unknown to it).
pub fn allows(feature: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return true;
    };
    for name in ["permissionsPolicy", "featurePolicy"] {
        let Some(policy) = js_sys::Reflect::get(&document, &name.into())
            .ok()
            .filter(|p| p.is_object())
        else {
            continue;
        };
        let call = |method: &str, argument: &wasm_bindgen::JsValue| {
            js_sys::Reflect::get(&policy, &method.into())
                .ok()?
                .dyn_into::<js_sys::Function>()
                .ok()?
                .call1(&policy, argument)
                .ok()
        };
        // A feature the browser does not know (Web Share on desktop Linux)
        // is "not allowed" to it, but not refused: the call decides.
        let known = call("features", &wasm_bindgen::JsValue::UNDEFINED)
            .and_then(|list| list.dyn_into::<js_sys::Array>().ok())
            .is_none_or(|list| list.includes(&feature.into(), 0));
        return !known
            || call("allowsFeature", &feature.into()).and_then(|a| a.as_bool()) != Some(false);
    }
    true
}
