//! The widget's hooks: each ties one of its effects (fetching, the URL
//! hash, dialogs in the page's history, stored favourites, the refresh timer, the host page's events and
//! attributes) to the reducer.

mod dialog_history;
mod feed_fetch;
mod hash_sync;
mod host_events;
mod live_props;
mod refresh_timer;
mod stored_favourites;

pub use dialog_history::use_dialog_history;
pub use feed_fetch::{use_booth_files, use_booth_index, use_feed_fetch};
pub use hash_sync::use_hash_sync;
pub use host_events::use_host_events;
pub use live_props::use_live_props;
pub use refresh_timer::use_refresh_timer;
pub use stored_favourites::use_stored_favourites;
