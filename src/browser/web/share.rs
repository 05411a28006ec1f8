//! The system share sheet (phones: Zalo, messages...).

/// True when the browser has a share sheet.
pub fn can_share() -> bool {
    web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

/// Opens the share sheet; `refused` runs when the browser will not (a
/// frame without `allow="web-share"`), not when the reader closes it.
pub fn share(title: &str, url: &str, refused: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
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
