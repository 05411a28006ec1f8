//! Moving keyboard focus for composite widgets (tabs, the month grid),
//! inside shadow roots as well as in the document.

use wasm_bindgen::JsCast;

/// Focuses the `index`th child of the parent of the element an event came
/// from (a tab list's next tab).
pub fn focus_child(target: Option<web_sys::EventTarget>, index: u32) {
    let child = target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.parent_element())
        .and_then(|list| list.children().item(index))
        .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(child) = child {
        let _ = child.focus();
    }
}

/// Focuses the element matching `selector` in `container`, only when focus
/// is already inside the container (never stealing it from the page).
pub fn focus_matching_inside(container: &yew::NodeRef, selector: &str) {
    let Some(element) = container.cast::<web_sys::Element>() else {
        return;
    };
    // Inside a shadow root the document only sees the host: ask the root.
    let root = element.get_root_node();
    let active = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => element.owner_document().and_then(|d| d.active_element()),
    };
    if !active.is_some_and(|active| element.contains(Some(&active))) {
        return;
    }
    if let Ok(Some(found)) = element.query_selector(selector) {
        if let Ok(found) = found.dyn_into::<web_sys::HtmlElement>() {
            let _ = found.focus();
        }
    }
}

/// Focuses the page's element with `id` (after a render that shows it),
/// scrolling it into view; nothing when there is none.
pub fn focus_by_id(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Scrolls the page so that the element of `node` is in view (a shared
/// link's list, 1,500 px down an article).
pub fn scroll_into_view(node: &yew::NodeRef) {
    if let Some(element) = node.cast::<web_sys::Element>() {
        element.scroll_into_view();
    }
}
