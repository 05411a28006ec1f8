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

/// Stores a value in local storage; false where the browser refuses
/// (blocked storage, a full quota), so the caller can say so.
pub fn store_kept(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}
