//! Mounts a widget into every `[data-greenfair]` element of the host page,
//! each in its own open shadow root with the widget's stylesheet adopted,
//! so the host's CSS and the widget's never meet. Elements added later are
//! mounted when they appear; removed ones are torn down, their Yew root kept
//! for the next (see `widget_apps`); a mounted element's changed attributes
//! update its widget in place.

use super::location::absolute;
use super::prefetched::{has_prefetched, release_prefetched};
use super::shadow_root::{
    open_shadow_root, rendered_host, set_property, set_stylesheet_url, style,
};
use super::widget_apps::WidgetApp;
use super::{current_hash, feed_loads::load_shared, timers::sleep, today_in, warn};
use crate::attributes::{read_attributes, EmbedSettings, LIVE_ATTRIBUTES};
use crate::calendar::CalendarView;
use crate::ui::WidgetProps;
use crate::url_hash;
use chrono::NaiveDate;
use futures::future::{abortable, AbortHandle};
use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, MutationObserver, MutationObserverInit, MutationRecord};

/// Set on the host element once its widget is live (drawn or taken over):
/// a hook for host pages and tests.
const MOUNTED: &str = "data-greenfair-mounted";
/// Set on a rendered snippet's element while its widget waits for the feed
/// to take it over.
const HYDRATING_MARK: &str = "data-greenfair-hydrating";

/// A mounted widget, the element that hosts it, and what its props were
/// made from besides the element's attributes (read again when they change).
struct Instance {
    host: Element,
    app: WidgetApp,
    /// Its part of the URL hash (`gf0`).
    namespace: String,
    /// What the URL hash said of it when it mounted.
    pairs: Vec<(String, String)>,
    /// The element's width when it mounted (0 if unknown).
    width: i32,
}

thread_local! {
    static INSTANCES: RefCell<Vec<Instance>> = const { RefCell::new(Vec::new()) };
    static DEFAULT_FEED: RefCell<String> = const { RefCell::new(String::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
    /// Elements that cannot host a widget (an <ul data-greenfair>), named once.
    static FAILED: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
    /// Elements waiting for their feed before they are taken over, each with
    /// the handle that drops its wait (and so its download) if it leaves the page.
    static HYDRATING: RefCell<Vec<(Element, AbortHandle)>> = const { RefCell::new(Vec::new()) };
}

/// Starts the embed: mounts every widget on the page and watches for more.
/// `default_feed` is the absolute URL of the feed shipped with the script,
/// for elements without `data-feed`; `stylesheet` is greenfair.css's, linked
/// where constructed stylesheets are missing.
pub fn start(default_feed: &str, stylesheet: &str) {
    // Yew would install its own panic hook; ours says whose error it is.
    // (This is the Rust hook inside this module; the page's own error
    // handling and console are left as they are.)
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo_console::error!(format!("greenfair: internal error: {info}"));
    }));
    DEFAULT_FEED.with(|f| *f.borrow_mut() = default_feed.to_owned());
    set_stylesheet_url(stylesheet);
    sync();
    watch();
}

/// Whether `element` is (still) a widget's element on the page.
fn is_live(element: &Element) -> bool {
    element.is_connected() && element.has_attribute("data-greenfair")
}

