// The iframe embed (embed.html?feed=…&view=…&lang=…&event=…&category=…&month=…&accent=…&font-size=…):
// copies the query into the widget's data- attributes, starts the widget,
// and tells the parent page its height whenever it changes (in AMP's words
// when an AMP page frames it) and the widget's events as they happen
// (greenfair-resize.js dispatches them on the <iframe>).
const widget = document.querySelector('[data-greenfair]');
const query = new URLSearchParams(location.search);
for (const name of ['feed', 'view', 'lang', 'event', 'category', 'lunar', 'today', 'month', 'accent', 'font-size']) {
  const value = query.get(name);
  if (value) widget.setAttribute(`data-${name}`, value);
}
// The widget is this page's only content: no first paint of its own to wait for.
widget.setAttribute('data-start', 'now');

// Framed by an AMP page, whose runtime adds #amp=1 to the frame's URL: its
// amp-iframe resizes on AMP's own message, not on greenfair-resize.js's.
const amp = /(^|[#&])amp=1(&|$)/.test(location.hash.slice(1));

// The widget's events, relayed as the height is: the page that frames the
// widget is the page they are for, whatever its origin (its
// greenfair-resize.js checks where they come from).
if (!amp && window.parent !== window) {
  for (const name of ['ready', 'view', 'search', 'open', 'favourite', 'share', 'error']) {
    widget.addEventListener(`greenfair:${name}`, ({ type, detail }) => window.parent.postMessage({ type, detail }, '*'));
  }
}
await import('./greenfair.js');

let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last && window.parent !== window) {
    last = height;
    // The height is not a secret; the parent checks where it comes from.
    const message = amp ? { sentinel: 'amp', type: 'embed-size', height } : { type: 'greenfair:height', height };
    window.parent.postMessage(message, '*');
  }
}).observe(document.documentElement);
