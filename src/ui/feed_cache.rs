//! One download and one parse per feed URL, shared by every widget on the
//! page that shows that feed. A failed load is forgotten, so "Retry" fetches
//! again; a load nobody waits for any more is aborted.

use super::{browser, CatalogRef, INDEX_MEASURE, LOAD_MARK, PARSE_MEASURE};
use crate::catalog::Catalog;
use crate::load::fetch::{self, Cancel};
use crate::load::{LoadError, RetryPolicy, SavedAt};
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use rustc_hash::FxHasher;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

/// A feed ready to show.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The parsed, indexed feed.
    pub catalog: CatalogRef,
    /// When the copy shown was saved, if the network failed and the last
    /// good copy stands in.
    pub saved_at: Option<SavedAt>,
    text_hash: u64,
}

type Load = Shared<LocalBoxFuture<'static, Result<Loaded, LoadError>>>;

/// A feed's load in progress or done, and how many widgets wait for it.
struct Entry {
    load: Load,
    cancel: Cancel,
    waiting: usize,
}

thread_local! {
    static LOADS: RefCell<HashMap<String, Entry>> = RefCell::new(HashMap::new());
}

/// How a widget asks for its feed.
#[derive(Clone, Copy, Debug, Default)]
pub struct Ask {
    /// Ask the server again even if the feed is already loaded (a retry or
    /// a refresh); a load in flight is still shared.
    pub fresh: bool,
    /// Show the last good copy if the network fails (not on a refresh,
    /// which keeps the newer data on screen).
    pub fallback: bool,
    /// Timeouts and retries.
    pub policy: RetryPolicy,
}

/// One widget's claim on a feed load; dropping it (the widget went away,
/// or asked again) aborts the download if no other widget waits for it.
pub struct FeedRequest {
    key: String,
    load: Load,
    /// Whether a settled load stays cached once nobody waits for it: a
    /// feed's does (an unchanged refresh reuses it), booth files' do not.
    keep_settled: bool,
    /// False once dropped: an outcome nobody holds a request for is not delivered.
    alive: Rc<Cell<bool>>,
}

impl FeedRequest {
    /// Asks for the feed at `url`, joining a load of it already under way.
    pub fn new(url: &str, ask: Ask) -> Self {
        let key = absolute(url);
        let start = {
            let key = key.clone();
            move |previous, cancel| load(key, ask, previous, cancel).boxed_local()
        };
        Self::shared(key, ask.fresh, true, start)
    }

    /// Asks for the booth files of a split feed (`catalog` is its index),
    /// joining a load of them already under way.
    pub fn booth_files(url: &str, catalog: &CatalogRef, policy: RetryPolicy) -> Self {
        let url = absolute(url);
        let catalog_key = catalog.key();
        let catalog = catalog.clone();
        let start = {
            let url = url.clone();
            move |_, cancel| load_booth_files(url, catalog, policy, cancel).boxed_local()
        };
        // One load per index: a changed index (a refresh) fetches again.
        // The widget keeps the whole catalog it made; the cache need not,
        // and the key names an index that may be freed.
        Self::shared(format!("{url} {catalog_key} booths"), false, false, start)
    }

    fn shared(
        key: String,
        fresh: bool,
        keep_settled: bool,
        start: impl FnOnce(Option<Loaded>, Cancel) -> LocalBoxFuture<'static, Result<Loaded, LoadError>>,
    ) -> Self {
        let load = LOADS.with(|loads| {
            let mut loads = loads.borrow_mut();
            let settled = loads.get(&key).and_then(|entry| entry.load.peek().cloned());
            if fresh && settled.is_some() || !loads.contains_key(&key) {
                let cancel = Cancel::default();
                let load = start(settled.and_then(Result::ok), cancel.clone()).shared();
                loads.insert(
                    key.clone(),
                    Entry {
                        load,
                        cancel,
                        waiting: 0,
                    },
                );
            }
            let entry = loads.get_mut(&key).expect("inserted above");
            entry.waiting += 1;
            entry.load.clone()
        });
        Self {
            key,
            load,
            keep_settled,
            alive: Rc::new(Cell::new(true)),
        }
    }

    /// Calls `then` with the outcome, unless the request was dropped first
    /// (its widget went away or asked again); returns the request to hold.
    pub fn then(self, then: impl FnOnce(Result<Loaded, LoadError>) + 'static) -> Self {
        let (outcome, alive) = (self.outcome(), self.alive.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let result = outcome.await;
            if alive.get() {
                then(result);
            }
        });
        self
    }

    /// The loaded feed, or why it could not be loaded.
    pub fn outcome(
        &self,
    ) -> impl std::future::Future<Output = Result<Loaded, LoadError>> + 'static {
        let (load, key) = (self.load.clone(), self.key.clone());
        async move {
            let result = load.clone().await;
            if result.is_err() {
                // Forgotten, so a retry asks the network again.
                LOADS.with(|loads| {
                    let mut loads = loads.borrow_mut();
                    if loads
                        .get(&key)
                        .is_some_and(|entry| entry.load.ptr_eq(&load))
                    {
                        loads.remove(&key);
                    }
                });
            }
            result
        }
    }
}

impl Drop for FeedRequest {
    fn drop(&mut self) {
        self.alive.set(false);
        LOADS.with(|loads| {
            let mut loads = loads.borrow_mut();
            let Some(entry) = loads.get_mut(&self.key) else {
                return;
            };
            if !entry.load.ptr_eq(&self.load) {
                return;
            }
            entry.waiting = entry.waiting.saturating_sub(1);
            if entry.waiting > 0 {
                return;
            }
            let settled = entry.load.peek().is_some();
            if !settled {
                entry.cancel.cancel();
            }
            if !settled || !self.keep_settled {
                loads.remove(&self.key);
            }
        });
    }
}

