//! The page's permissions policy, asked before using a feature it may
//! refuse: a refused call still logs an error in the console (Chromium's
//! "Permissions policy violation"), where a question does not.

use wasm_bindgen::JsCast;

/// Whether the page's permissions policy lets it use `feature`
/// (`clipboard-write`, `web-share`); true where the browser cannot tell
/// (`document.permissionsPolicy`, or the older `featurePolicy`, missing).
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
        let allows = js_sys::Reflect::get(&policy, &"allowsFeature".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if let Some(allows) = allows {
            return allows
                .call1(&policy, &feature.into())
                .map_or(true, |allowed| allowed.as_bool() != Some(false));
        }
    }
    true
}
