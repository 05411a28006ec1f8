//! The page around a full-page app (the studio): its language and title,
//! its root element, a form's fields.

use wasm_bindgen::JsCast;

/// Says the page's language and title (screen readers, the tab's name).
pub fn set_page_language(code: &str, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", code);
    }
    document.set_title(title);
}

/// The page's element with `id`, emptied, for an app to render into.
pub fn empty_element(id: &str) -> Option<web_sys::Element> {
    let element = web_sys::window()?.document()?.get_element_by_id(id)?;
    // Emptied without HTML, which Trusted Types would refuse.
    element.replace_children_with_node_0();
    Some(element)
}

/// The trimmed value of the field named `name` in the form `event` was
/// submitted from.
pub fn form_value(event: &web_sys::Event, name: &str) -> Option<String> {
    let form = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let field = form
        .query_selector(&format!("[name=\"{name}\"]"))
        .ok()??
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    Some(field.value().trim().to_owned())
}
