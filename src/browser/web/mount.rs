//! Mounts a widget into every `[data-greenfair]` element of the host page,
//! each in its own open shadow root with the widget's stylesheet adopted,
//! so the host's CSS and the widget's never meet. Elements added later are
//! mounted when they appear; removed ones are torn down.

use super::location::absolute;
use super::prefetched::{has_prefetched, release_prefetched};
use super::shadow_root::{
    append_host_root, new_host_root, open_shadow_root, rendered_host, set_property,
    set_stylesheet_url, style,
};
use super::{current_hash, feed_loads::load_shared, timers::sleep, today_in, warn};
use crate::calendar::CalendarView;
use crate::ui::{Widget, WidgetProps};
use crate::url_hash;
use chrono::NaiveDate;
use futures::future::{abortable, AbortHandle};
use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, MutationObserver, MutationObserverInit};
use yew::AppHandle;

/// Set on the host element once its widget is live (drawn or taken over):
/// a hook for host pages and tests.
const MOUNTED: &str = "data-greenfair-mounted";
/// Set on a rendered snippet's element while its widget waits for the feed
/// to take it over.
const HYDRATING_MARK: &str = "data-greenfair-hydrating";

/// A mounted widget and the element that hosts it.
struct Instance {
    host: Element,
    app: AppHandle<Widget>,
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

/// Mounts new `[data-greenfair]` elements and tears down removed ones.
fn sync() {
    // `AppHandle::destroy` consumes the handle: collect the removed ones first.
    let removed: Vec<Instance> = INSTANCES.with(|instances| {
        let (kept, gone): (Vec<Instance>, Vec<Instance>) = instances
            .borrow_mut()
            .drain(..)
            .partition(|i| i.host.is_connected());
        *instances.borrow_mut() = kept;
        gone
    });
    for instance in removed {
        instance.app.destroy();
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
/// (infinite-scroll articles, single-page sites).
fn watch() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let callback = Closure::<dyn FnMut()>::new(sync);
    let Ok(observer) = MutationObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    let options = MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    let _ = observer.observe_with_options(&root, &options);
    // The observer lives as long as the page.
    callback.forget();
}

/// Mounts a widget into `element`'s shadow root, or takes over the
/// snippet `greenfair render` left there.
fn mount(element: Element) {
    let attribute = |name: &str| element.get_attribute(name).filter(|v| !v.trim().is_empty());
    let settings = crate::attributes::read_attributes(&attribute);
    for problem in &settings.problems {
        warn(problem);
    }
    // Theming without a style attribute, which a strict CSP refuses: set
    // through the CSSOM on the element, as custom properties.
    if let Some(accent) = &settings.accent {
        set_property(&element, "--greenfair-accent", accent);
    }
    if let Some(size) = &settings.font_size {
        set_property(&element, "--greenfair-font-size", size);
    }
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
    let Some(root) = rendered.or_else(|| append_host_root(&shadow, &element)) else {
        return;
    };
    let namespace = match &settings.name {
        Some(name) => url_hash::named_namespace(name),
        None => format!("gf{}", NEXT_ID.with(|n| n.replace(n.get() + 1))),
    };
    let pairs = url_hash::read(&current_hash(), &namespace);
    let props = WidgetProps::from_embed(
        &settings,
        feed_url_of(&element),
        &pairs,
        namespace,
        element.client_width(),
    );
    match settings.rendered_on {
        Some(day) if root.has_child_nodes() && pairs.is_empty() => {
            take_over(element, root, props, day)
        }
        _ => {
            // Nothing rendered, or rendered for another state: draw anew.
            root.set_inner_html("");
            let app = yew::Renderer::<Widget>::with_root_and_props(root, props).render();
            let _ = element.set_attribute(MOUNTED, "");
            INSTANCES
                .with(|instances| instances.borrow_mut().push(Instance { host: element, app }));
        }
    }
}

/// Takes over the HTML `greenfair render` wrote: once the feed is loaded,
/// the widget is drawn into a root of its own beside the rendered one and
/// swapped in after its first render, so the reader sees the rendered view
/// until the live one replaces it, in one step and in the same place. If
/// the reader's today is the day it was rendered for, the widget starts as
/// the snippet was rendered (a list), so nothing moves.
fn take_over(element: Element, rendered: Element, mut props: WidgetProps, rendered_on: NaiveDate) {
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
        let Some(root) = new_host_root(&rendered) else {
            return;
        };
        let app = yew::Renderer::<Widget>::with_root_and_props(root.clone(), props).render();
        // Yew draws in a task it has queued already; this one runs after it.
        sleep(0).await;
        let _ = rendered.replace_with_with_node_1(&root);
        if element.is_connected() {
            let _ = element.set_attribute(MOUNTED, "");
            INSTANCES
                .with(|instances| instances.borrow_mut().push(Instance { host: element, app }));
        } else {
            app.destroy();
        }
    });
}
