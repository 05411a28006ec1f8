//! One download and one parse per feed URL, shared by every widget on the
//! page that shows that feed. A failed load is forgotten, so "Retry" fetches
//! again; a load nobody waits for any more is aborted.

use super::fetch::{fetch_feed, Cancel};
use super::location::{absolute, resolve};
use super::saved_copies::{read_saved, save};
use super::slices::Slices;
use super::timers::{idle, when_idle};
use super::timing::{mark, measure};
use super::warn;
use crate::browser::{BOOTH_INDEX_MEASURE, INDEX_MEASURE, LOAD_MARK, PARSE_MEASURE};
use crate::catalog::Catalog;
use crate::load::{Ask, CatalogRef, LoadError, Loaded, RetryPolicy};
use crate::pace::Pace;
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Where [`BOOTH_INDEX_MEASURE`] starts: a mark of its own, since a booth
/// index may be built while another feed loads.
const BOOTH_INDEX_MARK: &str = "greenfair:booths:index-start";

type Load = Shared<LocalBoxFuture<'static, Result<Loaded, LoadError>>>;

/// A feed's load in progress or done, and how many widgets wait for it.
struct Entry {
    load: Load,
    cancel: Cancel,
    waiting: usize,
}

/// The loads of a page, by absolute URL: a handful of feeds at most, so a
/// list (a map would compile one more hash table into the module).
#[derive(Default)]
struct Loads(Vec<(String, Entry)>);

impl Loads {
    fn get(&self, key: &str) -> Option<&Entry> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, e)| e)
    }

    fn get_mut(&mut self, key: &str) -> Option<&mut Entry> {
        self.0.iter_mut().find(|(k, _)| k == key).map(|(_, e)| e)
    }

    fn insert(&mut self, key: String, entry: Entry) {
        self.remove(&key);
        self.0.push((key, entry));
    }

    fn remove(&mut self, key: &str) {
        self.0.retain(|(k, _)| k != key);
    }
}

thread_local! {
    static LOADS: RefCell<Loads> = RefCell::new(Loads::default());
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

    /// Asks for the booth index of `catalog`, built in slices once the page
    /// is idle; every widget showing that catalog joins the one build, and
    /// it is not started if they all go away before the page is idle (once
    /// started, it runs to its end: the index is the catalog's).
    pub fn booth_index(catalog: &CatalogRef) -> Self {
        let catalog = catalog.clone();
        let key = format!("{} booth index", catalog.key());
        let start = move |_, cancel: Cancel| {
            async move {
                idle().await;
                if cancel.is_cancelled() {
                    return Err(LoadError::Network("cancelled".into()));
                }
                mark(BOOTH_INDEX_MARK);
                catalog.index_booths(&mut Slices::new()).await;
                measure(BOOTH_INDEX_MEASURE, BOOTH_INDEX_MARK);
                Ok(Loaded {
                    catalog,
                    saved_at: None,
                    text_hash: 0,
                })
            }
            .boxed_local()
        };
        Self::shared(key, false, false, start)
    }

    fn shared(
        key: String,
        fresh: bool,
        keep_settled: bool,
        start: impl FnOnce(Option<Loaded>, Cancel) -> LocalBoxFuture<'static, Result<Loaded, LoadError>>,
    ) -> Self {
        let load = LOADS.with(|loads| {
            let mut loads = loads.borrow_mut();
            let present = loads.get(&key);
            let settled = present.and_then(|entry| entry.load.peek().cloned());
            if fresh && settled.is_some() || present.is_none() {
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

async fn load(
    url: String,
    ask: Ask,
    previous: Option<Loaded>,
    cancel: Cancel,
) -> Result<Loaded, LoadError> {
    let download = match fetch_feed(&url, ask.policy, &cancel).await {
        Ok(download) => download,
        Err(error) if ask.fallback && error.is_transient() && !cancel.is_cancelled() => {
            let Some((text, text_hash, saved_at)) = read_saved(&url).await else {
                return Err(error);
            };
            // The same saved copy as on screen (a retry while offline) keeps its catalog.
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
    let text_hash = download.fingerprint;
    // An unchanged feed keeps its catalog: nothing on screen moves.
    if let Some(previous) = previous.filter(|p| p.text_hash == text_hash) {
        return Ok(Loaded {
            saved_at: None,
            ..previous
        });
    }
    let catalog = parse(&url, &download.text).await?;
    // Saving the copy can wait until the page is idle.
    when_idle(move || {
        wasm_bindgen_futures::spawn_local(async move { save(&url, &download).await })
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
            .map(|(_, absolute)| fetch_feed(absolute, policy, &cancel)),
    )
    .await;
    // Cancelled files are not missing files: nobody waits for this any more.
    if cancel.is_cancelled() {
        return Err(LoadError::Network("cancelled".into()));
    }
    let mut warnings = index.warnings().to_vec();
    let mut pace = Slices::new();
    mark(LOAD_MARK);
    let mut adding = crate::feed::BoothFiles::new(&mut feed);
    for ((file, _), text) in files.iter().zip(texts) {
        let added = match text {
            Ok(download) => adding
                .add_paced(file, &download.text, &mut pace)
                .await
                .map_err(LoadError::from),
            Err(error) => Err(error),
        };
        match added {
            Ok(more) => warnings.extend(more),
            Err(error) => warnings.push(crate::feed::Warning {
                path: file.clone(),
                at: Default::default(),
                problem: crate::feed::Problem::BoothFile(error.to_string()),
            }),
        }
    }
    measure(PARSE_MEASURE, LOAD_MARK);
    pace.pause().await;
    Ok(Loaded {
        catalog: CatalogRef::new(index_timed(feed, warnings, &mut pace).await),
        saved_at: None,
        text_hash: 0,
    })
}

/// The catalog of a validated feed (its booth index comes later, see
/// [`FeedRequest::booth_index`]), timed as the index step for the benchmark.
async fn index_timed(
    feed: crate::feed::Feed,
    warnings: Vec<crate::feed::Warning>,
    pace: &mut Slices,
) -> Catalog {
    mark(LOAD_MARK);
    let catalog = Catalog::new_paced(feed, warnings, pace).await;
    measure(INDEX_MEASURE, LOAD_MARK);
    catalog
}

/// Parses and validates, then indexes, each timed for the benchmark (from
/// start to end, pauses included), in slices with the page's own work in
/// between: no task holds the main thread for more than a slice, whatever
/// the feed's size or layout, and the first render gets its own.
async fn parse(url: &str, text: &str) -> Result<CatalogRef, LoadError> {
    let mut pace = Slices::new();
    mark(LOAD_MARK);
    let (mut feed, warnings) = crate::feed::load_paced(text, &mut pace).await?;
    // The series calendar is subscribed to by its full URL.
    if let Some(calendar) = &mut feed.series.calendar_url {
        *calendar = resolve(calendar, url);
    }
    measure(PARSE_MEASURE, LOAD_MARK);
    pace.pause().await;
    let catalog = index_timed(feed, warnings, &mut pace).await;
    pace.pause().await;
    for warning in catalog.warnings() {
        warn(&format!("{url}: {warning}"));
    }
    Ok(CatalogRef::new(catalog))
}

/// The feed at `url` for a rendered snippet about to be taken over, tried
/// as `policy` says (its widget's `data-timeout`), sharing any load of it.
pub async fn load_shared(url: &str, policy: RetryPolicy) -> Result<CatalogRef, LoadError> {
    let ask = Ask {
        fallback: true,
        policy,
        ..Ask::default()
    };
    FeedRequest::new(url, ask)
        .outcome()
        .await
        .map(|loaded| loaded.catalog)
}
