//! A widget's shadow root: attached to its element, styled with the
//! widget's stylesheet (adopted, or linked where it cannot be), themed
//! through custom properties, and holding the `.gf-host` the widget draws in.

use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::{Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// The widget's stylesheet, built into the WebAssembly so the embed is one
/// script: adopted by every shadow root (CSP-safe, no inline styles).
const STYLES: &str = include_str!("../../../styles/greenfair.css");

thread_local! {
    static SHEET: RefCell<Option<web_sys::CssStyleSheet>> = const { RefCell::new(None) };
    /// The URL of greenfair.css, for shadow roots that cannot adopt a sheet.
    static STYLESHEET_URL: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Remembers greenfair.css's URL, linked where sheets cannot be adopted.
pub fn set_stylesheet_url(url: &str) {
    STYLESHEET_URL.with(|s| *s.borrow_mut() = url.to_owned());
}

/// The element's shadow root, attached (open) if it has none; `None` for
/// an element that cannot have one (a `<ul>`, an `<img>`).
pub fn open_shadow_root(element: &Element) -> Option<ShadowRoot> {
    element.shadow_root().or_else(|| {
        element
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .ok()
    })
}

/// Styles `shadow` with the widget's stylesheet: one constructed sheet
/// shared by every widget, or a linked greenfair.css where browsers lack them.
pub fn style(shadow: &ShadowRoot) {
    match stylesheet() {
        Some(sheet) => {
            let _ = js_sys::Reflect::set(
                shadow,
                &"adoptedStyleSheets".into(),
                &js_sys::Array::of1(&sheet),
            );
        }
        None => link_stylesheet(shadow),
    }
}

/// The `.gf-host` a rendered snippet left in `shadow`, if any.
pub fn rendered_host(shadow: &ShadowRoot) -> Option<Element> {
    shadow.query_selector(".gf-host").ok().flatten()
}

/// The shared constructed stylesheet, made on first use; `None` where the
/// browser has no constructed stylesheets (Safari before 16.4).
fn stylesheet() -> Option<web_sys::CssStyleSheet> {
    SHEET.with(|sheet| {
        if sheet.borrow().is_none() {
            let created = web_sys::CssStyleSheet::new().ok()?;
            created.replace_sync(STYLES).ok()?;
            *sheet.borrow_mut() = Some(created);
        }
        sheet.borrow().clone()
    })
}

/// Sets a custom property on the host element, or removes it for `None`
/// (the CSSOM, which a strict CSP allows).
pub fn set_property(element: &Element, name: &str, value: Option<&str>) {
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let style = element.style();
        let _ = match value {
            Some(value) => style.set_property(name, value),
            None => style.remove_property(name).map(drop),
        };
    }
}

/// A `.gf-host` element for a widget to draw into, in `near`'s document.
pub fn new_host_root(near: &Element) -> Option<Element> {
    let root = near.owner_document()?.create_element("div").ok()?;
    let _ = root.set_attribute("class", "gf-host");
    Some(root)
}

/// Where shadow roots cannot adopt a constructed sheet (Safari before 16.4),
/// links greenfair.css into `shadow`, unless the loader or a rendered
/// snippet has linked it already.
fn link_stylesheet(shadow: &web_sys::ShadowRoot) {
    if let Ok(Some(_)) = shadow.query_selector("link[rel=stylesheet]") {
        return;
    }
    let Some(link) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("link").ok())
    else {
        return;
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &STYLESHEET_URL.with(|s| s.borrow().clone()));
    let _ = shadow.prepend_with_node_1(&link);
}
