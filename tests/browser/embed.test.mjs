// The widget embedded in the demo article page, in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, consoleErrors } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

// A fixed "today" (the middle of the 2025 The Linc fairs) keeps the grouping stable.
const TODAY = '2025-09-13';
const AGENDA = { hash: '#gf0.v=agenda' };

test('mounts and lists every demo event, upcoming first, with an empty console', async () => {
  const { page, log } = await harness.open({ today: TODAY }, AGENDA);
  const widget = page.locator('.article-embed [data-greenfair] .gf-root');
  await widget.locator('.gf-event').first().waitFor();
  assert.equal(await widget.locator('.gf-event').count(), 17);
  assert.equal(await widget.locator('.gf-title').textContent(), 'Mạng lưới sản xuất và tiêu dùng bền vững thành phố Hà Nội');

  const upcoming = widget.locator('.gf-group--upcoming');
  assert.match(await upcoming.locator('.gf-group__title').textContent(), /^Sắp diễn ra\s*4 sự kiện$/);
  const first = upcoming.locator('.gf-event').first();
  assert.match(await first.locator('.gf-event__when').textContent(), /12–14\/9\/2025\s+Đang diễn ra/);
  assert.match(await first.locator('.gf-event__where').textContent(), /Trung tâm thương mại The Linc/);
  const last = upcoming.locator('.gf-event').last();
  assert.match(await last.locator('.gf-event__when').textContent(), /29\/9–3\/10\/2025/);
  assert.match(await last.locator('.gf-event__booths').textContent(), /120 gian hàng/);

  const past = widget.locator('.gf-group--past .gf-event');
  assert.equal(await past.count(), 10);
  assert.match(await past.first().textContent(), /25–27\/5\/2023/);
  assert.match(await past.last().textContent(), /Năm 2019/);
  const undated = widget.locator('.gf-group--tba');
  assert.match(await undated.locator('.gf-group__title').textContent(), /^Chưa công bố ngày\s*3 sự kiện$/);
  assert.equal(await undated.locator('.gf-badge--tba').count(), 3);
  assert.match(await widget.locator('.gf-note').textContent(), /dữ liệu mẫu/);
  assert.deepEqual(consoleErrors(log), []);
});

test('switches language to English and back', async () => {
  const { page, log } = await harness.open({ today: TODAY }, AGENDA);
  const widget = page.locator('.article-embed [data-greenfair] .gf-root');
  await widget.locator('.gf-event').first().waitFor();
  const english = widget.getByRole('button', { name: 'English' });
  assert.equal(await english.getAttribute('aria-pressed'), 'false');
  await english.click();
  await widget.locator('.gf-group__title', { hasText: 'Upcoming' }).waitFor();
  assert.equal(await widget.getAttribute('lang'), 'en');
  assert.equal(await english.getAttribute('aria-pressed'), 'true');
  assert.equal(await widget.locator('.gf-title').textContent(), 'Hanoi Sustainable Production and Consumption Network');
  const first = widget.locator('.gf-group--upcoming .gf-event').first();
  assert.match(await first.locator('.gf-event__when').textContent(), /12–14 September 2025\s+On now/);
  assert.match(await widget.locator('.gf-group--upcoming .gf-event').last().textContent(), /29 September – 3 October 2025.*120 booths/);

  await widget.getByRole('button', { name: 'Tiếng Việt' }).click();
  await widget.locator('.gf-group__title', { hasText: 'Sắp diễn ra' }).waitFor();
  assert.equal(await widget.getAttribute('lang'), 'vi');
  assert.deepEqual(consoleErrors(log), []);
});

test('data-lang="en" starts in English', async () => {
  const { page } = await harness.open({ today: TODAY, lang: 'en' }, AGENDA);
  const widget = page.locator('.article-embed [data-greenfair] .gf-root');
  await widget.locator('.gf-group__title', { hasText: 'Past' }).waitFor();
  assert.equal(await widget.getAttribute('lang'), 'en');
});

test('a truncated feed shows the error, its position, and a retry button, in the widget', async () => {
  const { page, log } = await harness.open({ feed: '/fixtures/truncated.json' });
  const alert = page.locator('.article-embed [data-greenfair] [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.locator('.gf-error__title').textContent(), /Dữ liệu hội chợ bị lỗi/);
  assert.match(await alert.locator('.gf-error__detail').textContent(), /JSON không hợp lệ: EOF while parsing a value, dòng 6, cột 1/);
  assert.equal(await alert.getByRole('button', { name: 'Thử lại' }).count(), 1);
  assert.ok(log.some((entry) => entry.type === 'warning' && /greenfair: .*truncated\.json: the feed is not valid JSON/.test(entry.text)));
  assert.deepEqual(consoleErrors(log), []);
});

test('a missing feed (404) shows the error in the reader\'s language, and retry tries again', async () => {
  const { page, log } = await harness.open({ feed: '/fixtures/no-such-feed.json', lang: 'en' });
  const alert = page.locator('.article-embed [data-greenfair] [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /The server did not return the fair data \(error 404\)/);
  const [retried] = await Promise.all([
    page.waitForRequest((request) => request.url().endsWith('/fixtures/no-such-feed.json')),
    alert.getByRole('button', { name: 'Retry' }).click(),
  ]);
  await page.locator('.article-embed [data-greenfair] [role="alert"]').waitFor();
  assert.equal((await retried.response()).status(), 404, 'retry fetches again');
  assert.deepEqual(consoleErrors(log, [/404/]), []);
});

test('valid records of a partly broken feed still show; feed text stays text', async () => {
  const { page, log } = await harness.open({ feed: '/fixtures/mixed.json', today: TODAY }, AGENDA);
  const widget = page.locator('.article-embed [data-greenfair] .gf-root');
  await widget.locator('.gf-event').first().waitFor();
  assert.equal(await widget.locator('.gf-event').count(), 2);
  assert.match(await widget.textContent(), /Hội chợ hợp lệ/);
  assert.equal(await widget.locator('.gf-event__name', { hasText: '<img src=x onerror=' }).count(), 1);
  assert.equal(await widget.locator('img').count(), 0);
  assert.notEqual(await page.title(), 'pwned');
  const skipped = widget.locator('.gf-warnings');
  assert.match(await skipped.locator('summary').textContent(), /1 mục dữ liệu không hợp lệ/);
  // In the reader's language, with the path and place an editor looks for.
  assert.match(await skipped.textContent(), /events\[1\]\.start: cần một ngày .*gặp "2025-02-30"; mục này bị bỏ qua, dòng 7, cột 53/);
  assert.deepEqual(consoleErrors(log), []);
});

test('the host page\'s own content is untouched', async () => {
  const { page } = await harness.open({ today: TODAY }, AGENDA);
  const served = await (await fetch(`${harness.url}/`)).text();
  await page.locator('.article-embed [data-greenfair] .gf-event').first().waitFor();
  assert.equal(await page.locator('h1').textContent(), 'Hà Nội mở chuỗi hội chợ sản phẩm xanh mùa thu 2025');
  // Every paragraph of the article outside the widget is still there, word for word.
  const paragraphs = await page.locator('main.article > p').allTextContents();
  assert.equal(paragraphs.length, 8);
  for (const text of paragraphs) assert.ok(served.includes(text.trim()), `unchanged: ${text.slice(0, 40)}`);
  assert.equal(await page.locator('aside.sidebar .sidebar-list li').count(), 3);
  assert.equal(await page.locator('.site-nav a').count(), 4);
  // Each widget stays inside its element.
  assert.equal(await page.locator('.gf-root').count(), 2);
  assert.equal(await page.locator('body > .gf-root').count(), 0);
});
