//! Mounts a widget into every `[data-greenfair]` element of the host page,
//! each in its own open shadow root with the widget's stylesheet adopted,
//! so the host's CSS and the widget's never meet. Elements added later are
//! mounted when they appear; removed ones are torn down.

use crate::booths::{BoothLink, BoothQuery};
use crate::calendar::{CalendarLink, CalendarView};
use crate::ui::{browser, Tab, Widget, WidgetProps};
use crate::url_hash;
use chrono::NaiveDate;
use futures::future::{abortable, AbortHandle};
use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, MutationObserver, MutationObserverInit, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

/// The widget's stylesheet, built into the WebAssembly so the embed is one
/// script: adopted by every shadow root (CSP-safe, no inline styles).
const STYLES: &str = include_str!("../styles/greenfair.css");

/// Set on the host element once its widget is live (drawn or hydrated): a
/// hook for host pages and tests.
const MOUNTED: &str = "data-greenfair-mounted";
/// Set on a rendered snippet's element while its widget waits for the feed
/// to take it over.
const HYDRATING_MARK: &str = "data-greenfair-hydrating";

/// Below this width (CSS pixels) the calendar opens as an agenda.
const NARROW: i32 = 560;

/// A mounted widget and the element that hosts it.
struct Instance {
    host: Element,
    app: AppHandle<Widget>,
}

thread_local! {
    static INSTANCES: RefCell<Vec<Instance>> = const { RefCell::new(Vec::new()) };
    static SHEET: RefCell<Option<web_sys::CssStyleSheet>> = const { RefCell::new(None) };
    static DEFAULT_FEED: RefCell<String> = const { RefCell::new(String::new()) };
    /// The URL of greenfair.css, for shadow roots that cannot adopt a sheet.
    static STYLESHEET_URL: RefCell<String> = const { RefCell::new(String::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
    /// Elements that cannot host a widget (an <ul data-greenfair>), named once.
    static FAILED: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
    /// Elements waiting for their feed before they hydrate, each with the
    /// handle that drops its wait (and so its download) if it leaves the page.
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
        web_sys::console::error_1(&format!("greenfair: internal error: {info}").into());
    }));
    DEFAULT_FEED.with(|f| *f.borrow_mut() = default_feed.to_owned());
    STYLESHEET_URL.with(|s| *s.borrow_mut() = stylesheet.to_owned());
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
    if crate::load::fetch::has_prefetched() {
        let wanted: Vec<String> = (0..elements.length())
            .filter_map(|i| elements.item(i)?.dyn_into::<Element>().ok())
            .map(|element| crate::ui::feed_cache::absolute(&feed_url_of(&element)))
            .collect();
        crate::load::fetch::release_prefetched(|url| wanted.iter().any(|w| w == url));
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

fn warn(message: &str) {
    web_sys::console::warn_1(&format!("greenfair: {message}").into());
}

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

/// Sets a custom property on the host element (the CSSOM, which a strict CSP allows).
fn set_property(element: &Element, name: &str, value: &str) {
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = element.style().set_property(name, value);
    }
}

/// A `.gf-host` element for a widget to draw into, in `near`'s document.
fn new_host_root(near: &Element) -> Option<Element> {
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
    let rendered = element
        .shadow_root()
        .and_then(|shadow| shadow.query_selector(".gf-host").ok().flatten());
    let Ok(shadow) = element
        .shadow_root()
        .map(Ok)
        .unwrap_or_else(|| element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)))
    else {
        warn(&format!(
            "cannot mount into <{}>: use a <div data-greenfair>",
            element.tag_name().to_ascii_lowercase()
        ));
        // Said once: later changes to the page do not try it again.
        FAILED.with(|failed| failed.borrow_mut().push(element));
        return;
    };
    match stylesheet() {
        Some(sheet) => {
            let _ = js_sys::Reflect::set(
                &shadow,
                &"adoptedStyleSheets".into(),
                &js_sys::Array::of1(&sheet),
            );
        }
        None => link_stylesheet(&shadow),
    }
    let root = match rendered {
        Some(root) => root,
        None => {
            let Some(root) = new_host_root(&element) else {
                return;
            };
            let _ = shadow.append_child(&root);
            root
        }
    };
    let namespace = match &settings.name {
        Some(name) => url_hash::named_namespace(name),
        None => format!("gf{}", NEXT_ID.with(|n| n.replace(n.get() + 1))),
    };
    let width = element.client_width();
    let pairs = url_hash::read(&browser::current_hash(), &namespace);
    let mut booth_link = BoothLink::from_pairs(&pairs);
    if booth_link == BoothLink::default() {
        // The host's preset applies until a link says otherwise.
        booth_link.query = BoothQuery {
            category: settings.category.clone(),
            event: settings.event.clone(),
            ..BoothQuery::default()
        };
    }
    let tab = pairs
        .iter()
        .find(|(k, _)| k == Tab::HASH_KEY)
        .map(|(_, v)| Tab::from_key(v));
    let props = WidgetProps {
        feed_url: feed_url_of(&element).into(),
        lang: settings.lang,
        today: settings.today,
        preloaded: None,
        link: CalendarLink::from_pairs(&pairs),
        booth_link,
        tab,
        sections: settings.sections,
        id_prefix: namespace.into(),
        default_view: if width > 0 && width < NARROW {
            CalendarView::Agenda
        } else {
            CalendarView::Grid
        },
        lunar: settings.lunar,
        start_month: settings.start_month,
        refresh_secs: settings.refresh_secs,
        timeout_secs: settings.timeout_secs,
        embed_problems: settings.problems.into_iter().map(Into::into).collect(),
    };
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
    let (load, wait) = abortable(async move { crate::ui::load_shared(&url, policy).await });
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
                .unwrap_or_else(|| crate::ui::today_in(&catalog.feed().series.timezone));
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
        crate::load::fetch::sleep(0).await;
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
