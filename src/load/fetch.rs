//! The browser's part of loading a feed: `fetch` with a timeout, retries
//! with backoff, cancellation, HTTP revalidation (ETag / If-None-Match)
//! and the last good copy in Cache Storage.

use super::{evictions, worth_saving, LoadError, RetryPolicy, SavedAt};
use js_sys::Promise;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Cache, Request, RequestCache, RequestInit, Response, ResponseInit};

/// The Cache Storage cache that holds the last good copy of each feed.
const SAVED_CACHE: &str = "greenfair-feeds-v1";
/// The header on a saved copy that says when it was saved.
const SAVED_AT_HEADER: &str = "x-greenfair-saved-at";
/// Abort reasons, told apart when the fetch rejects.
const TIMED_OUT: &str = "greenfair:timeout";
const CANCELLED: &str = "greenfair:cancelled";

thread_local! {
    /// Feed downloads the loader started before the module was ready:
    /// `Map<absolute URL, [Promise<Response>, AbortController]>`, each used once.
    static PREFETCHED: RefCell<Option<js_sys::Map>> = const { RefCell::new(None) };
}

/// Keeps the loader's early feed downloads (a `Map`; anything else is ignored).
pub fn set_prefetched(prefetched: JsValue) {
    PREFETCHED.with(|p| *p.borrow_mut() = prefetched.dyn_into().ok());
}

/// The loader's download of `url` and its controller, if it started one
/// not used yet.
fn take_prefetched(url: &str) -> Option<(Promise, AbortController)> {
    PREFETCHED.with(|p| {
        let map = p.borrow().clone()?;
        let key = JsValue::from_str(url);
        let pair: js_sys::Array = map.get(&key).dyn_into().ok()?;
        map.delete(&key);
        forget_if_empty(&map, p);
        Some((pair.get(0).dyn_into().ok()?, pair.get(1).dyn_into().ok()?))
    })
}

/// Whether any of the loader's early downloads is still unclaimed.
pub fn has_prefetched() -> bool {
    PREFETCHED.with(|p| p.borrow().is_some())
}

/// Aborts the loader's early downloads that no widget will take: their
/// element went away before the module started or before its widget asked.
pub fn release_prefetched(still_wanted: impl Fn(&str) -> bool) {
    PREFETCHED.with(|p| {
        let Some(map) = p.borrow().clone() else {
            return;
        };
        for key in map.keys().into_iter().flatten() {
            let Some(url) = key.as_string() else { continue };
            if still_wanted(&url) {
                continue;
            }
            if let Ok(pair) = map.get(&key).dyn_into::<js_sys::Array>() {
                if let Ok(controller) = pair.get(1).dyn_into::<AbortController>() {
                    controller.abort_with_reason(&CANCELLED.into());
                }
            }
            map.delete(&key);
        }
        forget_if_empty(&map, p);
    });
}

/// Once every early download is taken or released, page mutations need not
/// look for unclaimed ones.
fn forget_if_empty(map: &js_sys::Map, prefetched: &RefCell<Option<js_sys::Map>>) {
    if map.size() == 0 {
        *prefetched.borrow_mut() = None;
    }
}

/// Stops a fetch in flight, and the retries after it, when no widget needs
/// the feed any more.
#[derive(Clone, Default)]
pub struct Cancel {
    cancelled: Rc<Cell<bool>>,
    /// The controllers of the attempts in flight (a split feed's booth
    /// files download side by side under one `Cancel`).
    attempts: Rc<RefCell<Vec<AbortController>>>,
}

impl Cancel {
    /// Aborts the attempt in flight and any attempt after it.
    pub fn cancel(&self) {
        self.cancelled.set(true);
        for controller in self.attempts.borrow_mut().drain(..) {
            controller.abort_with_reason(&CANCELLED.into());
        }
    }

    /// Whether [`Cancel::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.get()
    }
}

