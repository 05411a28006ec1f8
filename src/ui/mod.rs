//! The Yew components. They render state and send actions; the state and
//! its reducer live in `state`, with no HTML.

pub mod booths;
pub mod calendar;
pub mod context;
mod copy;
mod external_link;
mod facet_options;
pub(crate) mod held;
mod hooks;
pub mod host_events;
mod icon;
mod labelled_select;
mod lang_switch;
mod live_props;
mod modal;
mod state;
mod status;
mod widget;
mod widget_props;
mod widget_slot;

pub use crate::load::CatalogRef;
pub use copy::{copy_notice, copy_on_click, share_on_click};
pub use external_link::external_link;
pub use facet_options::{any_option, category_options, counted_option, district_options};
pub use host_events::HostEvent;
pub use icon::{icon, Icon};
pub use labelled_select::labelled_select;
pub use lang_switch::lang_switch;
pub use modal::{Modal, ModalProps};
pub use state::{Action, LoadState, Notice, Tab, WidgetState, BOOTH_PAGE};
pub use status::{error_view, loading, saved_copy_notice};
pub use widget::Widget;
pub use widget_props::{Sections, WidgetProps, DEFAULT_REFRESH_SECS, NARROW};
pub use widget_slot::{WidgetSlot, WidgetSlotProps};
