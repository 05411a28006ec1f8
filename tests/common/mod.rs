//! Helpers shared by the server-rendering tests.

// Each test file uses some of these helpers, not all.
#![allow(dead_code)]

use std::rc::Rc;
use yew::{function_component, BaseComponent, Html, LocalServerRenderer, Properties};

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

/// Props of [`View`]: the function that draws it.
#[derive(Properties, Clone)]
pub struct ViewProps {
    /// Draws the view.
    pub draw: Rc<dyn Fn() -> Html>,
}

impl PartialEq for ViewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.draw, &other.draw)
    }
}

/// A component around a view function, so that the server can render it.
#[function_component]
pub fn View(props: &ViewProps) -> Html {
    (props.draw)()
}

/// The HTML a view function draws, rendered on the server.
pub fn render_view(draw: impl Fn() -> Html + 'static) -> String {
    render_html::<View>(ViewProps {
        draw: Rc::new(draw),
    })
}
