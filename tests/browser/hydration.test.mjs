// A snippet from `greenfair render` (the widget's first view as HTML in a
// declarative shadow root) is taken over by the widget: it shows until the
// live widget, drawn beside it, replaces it in one step and in its place.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { startHarness, consoleErrors } from './harness.mjs';

let harness;
before(async () => {
  const snippet = execFileSync('cargo', ['run', '--quiet', '--bin', 'greenfair', '--',
    'render', 'feeds/demo.json', '--feed-url', '/feeds/demo.json', '--widget-url', '/v1', '--view', 'calendar', '--lang', 'vi'], { encoding: 'utf8' });
  await writeFile('tests/browser/fixtures/hydrate.html', `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Bài viết có lịch hội chợ dựng sẵn</title>
<link rel="icon" href="/favicon.svg"><script type="module" src="/v1/greenfair.js"></script></head>
<body><main><h1>Lịch hội chợ</h1>${snippet}</main></body></html>`);
  harness = await startHarness();
});
after(async () => { await harness?.close(); });

test('the rendered snippet shows before the widget starts, then is taken over in place', async () => {
  const { context, page, log } = await harness.newPage({ width: 1024 });
  // Hold the WebAssembly back, to see the page as readers without it do.
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route('**/greenfair-widget_bg.wasm', async (route) => { await gate; await route.continue(); });
  // What the host page hears: the taken-over widget says it is ready, once,
  // counted when a later event (greenfair:view, after the switch to the month grid) has come.
  await page.addInitScript(() => {
    window.__heard = [];
    for (const type of ['greenfair:ready', 'greenfair:view']) document.addEventListener(type, (e) => window.__heard.push({ type, detail: e.detail }));
  });
  await page.goto(`${harness.url}/fixtures/hydrate.html`);
  const widget = page.locator('[data-greenfair] .gf-root');
  await widget.locator('.gf-event').first().waitFor();
  assert.equal(await widget.locator('.gf-title').textContent(), 'Mạng lưới sản xuất và tiêu dùng bền vững thành phố Hà Nội');
  // Styled from the linked stylesheet before any script ran.
  assert.equal(await widget.evaluate((e) => getComputedStyle(e).fontSize), '16px');
  const title = await page.evaluateHandle(() => document.querySelector('[data-greenfair]').shadowRoot.querySelector('.gf-title'));
  const box = await widget.boundingBox();

  assert.equal(await page.locator('[data-greenfair][data-greenfair-mounted]').count(), 0, 'not live yet');
  release();
  await page.locator('[data-greenfair][data-greenfair-mounted]').waitFor({ state: 'attached' });
  // The rendered nodes gave way to the live widget's, which looks the same and stands in the same place.
  assert.equal(await title.evaluate((e) => e.isConnected), false, 'the rendered view was replaced');
  assert.equal(await page.evaluate(() => document.querySelector('[data-greenfair]').shadowRoot.querySelectorAll('.gf-host').length), 1);
  assert.equal(await widget.locator('.gf-title').textContent(), 'Mạng lưới sản xuất và tiêu dùng bền vững thành phố Hà Nội');
  const after = await widget.boundingBox();
  assert.deepEqual(after, box, 'nothing moved');
  await page.waitForFunction(() => window.__heard.some((e) => e.type === 'greenfair:ready'));
  // Live: the language switch works, and so does the view switch, which the page hears.
  await widget.getByRole('button', { name: 'English' }).click();
  await widget.locator('.gf-title', { hasText: 'Hanoi Sustainable Production and Consumption Network' }).waitFor();
  await widget.getByRole('button', { name: 'Month', exact: true }).click();
  await page.waitForFunction(() => window.__heard.some((e) => e.type === 'greenfair:view'));
  const heard = await page.evaluate(() => window.__heard);
  const ready = heard.filter((e) => e.type === 'greenfair:ready').map((e) => e.detail);
  assert.equal(ready.length, 1, JSON.stringify(heard));
  assert.equal(heard[0].type, 'greenfair:ready', JSON.stringify(heard));
  assert.equal(ready[0].events, 17, JSON.stringify(ready));
  assert.deepEqual(consoleErrors(log), []);
  assert.equal(log.filter((e) => /mismatch|hydrat/i.test(e.text)).length, 0, JSON.stringify(log));
  await context.close();
});

test('a rendered snippet removed while its widget waits for the feed stops that download', async () => {
  const { context, page, log } = await harness.newPage({ width: 1024 });
  // The feed never answers; its request fails only if the widget aborts it.
  await page.route('**/feeds/demo.json', () => {});
  const aborted = page.waitForEvent('requestfailed', { predicate: (r) => r.url().endsWith('/feeds/demo.json'), timeout: 10000 });
  await page.goto(`${harness.url}/fixtures/hydrate.html`);
  const element = page.locator('[data-greenfair][data-greenfair-hydrating]');
  await element.waitFor({ state: 'attached' });
  await element.evaluate((e) => e.remove());
  assert.equal((await aborted).failure()?.errorText, 'net::ERR_ABORTED');
  assert.deepEqual(consoleErrors(log, [/net::ERR_/, /Failed to load resource/]), []);
  await context.close();
});
