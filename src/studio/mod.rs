//! Greenfair Studio (studio.html): organisers turn their spreadsheet into a
//! checked feed, see the widget on it and publish it, with a browser only.
//! It is built from the same core as `greenfair` (validation, import, ICS,
//! split) as a WebAssembly build of its own, so the embed stays light.
//!
//! `draft`, `findings`, `outputs` and `state` are plain Rust, tested natively; `ui`
//! holds the components (server-rendered in tests), and the browser's part
//! (files, IndexedDB, downloads, the preview's mount) is in `crate::browser`.

pub mod draft;
pub mod findings;
pub mod messages;
pub mod outputs;
pub mod state;
pub mod ui;

pub use draft::{Draft, DraftError, Edit, FieldPath, List, Step as PathStep};
pub use findings::{explain, sentence, Explained, Target};
pub use messages::StudioText;
pub use state::{
    ImportOutcome, Notice, OpenFailure, PendingImport, Published, Site, SitePublish, Step,
    StudioAction, StudioState,
};

/// Starts the studio in the page's `#greenfair-studio` element.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    ui::start();
}
