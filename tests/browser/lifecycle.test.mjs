// What a widget leaves behind and what it keeps up with: a removed widget's
// refresh timer is cleared, downloads work the way every browser needs, and
// a widget that took over a rendered snippet moves on past midnight.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { startHarness, consoleErrors, articleWidget, pollPage } from './harness.mjs';

let harness;
before(async () => {
  // Rendered for the last day of the Mỹ Đình fair (29 September to 3 October 2025).
  const snippet = execFileSync('cargo', ['run', '--quiet', '--bin', 'greenfair', '--',
    'render', 'feeds/demo.json', '--feed-url', '/feeds/demo.json', '--widget-url', '/v1', '--view', 'calendar', '--lang', 'vi', '--today', '2025-10-03'], { encoding: 'utf8' });
  await writeFile('tests/browser/fixtures/midnight.html', `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Lịch hội chợ dựng sẵn</title>
<link rel="icon" href="/favicon.svg"><script type="module" src="/v1/greenfair.js"></script></head>
<body><main><h1>Lịch hội chợ</h1>${snippet.replace('<div data-greenfair ', '<div data-greenfair data-refresh="60" ')}</main></body></html>`);
  harness = await startHarness();
});
after(async () => { await harness?.close(); });

/** Keeps count of the page's pending timers by delay, as window.__timers. */
const TIMERS = () => {
  const pending = new Map();
  window.__timers = pending;
  const wrap = (set, clear, repeat) => {
    const original = window[set].bind(window);
    const cancel = window[clear].bind(window);
    window[set] = (fn, delay = 0, ...args) => {
      const id = original((...a) => { if (!repeat) pending.delete(id); return typeof fn === 'function' ? fn(...a) : undefined; }, delay, ...args);
      pending.set(id, delay);
      return id;
    };
    window[clear] = (id) => { pending.delete(id); cancel(id); };
  };
  wrap('setTimeout', 'clearTimeout', false);
  wrap('setInterval', 'clearInterval', true);
};

test('a removed widget clears its refresh timer, and mounting again adds only one', async () => {
  const { page, log, context } = await harness.newPage();
  await page.addInitScript(TIMERS);
  await page.goto(`${harness.url}/?today=2025-09-13&refresh=45`);
  await articleWidget(page).locator('.gf-bar').first().waitFor();
  const refreshTimers = () => page.evaluate(() => [...window.__timers.values()].filter((d) => d === 45000).length);
  assert.equal(await refreshTimers(), 1);
  await page.evaluate(() => document.querySelector('.article-embed [data-greenfair]').remove());
  await page.waitForFunction(() => ![...window.__timers.values()].includes(45000));
  // Put back, it mounts anew with one timer, not two.
  await page.evaluate(() => {
    const element = document.createElement('div');
    element.setAttribute('data-greenfair', '');
    element.setAttribute('data-refresh', '45');
    element.setAttribute('data-today', '2025-09-13');
    document.querySelector('.article-embed').append(element);
  });
  await articleWidget(page).locator('.gf-event, .gf-bar').filter({ visible: true }).first().waitFor();
  assert.equal(await refreshTimers(), 1);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('a download clicks an anchor in the document and its file outlives the click', async () => {
  const { page, log, context } = await harness.newPage();
  await page.addInitScript(() => {
    window.__clicks = [];
    window.__revoked = [];
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.revokeObjectURL = (url) => { window.__revoked.push(url); revoke(url); };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function recorded() {
      window.__clicks.push({ connected: this.isConnected, href: this.href, name: this.download });
      return click.call(this);
    };
  });
  await page.goto(`${harness.url}/?today=2025-09-13#gf0.v=agenda&gf0.e=2023-05-truong-dinh-plaza`);
  const dialog = articleWidget(page).locator('dialog[open]');
  await dialog.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Thêm vào lịch (.ics)' }).click()]);
  assert.equal(download.suggestedFilename(), '2023-05-truong-dinh-plaza.ics');
  const click = await page.evaluate(() => window.__clicks.at(-1));
  assert.equal(click.connected, true, 'the anchor was in the document');
  // The Blob's URL outlives the click (some browsers read it later).
  assert.match(click.href, /^blob:/);
  assert.deepEqual(await page.evaluate(() => window.__revoked), [], 'not revoked at once');
  assert.equal(await page.evaluate(() => document.querySelectorAll('a[download]').length), 0, 'and it is gone from the page');
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('a widget that took over a rendered snippet moves on past midnight', async () => {
  const { page, log, context } = await harness.newPage({ width: 1024 });
  // 23:58 in Hà Nội on the fair's last day.
  await page.clock.install({ time: new Date('2025-10-03T23:58:00+07:00') });
  await page.goto(`${harness.url}/fixtures/midnight.html`);
  await page.locator('[data-greenfair][data-greenfair-mounted]').waitFor({ state: 'attached' });
  const widget = page.locator('[data-greenfair] .gf-root');
  const upcoming = () => widget.locator('.gf-group--upcoming .gf-event').count();
  const before = await upcoming();
  assert.ok(before > 0, 'the fair is on today');
  // Past midnight, the next refresh (data-refresh=60) looks at the clock again.
  await page.clock.fastForward('05:00');
  // The fair ended on the 3rd: on the 4th it is no longer upcoming.
  const later = await pollPage(page, (was) => {
    const count = document.querySelector('[data-greenfair]').shadowRoot.querySelectorAll('.gf-group--upcoming .gf-event').length;
    return count < was ? { count } : null;
  }, before, { what: `fewer than the ${before} upcoming fairs of 3 October` });
  assert.ok(later.count < before, `${later.count} upcoming after midnight, ${before} before`);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});