/// Mounts new `[data-greenfair]` elements and tears down removed ones.
fn sync() {
    // Releasing consumes the app: collect the removed ones first.
    let removed: Vec<Instance> = INSTANCES.with(|instances| {
        let (kept, gone): (Vec<Instance>, Vec<Instance>) = instances
            .borrow_mut()
            .drain(..)
            .partition(|i| is_live(&i.host));
        *instances.borrow_mut() = kept;
        gone
    });
    for instance in removed {
        let _ = instance.host.remove_attribute(MOUNTED);
        instance.app.release();
    }
    FAILED.with(|failed| failed.borrow_mut().retain(|e| e.is_connected()));
    // A rendered snippet removed before its feed came stops waiting for it.
    HYDRATING.with(|pending| {
        pending.borrow_mut().retain(|(element, wait)| {
            if !element.is_connected() {
                wait.abort();
            }
            element.is_connected()
        })
    });
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(elements) = document.query_selector_all("[data-greenfair]") else {
        return;
    };
    for index in 0..elements.length() {
        let Some(element) = elements
            .item(index)
            .and_then(|n| n.dyn_into::<Element>().ok())
        else {
            continue;
        };
        let mounted = INSTANCES
            .with(|instances| instances.borrow().iter().any(|i| i.host == element))
            || HYDRATING.with(|pending| pending.borrow().iter().any(|(e, _)| *e == element))
            || FAILED.with(|failed| failed.borrow().contains(&element));
        if !mounted {
            mount(element);
        }
    }
    // Early feed downloads for widgets that are gone (or never were) stop.
    if has_prefetched() {
        let wanted: Vec<String> = (0..elements.length())
            .filter_map(|i| elements.item(i)?.dyn_into::<Element>().ok())
            .map(|element| absolute(&feed_url_of(&element)))
            .collect();
        release_prefetched(|url| wanted.iter().any(|w| w == url));
    }
}

/// The feed a widget element names (`data-feed`), else the default feed.
fn feed_url_of(element: &Element) -> String {
    element
        .get_attribute("data-feed")
        .filter(|v| !v.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_FEED.with(|f| f.borrow().clone()))
}

/// Watches the page for widgets added or removed after it loaded
/// (infinite-scroll articles, single-page sites), and for changes to a
/// mounted widget's attributes (a single-page site rendering it again).
fn watch() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(changed);
    let Ok(observer) = MutationObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    let options = MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    let names = js_sys::Array::of1(&"data-greenfair".into());
    for name in LIVE_ATTRIBUTES {
        names.push(&(*name).into());
    }
    options.set_attribute_filter(&names);
    let _ = observer.observe_with_options(&root, &options);
    // The observer lives as long as the page (one for every widget).
    callback.forget();
}

/// What the page's observer saw: widgets added or removed, and attributes
/// changed on mounted ones (each widget updated once per batch).
fn changed(records: js_sys::Array) {
    let mut elements_changed = false;
    let mut updated: Vec<Element> = Vec::new();
    for record in records.iter() {
        let record: MutationRecord = record.unchecked_into();
        let target = record.target().and_then(|t| t.dyn_into::<Element>().ok());
        match (record.type_().as_str(), target) {
            ("attributes", Some(element))
                if record.attribute_name().as_deref() != Some("data-greenfair") =>
            {
                if !updated.contains(&element) {
                    updated.push(element);
                }
            }
            _ => elements_changed = true,
        }
    }
    if elements_changed {
        sync();
    }
    for element in updated {
        update(&element);
    }
}

/// Reads a mounted widget's attributes again and hands it the props they
/// make now: it updates in place, keeping the reader's state.
fn update(element: &Element) {
    INSTANCES.with(|instances| {
        let mut instances = instances.borrow_mut();
        // Only a mounted widget's attributes are read: a host element with a
        // `data-view` of its own is none of the widget's business.
        let Some(instance) = instances.iter_mut().find(|i| i.host == *element) else {
            return;
        };
        let settings = settings_of(element);
        let props = WidgetProps::from_embed(
            &settings,
            feed_url_of(element),
            &instance.pairs,
            instance.namespace.clone(),
            instance.width,
        );
        instance.app.update(props);
    });
}

/// The element's settings, its wrong values named in the console, its
/// theming set (or cleared) through the CSSOM: as custom properties on the
/// element, since a style attribute is what a strict CSP refuses.
fn settings_of(element: &Element) -> EmbedSettings {
    let attribute = |name: &str| element.get_attribute(name).filter(|v| !v.trim().is_empty());
    let settings = read_attributes(&attribute);
    for problem in &settings.problems {
        warn(problem);
    }
    set_property(element, "--greenfair-accent", settings.accent.as_deref());
    set_property(
        element,
        "--greenfair-font-size",
        settings.font_size.as_deref(),
    );
    settings
}

