// Bad networks: the test server's /net/ feeds answer slowly, never, with 404
// or 500, by dropping the connection, or change while the widget is open.
// Every case checks what the reader sees and what the server was asked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startHarness, consoleErrors, articleWidget, pollPage } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const TODAY = '2025-09-16';
const widget = articleWidget;
const DEMO = await readFile('dist/feeds/demo.json', 'utf8');
// Expected console lines: the widget names each failed load as a warning,
// and Chromium reports failed requests as errors.
const NETWORK_NOISE = [/Failed to load resource/, /net::ERR_/];

/** A fresh route name per test, so logs and saved copies never mix. */
let routes = 0;
function route(spec = {}) {
  const name = `feed${++routes}`;
  harness.network.routes.set(name, spec);
  return { name, url: `/net/${name}.json`, requests: () => harness.network.log.filter((e) => e.name === name) };
}

/** Resolves when `condition()` holds, checking every 20 ms; fails after `ms`. */
async function until(condition, what, ms = 10000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

test('a slow feed shows the loading state, then the fairs', async () => {
  const feed = route({ delayMs: 1500 });
  const { page, log } = await harness.open({ feed: feed.url, today: TODAY });
  const root = widget(page);
  await root.getByRole('status').filter({ hasText: 'Đang tải lịch hội chợ…' }).waitFor();
  assert.equal(await root.getAttribute('aria-busy'), 'true');
  await root.locator('.gf-title').waitFor();
  assert.equal(await root.getAttribute('aria-busy'), 'false');
  assert.equal(feed.requests().length, 1);
  assert.deepEqual(consoleErrors(log), []);
});

test('a 404 is not retried: the reader sees the error, and Retry asks again', async () => {
  const feed = route({ status: 404 });
  const { page, log } = await harness.open({ feed: feed.url, today: TODAY });
  const alert = widget(page).getByRole('alert');
  await alert.filter({ hasText: 'Máy chủ không trả về dữ liệu hội chợ (mã lỗi 404).' }).waitFor();
  assert.equal(feed.requests().length, 1, 'a client error is final');
  harness.network.routes.set(feed.name, {});
  await alert.getByRole('button', { name: 'Thử lại' }).click();
  await widget(page).locator('.gf-title').waitFor();
  assert.deepEqual(feed.requests().map((e) => e.status), [404, 200]);
  assert.deepEqual(consoleErrors(log, NETWORK_NOISE), []);
});

/**
 * The retry policy's waits (src/load/retry.rs, RetryPolicy::default): three
 * attempts, 500 ms before the second, each later wait doubled.
 */
const BACKOFF_MS = [500, 1000];

test('a 500 is retried with backoff, then shown as an error with Retry', async () => {
  const feed = route({ status: 500 });
  const { page, context } = await harness.newPage();
  // Each attempt's timing, by the browser's clock: when its request started
  // and when its answer had come (Playwright's request.timing()).
  const attempts = [];
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).pathname === feed.url) attempts.push(request.timing());
  });
  await page.goto(`${harness.url}/?${new URLSearchParams({ feed: feed.url, today: TODAY })}`);
  const alert = widget(page).getByRole('alert');
  await alert.filter({ hasText: '(mã lỗi 500)' }).waitFor();
  assert.deepEqual(feed.requests().map((e) => e.status), [500, 500, 500], 'three attempts in all');
  await until(() => attempts.length === 3, 'the three attempts\' timings');
  /** From each answer to the next request: the wait the widget made, in ms. */
  const waits = (list) => list.slice(1).map((next, i) => next.startTime - (list[i].startTime + list[i].responseEnd));
  // The first attempt is the loader's early download, taken when the module
  // has started: its wait can be longer than the policy's by that much.
  const first = waits(attempts);
  assert.ok(first.every((wait, i) => wait >= BACKOFF_MS[i] - 50), `waits of at least ${BACKOFF_MS} ms, seen ${first.map(Math.round)}`);

  // Retry asks again with the whole policy, from a request of its own: each
  // wait at least its step of the schedule and less than the next (doubled) step.
  await alert.getByRole('button', { name: 'Thử lại' }).click();
  await until(() => attempts.length === 6, 'three more attempts after Retry');
  await alert.filter({ hasText: '(mã lỗi 500)' }).waitFor();
  const again = waits(attempts.slice(3));
  for (const [i, wait] of again.entries()) {
    assert.ok(wait >= BACKOFF_MS[i] - 50 && wait < BACKOFF_MS[i] * 2, `wait ${i + 1} after Retry: ${Math.round(wait)} ms, where the policy waits ${BACKOFF_MS[i]} (all: ${again.map(Math.round)})`);
  }
  assert.ok(again[1] > again[0], `the waits grow: ${again.map(Math.round)}`);
  assert.equal(feed.requests().length, 6);
  await context.close();
});

