//! Modal dialogs: native `<dialog>` where the browser has `showModal`, a
//! fallback shown open over the page where it does not (Safari before 15.4).

use wasm_bindgen::JsCast;

/// The dialog as a native one, where the browser has `showModal`. No
/// `instanceof HTMLDialogElement`: Safari before 15.4 has no such class.
fn native_dialog(node: &yew::NodeRef) -> Option<web_sys::HtmlDialogElement> {
    let element = node.get()?;
    js_sys::Reflect::has(&element, &"showModal".into())
        .unwrap_or(false)
        .then(|| element.unchecked_into())
}

/// Opens a modal `<dialog>`: natively where the browser can, else shown
/// open (`data-fallback`) with focus moved into it.
pub fn open_dialog(node: &yew::NodeRef) {
    if let Some(dialog) = native_dialog(node) {
        if !dialog.open() {
            let _ = dialog.show_modal();
        }
        return;
    }
    let Some(element) = node
        .get()
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let _ = element.set_attribute("open", "");
    let _ = element.set_attribute("data-fallback", "");
    if let Ok(Some(first)) = element.query_selector("button") {
        let _ = first.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Closes a native dialog (its `close` event follows); false when the
/// dialog is the fallback, which the caller closes itself.
pub fn close_dialog(node: &yew::NodeRef) -> bool {
    native_dialog(node).map(|dialog| dialog.close()).is_some()
}

/// True when the dialog is native, so the browser handles Escape.
pub fn is_native_dialog(node: &yew::NodeRef) -> bool {
    native_dialog(node).is_some()
}
