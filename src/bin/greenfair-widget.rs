//! The WebAssembly module of the embed. `v1/greenfair.js` loads it and calls
//! the exported `start`; nothing runs on load and nothing lands on `window`.

/// Mounts every `[data-greenfair]` element, now and later; `default_feed` is
/// the absolute URL of the feed shipped next to the script, `prefetched`
/// a `Map` of feed URL to the `fetch` the loader started while this module
/// compiled, and `stylesheet` the URL of greenfair.css, linked into shadow
/// roots where constructed stylesheets are missing (Safari before 16.4).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start(default_feed: &str, prefetched: wasm_bindgen::JsValue, stylesheet: &str) {
    greenfair::browser::set_prefetched(prefetched);
    greenfair::browser::mount::start(default_feed, stylesheet);
}

fn main() {}
