// The events a host page can listen to (greenfair:ready, :view, :search,
// :open, :favourite, :share, :error), each with its detail, from the script
// embed (on the widget's element) and from the iframe embed (relayed by the
// iframe page, dispatched on the <iframe> by greenfair-resize.js).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { CSP, serve } from '../../scripts/serve.mjs';
import { startHarness, consoleErrors } from './harness.mjs';

const TODAY = '2025-09-16';
const NAMES = ['ready', 'view', 'search', 'open', 'favourite', 'share', 'error'];

let harness;
let feed;
const servers = [];
before(async () => {
  harness = await startHarness();
  feed = JSON.parse(await readFile('feeds/demo.json', 'utf8'));
});
after(async () => {
  await harness?.close();
  for (const server of servers) await new Promise((done) => server.close(done));
});

/**
 * Records every greenfair:* event that reaches the document (they bubble),
 * with its target, and the time of each key a reader presses, as
 * window.__events and window.__lastKeyAt.
 */
const RECORD = (names) => {
  window.__events = [];
  window.__lastKeyAt = 0;
  for (const name of names) {
    document.addEventListener(`greenfair:${name}`, (e) => window.__events.push({
      type: e.type,
      detail: e.detail,
      bubbles: e.bubbles,
      composed: e.composed,
      target: e.target.id || e.target.localName,
      at: performance.now(),
    }));
  }
  document.addEventListener('keydown', () => { window.__lastKeyAt = performance.now(); }, true);
};

const events = (page, type) => page.evaluate((type) => window.__events.filter((e) => !type || e.type === type), type);

/** Waits for the `nth` (from 1) event of `type` whose detail has `fields`, and returns it. */
async function waitForEvent(page, type, fields = {}, nth = 1) {
  const handle = await page.waitForFunction(({ type, fields, nth }) => {
    const matching = window.__events.filter((e) => e.type === type
      && Object.entries(fields).every(([k, v]) => e.detail[k] === v));
    return matching.length >= nth ? matching[nth - 1] : null;
  }, { type, fields, nth });
  return handle.jsonValue();
}

