//! The studio's components: the frame and one view per step.

mod app;
mod check;
mod edit;
mod fields;
mod import;
mod open;
mod preview;
mod publish;

pub use app::{Studio, StudioProps};

/// Renders the studio into `#greenfair-studio`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("greenfair-studio"));
    if let Some(root) = root {
        root.set_inner_html("");
        yew::Renderer::<Studio>::with_root(root).render();
    }
}
