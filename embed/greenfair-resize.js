// For pages that embed greenfair in an iframe: resizes each
// <iframe data-greenfair-frame> to its content. Messages from any other
// origin than the iframe's own are ignored.
window.addEventListener('message', (event) => {
  if (event.data?.type !== 'greenfair:height' || typeof event.data.height !== 'number') return;
  for (const frame of document.querySelectorAll('iframe[data-greenfair-frame]')) {
    if (frame.contentWindow === event.source && new URL(frame.src, location.href).origin === event.origin) {
      frame.style.height = `${event.data.height}px`;
    }
  }
});
