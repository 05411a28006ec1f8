// The iframe embed (embed.html?feed=…&view=…&lang=…&event=…&category=…&month=…&accent=…&font-size=…):
// copies the query into the widget's data- attributes, starts the widget,
// and tells the parent page its height whenever it changes (in AMP's words
// when an AMP page frames it).
const widget = document.querySelector('[data-greenfair]');
const query = new URLSearchParams(location.search);
for (const name of ['feed', 'view', 'lang', 'event', 'category', 'lunar', 'today', 'month', 'accent', 'font-size']) {
  const value = query.get(name);
  if (value) widget.setAttribute(`data-${name}`, value);
}
// The widget is this page's only content: no first paint of its own to wait for.
widget.setAttribute('data-start', 'now');
await import('./greenfair.js');

// Framed by an AMP page, whose runtime adds #amp=1 to the frame's URL: its
// amp-iframe resizes on AMP's own message, not on greenfair-resize.js's.
const amp = /(^|[#&])amp=1(&|$)/.test(location.hash.slice(1));

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
