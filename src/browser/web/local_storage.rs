//! The reader's favourites, kept in localStorage.
//!
//! Written on web-sys rather than gloo-storage: `gloo_storage::LocalStorage`
//! panics (`expect`) where storage is blocked (sandboxed frames, strict
//! privacy settings), and a blocked store must only mean nothing is kept.

/// localStorage, or `None` where reading it throws (blocked by the host or the reader).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// A value from local storage (none when it is blocked).
pub fn stored(key: &str) -> Option<String> {
    storage().and_then(|s| s.get_item(key).ok().flatten())
}

/// Stores a value in local storage, if allowed.
pub fn store(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}
