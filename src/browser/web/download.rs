//! Files the reader downloads (a calendar file, a favourites list), as
//! gloo-file `Blob`s behind an `ObjectUrl` that is revoked when dropped.

use gloo_file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;

/// Saves `content` as a file named `filename`.
pub fn download(filename: &str, mime: &str, content: &str) {
    save_blob(filename, Blob::new_with_options(content, Some(mime)));
}

/// Saves `bytes` (a .zip, a workbook) as a file named `filename`.
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) {
    save_blob(filename, Blob::new_with_options(bytes, Some(mime)));
}

/// Downloads `blob` through an anchor in the document.
fn save_blob(filename: &str, blob: Blob) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let url = ObjectUrl::from(blob);
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
    // The download reads the Blob after the click returns: the URL is let
    // go (the `ObjectUrl` dropped) a minute later, not at once.
    gloo_timers::callback::Timeout::new(60_000, move || drop(url)).forget();
}
