//! The Yew components. They render state and send actions; the state and
//! its reducer live in `state`, with no HTML.

pub mod booths;
pub mod browser;
pub mod calendar;
mod catalog_ref;
mod clock;
pub mod context;
mod copy;
#[cfg(target_arch = "wasm32")]
pub mod feed_cache;
#[cfg(target_arch = "wasm32")]
pub use feed_cache::load_shared;
mod external_link;
mod facet_options;
mod labelled_select;
mod lang_switch;
mod modal;
mod state;
mod status;
mod widget;

pub use catalog_ref::CatalogRef;
pub use clock::today_in;
pub use copy::{copy_notice, copy_on_click};
pub use external_link::external_link;
pub use facet_options::{any_option, category_options, counted_option, district_options};
pub use labelled_select::labelled_select;
pub use lang_switch::lang_switch;
pub use modal::{Modal, ModalProps};
pub use state::{Action, LoadState, Notice, Tab, WidgetState, BOOTH_PAGE};
pub use status::{error_view, loading, saved_copy_notice};
pub use widget::{
    Sections, Widget, WidgetProps, DEFAULT_REFRESH_SECS, INDEX_MEASURE, LOAD_MARK, PARSE_MEASURE,
    SHOWN_MARK,
};
