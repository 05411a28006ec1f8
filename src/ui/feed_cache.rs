//! One download and one parse per feed URL, shared by every widget on the
//! page that shows that feed. A failed load is forgotten, so "Retry" fetches
//! again.

use super::{browser, CatalogRef, INDEX_MEASURE, LOAD_MARK, PARSE_MEASURE};
use crate::catalog::Catalog;
use crate::load::{fetch_text, LoadError};
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use std::cell::RefCell;
use std::collections::HashMap;

type Load = Shared<LocalBoxFuture<'static, Result<CatalogRef, LoadError>>>;

thread_local! {
    static LOADS: RefCell<HashMap<String, Load>> = RefCell::new(HashMap::new());
}

/// `url` made absolute against the page, so "feeds/demo.json" and its full
/// URL are one feed.
fn absolute(url: &str) -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten());
    base.and_then(|base| web_sys::Url::new_with_base(url, &base).ok())
        .map_or_else(|| url.to_owned(), |u| u.href())
}

/// The catalog of the feed at `url`, loading it unless a widget already did.
pub async fn load_shared(url: &str) -> Result<CatalogRef, LoadError> {
    let key = absolute(url);
    let load = LOADS.with(|loads| {
        loads
            .borrow_mut()
            .entry(key.clone())
            .or_insert_with(|| load(key.clone()).boxed_local().shared())
            .clone()
    });
    let result = load.await;
    if result.is_err() {
        LOADS.with(|loads| loads.borrow_mut().remove(&key));
    }
    result
}

async fn load(url: String) -> Result<CatalogRef, LoadError> {
    let text = fetch_text(&url).await?;
    // Parsing and validating, then indexing, each timed for the benchmark.
    browser::mark(LOAD_MARK);
    let (feed, warnings) = crate::feed::load(&text)?;
    browser::measure(PARSE_MEASURE, LOAD_MARK);
    browser::mark(LOAD_MARK);
    let catalog = Catalog::new(feed, warnings);
    browser::measure(INDEX_MEASURE, LOAD_MARK);
    for warning in catalog.warnings() {
        web_sys::console::warn_1(&format!("greenfair: {url}: {warning}").into());
    }
    Ok(CatalogRef::new(catalog))
}
