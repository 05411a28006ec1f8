//! The publishers' tools, built from the same core as the widget: a feed
//! report for `greenfair validate`, spreadsheet import, snippets and split
//! feeds. The command-line tool and the studio (its own WebAssembly build)
//! both use them; rendering a snippet needs Yew's server rendering, so it
//! is native only.

mod cells;
mod columns;
mod html;
mod import;
mod import_report;
mod json_ld;
#[cfg(not(target_arch = "wasm32"))]
mod render;
mod report;
mod split;
mod spreadsheet;

pub use columns::{analyse, Analysis, Column, Field, Mapping};
pub use html::attribute;
pub use import::{fairs_in_import_order, import_analysed, import_sheet, ImportOptions};
pub use import_report::{
    not_imported_label, Changes, ImportError, ImportReport, RowIssue, RowProblem,
};
pub use json_ld::exhibition_events;
#[cfg(not(target_arch = "wasm32"))]
pub use render::{render_snippet, RenderOptions};
pub use report::{Cause, Finding, Report, Severity};
pub use split::{split_feed, SplitFeed};
pub use spreadsheet::{
    file_kind, is_workbook, read_sheet, sheet_names, FileKind, Merge, NotSpreadsheet, ReadAs, Row,
    Sheet, WorkbookKind,
};
