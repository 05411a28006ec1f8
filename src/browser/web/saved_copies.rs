//! The last good copy of each feed, in Cache Storage, for a reader who
//! comes back offline.

use super::fetch::{body_text, Download};
use crate::load::{evictions, worth_saving, SavedAt};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, Request, Response, ResponseInit};

/// The Cache Storage cache that holds the last good copy of each feed.
const SAVED_CACHE: &str = "greenfair-feeds-v1";
/// The header on a saved copy that says when it was saved.
const SAVED_AT_HEADER: &str = "x-greenfair-saved-at";

/// The browser's Cache Storage cache for feeds; `None` where there is none
/// (an insecure origin, a sandboxed frame, storage switched off).
async fn saved_cache() -> Option<Cache> {
    let caches = web_sys::window()?.caches().ok()?;
    JsFuture::from(caches.open(SAVED_CACHE))
        .await
        .ok()?
        .dyn_into()
        .ok()
}

/// The last good copy of the feed at `url`, its fingerprint, and when it was saved.
pub async fn read_saved(url: &str) -> Option<(String, u64, SavedAt)> {
    let cache = saved_cache().await?;
    let response: Response = JsFuture::from(cache.match_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    let saved_at = saved_at(&response)?;
    let body = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    let (text, fingerprint) = body_text(body.unchecked_ref()).await;
    Some((text, fingerprint, saved_at))
}

fn saved_at(response: &Response) -> Option<SavedAt> {
    let header = response.headers().get(SAVED_AT_HEADER).ok()??;
    header.parse().ok().map(SavedAt)
}

/// Keeps `download` as the last good copy of the feed at `url`, then drops
/// the oldest copies beyond the bound. Failing to save is not an error: the
/// widget works without it.
pub async fn save(url: &str, download: &Download) {
    if !worth_saving(download.text.chars().count()) {
        return;
    }
    let Some(cache) = saved_cache().await else {
        return;
    };
    let init = ResponseInit::new();
    let now = js_sys::Date::now() as i64;
    let Ok(headers) = web_sys::Headers::new() else {
        return;
    };
    let _ = headers.set("content-type", "application/json; charset=utf-8");
    let _ = headers.set(SAVED_AT_HEADER, &now.to_string());
    init.set_headers(&headers);
    let Ok(body) =
        web_sys::Blob::new_with_buffer_source_sequence(&js_sys::Array::of1(&download.body))
    else {
        return;
    };
    let Ok(response) = Response::new_with_opt_blob_and_init(Some(&body), &init) else {
        return;
    };
    if JsFuture::from(cache.put_with_str(url, &response))
        .await
        .is_err()
    {
        return;
    }
    let mut saved = Vec::new();
    let Ok(keys) = JsFuture::from(cache.keys()).await else {
        return;
    };
    for request in js_sys::Array::from(&keys).iter() {
        let Ok(request) = request.dyn_into::<Request>() else {
            continue;
        };
        let Ok(found) = JsFuture::from(cache.match_with_request(&request)).await else {
            continue;
        };
        let at = found
            .dyn_into::<Response>()
            .ok()
            .and_then(|r| saved_at(&r))
            .unwrap_or(SavedAt(0));
        saved.push((request.url(), at));
    }
    for url in evictions(saved) {
        let _ = JsFuture::from(cache.delete_with_str(&url)).await;
    }
}
