//! The system share sheet (phones: Zalo, messages...).

use crate::browser::Shared;

/// True on Android, where a `webcal:` link does nothing and Google
/// Calendar, not a downloaded `.ics`, is how a reader adds a fair.
pub fn is_android() -> bool {
    web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .is_some_and(|agent| agent.contains("Android"))
}

/// True when the browser has a share sheet and the page's permissions
/// policy lets it open (a frame without `allow="web-share"` does not).
pub fn can_share() -> bool {
    web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
        && super::permissions::allows("web-share")
}

/// Opens the share sheet, then calls `done` with what became of it:
/// shared, closed by the reader, or refused by the browser.
pub fn share(title: &str, url: &str, done: impl FnOnce(Shared) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    let shared = window.navigator().share_with_data(&data);
    wasm_bindgen_futures::spawn_local(async move {
        done(match wasm_bindgen_futures::JsFuture::from(shared).await {
            Ok(_) => Shared::Done,
            Err(error) => {
                // The reader closing the sheet is an AbortError.
                let name = js_sys::Reflect::get(&error, &"name".into())
                    .ok()
                    .and_then(|n| n.as_string());
                if name.as_deref() == Some("AbortError") {
                    Shared::Closed
                } else {
                    Shared::Refused
                }
            }
        });
    });
}
