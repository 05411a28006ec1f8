//! Getting a feed over a poor network: the errors a reader can meet, when
//! to try again, and the last good copy kept in the browser. The policies
//! here are plain Rust, tested natively; `crate::browser` does the
//! browser's part.

mod catalog_ref;
mod loaded;
mod retry;
mod saved;

pub use catalog_ref::CatalogRef;
pub use loaded::{Ask, Loaded};
pub use retry::RetryPolicy;
pub use saved::{evictions, worth_saving, SavedAt};

use crate::feed::FeedError;

/// Why a feed could not be shown: the network, the server, or the feed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    /// No answer: offline, DNS, CORS, a blocked request.
    #[error("network error: {0}")]
    Network(String),
    /// No complete answer within the time allowed.
    #[error("no answer within {0} s")]
    Timeout(u32),
    /// The server answered with an error status.
    #[error("the server answered HTTP {0}")]
    Http(u16),
    /// The feed arrived but cannot be used.
    #[error(transparent)]
    Feed(#[from] FeedError),
}

impl LoadError {
    /// Whether asking again may help: the network and the server's own
    /// troubles (5xx, 408, 429) may pass; a 4xx or a broken feed will not.
    pub fn is_transient(&self) -> bool {
        match self {
            LoadError::Network(_) | LoadError::Timeout(_) => true,
            LoadError::Http(status) => *status >= 500 || matches!(status, 408 | 429),
            LoadError::Feed(_) => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_network_and_server_troubles_are_worth_a_retry() {
        assert!(LoadError::Network("offline".into()).is_transient());
        assert!(LoadError::Timeout(15).is_transient());
        assert!(LoadError::Http(500).is_transient());
        assert!(LoadError::Http(503).is_transient());
        assert!(LoadError::Http(429).is_transient());
        assert!(!LoadError::Http(404).is_transient());
        assert!(!LoadError::Http(403).is_transient());
        assert!(!LoadError::Feed(FeedError::MissingVersion).is_transient());
    }
}