test('dropped connections are retried until the feed arrives', async () => {
  const feed = route({ drop: 2 });
  const { page, log } = await harness.open({ feed: feed.url, today: TODAY });
  await widget(page).locator('.gf-title').waitFor();
  const statuses = feed.requests().map((e) => e.status);
  assert.equal(statuses.at(-1), 200);
  assert.ok(statuses.filter((s) => s === 'dropped').length === 2, statuses.join());
  assert.deepEqual(consoleErrors(log, NETWORK_NOISE), []);
});

test('a feed that never answers times out (data-timeout) and says so', async () => {
  const feed = route({ hang: true });
  const { page } = await harness.open({ feed: feed.url, today: TODAY, timeout: '1' });
  const alert = widget(page).getByRole('alert');
  await alert.filter({ hasText: 'Máy chủ phản hồi quá lâu' }).waitFor({ timeout: 15000 });
  assert.equal(feed.requests().length, 3);
  await until(() => feed.requests().every((e) => e.aborted), 'the timed-out requests to be aborted');
});

test('removing the widget cancels its download', async () => {
  const feed = route({ hang: true });
  const { page, log } = await harness.open({ feed: feed.url, today: TODAY });
  await until(() => feed.requests().length === 1, 'the feed request');
  await page.evaluate(() => document.querySelector('.article-embed [data-greenfair]').remove());
  await until(() => feed.requests()[0].aborted, 'the request to be aborted');
  // Longer than the retry policy's first wait (0.5 s): a retry would show.
  await assert.rejects(until(() => feed.requests().length > 1, 'a retry', 1500));
  assert.equal(feed.requests().length, 1, 'no retry after the widget is gone');
  // The other widget on the page is untouched.
  await page.locator('aside [data-greenfair][data-greenfair-mounted]').waitFor();
  assert.deepEqual(consoleErrors(log, NETWORK_NOISE), []);
});

test('a revisit revalidates with If-None-Match and gets a 304', async () => {
  const feed = route();
  const first = await harness.open({ feed: feed.url, today: TODAY });
  await widget(first.page).locator('.gf-title').waitFor();
  await first.page.reload();
  await widget(first.page).locator('.gf-title').waitFor();
  const [fresh, revisit] = feed.requests();
  assert.equal(fresh.status, 200);
  assert.equal(fresh.ifNoneMatch, null);
  assert.match(revisit.ifNoneMatch, /^".+"$/);
  assert.equal(revisit.status, 304, 'an unchanged feed is not downloaded again');
  assert.deepEqual(consoleErrors(first.log), []);
});

test('when the network fails, the last good copy shows with when it was saved', async () => {
  const feed = route();
  const { page, context, log } = await harness.open({ feed: feed.url, today: TODAY });
  await widget(page).locator('.gf-title').waitFor();
  // Saved when the page is idle after the fairs show.
  const isSaved = async (url) => {
    const cache = await caches.open('greenfair-feeds-v1');
    return (await cache.keys()).some((request) => request.url.endsWith(url));
  };
  // Polled from here: waitForFunction would take isSaved's Promise for a yes.
  await pollPage(page, isSaved, feed.url, { what: `${feed.url} in Cache Storage` });

  harness.network.routes.set(feed.name, { drop: 100 });
  const offline = await harness.open({ feed: feed.url, today: TODAY }, { context });
  const notice = widget(offline.page).locator('.gf-saved-copy');
  await notice.waitFor({ timeout: 15000 });
  assert.match(await notice.textContent(), /^Không tải được dữ liệu mới\. Đang hiển thị dữ liệu đã lưu lúc \d{1,2}:\d\d ngày \d{1,2}\/\d{1,2}\/\d{4}\.Thử lại$/);
  assert.ok(await widget(offline.page).locator('.gf-bar').count() > 0, 'the saved fairs are shown');

  harness.network.routes.set(feed.name, {});
  await notice.getByRole('button', { name: 'Thử lại' }).click();
  await notice.waitFor({ state: 'detached' });
  assert.deepEqual(consoleErrors(log), []);
  assert.deepEqual(consoleErrors(offline.log, NETWORK_NOISE), []);
});

