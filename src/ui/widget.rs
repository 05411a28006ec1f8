//! One widget instance: its own reducer, the feed fetch, favourites kept in
//! the browser, the URL hash, and the frame around the views (title,
//! language switch, tabs, notices).

use super::booths::BoothFinder;
use super::calendar::Calendar;
use super::context::ViewContext;
use super::{
    browser, error_view, lang_switch, loading, saved_copy_notice, Action, CatalogRef, LoadState,
    Tab, WidgetState,
};
use crate::booths::{storage_key, BoothLink, Favourites};
use crate::calendar::{CalendarLink, CalendarView};
use crate::i18n::Lang;
use crate::load::RetryPolicy;
use crate::url_hash;
use chrono::NaiveDate;
use yew::prelude::*;

/// How often an open widget asks whether its feed changed, by default:
/// with HTTP revalidation an unchanged feed costs one small 304 answer.
pub const DEFAULT_REFRESH_SECS: u32 = 600;

/// Which parts of the widget the host shows (`data-view`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sections {
    /// The calendar and the booth finder, as two tabs.
    #[default]
    Both,
    /// The calendar only.
    Calendar,
    /// The booth finder only.
    Booths,
}

impl Sections {
    /// Reads `data-view`: `calendar`, `booths` or `both`.
    pub fn from_attribute(value: &str) -> Option<Self> {
        match value.trim() {
            "both" => Some(Sections::Both),
            "calendar" => Some(Sections::Calendar),
            "booths" => Some(Sections::Booths),
            _ => None,
        }
    }
}

/// Props of [`Widget`]: what the host page's `data-` attributes say.
#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    /// URL of the JSON feed.
    pub feed_url: AttrValue,
    /// The language to start in.
    #[prop_or_default]
    pub lang: Lang,
    /// Today's date, when the host fixes it (previews, tests); otherwise
    /// today in the series' time zone from the reader's clock.
    #[prop_or_default]
    pub today: Option<NaiveDate>,
    /// A catalog already loaded (server rendering, tests): no fetch.
    #[prop_or_default]
    pub preloaded: Option<CatalogRef>,
    /// Prefix that keeps element ids unique when several widgets share a
    /// page; also the widget's namespace in the URL hash.
    #[prop_or(AttrValue::Static("gf"))]
    pub id_prefix: AttrValue,
    /// The calendar view when the link names none (agenda when narrow).
    #[prop_or_default]
    pub default_view: CalendarView,
    /// The month the grid opens on when the link names none (`data-month`);
    /// by default a month with events.
    #[prop_or_default]
    pub start_month: Option<(i32, u32)>,
    /// Lunar dates in the grid: `None` shows them in Vietnamese only.
    #[prop_or_default]
    pub lunar: Option<bool>,
    /// The calendar state a shared link reopens (read from the URL hash).
    #[prop_or_default]
    pub link: CalendarLink,
    /// The booth finder state a shared link reopens, or the host's preset.
    #[prop_or_default]
    pub booth_link: BoothLink,
    /// The tab a shared link reopens.
    #[prop_or_default]
    pub tab: Option<Tab>,
    /// Which parts to show.
    #[prop_or_default]
    pub sections: Sections,
    /// Seconds between checks for a newer feed while the page is visible
    /// (`data-refresh`); 0 never checks.
    #[prop_or(DEFAULT_REFRESH_SECS)]
    pub refresh_secs: u32,
    /// Seconds one download attempt may take (`data-timeout`).
    #[prop_or(RetryPolicy::default().timeout_secs)]
    pub timeout_secs: u32,
    /// What was wrong with the host's `data-` attributes (for the site's
    /// developer; the defaults were used).
    #[prop_or_default]
    pub embed_problems: Vec<AttrValue>,
}

impl WidgetProps {
    /// How the widget's downloads are tried: the default policy with this
    /// widget's `data-timeout`.
    pub(crate) fn retry_policy(&self) -> RetryPolicy {
        RetryPolicy::default().with_timeout(self.timeout_secs)
    }
}