/// Mounts a widget into `element`'s shadow root, or takes over the
/// snippet `greenfair render` left there.
fn mount(element: Element) {
    let settings = settings_of(&element);
    let Some(shadow) = open_shadow_root(&element) else {
        warn(&format!(
            "cannot mount into <{}>: use a <div data-greenfair>",
            element.tag_name().to_ascii_lowercase()
        ));
        // Said once: later changes to the page do not try it again.
        FAILED.with(|failed| failed.borrow_mut().push(element));
        return;
    };
    let rendered = rendered_host(&shadow);
    style(&shadow);
    let namespace = match &settings.name {
        Some(name) => url_hash::named_namespace(name),
        None => format!("gf{}", NEXT_ID.with(|n| n.replace(n.get() + 1))),
    };
    let pairs = url_hash::read(&current_hash(), &namespace);
    let width = element.client_width();
    let props = WidgetProps::from_embed(
        &settings,
        feed_url_of(&element),
        &pairs,
        namespace.clone(),
        width,
    );
    let snippet = rendered
        .clone()
        .filter(|r| r.has_child_nodes() && pairs.is_empty());
    if let (Some(day), Some(snippet)) = (settings.rendered_on, snippet) {
        return take_over(element, snippet, props, day, namespace, width);
    }
    // Nothing rendered, or rendered for another state: draw anew.
    if let Some(rendered) = rendered {
        rendered.remove();
    }
    let Some(app) = WidgetApp::draw(&element, props) else {
        return;
    };
    let _ = shadow.append_child(app.root());
    let _ = element.set_attribute(MOUNTED, "");
    let instance = Instance {
        host: element,
        app,
        namespace,
        pairs,
        width,
    };
    INSTANCES.with(|instances| instances.borrow_mut().push(instance));
}

/// Takes over the HTML `greenfair render` wrote: once the feed is loaded,
/// the widget is drawn into a root of its own beside the rendered one and
/// swapped in after its first render, so the reader sees the rendered view
/// until the live one replaces it, in one step and in the same place. If
/// the reader's today is the day it was rendered for, the widget starts as
/// the snippet was rendered (a list), so nothing moves.
fn take_over(
    element: Element,
    rendered: Element,
    mut props: WidgetProps,
    rendered_on: NaiveDate,
    namespace: String,
    width: i32,
) {
    let url = props.feed_url.to_string();
    let policy = props.retry_policy();
    let (load, wait) = abortable(async move { load_shared(&url, policy).await });
    HYDRATING.with(|pending| pending.borrow_mut().push((element.clone(), wait)));
    let _ = element.set_attribute(HYDRATING_MARK, "");
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = load.await;
        HYDRATING.with(|pending| pending.borrow_mut().retain(|(e, _)| *e != element));
        let _ = element.remove_attribute(HYDRATING_MARK);
        // Aborted: the element left the page, and its download with it.
        let Ok(loaded) = loaded else { return };
        if let Ok(catalog) = loaded {
            let today = props
                .today
                .unwrap_or_else(|| today_in(&catalog.feed().series.timezone));
            if today == rendered_on {
                // As the snippet was rendered: as a list. Today is not pinned,
                // so a page left open past midnight moves on with the clock.
                props.default_view = CalendarView::Agenda;
            }
            props.preloaded = Some(catalog);
        }
        let Some(app) = WidgetApp::draw(&rendered, props) else {
            return;
        };
        // Yew draws in a task it has queued already; this one runs after it.
        sleep(0).await;
        let _ = rendered.replace_with_with_node_1(app.root());
        if is_live(&element) {
            let _ = element.set_attribute(MOUNTED, "");
            let instance = Instance {
                host: element,
                app,
                namespace,
                pairs: Vec::new(),
                width,
            };
            INSTANCES.with(|instances| instances.borrow_mut().push(instance));
        } else {
            app.release();
        }
    });
}