test('the script embed: every event on the widget\'s element, bubbling and composed, with its detail', async () => {
  const { page, log, context } = await harness.newPage();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.url });
  // A share sheet that shares (desktop Chromium has none).
  await page.addInitScript(() => { navigator.share = () => Promise.resolve(); });
  await page.addInitScript(RECORD, NAMES);
  harness.network.routes.set('gone', { status: 404 });
  await page.goto(`${harness.url}/fixtures/spa.html`);
  await page.evaluate((today) => {
    const add = (attributes) => {
      const element = document.createElement('div');
      for (const [name, value] of Object.entries({ 'data-greenfair': '', 'data-today': today, 'data-start': 'now', ...attributes })) element.setAttribute(name, value);
      document.getElementById('app').append(element);
    };
    add({});
    add({ id: 'hoi-cho', 'data-view': 'booths', 'data-lang': 'en' });
    add({ 'data-feed': '/net/gone.json', 'data-refresh': '0' });
  }, TODAY);

  // Ready: each widget, by its index or its id, in its language.
  const ready = await waitForEvent(page, 'greenfair:ready', { widget: 0 });
  assert.deepEqual(ready.detail, { widget: 0, lang: 'vi', events: feed.events.length, booths: feed.booths.length, feed: `${harness.url}/feeds/demo.json` });
  assert.deepEqual([ready.target, ready.bubbles, ready.composed], ['div', true, true]);
  const named = await waitForEvent(page, 'greenfair:ready', { widget: 'hoi-cho' });
  assert.equal(named.detail.lang, 'en');
  assert.equal(named.target, 'hoi-cho');
  // Error: the feed could not be shown.
  const error = await waitForEvent(page, 'greenfair:error');
  assert.deepEqual(error.detail, { widget: 2, lang: 'vi', message: 'the server answered HTTP 404' });

  const widget = page.locator('#app > [data-greenfair]:not([id])').first().locator('.gf-root');
  await widget.locator('.gf-bar').first().waitFor();
  // View: the tab, the calendar's view and its month, as shown.
  await widget.getByRole('tab', { name: 'Tìm gian hàng' }).click();
  assert.deepEqual((await waitForEvent(page, 'greenfair:view')).detail, { widget: 0, lang: 'vi', tab: 'booths', view: 'grid', month: '2025-09' });

  // Search: one event once the reader pauses, not one per key.
  const search = widget.getByRole('searchbox', { name: 'Tìm gian hàng' });
  await search.pressSequentially('tui xach', { delay: 60 });
  const settled = await waitForEvent(page, 'greenfair:search');
  const shown = Number((await widget.locator('.gf-booths .gf-summary').textContent()).split(' ')[0]);
  assert.deepEqual(settled.detail, { widget: 0, lang: 'vi', query: 'tui xach', results: shown, tab: 'booths' });
  const lastKey = await page.evaluate(() => window.__lastKeyAt);
  assert.ok(settled.at - lastKey >= 590, `settled ${Math.round(settled.at - lastKey)} ms after the last key`);
  // Enter settles at once, and the pause after it tells nothing more.
  await search.fill('');
  await search.pressSequentially('do go', { delay: 30 });
  await search.press('Enter');
  const entered = await waitForEvent(page, 'greenfair:search', { query: 'do go' });
  assert.ok(entered.at - (await page.evaluate(() => window.__lastKeyAt)) < 590, 'on Enter, not after the pause');
  await page.waitForFunction(() => performance.now() - window.__lastKeyAt > 1000);
  assert.deepEqual((await events(page, 'greenfair:search')).map((e) => e.detail.query), ['tui xach', 'do go']);

  // Open, favourite: a booth's details, starred and unstarred.
  const card = widget.locator('.gf-booth-card').first();
  const exhibitor = (await card.locator('.gf-booth-card__name').textContent()).trim();
  await card.locator('.gf-booth-card__name button').click();
  const opened = await waitForEvent(page, 'greenfair:open');
  assert.equal(opened.detail.kind, 'booth');
  assert.equal(opened.detail.name, exhibitor);
  const booth = feed.booths.find((b) => b.id === opened.detail.id);
  assert.ok(booth, 'the id of a booth of the feed');
  const dialog = widget.locator('dialog[open]');
  await dialog.getByRole('button', { name: `Lưu gian hàng: ${exhibitor}` }).click();
  assert.deepEqual((await waitForEvent(page, 'greenfair:favourite')).detail, { widget: 0, lang: 'vi', id: booth.id, starred: true });
  await dialog.locator('.gf-star[aria-pressed="true"]').click();
  assert.deepEqual((await waitForEvent(page, 'greenfair:favourite', { starred: false })).detail, { widget: 0, lang: 'vi', id: booth.id, starred: false });
  await page.keyboard.press('Escape');
  await widget.locator('dialog').waitFor({ state: 'detached' });

  // The calendar again: the tab, the next month, the list; an event opened.
  await widget.getByRole('tab', { name: 'Lịch sự kiện' }).click();
  await waitForEvent(page, 'greenfair:view', { tab: 'calendar' });
  await widget.getByRole('button', { name: 'Tháng sau' }).click();
  await waitForEvent(page, 'greenfair:view', { month: '2025-10' });
  await widget.getByRole('button', { name: 'Danh sách' }).click();
  assert.deepEqual((await waitForEvent(page, 'greenfair:view', { view: 'agenda' })).detail, { widget: 0, lang: 'vi', tab: 'calendar', view: 'agenda', month: '2025-10' });
  const fair = feed.events.find((e) => e.id === '2025-09-my-dinh-do-go');
  await widget.getByRole('button', { name: fair.name.vi }).first().click();
  assert.deepEqual((await waitForEvent(page, 'greenfair:open', { kind: 'event' })).detail, { widget: 0, lang: 'vi', kind: 'event', id: fair.id, name: fair.name.vi });

  // Share: a copy that happened, and the share sheet.
  await widget.locator('dialog[open]').getByRole('button', { name: 'Sao chép liên kết' }).click();
  assert.deepEqual((await waitForEvent(page, 'greenfair:share')).detail, { widget: 0, lang: 'vi', method: 'copy', ok: true });
  await widget.locator('dialog[open]').getByRole('button', { name: /Chia sẻ qua Zalo/ }).click();
  assert.deepEqual((await waitForEvent(page, 'greenfair:share', { method: 'share' })).detail, { widget: 0, lang: 'vi', method: 'share', ok: true });

  // Nothing but the settled words of what the reader typed.
  const typed = (await events(page)).flatMap((e) => Object.values(e.detail)).filter((v) => typeof v === 'string' && /^(t|tu|tui|tui x|do|do g)$/.test(v));
  assert.deepEqual(typed, []);
  assert.deepEqual(consoleErrors(log, [/404/]), []);
  await context.close();
});

