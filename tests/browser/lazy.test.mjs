// The WebAssembly is fetched only after the page's first paint and when a
// widget nears the viewport, and the widget's space is held from the start. Work the reader has not asked for
// (the booth index) waits until the fairs are on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, consoleErrors } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

/** Opens `path` in a fresh page; resolves to the page, its console log and its context. */
async function openPage(path, options) {
  const opened = await harness.newPage(options);
  await opened.page.goto(`${harness.url}${path}`);
  return opened;
}

test('a widget far below the fold waits to be scrolled near, with its space reserved', async () => {
  const { page, log, context } = await harness.newPage({ height: 800 });
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  await page.goto(`${harness.url}/fixtures/lazy.html`);
  await page.waitForLoadState('networkidle');
  const far = page.locator('#far');
  assert.notEqual(await far.getAttribute('data-greenfair-watched'), null, 'the loader has seen the widget');
  assert.deepEqual(wasm, [], 'no WebAssembly while the widget is 2,000 px away');
  const reserved = await far.evaluate((e) => e.getBoundingClientRect().height);
  assert.ok(reserved >= 512, `${reserved} px reserved`);
  const top = await page.locator('#after').evaluate((e) => e.getBoundingClientRect().top + scrollY);
  const roomy = page.locator('#roomy');
  const roomyBefore = await roomy.evaluate((e) => e.getBoundingClientRect().height);

  await far.scrollIntoViewIfNeeded();
  await page.locator('#far[data-greenfair-mounted]').waitFor();
  await page.locator('#far .gf-title').waitFor();
  assert.equal(wasm.length, 1);
  const height = await far.evaluate((e) => e.getBoundingClientRect().height);
  assert.ok(height >= reserved, 'the widget keeps at least the reserved space');
  const afterTop = await page.locator('#after').evaluate((e) => e.getBoundingClientRect().top + scrollY);
  assert.equal(afterTop - top, height - reserved, 'what follows moves only by what the widget grew');
  // A widget whose host reserved enough keeps exactly that height: no shift at all.
  await page.locator('#roomy .gf-title').waitFor();
  assert.equal(roomyBefore, 1600);
  assert.equal(await roomy.evaluate((e) => e.getBoundingClientRect().height), 1600);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('the booth index is built after the fairs show, while idle, then the finder is drawn ahead, and opening it reuses both', async () => {
  // The iframe page: one widget, calendar first (the demo article's sidebar finder would index at once).
  const { page, log, context } = await openPage('/embed.html?today=2025-09-16');
  const widget = page.locator('[data-greenfair] .gf-root');
  await widget.locator('.gf-bar').filter({ visible: true }).first().waitFor();
  // The finder is drawn ahead, hidden, once the index is built: its first search follows the index.
  await page.waitForFunction(() => performance.getEntriesByName('greenfair:booths:search').length > 0);
  const [shown, index, searches] = await page.evaluate(() => [
    performance.getEntriesByName('greenfair:events-shown')[0].startTime,
    performance.getEntriesByName('greenfair:booths:index'),
    performance.getEntriesByName('greenfair:booths:search'),
  ].map((e) => (Array.isArray(e) ? e.map((m) => [m.startTime, m.startTime + m.duration]) : e)));
  assert.equal(index.length, 1, 'built once');
  assert.ok(index[0][0] > shown, 'after the first events were on screen');
  assert.equal(searches.length, 1, 'one search, for the finder drawn ahead');
  assert.ok(searches[0][0] >= index[0][1], 'after the index was built');
  assert.equal(await widget.locator('.gf-booths').isVisible(), false, 'still hidden');
  await widget.getByRole('tab', { name: 'Tìm gian hàng' }).click();
  await widget.locator('.gf-booth-card').first().waitFor();
  assert.deepEqual(
    await page.evaluate(() => ['greenfair:booths:index', 'greenfair:booths:search'].map((n) => performance.getEntriesByName(n).length)),
    [1, 1],
    'opening the finder shows what was drawn ahead: no new index, no new search',
  );
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('the widget starts downloading only after the host page has painted', async () => {
  const { page, log, context } = await openPage('/?today=2025-09-16');
  await page.locator('.article-embed .gf-bar').first().waitFor();
  const [painted, wasm, feed] = await page.evaluate(() => [
    performance.getEntriesByType('paint').map((e) => e.startTime),
    performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm')).startTime,
    performance.getEntriesByType('resource').find((e) => e.name.endsWith('/feeds/demo.json')).startTime,
  ]);
  assert.ok(painted.length > 0, 'the article painted');
  assert.ok(wasm > Math.min(...painted), `WebAssembly at ${wasm} ms, first paint at ${Math.min(...painted)} ms`);
  assert.ok(feed > Math.min(...painted), `feed at ${feed} ms`);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('a page with nothing but a widget paints nothing first, and the widget still starts', async () => {
  const { page, log, context } = await openPage('/fixtures/bare.html');
  await page.locator('[data-greenfair] .gf-bar').first().waitFor();
  const loaded = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm')).startTime);
  assert.ok(wasm >= loaded, 'after the page loaded, when no paint came');
  const paintedFirst = await page.evaluate((at) => performance.getEntriesByType('paint').filter((e) => e.startTime < at).length, wasm);
  assert.equal(paintedFirst, 0, 'no paint came before the download');
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('when the WebAssembly cannot be had, the page gets the held space back and the console says why', async () => {
  const { page, log, context } = await harness.newPage();
  await page.route('**/greenfair-widget_bg.wasm', (route) => route.abort());
  const warned = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('greenfair: the widget could not start'), timeout: 15000 });
  await page.goto(`${harness.url}/?today=2025-09-16`);
  assert.equal((await warned).type(), 'warning');
  const heights = await page.evaluate(() => [...document.querySelectorAll('[data-greenfair]')].map((e) => e.getBoundingClientRect().height));
  // The page's own border remains; the 32rem held for each widget does not.
  assert.deepEqual(heights.map((h) => h < 16), [true, true], `no empty boxes left in the article: ${heights}`);
  assert.deepEqual(consoleErrors(log, [/net::ERR_/, /Failed to load resource/]), []);
  await context.close();
});
