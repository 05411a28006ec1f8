// greenfair embed, version 1. Add once to a page:
//   <script type="module" src="https://…/greenfair/v1/greenfair.js"></script>
// and one <div data-greenfair …></div> per widget. The module finds its
// WebAssembly and the default feed relative to its own URL, mounts every
// [data-greenfair] element (now and later), and leaves nothing on window.
//
// The WebAssembly is fetched after the page's first paint, and only when a
// widget comes within 600 px of the viewport (data-start="now": at once, for
// a page that is the widget alone, such as the iframe page). Until then each
// element keeps its space (--greenfair-min-height, 32 times the widget's
// font size by default, the same floor the mounted widget keeps), so nothing
// below it moves when it starts.
//
// Browsers without constructed stylesheets (Safari before 16.4, so iPhones
// on iOS 15 and 16) get a <link> to greenfair.css in each shadow root
// instead, which a strict `style-src 'self'` allows; without declarative
// shadow DOM (the same Safaris), a `greenfair render` snippet's template is
// attached here as the browser would have.
const here = (path) => new URL(path, import.meta.url);
const stylesheet = here('./greenfair.css').href;

/** Whether shadow roots can adopt a constructed stylesheet. */
function constructable() {
  try {
    return 'adoptedStyleSheets' in ShadowRoot.prototype && new CSSStyleSheet() instanceof CSSStyleSheet;
  } catch {
    return false;
  }
}

let reserve = null;
if (constructable()) {
  reserve = new CSSStyleSheet();
  reserve.replaceSync(':host{display:block!important;min-height:var(--greenfair-min-height,calc(32*var(--greenfair-font-size,16px)))}');
}

/** Holds a widget's space in its shadow root until it starts. */
function holdSpace(root) {
  if (reserve) {
    root.adoptedStyleSheets = [reserve];
    return;
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheet;
  link.setAttribute('data-greenfair-sheet', '');
  root.append(link);
}

/** Gives back the space `holdSpace` held. */
function releaseSpace(root) {
  if (reserve && root.adoptedStyleSheets.includes(reserve)) root.adoptedStyleSheets = [];
  root.querySelector('link[data-greenfair-sheet]')?.remove();
}

/** A `greenfair render` snippet's declarative shadow root, where the parser left it as a template. */
function attachTemplate(element) {
  const template = element.querySelector(':scope > template[shadowrootmode]');
  if (element.shadowRoot || !template) return;
  element.attachShadow({ mode: template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open' }).append(template.content);
  template.remove();
}

const defaultFeed = here('../feeds/demo.json').href;

let loading = null;
let afterPaint = false;
/** How long after the page's load event widgets wait for a first paint that may never come (a page of widgets only). */
const PAINTLESS_MS = 500;

/**
 * Starts the widgets once the page has painted for the first time (the paint
 * timing entry comes after the frame is on screen): the host's first paint
 * never waits for them, nor shares the network with them.
 */
function loadAfterPaint() {
  if (afterPaint) return;
  afterPaint = true;
  if (performance.getEntriesByType('paint').length) return setTimeout(load);
  let painted = null;
  let paintless = null;
  const start = () => {
    painted?.disconnect();
    clearTimeout(paintless);
    removeEventListener('load', waitPaintless);
    load();
  };
  const waitPaintless = () => { paintless = setTimeout(start, PAINTLESS_MS); };
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    painted = new PerformanceObserver(() => setTimeout(start));
    painted.observe({ type: 'paint' });
  } else {
    requestAnimationFrame(() => setTimeout(start));
  }
  if (document.readyState === 'complete') waitPaintless(); else addEventListener('load', waitPaintless);
}

function load() {
  near?.disconnect();
  added.disconnect();
  if (loading) return;
  // The WebAssembly and the feeds download side by side while the glue loads
  // and the module compiles; the widget takes each feed's response once.
  // At low priority: the host page's own resources come first.
  const wasm = fetch(here('./greenfair-widget_bg.wasm'), { priority: 'low' });
  // A failed download is reported once the module asks for it (below).
  wasm.catch(() => {});
  const feeds = new Map();
  for (const element of document.querySelectorAll('[data-greenfair]')) {
    const url = new URL((element.getAttribute('data-feed') || '').trim() || defaultFeed, document.baseURI).href;
    if (feeds.has(url)) continue;
    // The widget takes over the request: its timeout, retries and cancelling apply.
    const controller = new AbortController();
    const response = fetch(url, { cache: 'no-cache', signal: controller.signal, priority: 'low' });
    response.catch(() => {});
    feeds.set(url, [response, controller]);
  }
  loading = import('./greenfair-widget.js').then(async ({ default: init, start }) => {
    await init({ module_or_path: wasm });
    start(defaultFeed, feeds, stylesheet);
  }).catch((error) => {
    // The module could not be had (offline, blocked): the early downloads
    // stop, and the page gets back the space held for the widgets.
    for (const [, controller] of feeds.values()) controller.abort();
    for (const element of document.querySelectorAll('[data-greenfair-watched]')) {
      if (element.shadowRoot) releaseSpace(element.shadowRoot);
    }
    console.warn('greenfair: the widget could not start:', error);
  });
}

const near = 'IntersectionObserver' in window
  ? new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) load(); }, { rootMargin: '600px 0px' })
  : null;
const added = new MutationObserver(watch);

/** Reserves the space of every widget not seen yet and waits for one to come near. */
function watch() {
  for (const element of document.querySelectorAll('[data-greenfair]:not([data-greenfair-watched])')) {
    element.setAttribute('data-greenfair-watched', '');
    try {
      // A page rendered by `greenfair render` already holds the widget's first view.
      attachTemplate(element);
      if (!element.shadowRoot) holdSpace(element.attachShadow({ mode: 'open' }));
    } catch {
      // Not an element that takes a shadow root: the widget names it when it starts.
    }
    if (element.getAttribute('data-start') === 'now') {
      load();
      continue;
    }
    // Already near the viewport: start now rather than at the observer's
    // first report. A hidden element (no box) waits for the observer.
    const box = element.getBoundingClientRect();
    const shown = box.width > 0 || box.height > 0;
    if (!near || (shown && box.top < innerHeight + 600 && box.bottom > -600)) loadAfterPaint();
    else near.observe(element);
  }
}

watch();
if (!afterPaint && !loading) added.observe(document.documentElement, { childList: true, subtree: true });
