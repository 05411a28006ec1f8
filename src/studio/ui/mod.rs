//! The studio's components: the frame and one view per step.

mod app;
mod check;
mod edit;
mod fields;
mod import;
mod open;
mod preview;
mod publish;
mod site;

pub use app::{Studio, StudioProps};

/// Renders the studio into `#greenfair-studio`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    if let Some(root) = crate::browser::empty_element("greenfair-studio") {
        yew::Renderer::<Studio>::with_root(root).render();
    }
}
