// A single-page app puts the widget in and takes it out on every navigation.
// After any number of those, what the page holds comes back to what it held
// after the first: DOM nodes and event listeners (Chromium's own counters,
// through CDP, after a forced garbage collection) and the WebAssembly memory.
// What stays on purpose after the first widget: the module itself, its
// stylesheet, the page-wide MutationObserver, one catalog per feed URL (a
// widget mounted again shows it at once, and an unchanged refresh keeps
// it), and the Yew roots kept for reuse (src/browser/web/mount.rs: Yew never
// removes a root's delegated listeners, so roots are reused, not made anew).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, consoleErrors } from './harness.mjs';
import { wasmMemories } from '../../bench/memory.mjs';

const CYCLES = Number(process.env.GREENFAIR_SPA_CYCLES ?? 200);
const TODAY = '2025-09-16';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

/**
 * What the page holds once its work is done (an idle callback after two
 * tasks) and garbage is collected: DOM nodes, event listeners, and the
 * WebAssembly memory's bytes.
 */
async function held(page, cdp) {
  await page.evaluate(() => new Promise((done) => setTimeout(() => setTimeout(() => requestIdleCallback(() => done()), 0), 0)));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { nodes, jsEventListeners: listeners } = await cdp.send('Memory.getDOMCounters');
  const memories = await wasmMemories(cdp);
  assert.equal(memories.length, 1, 'one WebAssembly memory: the widget\'s');
  return { nodes, listeners, wasm: memories[0] };
}

/**
 * One navigation of the app: a widget put in, waited for until it shows its
 * view (for the booth finder, its cards), then taken out and waited for
 * until its app is torn down (Yew empties its root).
 */
function cycle(page, view) {
  return page.evaluate(async ({ view, today }) => {
    const until = Date.now() + 20000;
    const waitFor = (what, ok) => new Promise((resolve, reject) => {
      const check = () => {
        if (ok()) return resolve();
        if (Date.now() > until) return reject(new Error(`timed out waiting for ${what}`));
        setTimeout(check, 5);
      };
      check();
    });
    const element = document.createElement('div');
    const attributes = { 'data-greenfair': '', 'data-view': view, 'data-today': today, 'data-start': 'now' };
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.getElementById('app').append(element);
    const shown = view === 'calendar' ? '.gf-bar' : '.gf-booth-card';
    await waitFor(`the ${view} view`, () => element.shadowRoot?.querySelector(`.gf-title`) && element.shadowRoot.querySelector(shown));
    element.remove();
    await waitFor('the teardown', () => !element.shadowRoot.querySelector('.gf-root'));
  }, { view, today: TODAY });
}

for (const view of ['calendar', 'booths', 'both']) {
  test(`${CYCLES} mounts and removals of a ${view} widget leave what the first left`, async () => {
    const { page, log, context } = await harness.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${harness.url}/fixtures/spa.html`);
    await cycle(page, view);
    const first = await held(page, cdp);
    const checkpoints = [];
    for (let i = 2; i <= CYCLES; i += 1) {
      await cycle(page, view);
      if (i % 50 === 0 || i === CYCLES) checkpoints.push({ cycle: i, ...(await held(page, cdp)) });
    }
    const last = checkpoints.at(-1);
    console.log(`# ${view}: after 1: ${JSON.stringify(first)}; ${checkpoints.map((c) => JSON.stringify(c)).join('; ')}`);
    // Exact for nodes and listeners; the wasm memory may not grow at all
    // (it only ever grows, by 64 KiB pages).
    assert.equal(last.nodes, first.nodes, `DOM nodes after ${CYCLES} cycles`);
    assert.equal(last.listeners, first.listeners, `event listeners after ${CYCLES} cycles`);
    assert.equal(last.wasm, first.wasm, `WebAssembly memory after ${CYCLES} cycles`);
    for (const checkpoint of checkpoints) assert.deepEqual({ ...checkpoint, cycle: undefined }, { ...first, cycle: undefined }, `after ${checkpoint.cycle} cycles`);
    assert.deepEqual(consoleErrors(log), []);
    await context.close();
  });
}
