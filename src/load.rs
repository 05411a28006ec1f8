//! Fetching a feed over the network and turning it into a catalog.

use crate::feed::FeedError;

/// Why a feed could not be shown: the network, the server, or the feed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    /// No answer: offline, DNS, CORS, a blocked request.
    #[error("network error: {0}")]
    Network(String),
    /// The server answered with an error status.
    #[error("the server answered HTTP {0}")]
    Http(u16),
    /// The feed arrived but cannot be used.
    #[error(transparent)]
    Feed(#[from] FeedError),
}

/// Downloads the feed at `url` as text.
#[cfg(target_arch = "wasm32")]
pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let network = |error: gloo_net::Error| LoadError::Network(error.to_string());
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(network)?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    response.text().await.map_err(network)
}
