//! The browser's pace for long work ([`crate::pace`]): slices of about
//! [`SLICE_MS`], with the main thread given back to the page between them,
//! so a reader's tap or scroll waits at most one slice, never a whole load.

use crate::pace::Pace;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Work between two pauses, in milliseconds: well under the 50 ms that
/// makes a long task, with room for the step that crosses it.
const SLICE_MS: f64 = 25.0;

/// Slices of the main thread's time, measured on `performance.now()`.
pub struct Slices {
    performance: Option<web_sys::Performance>,
    started: f64,
}

impl Slices {
    /// A pace whose first slice starts now.
    pub fn new() -> Self {
        let performance = web_sys::window().and_then(|w| w.performance());
        let started = performance.as_ref().map_or(0.0, |p| p.now());
        Self {
            performance,
            started,
        }
    }

    fn now(&self) -> f64 {
        self.performance.as_ref().map_or(0.0, |p| p.now())
    }
}

impl Default for Slices {
    fn default() -> Self {
        Self::new()
    }
}

impl Pace for Slices {
    fn due(&mut self) -> bool {
        self.now() - self.started >= SLICE_MS
    }

    async fn pause(&mut self) {
        yield_to_page().await;
        self.started = self.now();
    }
}

/// Lets the page run (input, rendering, its own tasks) before going on:
/// `scheduler.yield()` where there is one (Chromium 129, Firefox 142), whose
/// continuation goes ahead of other queued tasks; else a zero timeout.
async fn yield_to_page() {
    if let Some(promise) = scheduler_yield() {
        let _ = JsFuture::from(promise).await;
        return;
    }
    super::timers::sleep(0).await;
}

fn scheduler_yield() -> Option<js_sys::Promise> {
    let global = js_sys::global();
    let scheduler = js_sys::Reflect::get(&global, &"scheduler".into()).ok()?;
    if scheduler.is_undefined() {
        return None;
    }
    let yield_fn = js_sys::Reflect::get(&scheduler, &"yield".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    yield_fn.call0(&scheduler).ok()?.dyn_into().ok()
}
