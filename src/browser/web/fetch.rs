//! `fetch` with a timeout, retries with backoff, cancellation and HTTP
//! revalidation (ETag / If-None-Match).

use super::prefetched::take_prefetched;
use super::slices::Slices;
use super::timers::sleep;
use crate::load::{LoadError, RetryPolicy};
use crate::pace::tick;
use crate::utf8_stream::Utf8Stream;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestCache, RequestInit, Response};

/// Abort reasons, told apart when the fetch rejects.
const TIMED_OUT: &str = "greenfair:timeout";
/// The reason given to an abort nobody waits for (also the loader's early downloads').
pub(super) const CANCELLED: &str = "greenfair:cancelled";

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

/// A downloaded feed: its text for the widget, a fingerprint of its bytes,
/// and the page's own buffer of them, for `saved_copies::save` to keep
/// without encoding it again.
pub struct Download {
    /// The feed's text (a malformed UTF-8 sequence reads as U+FFFD).
    pub text: String,
    /// Tells this download from another with other bytes (an unchanged
    /// feed keeps its catalog).
    pub fingerprint: u64,
    pub(super) body: js_sys::ArrayBuffer,
}

/// The text of a body's bytes, copied into the module a slice at a time
/// and read as UTF-8 there: the browser's own decoding (`Response.text()`)
/// and the copy of its string into the module held the page's main thread
/// for about 200 ms on an 11 MB feed (docs/performance.md).
pub(super) async fn body_text(body: &js_sys::ArrayBuffer) -> (String, u64) {
    let body = js_sys::Uint8Array::new(body);
    let length = body.length();
    let mut stream = Utf8Stream::with_capacity(length as usize);
    let mut pace = Slices::new();
    let mut start = 0;
    while start < length {
        let end = length.min(start + COPY_SLICE);
        stream.push(&body.subarray(start, end).to_vec());
        start = end;
        tick(&mut pace).await;
    }
    stream.finish()
}

/// Bytes copied into the module and read between two looks at the pace.
const COPY_SLICE: u32 = 1 << 20;

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
        let body: js_sys::ArrayBuffer = JsFuture::from(response.array_buffer()?)
            .await?
            .unchecked_into();
        let (text, fingerprint) = body_text(&body).await;
        Ok::<_, JsValue>(Ok(Download {
            text,
            fingerprint,
            body,
        }))
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

/// The text at `url`, for the studio's "open from an address": tried as
/// the widget tries its feed (timeout, retries).
pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
    fetch_feed(url, RetryPolicy::default(), &Cancel::default())
        .await
        .map(|download| download.text)
}
