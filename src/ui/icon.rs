//! The widget's few symbols, drawn as SVG in the text's colour: a symbol
//! from a font (★, −) is missing from common text fonts, and finding a
//! font that has it costs the first frame that shows it 10 to 60 ms
//! (docs/performance.md); a path costs nothing to find and looks the same
//! on every system.

use yew::prelude::*;

/// The symbols.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    /// A five-pointed star: a saved booth (filled) or one to save (outline).
    Star {
        /// Filled, for a saved booth.
        filled: bool,
    },
    /// Zoom out.
    Minus,
    /// Zoom in.
    Plus,
    /// A telephone handset: a call.
    Phone,
}

/// The symbol as an SVG the size of a letter, hidden from assistive
/// technology (its button carries the name).
pub fn icon(icon: Icon) -> Html {
    let (path, class) = match icon {
        Icon::Star { filled } => (
            "M12 2.6l2.9 6 6.6.9-4.8 4.6 1.2 6.6L12 17.6l-5.9 3.1 1.2-6.6-4.8-4.6 6.6-.9z",
            if filled {
                "gf-icon"
            } else {
                "gf-icon gf-icon--outline"
            },
        ),
        Icon::Minus => ("M5 11h14v2H5z", "gf-icon"),
        Icon::Plus => ("M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z", "gf-icon"),
        Icon::Phone => (
            "M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z",
            "gf-icon",
        ),
    };
    html! {
        <svg {class} viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d={path} /></svg>
    }
}
