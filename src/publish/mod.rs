//! The publishers' tools, built from the same core as the widget: a feed
//! report for `greenfair validate`, and spreadsheet import. Native only.

mod import;
mod json_ld;
mod render;
mod report;

pub use import::{import_booths, ImportError, ImportReport, RowProblem};
pub use json_ld::exhibition_events;
pub use render::{namespace_of, render_snippet, RenderOptions};
pub use report::{Report, Severity};
