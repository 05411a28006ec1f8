//! The Yew components. They render state and send actions; the state and
//! its reducer live in `state`, with no HTML.

mod catalog_ref;
mod clock;
mod event_list;
mod lang_switch;
mod state;
mod status;
mod widget;

pub use catalog_ref::CatalogRef;
pub use clock::today_in;
pub use event_list::{EventList, EventListProps};
pub use lang_switch::{LangSwitch, LangSwitchProps};
pub use state::{Action, LoadState, WidgetState};
pub use status::{ErrorView, ErrorViewProps, Loading};
pub use widget::{Widget, WidgetProps};
