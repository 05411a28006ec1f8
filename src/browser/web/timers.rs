//! Work for later: gloo timers (cleared when dropped), idle callbacks, and
//! whether the page is seen at all.

use wasm_bindgen::JsCast;

/// A running timer (gloo's `Interval`); dropping it clears it.
pub type Interval = gloo_timers::callback::Interval;

/// Runs `tick` every `ms` milliseconds (never for 0) until the returned
/// timer is dropped, which clears it.
pub fn every(ms: u32, tick: impl FnMut() + 'static) -> Option<Interval> {
    (ms > 0).then(|| Interval::new(ms, tick))
}

/// A timer that runs once (gloo's `Timeout`); dropping it clears it.
pub type Timeout = gloo_timers::callback::Timeout;

/// Runs `work` once, `ms` milliseconds from now, unless the returned timer
/// is dropped first.
pub fn after(ms: u32, work: impl FnOnce() + 'static) -> Option<Timeout> {
    Some(Timeout::new(ms, work))
}

/// Waits `ms` milliseconds without blocking the page (a gloo timer,
/// cleared if the waiting future is dropped).
pub async fn sleep(ms: u32) {
    gloo_timers::future::TimeoutFuture::new(ms).await;
}

/// Runs `work` when the page is idle (soon, on browsers that cannot tell),
/// for what the reader has not asked for yet.
pub fn when_idle(work: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let work = wasm_bindgen::closure::Closure::once_into_js(work);
    let work: &js_sys::Function = work.unchecked_ref();
    // Safari has no requestIdleCallback: a task of its own will do.
    if window.request_idle_callback(work).is_err() {
        let _ = window.set_timeout_with_callback(work);
    }
}

/// Runs `work` once the next frame is painted (an animation frame, then a
/// task of its own): what a reader need not see in the frame that answers them.
pub fn after_paint(work: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let next_task = wasm_bindgen::closure::Closure::once_into_js(move || {
        let work = wasm_bindgen::closure::Closure::once_into_js(work);
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(work.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(next_task.unchecked_ref());
}

/// Resolves when the page is idle ([`when_idle`]).
pub async fn idle() {
    let (done, idle) = futures::channel::oneshot::channel();
    when_idle(move || {
        let _ = done.send(());
    });
    let _ = idle.await;
}

/// Whether the reader can see the page (not a background tab).
pub fn page_visible() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_none_or(|d| d.visibility_state() == web_sys::VisibilityState::Visible)
}