/// The whole widget for one `[data-greenfair]` element.
#[function_component]
pub fn Widget(props: &WidgetProps) -> Html {
    let state = use_reducer({
        let (lang, preloaded, link, booths) = (
            props.lang,
            props.preloaded.clone(),
            props.link.clone(),
            props.booth_link.clone(),
        );
        let tab = match props.sections {
            Sections::Calendar => Tab::Calendar,
            Sections::Booths => Tab::Booths,
            Sections::Both => props.tab.unwrap_or_default(),
        };
        move || WidgetState::new(lang, preloaded, link).with_booths(tab, booths)
    });
    use_feed_fetch(&state, props);
    use_refresh_timer(&state, props.refresh_secs);
    let booth_files_pending = use_booth_files(&state, props);
    let shown = match &state.load {
        LoadState::Ready(catalog) => Some(catalog.clone()),
        _ => None,
    };
    let finds_booths = props.sections != Sections::Calendar;
    use_effect_with(shown, move |shown| {
        if let Some(catalog) = shown.clone() {
            // The benchmark's end of start-up: the fairs are in the page.
            browser::mark(SHOWN_MARK);
            // The booth finder's index is built once the page has a moment,
            // not before the first events show.
            if finds_booths {
                browser::when_idle(move || super::booths::index_booths(&catalog));
            }
        }
    });
    use_hash_sync(&state, &props.id_prefix, props.sections);
    use_stored_favourites(&state);

    let lang = state.lang;
    let text = lang.messages();
    let on_lang = {
        let dispatcher = state.dispatcher();
        Callback::from(move |lang| dispatcher.dispatch(Action::SetLang(lang)))
    };
    let on_retry = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(Action::Retry))
    };
    // Today, from the reader's clock in the series' time zone: once per feed and refresh, not per render.
    let today = {
        let timezone = match &state.load {
            LoadState::Ready(catalog) => Some(catalog.feed().series.timezone.clone()),
            _ => None,
        };
        // Each refresh looks again, so a page left open past midnight moves on.
        use_memo(
            (props.today, timezone, state.refreshes),
            |(fixed, timezone, _)| fixed.or_else(|| timezone.as_deref().map(super::today_in)),
        )
    };
    let busy = matches!(state.load, LoadState::Loading);
    let body = match &state.load {
        LoadState::Loading => loading(lang),
        LoadState::Failed(error) => error_view(error, lang, &on_retry),
        LoadState::Ready(catalog) => {
            let series = &catalog.feed().series;
            let today = (*today).unwrap_or_else(|| super::today_in(&series.timezone));
            let warnings = catalog.warnings();
            let context = ViewContext {
                catalog: catalog.clone(),
                lang,
                today,
                id_prefix: props.id_prefix.clone(),
                lunar: props.lunar.unwrap_or(lang == Lang::Vi),
                has_booth_finder: props.sections == Sections::Both,
                dispatcher: state.dispatcher(),
            };
            let calendar = html! {
                <Calendar link={state.calendar.clone()} default_view={props.default_view} start_month={props.start_month}
                    open_day={state.open_day} focus_day={state.focus_day} notice={state.notice} />
            };
            let booths = html! {
                <>
                if booth_files_pending {
                    <p class="gf-loading" role="status">{ text.booths_loading }</p>
                }
                <BoothFinder link={state.booths.clone()} favourites={state.favourites.clone()}
                    limit={state.booth_limit} notice={state.notice} />
                </>
            };
            html! {
                <ContextProvider<ViewContext> {context}>
                    <h2 class="gf-title">{ series.name.get(lang.code()) }</h2>
                    if let Some(saved_at) = state.saved_at {
                        { saved_copy_notice(saved_at, lang, &on_retry) }
                    }
                    if series.sample {
                        <p class="gf-note">{ text.sample_notice }</p>
                    }
                    { match props.sections {
                        Sections::Calendar => calendar,
                        Sections::Booths => booths,
                        Sections::Both => tabs(&state, &props.id_prefix, calendar, booths),
                    } }
                    if !warnings.is_empty() {
                        <details class="gf-warnings">
                            <summary>{ (text.skipped_records)(warnings.len()) }</summary>
                            <ul>{ for warnings.iter().map(|w| html! { <li><code>{ w.to_string() }</code></li> }) }</ul>
                        </details>
                    }
                </ContextProvider<ViewContext>>
            }
        }
    };
    html! {
        <div class="gf-root" lang={lang.code()} aria-busy={busy.to_string()}>
            <div class="gf-toolbar">
                { lang_switch(lang, &on_lang) }
            </div>
            if !props.embed_problems.is_empty() {
                <details class="gf-warnings gf-embed-problems" open=true>
                    <summary>{ (text.embed_problems)(props.embed_problems.len()) }</summary>
                    <ul>{ for props.embed_problems.iter().map(|p| html! { <li><code>{ p.clone() }</code></li> }) }</ul>
                </details>
            }
            { body }
        </div>
    }
}

