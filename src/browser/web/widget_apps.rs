//! The Yew apps that draw widgets, kept for reuse. Yew never removes the
//! listeners through which a root delegates its events (they hold the root
//! element and its app until the page closes), so destroying an app would
//! leave its element, its shadow root and its listeners behind for good; a
//! single-page site mounting a widget on every navigation would grow
//! without end. Instead, a widget that leaves the page empties its root and
//! gives it back, and the next widget is drawn in it: a page holds as many
//! roots as it ever showed widgets at once.

use super::shadow_root::new_host_root;
use crate::ui::{WidgetProps, WidgetSlot, WidgetSlotProps};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use web_sys::Element;
use yew::AppHandle;

thread_local! {
    /// Roots that drew a widget no longer on the page, empty, waiting.
    static IDLE: RefCell<Vec<WidgetApp>> = const { RefCell::new(Vec::new()) };
    /// Numbers the widgets drawn, so that each element starts a fresh one.
    static GENERATION: Cell<u64> = const { Cell::new(0) };
}

/// A widget drawn by a Yew app into its `.gf-host` root element.
pub struct WidgetApp {
    root: Element,
    app: AppHandle<WidgetSlot>,
    generation: u64,
}

impl WidgetApp {
    /// Draws a new widget with `props`, in a waiting root if there is one,
    /// else in a new root made in `near`'s document; put [`WidgetApp::root`]
    /// where it shows.
    pub fn draw(near: &Element, props: WidgetProps) -> Option<Self> {
        let generation = GENERATION.with(|g| g.replace(g.get() + 1));
        let slot = WidgetSlotProps {
            widget: Some(Rc::new(props)),
            generation,
        };
        if let Some(mut idle) = IDLE.with(|idle| idle.borrow_mut().pop()) {
            idle.app.update(slot);
            idle.generation = generation;
            return Some(idle);
        }
        let root = new_host_root(near)?;
        let app = yew::Renderer::<WidgetSlot>::with_root_and_props(root.clone(), slot).render();
        Some(WidgetApp {
            root,
            app,
            generation,
        })
    }

    /// The element the widget draws in.
    pub fn root(&self) -> &Element {
        &self.root
    }

    /// New props for the same widget: it keeps its state and redraws.
    pub fn update(&mut self, props: WidgetProps) {
        self.app.update(WidgetSlotProps {
            widget: Some(Rc::new(props)),
            generation: self.generation,
        });
    }

    /// Tears the widget down (its timers, downloads and listeners go with
    /// it), takes the root out of its shadow root, and keeps it for the
    /// next widget.
    pub fn release(mut self) {
        self.app.update(WidgetSlotProps {
            widget: None,
            generation: self.generation,
        });
        self.root.remove();
        IDLE.with(|idle| idle.borrow_mut().push(self));
    }
}
