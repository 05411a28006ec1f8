//! What a widget asks of the feed loader, and what it gets back.

use super::{CatalogRef, RetryPolicy, SavedAt};

/// How a widget asks for its feed.
#[derive(Clone, Copy, Debug, Default)]
pub struct Ask {
    /// Ask the server again even if the feed is already loaded (a retry or
    /// a refresh); a load in flight is still shared.
    pub fresh: bool,
    /// Show the last good copy if the network fails (not on a refresh,
    /// which keeps the newer data on screen).
    pub fallback: bool,
    /// Timeouts and retries.
    pub policy: RetryPolicy,
}

/// A feed ready to show.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The parsed, indexed feed.
    pub catalog: CatalogRef,
    /// When the copy shown was saved, if the network failed and the last
    /// good copy stands in.
    pub saved_at: Option<SavedAt>,
    /// A hash of the feed's text: an unchanged feed keeps its catalog.
    pub text_hash: u64,
}