/// The feed at `url` for a rendered snippet about to be hydrated, tried as
/// `policy` says (its widget's `data-timeout`).
pub async fn load_shared(url: &str, policy: RetryPolicy) -> Result<CatalogRef, LoadError> {
    let request = FeedRequest::new(
        url,
        Ask {
            fallback: true,
            policy,
            ..Ask::default()
        },
    );
    request.outcome().await.map(|loaded| loaded.catalog)
}

/// `url` made absolute against the page, so "feeds/demo.json" and its full
/// URL are one feed.
pub(crate) fn absolute(url: &str) -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .map_or_else(|| url.to_owned(), |base| resolve(url, &base))
}

async fn load(
    url: String,
    ask: Ask,
    previous: Option<Loaded>,
    cancel: Cancel,
) -> Result<Loaded, LoadError> {
    let download = match fetch::fetch_feed(&url, ask.policy, &cancel).await {
        Ok(download) => download,
        Err(error) if ask.fallback && error.is_transient() && !cancel.is_cancelled() => {
            let Some((text, saved_at)) = fetch::read_saved(&url).await else {
                return Err(error);
            };
            // The same saved copy as on screen (a retry while offline) keeps its catalog.
            let text_hash = hash(&text);
            if let Some(previous) = previous.filter(|p| p.text_hash == text_hash) {
                return Ok(Loaded {
                    saved_at: Some(saved_at),
                    ..previous
                });
            }
            return parse(&url, &text).await.map(|catalog| Loaded {
                catalog,
                saved_at: Some(saved_at),
                text_hash,
            });
        }
        Err(error) => return Err(error),
    };
    let text_hash = hash(&download.text);
    // An unchanged feed keeps its catalog: nothing on screen moves.
    if let Some(previous) = previous.filter(|p| p.text_hash == text_hash) {
        return Ok(Loaded {
            saved_at: None,
            ..previous
        });
    }
    let catalog = parse(&url, &download.text).await?;
    // Saving the copy can wait until the page is idle.
    browser::when_idle(move || {
        wasm_bindgen_futures::spawn_local(async move { fetch::save(&url, &download).await })
    });
    Ok(Loaded {
        catalog,
        saved_at: None,
        text_hash,
    })
}

/// Downloads every booth file the index names, all at once, and builds the
/// whole catalog. A file that cannot be had is a warning, not an error: the
/// other events' booths still show.
async fn load_booth_files(
    url: String,
    index: CatalogRef,
    policy: RetryPolicy,
    cancel: Cancel,
) -> Result<Loaded, LoadError> {
    let mut feed = index.feed().clone();
    let files: Vec<(String, String)> = crate::feed::booth_files(&feed)
        .map(|(_, file)| (file.to_owned(), resolve(file, &url)))
        .collect();
    for event in &mut feed.events {
        event.booths_url = None;
    }
    let texts = futures::future::join_all(
        files
            .iter()
            .map(|(_, absolute)| fetch::fetch_feed(absolute, policy, &cancel)),
    )
    .await;
    // Cancelled files are not missing files: nobody waits for this any more.
    if cancel.is_cancelled() {
        return Err(LoadError::Network("cancelled".into()));
    }
    let mut warnings = index.warnings().to_vec();
    browser::mark(LOAD_MARK);
    let mut adding = crate::feed::BoothFiles::new(&mut feed);
    for ((file, _), text) in files.iter().zip(texts) {
        let added = text.and_then(|download| Ok(adding.add(file, &download.text)?));
        match added {
            Ok(more) => warnings.extend(more),
            Err(error) => warnings.push(crate::feed::Warning {
                path: file.clone(),
                at: Default::default(),
                problem: crate::feed::Problem::BoothFile(error.to_string()),
            }),
        }
    }
    browser::measure(PARSE_MEASURE, LOAD_MARK);
    Ok(Loaded {
        catalog: CatalogRef::new(index_timed(feed, warnings)),
        saved_at: None,
        text_hash: 0,
    })
}

/// `file` resolved against `base` (the page's, or a split feed's URL).
fn resolve(file: &str, base: &str) -> String {
    web_sys::Url::new_with_base(file, base).map_or_else(|_| file.to_owned(), |u| u.href())
}

/// The catalog of a validated feed, timed as the index step for the benchmark.
fn index_timed(feed: crate::feed::Feed, warnings: Vec<crate::feed::Warning>) -> Catalog {
    browser::mark(LOAD_MARK);
    let catalog = Catalog::new(feed, warnings);
    browser::measure(INDEX_MEASURE, LOAD_MARK);
    catalog
}

fn hash(text: &str) -> u64 {
    let mut hasher = FxHasher::default();
    text.hash(&mut hasher);
    hasher.finish()
}

/// Parses and validates, then indexes, each timed for the benchmark, in
/// separate tasks with the page's own work in between: no one task holds
/// the main thread for the whole load, and the first render gets its own.
async fn parse(url: &str, text: &str) -> Result<CatalogRef, LoadError> {
    browser::mark(LOAD_MARK);
    let (feed, warnings) = crate::feed::load(text)?;
    browser::measure(PARSE_MEASURE, LOAD_MARK);
    fetch::sleep(0).await;
    let catalog = index_timed(feed, warnings);
    fetch::sleep(0).await;
    for warning in catalog.warnings() {
        web_sys::console::warn_1(&format!("greenfair: {url}: {warning}").into());
    }
    Ok(CatalogRef::new(catalog))
}
