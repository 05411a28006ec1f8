//! User Timing marks and measures, so benchmarks can time the widget from
//! outside (names in `browser`'s constants and the components').

/// Sets a User Timing mark.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Records a User Timing measure from the mark `since` to now.
pub fn measure(name: &str, since: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.measure_with_start_mark(name, since);
        performance.clear_marks_with_mark_name(since);
    }
}