/// The calendar and the booth finder as WAI-ARIA tabs (arrow keys switch).
fn tabs(
    state: &UseReducerHandle<WidgetState>,
    prefix: &AttrValue,
    calendar: Html,
    booths: Html,
) -> Html {
    let text = state.lang.messages();
    let tab = |which: Tab, label: &'static str| {
        let dispatcher = state.dispatcher();
        let onclick =
            Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::SetTab(which)));
        let dispatcher = state.dispatcher();
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            let Some(next) = which.after_key(&e.key()) else {
                return;
            };
            e.prevent_default();
            dispatcher.dispatch(Action::SetTab(next));
            // Focus follows the selection (the old tab leaves the tab order).
            let tab = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|t| t.parent_element())
                .and_then(|list| list.children().item(next.position() as u32))
                .and_then(|s| {
                    web_sys::wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(s).ok()
                });
            if let Some(tab) = tab {
                let _ = tab.focus();
            }
        });
        let selected = state.tab == which;
        html! {
            <button type="button" role="tab" class="gf-tab" id={format!("{prefix}-tab-{}", which.key())}
                aria-selected={selected.to_string()} aria-controls={format!("{prefix}-panel-{}", which.key())}
                tabindex={if selected { "0" } else { "-1" }} {onclick} {onkeydown}>{ label }</button>
        }
    };
    let key = state.tab.key();
    html! {
        <>
            <div class="gf-tabs" role="tablist" aria-label={text.sections}>
                { tab(Tab::Calendar, text.tab_calendar) }
                { tab(Tab::Booths, text.tab_booths) }
            </div>
            <div class="gf-panel" role="tabpanel" id={format!("{prefix}-panel-{key}")} aria-labelledby={format!("{prefix}-tab-{key}")}>
                { if state.tab == Tab::Calendar { calendar } else { booths } }
            </div>
        </>
    }
}

/// Keeps this widget's part of the URL hash in step with its state, so a
/// copied link reopens the same tab, view, month, filters and item.
#[hook]
fn use_hash_sync(state: &UseReducerHandle<WidgetState>, namespace: &AttrValue, sections: Sections) {
    let deps = (
        state.calendar.clone(),
        state.booths.clone(),
        state.tab,
        namespace.clone(),
    );
    use_effect_with(deps, move |(calendar, booths, tab, namespace)| {
        let mut pairs = calendar.to_pairs();
        pairs.extend(booths.to_pairs());
        // Only a widget with both parts has a tab to remember.
        let booths_tab = sections == Sections::Both && *tab == Tab::Booths;
        pairs.push((
            Tab::HASH_KEY,
            if booths_tab {
                tab.key().to_owned()
            } else {
                String::new()
            },
        ));
        browser::replace_hash(&url_hash::write(
            &browser::current_hash(),
            namespace,
            &pairs,
        ));
    });
}

/// Reads the visitor's favourites for this feed from the browser once the
/// feed is loaded, and writes them back whenever they change.
#[hook]
fn use_stored_favourites(state: &UseReducerHandle<WidgetState>) {
    let series = match &state.load {
        LoadState::Ready(catalog) => Some(catalog.feed().series.id.clone()),
        _ => None,
    };
    let loaded = use_mut_ref(|| None::<String>);
    // Saving is declared first: on mount it runs before anything is read,
    // so it cannot write an empty list over the stored one.
    {
        let loaded = loaded.clone();
        use_effect_with(state.favourites.clone(), move |favourites| {
            if let Some(series) = loaded.borrow().as_ref() {
                browser::save(&storage_key(series), &favourites.to_storage());
            }
        });
    }
    let dispatcher = state.dispatcher();
    use_effect_with(series, move |series| {
        if let Some(series) = series {
            let stored = browser::load(&storage_key(series))
                .map(|text| Favourites::from_storage(&text))
                .unwrap_or_default();
            *loaded.borrow_mut() = Some(series.clone());
            dispatcher.dispatch(Action::SetFavourites(stored));
        }
    });
}

/// User Timing mark before each step of loading a feed.
pub const LOAD_MARK: &str = "greenfair:feed:step";
/// User Timing mark set when a widget shows newly loaded data (the first
/// is the end of start-up).
pub const SHOWN_MARK: &str = "greenfair:events-shown";
/// User Timing measure of parsing and validating a feed.
pub const PARSE_MEASURE: &str = "greenfair:feed:parse";
/// User Timing measure of indexing a feed for the calendar (lookups, event search keys).
pub const INDEX_MEASURE: &str = "greenfair:feed:index";

