// greenfair embed, version 1. Add once to a page:
//   <script type="module" src="https://…/greenfair/v1/greenfair.js"></script>
// and one <div data-greenfair …></div> per widget. The module finds its
// WebAssembly and the default feed relative to its own URL, mounts every
// [data-greenfair] element (now and later), and leaves nothing on window.
import init, { start } from './greenfair-widget.js';

await init({ module_or_path: new URL('./greenfair-widget_bg.wasm', import.meta.url) });
start(new URL('../feeds/demo.json', import.meta.url).href);
