//! The publishers' tools, built from the same core as the widget: a feed
//! report for `greenfair validate`, spreadsheet import, snippets and split feeds. Native only.

mod import;
mod json_ld;
mod render;
mod report;
mod split;

pub use import::{import_booths, ImportError, ImportReport, RowProblem};
pub use json_ld::exhibition_events;
pub use render::{render_snippet, RenderOptions};
pub use report::{Report, Severity};
pub use split::{split_feed, SplitFeed};
