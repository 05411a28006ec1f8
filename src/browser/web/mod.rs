//! The browser layer as the WebAssembly build has it, one concern per file.

mod clipboard;
mod clock;
mod console;
mod dialog;
mod document;
mod download;
mod draft_store;
mod feed_loads;
mod fetch;
mod files;
mod focus;
mod history;
mod host_events;
mod local_storage;
mod location;
pub mod mount;
mod permissions;
mod prefetched;
mod preview;
mod saved_copies;
mod shadow_root;
mod share;
mod site;
mod slices;
mod timers;
mod timing;
mod widget_apps;

pub use {
    clipboard::{copy_text, select_copy_field},
    clock::{now, today_in, utc_offset_minutes},
    console::warn,
    dialog::{close_dialog, is_native_dialog, open_dialog},
    document::{empty_element, form_value, set_page_language},
    download::{download, download_bytes},
    draft_store::{clear_draft, load_draft, save_draft},
    feed_loads::FeedRequest,
    fetch::fetch_text,
    files::read_picked,
    focus::{focus_by_id, focus_child, focus_matching_inside, scroll_into_view},
    history::{go_back, is_dialog_entry, push_dialog_entry, HistoryListener},
    host_events::{emit_host_event, is_search_box},
    local_storage::{store, store_kept, stored},
    location::{absolute, current_hash, page_url, replace_hash},
    prefetched::set_prefetched,
    preview::mount_preview,
    share::{can_share, is_android, share},
    site::{element_data, post_json},
    timers::{after, after_paint, every, page_visible, when_idle, Interval, Timeout},
    timing::{mark, measure},
    widget_apps::WidgetApp,
};
