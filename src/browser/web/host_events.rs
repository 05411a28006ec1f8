//! The events a widget dispatches for its host page: `CustomEvent`s on the
//! widget's own element, bubbling and composed, so a page listens on the
//! element or on any ancestor (`document`).

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, Element, ShadowRoot};

/// Dispatches the event `name` on the element whose shadow root holds
/// `node`, its `detail` the JSON object `detail` with `widget` added: the
/// element's id, else its index among the page's `[data-greenfair]`
/// elements.
pub fn emit_host_event(node: &yew::NodeRef, name: &str, detail: &str) {
    let Some(host) = node
        .get()
        .and_then(|node| node.get_root_node().dyn_into::<ShadowRoot>().ok())
        .map(|shadow| shadow.host())
    else {
        return;
    };
    let Ok(detail) = js_sys::JSON::parse(detail) else {
        return;
    };
    let init = js_sys::Object::new();
    let set = |object: &JsValue, key: &str, value: &JsValue| {
        let _ = js_sys::Reflect::set(object, &key.into(), value);
    };
    set(&detail, "widget", &widget_of(&host));
    // The init dictionary as a plain object: web-sys's setters would each
    // bring an import into the glue.
    set(&init, "bubbles", &JsValue::TRUE);
    set(&init, "composed", &JsValue::TRUE);
    set(&init, "detail", &detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, init.unchecked_ref()) {
        let _ = host.dispatch_event(&event);
    }
}

/// The element's id, else its index among the page's widgets (null for an
/// element that is none of them, such as the studio's preview).
fn widget_of(host: &Element) -> JsValue {
    let id = host.id();
    if !id.is_empty() {
        return id.into();
    }
    let widgets = host
        .owner_document()
        .and_then(|d| d.query_selector_all("[data-greenfair]").ok());
    let host: &web_sys::Node = host;
    widgets
        .and_then(|list| (0..list.length()).find(|&i| list.item(i).as_ref() == Some(host)))
        .map_or(JsValue::NULL, |index| JsValue::from_f64(index.into()))
}

/// Whether an event's target is a search box (Enter there settles a search).
pub fn is_search_box(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|input| input.type_() == "search")
}
