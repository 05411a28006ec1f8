//! Everything greenfair asks of the browser, one concern per file in
//! `web/`: feed downloads, timeouts and aborts; Cache Storage and
//! localStorage; the clock and `Intl`; idle callbacks and timers;
//! downloads, share and clipboard; dialogs and focus; User Timing; the
//! console; mounting into shadow roots. Components in `ui/` call these
//! functions and touch no browser API themselves.
//!
//! Native builds (server rendering, tests) compile `native.rs` instead of
//! `web/`: inert twins with the same names, so components render the same
//! everywhere.

/// User Timing mark before each step of loading a feed.
pub const LOAD_MARK: &str = "greenfair:feed:step";
/// User Timing mark set when a widget shows newly loaded data (the first
/// is the end of start-up).
pub const SHOWN_MARK: &str = "greenfair:events-shown";
/// User Timing measure of parsing and validating a feed.
pub const PARSE_MEASURE: &str = "greenfair:feed:parse";
/// User Timing measure of indexing a feed for the calendar (lookups, event search keys).
pub const INDEX_MEASURE: &str = "greenfair:feed:index";
/// User Timing measure of building the booth finder's index, in slices
/// once the page is idle (read by the benchmark).
pub const BOOTH_INDEX_MEASURE: &str = "greenfair:booths:index";

/// Whether a frame is painted after each render: in the browser, so views
/// draw their first screen first; not when rendering to a string.
pub const PAINTS: bool = cfg!(target_arch = "wasm32");

/// What became of the system share sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The reader shared.
    Done,
    /// The reader closed the sheet.
    Closed,
    /// The browser would not open it (a frame without `allow="web-share"`).
    Refused,
}

#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
pub use web::*;

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