/// Fetches the feed when the widget mounts, on every retry and on every
/// refresh; a widget that goes away (or asks again) drops its request,
/// which aborts the download if no other widget waits for it.
#[hook]
fn use_feed_fetch(state: &UseReducerHandle<WidgetState>, props: &WidgetProps) {
    let dispatcher = state.dispatcher();
    let skip = props.preloaded.is_some() && state.attempt == 0 && state.refreshes == 0;
    let policy = props.retry_policy();
    let deps = (props.feed_url.clone(), state.attempt, state.refreshes);
    use_effect_with(deps, move |(url, attempt, refreshes)| {
        let request = (!skip).then(|| start_fetch(url, *attempt, *refreshes, policy, dispatcher));
        // Dropping the request (with this closure) releases the download.
        move || {
            let _ = &request;
        }
    });
}

#[cfg(target_arch = "wasm32")]
fn start_fetch(
    url: &str,
    attempt: u32,
    refreshes: u32,
    policy: RetryPolicy,
    dispatcher: UseReducerDispatcher<WidgetState>,
) -> super::feed_cache::FeedRequest {
    use super::feed_cache::{Ask, FeedRequest};
    let ask = Ask {
        fresh: attempt > 0 || refreshes > 0,
        // A refresh that fails keeps the newer data already on screen.
        fallback: refreshes == 0,
        policy,
    };
    let request = FeedRequest::new(url, ask);
    // Named in the warning, after the request has moved on.
    let url = url.to_owned();
    request.then(move |result| match result {
        Ok(loaded) => dispatcher.dispatch(match loaded.saved_at {
            Some(saved_at) => Action::LoadedSaved(loaded.catalog, saved_at),
            None => Action::Loaded(loaded.catalog),
        }),
        Err(error) => {
            web_sys::console::warn_1(&format!("greenfair: {url}: {error}").into());
            dispatcher.dispatch(Action::Failed(error));
        }
    })
}

/// Native builds render preloaded catalogs only; there is nothing to fetch.
#[cfg(not(target_arch = "wasm32"))]
fn start_fetch(
    _url: &str,
    _attempt: u32,
    _refreshes: u32,
    _policy: RetryPolicy,
    _dispatcher: UseReducerDispatcher<WidgetState>,
) {
}

/// For a split feed (events with `booths_url`), downloads the booth files
/// once the booth finder is shown, then swaps in the whole catalog (the
/// reader's state stays). True while they are on their way.
#[hook]
fn use_booth_files(state: &UseReducerHandle<WidgetState>, props: &WidgetProps) -> bool {
    let index = match &state.load {
        LoadState::Ready(catalog) if catalog.is_split() => Some(catalog.clone()),
        _ => None,
    };
    let wanted = state.tab == Tab::Booths || props.sections == Sections::Booths;
    let pending = index.is_some() && wanted;
    let dispatcher = state.dispatcher();
    let policy = props.retry_policy();
    let deps = (index.filter(|_| wanted), props.feed_url.clone());
    use_effect_with(deps, move |(index, url)| {
        let request = index
            .as_ref()
            .map(|index| start_booth_files(url, index, policy, dispatcher));
        move || {
            let _ = &request;
        }
    });
    pending
}

#[cfg(target_arch = "wasm32")]
fn start_booth_files(
    url: &str,
    index: &CatalogRef,
    policy: RetryPolicy,
    dispatcher: UseReducerDispatcher<WidgetState>,
) -> super::feed_cache::FeedRequest {
    let index_shown = index.clone();
    super::feed_cache::FeedRequest::booth_files(url, index, policy).then(move |result| {
        if let Ok(loaded) = result {
            dispatcher.dispatch(Action::LoadedBooths(index_shown, loaded.catalog));
        }
    })
}

/// Native builds render preloaded catalogs only; there is nothing to fetch.
#[cfg(not(target_arch = "wasm32"))]
fn start_booth_files(
    _url: &str,
    _index: &CatalogRef,
    _policy: RetryPolicy,
    _dispatcher: UseReducerDispatcher<WidgetState>,
) {
}

/// Every `seconds` while the page is visible, asks for a newer feed. The
/// timer belongs to the effect: unmounting the widget (or a new
/// `seconds`) drops it, which clears it.
#[hook]
fn use_refresh_timer(state: &UseReducerHandle<WidgetState>, seconds: u32) {
    let dispatcher = state.dispatcher();
    use_effect_with(seconds, move |&seconds| {
        let timer = browser::every(seconds.saturating_mul(1000), move || {
            if browser::page_visible() {
                dispatcher.dispatch(Action::Refresh);
            }
        });
        // Dropping the cleanup (and the timer with it) clears the timer.
        move || {
            let _ = &timer;
        }
    });
}
