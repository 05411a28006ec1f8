//! The studio inside a WordPress site (the plugin's Greenfair page): what
//! the page tells it on `#greenfair-studio`, and the publication sent to
//! the site. On studio.html, and when rendering to a string, there is no
//! site: the studio behaves as it always did.

use crate::i18n::Lang;
use crate::studio::Site;

/// The root element the page renders the studio into.
#[cfg(target_arch = "wasm32")]
const ROOT: &str = "greenfair-studio";

/// The site and its user's language, when the page is a site's Greenfair
/// page (its root names where to publish).
#[cfg(target_arch = "wasm32")]
pub fn site() -> Option<(Option<Lang>, Site)> {
    let data = |name| crate::browser::element_data(ROOT, name);
    let publish_url = data("publish").filter(|url| !url.is_empty())?;
    let lang = match data("lang").as_deref() {
        Some("vi") => Some(Lang::Vi),
        Some("en") => Some(Lang::En),
        _ => None,
    };
    Some((
        lang,
        Site {
            publish_url,
            nonce: data("nonce").unwrap_or_default(),
            open_url: data("open").unwrap_or_default(),
        },
    ))
}

/// No page, no site.
#[cfg(not(target_arch = "wasm32"))]
pub fn site() -> Option<(Option<Lang>, Site)> {
    None
}

/// Sends the feed and its calendar to the site with the user's REST
/// nonce; the answer's status and text, or why none came.
#[cfg(target_arch = "wasm32")]
pub async fn send(site: &Site, feed: &str, calendar: &str) -> Result<(u16, String), String> {
    let body = serde_json::json!({ "feed": feed, "calendar": calendar }).to_string();
    crate::browser::post_json(&site.publish_url, &[("X-WP-Nonce", &site.nonce)], &body).await
}

/// Nothing to send to outside a browser.
#[cfg(not(target_arch = "wasm32"))]
pub async fn send(_site: &Site, _feed: &str, _calendar: &str) -> Result<(u16, String), String> {
    Err("no browser".into())
}
