//! The page a full-page app runs in, when a host (the WordPress plugin's
//! Greenfair page) tells it things on its root element's `data-`
//! attributes, and a JSON request to that host, with its headers, the
//! browser's cookies of the same origin only (fetch's default credentials),
//! no retries: a publication is sent once.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, RequestInit, Response};

/// The `data-NAME` attribute of the page's element with `id`, when both exist.
pub fn element_data(id: &str, name: &str) -> Option<String> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .get_attribute(&format!("data-{name}"))
}

/// POSTs `body` as JSON to `url` with `headers`; the answer's status and
/// text, or the browser's words when no answer came.
pub async fn post_json(
    url: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Result<(u16, String), String> {
    let window = web_sys::window().ok_or("no window")?;
    let words = |error: wasm_bindgen::JsValue| {
        error
            .dyn_ref::<js_sys::Error>()
            .map_or_else(|| format!("{error:?}"), |e| String::from(e.message()))
    };
    let sent = Headers::new().map_err(words)?;
    sent.set("Content-Type", "application/json")
        .map_err(words)?;
    sent.set("Accept", "application/json").map_err(words)?;
    for (name, value) in headers {
        sent.set(name, value).map_err(words)?;
    }
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_headers(&sent);
    init.set_body(&body.into());
    let answer = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(words)?;
    let response: Response = answer.dyn_into().map_err(words)?;
    let text = JsFuture::from(response.text().map_err(words)?)
        .await
        .map_err(words)?;
    Ok((response.status(), text.as_string().unwrap_or_default()))
}