/// A downloaded feed: its text for the widget, and the page's own string
/// of it, for [`save`] to keep without converting the text back.
pub struct Download {
    /// The feed's text (a malformed UTF-8 sequence reads as U+FFFD).
    pub text: String,
    page_text: JsValue,
}

/// Downloads the feed at `url`, trying again after network and server
/// errors as `policy` says, until it succeeds, gives up or is cancelled.
pub async fn fetch_feed(
    url: &str,
    policy: RetryPolicy,
    cancel: &Cancel,
) -> Result<Download, LoadError> {
    let mut attempt = 1;
    loop {
        let error = match fetch_once(url, policy.timeout_secs, cancel).await {
            Ok(text) => return Ok(text),
            Err(error) => error,
        };
        match policy.delay_after(attempt, &error) {
            Some(delay) if !cancel.is_cancelled() => sleep(delay).await,
            _ => return Err(error),
        }
        if cancel.is_cancelled() {
            return Err(error);
        }
        attempt += 1;
    }
}

/// One attempt, aborted after `timeout_secs` (headers and body together).
async fn fetch_once(url: &str, timeout_secs: u32, cancel: &Cancel) -> Result<Download, LoadError> {
    let window = web_sys::window().ok_or_else(|| LoadError::Network("no window".into()))?;
    // The loader's early download (started while the module compiled) is
    // this attempt's request if there is one.
    let (request, controller) = match take_prefetched(url) {
        Some(early) => early,
        None => {
            let controller = AbortController::new().map_err(network)?;
            // `no-cache`: always ask the server, with If-None-Match when the
            // HTTP cache holds a copy, so an unchanged feed comes back as a 304.
            let init = RequestInit::new();
            init.set_cache(RequestCache::NoCache);
            init.set_signal(Some(&controller.signal()));
            (window.fetch_with_str_and_init(url, &init), controller)
        }
    };
    // The attempt's deadline: a gloo timer, cleared when it is dropped below.
    let timer = {
        let controller = controller.clone();
        gloo_timers::callback::Timeout::new(timeout_secs.saturating_mul(1000), move || {
            controller.abort_with_reason(&TIMED_OUT.into());
        })
    };
    cancel.attempts.borrow_mut().push(controller.clone());
    let result = async {
        let response: Response = JsFuture::from(request).await?.unchecked_into();
        if !response.ok() {
            return Ok(Err(LoadError::Http(response.status())));
        }
        // The browser decodes (faster than validating UTF-8 in the module).
        let page_text = JsFuture::from(response.text()?).await?;
        let text = page_text.as_string().unwrap_or_default();
        Ok::<_, JsValue>(Ok(Download { text, page_text }))
    }
    .await;
    drop(timer);
    cancel.attempts.borrow_mut().retain(|c| c != &controller);
    match result {
        Ok(outcome) => outcome,
        Err(reason) if reason.as_string().as_deref() == Some(TIMED_OUT) => {
            Err(LoadError::Timeout(timeout_secs))
        }
        Err(reason) => Err(network(reason)),
    }
}

fn network(reason: JsValue) -> LoadError {
    let message = reason
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| reason.as_string())
        .unwrap_or_else(|| "request failed".into());
    LoadError::Network(message)
}

/// Waits `ms` milliseconds without blocking the page (a gloo timer,
/// cleared if the waiting future is dropped).
pub async fn sleep(ms: u32) {
    gloo_timers::future::TimeoutFuture::new(ms).await;
}

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

/// The last good copy of the feed at `url`, and when it was saved.
pub async fn read_saved(url: &str) -> Option<(String, SavedAt)> {
    let cache = saved_cache().await?;
    let response: Response = JsFuture::from(cache.match_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    let saved_at = saved_at(&response)?;
    let text = JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    Some((text, saved_at))
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
    let Ok(body) = web_sys::Blob::new_with_str_sequence(&js_sys::Array::of1(&download.page_text))
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
