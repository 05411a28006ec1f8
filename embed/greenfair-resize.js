// For pages that embed greenfair in an iframe: resizes each
// <iframe data-greenfair-frame> to its content, and dispatches the widget's
// events (greenfair:ready, :view, :search, :open, :favourite, :share,
// :error) on the <iframe> element, as the script embed does on its element:
// bubbling, `detail.widget` the iframe's id, else its index among the
// page's iframe embeds. Messages from any other window or origin than the
// iframe's own are ignored.
const EVENTS = /^greenfair:(ready|view|search|open|favourite|share|error)$/;
window.addEventListener('message', (event) => {
  const { type, height, detail } = event.data ?? {};
  const resize = type === 'greenfair:height' && typeof height === 'number';
  if (!resize && !(EVENTS.test(type) && detail && typeof detail === 'object')) return;
  document.querySelectorAll('iframe[data-greenfair-frame]').forEach((frame, index) => {
    if (frame.contentWindow !== event.source || new URL(frame.src, location.href).origin !== event.origin) return;
    if (resize) frame.style.height = `${height}px`;
    else frame.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail: { ...detail, widget: frame.id || index } }));
  });
});
