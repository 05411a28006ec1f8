//! Helpers shared by the server-rendering tests.

use yew::{BaseComponent, LocalServerRenderer};

/// The HTML a component renders on the server with `props`.
pub fn render_html<C: BaseComponent>(props: C::Properties) -> String {
    futures::executor::block_on(
        LocalServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// The text between the first `start` marker and the next `end` after it.
pub fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("{start} in {html}"))
        + start.len();
    let to = html[from..].find(end).unwrap() + from;
    &html[from..to]
}