test('a feed that changes while open refreshes and keeps search, filters, open booth and favourites', async () => {
  const feed = route({ text: DEMO });
  const booth = '2023-05-truong-dinh-plaza-a05';
  const { page, log } = await harness.open(
    { feed: feed.url, today: TODAY, refresh: '1' },
    { hash: `#gf0.t=booths&gf0.bq=tui%20xach&gf0.bc=tui-xach&gf0.b=${booth}` },
  );
  const root = widget(page);
  const dialog = root.locator('dialog[open]');
  await dialog.getByRole('heading', { name: 'Công ty TNHH Việt Đông Anh' }).waitFor();
  await dialog.getByRole('button', { name: 'Lưu gian hàng: Công ty TNHH Việt Đông Anh' }).click();
  await dialog.locator('.gf-star[aria-pressed="true"]').waitFor();

  // Unchanged refreshes are 304s; then the organiser renames the exhibitor.
  await until(() => feed.requests().some((e) => e.status === 304), 'a revalidation');
  harness.network.routes.set(feed.name, { text: DEMO.replace('Công ty TNHH Việt Đông Anh', 'HTX Túi Xanh Đông Anh') });
  await dialog.getByRole('heading', { name: 'HTX Túi Xanh Đông Anh' }).waitFor({ timeout: 10000 });

  assert.equal(await root.getByRole('searchbox', { name: 'Tìm gian hàng' }).inputValue(), 'tui xach');
  assert.equal(await root.locator('.gf-booths').getByLabel('Ngành hàng').inputValue(), 'tui-xach');
  assert.equal(await dialog.locator('.gf-star').getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('Escape');
  await root.getByRole('listitem').filter({ hasText: 'HTX Túi Xanh Đông Anh' }).first().waitFor();
  await page.waitForURL(/gf0\.bq=tui(%20|\+)xach/);
  assert.deepEqual(consoleErrors(log), []);
});

test('a split feed loads its booth files only when the booth finder opens', async () => {
  const { page, log } = await harness.open({ feed: '/fixtures/split/index.json', today: TODAY });
  const boothFiles = [];
  page.on('request', (r) => { if (r.url().includes('/fixtures/split/booths/')) boothFiles.push(new URL(r.url()).pathname); });
  const root = widget(page);
  await root.locator('.gf-title').waitFor();
  await root.getByRole('tab', { name: 'Tìm gian hàng' }).waitFor();
  assert.deepEqual(boothFiles, [], 'the calendar needs no booth file');
  // Resource timing covers what was fetched before the listener was set too.
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  assert.deepEqual(fetched.filter((name) => name.includes('/fixtures/split/booths/')), []);
  await root.getByRole('tab', { name: 'Tìm gian hàng' }).click();
  await root.locator('.gf-booth-card').nth(1).waitFor();
  assert.deepEqual(boothFiles.sort(), ['/fixtures/split/booths/mm-2025.json', '/fixtures/split/booths/my-dinh-2025.json']);
  assert.equal(await root.locator('.gf-booth-card').count(), 2);
  await root.getByRole('searchbox', { name: 'Tìm gian hàng' }).fill('tui xach');
  await root.locator('.gf-booth-card').filter({ hasText: 'HTX Cói Kim Sơn' }).waitFor();
  assert.equal(await root.locator('.gf-loading').count(), 0);
  assert.deepEqual(consoleErrors(log), []);
});

test('a widget removed before the module starts stops its early feed download', async () => {
  const feed = route({ hang: true });
  const { page, log, context } = await harness.newPage();
  // The WebAssembly is held back until the widget is gone.
  let release;
  const removed = new Promise((done) => { release = done; });
  await page.route('**/greenfair-widget_bg.wasm', async (r) => { await removed; await r.continue(); });
  await page.goto(`${harness.url}/?${new URLSearchParams({ feed: feed.url, today: TODAY })}`);
  await until(() => feed.requests().length === 1, 'the early feed request');
  await page.evaluate(() => document.querySelector('.article-embed [data-greenfair]').remove());
  release();
  await page.locator('aside [data-greenfair][data-greenfair-mounted]').waitFor();
  await until(() => feed.requests()[0].aborted, 'the early request to be aborted');
  await assert.rejects(until(() => feed.requests().length > 1, 'a retry', 1500));
  assert.equal(feed.requests().length, 1);
  assert.deepEqual(consoleErrors(log, NETWORK_NOISE), []);
  await context.close();
});
