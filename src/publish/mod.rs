//! The publishers' tools, built from the same core as the widget: a feed
//! report for `greenfair validate`, and spreadsheet import. Native only.

mod import;
mod report;

pub use import::{import_booths, ImportError, ImportReport, RowProblem};
pub use report::{Report, Severity};
