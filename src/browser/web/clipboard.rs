//! The clipboard, awaited: a copy is claimed only once the browser says it
//! happened.

use wasm_bindgen::JsCast;

/// The page's clipboard, where it has one (none on http pages).
fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    (!clipboard.is_undefined() && !clipboard.is_null()).then(|| clipboard.unchecked_into())
}

/// Puts `text` on the clipboard, then calls `done` with whether it did:
/// false where the browser has no clipboard (http pages) or refuses it (a
/// frame without `allow="clipboard-write"`, the reader saying no). Where
/// the permissions policy says no already, the clipboard is not tried
/// (Chromium would log the refusal as an error in the host's console).
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        let allowed = super::permissions::allows("clipboard-write");
        let copied = match clipboard().filter(|_| allowed) {
            Some(clipboard) => wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
                .await
                .is_ok(),
            None => false,
        };
        done(copied);
    });
}

/// Focuses and selects the `.gf-copy-field` that the next render shows
/// next to `near` (the button pressed), for a copy by hand.
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
