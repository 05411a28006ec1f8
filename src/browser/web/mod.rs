//! The browser layer as the WebAssembly build has it, one concern per file.

mod clipboard;
mod clock;
mod console;
mod dialog;
mod download;
mod feed_loads;
mod fetch;
mod focus;
mod local_storage;
mod location;
pub mod mount;
mod prefetched;
mod saved_copies;
mod shadow_root;
mod share;
mod timers;
mod timing;

pub use {
    clipboard::{copy_text, select_copy_field},
    clock::{now, today_in, utc_offset_minutes},
    console::warn,
    dialog::{close_dialog, is_native_dialog, open_dialog},
    download::download,
    feed_loads::FeedRequest,
    focus::{focus_child, focus_matching_inside},
    local_storage::{store, stored},
    location::{current_hash, page_url, replace_hash},
    prefetched::set_prefetched,
    share::{can_share, share},
    timers::{every, page_visible, when_idle, Interval},
    timing::{mark, measure},
};
