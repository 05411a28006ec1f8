//! Warnings for the host site's developer, in the browser's console.

/// Writes `greenfair: {message}` as a console warning.
pub fn warn(message: &str) {
    gloo_console::warn!(format!("greenfair: {message}"));
}
