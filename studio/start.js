// Starts Greenfair Studio: loads its WebAssembly (a build of its own, next
// to this file) once the page is parsed. The module renders the studio into
// #greenfair-studio; until then the page says it is loading, and says so
// plainly if the browser cannot run it.
const root = document.getElementById('greenfair-studio');
const wasm = new URL('greenfair-studio_bg.wasm', document.currentScript.src);
// wasm_bindgen: the `let` the module's classic script declares (not a window property).
// eslint-disable-next-line no-undef
wasm_bindgen({ module_or_path: wasm }).catch((error) => {
  root.querySelector('[data-loading]').textContent =
    (document.documentElement.lang === 'en' ? 'The studio cannot start in this browser: ' : 'Trình duyệt này không chạy được Studio: ') + error;
});