test('the iframe embed: the same events on the <iframe>, relayed from another origin, forged messages ignored', async () => {
  // The article on an origin of its own, framing the widget's (harness.url).
  const csp = CSP.replace("frame-src 'self'", `frame-src 'self' ${harness.url}`);
  const { server, url: article } = await serve({ port: 0, dist: 'dist', fixtures: 'tests/browser/fixtures', csp });
  servers.push(server);
  const { page, log, context } = await harness.newPage();
  await page.addInitScript(RECORD, NAMES);
  const src = `${harness.url}/embed.html?view=booths&lang=vi&today=${TODAY}`;
  await page.goto(`${article}/fixtures/frame-host.html?id=booth-frame&second=1&src=${encodeURIComponent(src)}`);
  const ready = await waitForEvent(page, 'greenfair:ready', { widget: 'booth-frame' });
  assert.deepEqual(ready.detail, { widget: 'booth-frame', lang: 'vi', events: feed.events.length, booths: feed.booths.length, feed: `${harness.url}/feeds/demo.json` });
  assert.deepEqual([ready.target, ready.bubbles], ['booth-frame', true]);
  // The second frame has no id: its index among the page's iframe embeds.
  await waitForEvent(page, 'greenfair:ready', { widget: 1 });

  const frame = page.frameLocator('#booth-frame');
  const search = frame.getByRole('searchbox', { name: 'Tìm gian hàng' });
  await search.pressSequentially('gom', { delay: 40 });
  const settled = await waitForEvent(page, 'greenfair:search');
  assert.equal(settled.detail.widget, 'booth-frame');
  assert.equal(settled.detail.query, 'gom');
  assert.equal(settled.detail.tab, 'booths');
  assert.ok(settled.detail.results > 0);
  const card = frame.locator('.gf-booth-card').first();
  const exhibitor = (await card.locator('.gf-booth-card__name').textContent()).trim();
  await card.locator('.gf-booth-card__name button').click();
  const opened = await waitForEvent(page, 'greenfair:open');
  assert.deepEqual({ ...opened.detail, id: undefined }, { widget: 'booth-frame', lang: 'vi', kind: 'booth', id: undefined, name: exhibitor });
  // A message that claims to be the widget's, from the page itself: ignored.
  await page.evaluate(() => window.postMessage({ type: 'greenfair:open', detail: { kind: 'booth', id: 'forged', name: 'forged' } }, '*'));
  // The dialog is centred in the frame, which is as tall as the widget: from the keyboard.
  await frame.locator('dialog[open]').getByRole('button', { name: `Lưu gian hàng: ${exhibitor}` }).press('Enter');
  const starred = await waitForEvent(page, 'greenfair:favourite');
  assert.deepEqual(starred.detail, { widget: 'booth-frame', lang: 'vi', id: opened.detail.id, starred: true });
  assert.equal((await events(page, 'greenfair:open')).length, 1, 'the forged message made no event');
  // Its height still follows the content.
  assert.ok(parseFloat(await page.locator('#booth-frame').evaluate((f) => f.style.height)) > 300);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});
