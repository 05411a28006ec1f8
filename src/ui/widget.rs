//! One widget instance: its own reducer, the feed fetch, and the frame
//! around the views (title, language switch, notices).

use super::calendar::Calendar;
use super::context::ViewContext;
use super::{browser, Action, CatalogRef, ErrorView, LangSwitch, LoadState, Loading, WidgetState};
use crate::calendar::{CalendarLink, CalendarView};
use crate::i18n::Lang;
use crate::url_hash;
use chrono::NaiveDate;
use yew::prelude::*;

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
    /// Lunar dates in the grid: `None` shows them in Vietnamese only.
    #[prop_or_default]
    pub lunar: Option<bool>,
    /// The state a shared link reopens (read from the URL hash).
    #[prop_or_default]
    pub link: CalendarLink,
}

/// The whole widget for one `[data-greenfair]` element.
#[function_component]
pub fn Widget(props: &WidgetProps) -> Html {
    let state = use_reducer({
        let (lang, preloaded, link) = (props.lang, props.preloaded.clone(), props.link.clone());
        move || WidgetState::new(lang, preloaded, link)
    });
    use_feed_fetch(&state, props);
    use_hash_sync(&state.calendar, &props.id_prefix);

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
    let busy = matches!(state.load, LoadState::Loading);
    let body = match &state.load {
        LoadState::Loading => html! { <Loading {lang} /> },
        LoadState::Failed(error) => html! { <ErrorView error={error.clone()} {lang} {on_retry} /> },
        LoadState::Ready(catalog) => {
            let series = &catalog.feed().series;
            let today = props
                .today
                .unwrap_or_else(|| super::today_in(&series.timezone));
            let warnings = catalog.warnings();
            let context = ViewContext {
                catalog: catalog.clone(),
                lang,
                today,
                id_prefix: props.id_prefix.clone(),
                lunar: props.lunar.unwrap_or(lang == Lang::Vi),
                dispatcher: state.dispatcher(),
            };
            html! {
                <ContextProvider<ViewContext> {context}>
                    <h2 class="gf-title">{ series.name.get(lang.code()) }</h2>
                    if series.sample {
                        <p class="gf-note">{ text.sample_notice }</p>
                    }
                    <Calendar link={state.calendar.clone()} default_view={props.default_view}
                        open_day={state.open_day} focus_day={state.focus_day} notice={state.notice} />
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
                <LangSwitch current={lang} on_change={on_lang} />
            </div>
            { body }
        </div>
    }
}

/// Keeps this widget's part of the URL hash in step with its state, so a
/// copied link reopens the same view, month, filters and event.
#[hook]
fn use_hash_sync(calendar: &CalendarLink, namespace: &AttrValue) {
    use_effect_with(
        (calendar.clone(), namespace.clone()),
        |(calendar, namespace)| {
            let hash = url_hash::write(&browser::current_hash(), namespace, &calendar.to_pairs());
            browser::replace_hash(&hash);
        },
    );
}

/// Fetches the feed when the widget mounts and on every retry.
#[hook]
fn use_feed_fetch(state: &UseReducerHandle<WidgetState>, props: &WidgetProps) {
    let dispatcher = state.dispatcher();
    let skip = props.preloaded.is_some() && state.attempt == 0;
    use_effect_with((props.feed_url.clone(), state.attempt), move |(url, _)| {
        if !skip {
            start_fetch(url.to_string(), dispatcher);
        }
    });
}

#[cfg(target_arch = "wasm32")]
fn start_fetch(url: String, dispatcher: UseReducerDispatcher<WidgetState>) {
    wasm_bindgen_futures::spawn_local(async move {
        match crate::load::fetch_catalog(&url).await {
            Ok(catalog) => {
                for warning in catalog.warnings() {
                    web_sys::console::warn_1(&format!("greenfair: {url}: {warning}").into());
                }
                dispatcher.dispatch(Action::Loaded(CatalogRef::new(catalog)));
            }
            Err(error) => {
                web_sys::console::warn_1(&format!("greenfair: {url}: {error}").into());
                dispatcher.dispatch(Action::Failed(error));
            }
        }
    });
}

/// Native builds render preloaded catalogs only; there is nothing to fetch.
#[cfg(not(target_arch = "wasm32"))]
fn start_fetch(_url: String, _dispatcher: UseReducerDispatcher<WidgetState>) {}
