//! The page's address: the URL hash that shared links carry, the page's
//! URL, and feed URLs made absolute.

/// The page's URL hash, with its `#`.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Replaces the URL hash without a new history entry or a scroll.
pub fn replace_hash(hash: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if current_hash() == hash {
        return;
    }
    let url = format!("{}{}", page_url(), if hash.is_empty() { " " } else { hash });
    // A lone space clears the hash without adding a history entry.
    let url = url.trim_end();
    if let Ok(history) = window.history() {
        // The entry keeps its state: a dialog's entry stays marked.
        let _ = history.replace_state_with_url(&super::history::entry_state(), "", Some(url));
    }
}

/// The page's URL without its hash.
pub fn page_url() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

/// `url` made absolute against the page, so "feeds/demo.json" and its full
/// URL are one feed.
pub fn absolute(url: &str) -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .map_or_else(|| url.to_owned(), |base| resolve(url, &base))
}

/// `file` resolved against `base` (the page's, or a split feed's URL).
pub fn resolve(file: &str, base: &str) -> String {
    web_sys::Url::new_with_base(file, base).map_or_else(|_| file.to_owned(), |u| u.href())
}
