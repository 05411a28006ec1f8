// The event calendar in the demo article page, driven like a reader would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startHarness, consoleErrors, articleWidget, deepActiveDate, waitForFocusedDate } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const TODAY = '2025-09-13';
const widget = articleWidget;
const monthTitle = (page) => widget(page).locator('.gf-month-nav__title');

test('a desktop-wide widget opens on the month grid of today, and navigates months', async () => {
  const { page, log } = await harness.open({ today: TODAY });
  await widget(page).locator('.gf-bar').first().waitFor();
  assert.equal(await monthTitle(page).textContent(), 'Tháng 9/2025');
  const today = widget(page).locator('[aria-current="date"]');
  assert.equal(await today.getAttribute('data-date'), '2025-09-13');
  assert.match(await today.locator('.gf-visually-hidden').textContent(), /^Thứ Bảy, 13\/9\/2025, ngày 22 tháng 7 âm lịch, 2 sự kiện$/);
  assert.equal(await widget(page).getByRole('button', { name: 'Thứ Bảy, 13/9/2025, ngày 22 tháng 7 âm lịch, 2 sự kiện' }).count(), 1);
  // Two Linc fairs, MM Mega Market, and the first row of the Mỹ Đình fair.
  assert.equal(await widget(page).locator('.gf-bar').count(), 4);

  await widget(page).getByRole('button', { name: 'Tháng sau' }).click();
  await monthTitle(page).filter({ hasText: /^Tháng 10\/2025$/ }).waitFor();
  const wood = widget(page).locator('.gf-bar', { hasText: 'đồ gỗ mỹ nghệ' });
  assert.match(await wood.getAttribute('class'), /gf-col-1 gf-span-5/);

  await widget(page).getByRole('button', { name: 'Tháng trước' }).click();
  await widget(page).getByRole('button', { name: 'Tháng trước' }).click();
  await monthTitle(page).filter({ hasText: /^Tháng 8\/2025$/ }).waitFor();
  assert.match(await widget(page).locator('.gf-empty-month').textContent(), /Tháng 8\/2025 không có sự kiện nào/);
  await widget(page).getByRole('button', { name: 'Đến tháng 9/2025' }).click();
  await monthTitle(page).filter({ hasText: /^Tháng 9\/2025$/ }).waitFor();
  assert.deepEqual(consoleErrors(log), []);
});

test('a 360 px container opens on the agenda, and the grid still works there', async () => {
  const { page, log } = await harness.open({ today: TODAY }, { width: 360, height: 780 });
  await widget(page).locator('.gf-event').first().waitFor();
  assert.equal(await widget(page).getByRole('button', { name: 'Danh sách' }).getAttribute('aria-pressed'), 'true');
  await widget(page).getByRole('button', { name: 'Lịch tháng' }).click();
  await widget(page).locator('.gf-bar').first().waitFor();
  const grid = await widget(page).locator('.gf-month').boundingBox();
  assert.ok(grid.width <= 360, `the grid fits the phone: ${grid.width}px`);
  await widget(page).locator('.gf-bar').first().click();
  await widget(page).locator('dialog[open]').waitFor();
  assert.deepEqual(consoleErrors(log), []);
});

test('search without diacritics and filters combine, with counts, and clear', async () => {
  const { page, log } = await harness.open({ today: TODAY }, { hash: '#gf0.v=agenda' });
  const search = widget(page).getByRole('searchbox', { name: 'Tìm sự kiện' });
  await search.fill('my dinh');
  await widget(page).locator('.gf-calendar .gf-summary').filter({ hasText: /^1 sự kiện$/ }).waitFor();
  assert.match(await widget(page).locator('.gf-event').textContent(), /đồ gỗ mỹ nghệ, nội thất/);

  await search.fill('do go');
  await widget(page).locator('.gf-calendar .gf-summary').filter({ hasText: /^2 sự kiện$/ }).waitFor();
  const when = widget(page).locator('.gf-calendar').getByLabel('Thời gian');
  assert.deepEqual(await when.locator('option').allTextContents(), ['Tất cả (2)', 'Sắp và đang diễn ra (1)', 'Đã diễn ra (1)']);
  await when.selectOption('upcoming');
  await widget(page).locator('.gf-calendar .gf-summary').filter({ hasText: /^1 sự kiện$/ }).waitFor();

  await widget(page).getByRole('button', { name: 'Xóa bộ lọc' }).click();
  await widget(page).locator('.gf-calendar .gf-summary').filter({ hasText: /^17 sự kiện$/ }).waitFor();
  assert.equal(await search.inputValue(), '');

  await widget(page).locator('.gf-calendar').getByLabel('Quận, huyện').selectOption({ label: 'Nam Từ Liêm (2)' });
  await widget(page).locator('.gf-calendar').getByLabel('Ngành hàng').selectOption('noi-that-go');
  await widget(page).locator('.gf-calendar .gf-summary').filter({ hasText: /^1 sự kiện$/ }).waitFor();
  assert.match(await widget(page).locator('.gf-event').textContent(), /29\/9–3\/10\/2025/);
  assert.deepEqual(consoleErrors(log), []);
});

test('an event opens in a dialog with its details; Escape closes it', async () => {
  const { page, log } = await harness.open({ today: TODAY }, { hash: '#gf0.v=grid&gf0.m=2025-09' });
  await widget(page).locator('.gf-bar', { hasText: 'đồ gỗ mỹ nghệ' }).click();
  const dialog = widget(page).locator('dialog[open]');
  await dialog.waitFor();
  assert.match(await dialog.locator('h3').textContent(), /lĩnh vực đồ gỗ mỹ nghệ, nội thất/);
  assert.match(await dialog.textContent(), /Thứ Hai, 29\/9\/2025 – Thứ Sáu, 3\/10\/2025/);
  assert.equal(await dialog.locator('.gf-days li').count(), 5);
  const directions = dialog.getByRole('link', { name: /Chỉ đường/ });
  assert.equal(await directions.getAttribute('href'), 'https://www.google.com/maps/dir/?api=1&destination=21.0205%2C105.7637');
  assert.match(await dialog.getByRole('link', { name: /Xem bản đồ/ }).getAttribute('href'), /openstreetmap\.org\/\?mlat=21\.0205&mlon=105\.7637/);
  // The event alone, on its first render: not the filters, not the hash as it was before it opened.
  assert.match(await dialog.getByRole('link', { name: /Facebook/ }).getAttribute('href'), /^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=http%3A%2F%2F127\.0\.0\.1%3A\d+%2F%3Ftoday%3D2025-09-13%23gf0\.e%3D2025-09-my-dinh-do-go$/);
  // The hash follows once the frame is painted.
  await page.waitForURL(/gf0\.e=2025-09-my-dinh-do-go/);
  await page.keyboard.press('Escape');
  await widget(page).locator('dialog').waitFor({ state: 'detached' });
  await page.waitForURL((url) => !/gf0\.e=/.test(url.hash));
  assert.deepEqual(consoleErrors(log), []);
});

test('the month grid works from the keyboard alone', async () => {
  const { page, log } = await harness.open({ today: TODAY }, { hash: '#gf0.v=grid' });
  await widget(page).locator('.gf-bar').first().waitFor();
  // Tab reaches the grid on today's cell (roving tabindex).
  await widget(page).getByLabel('Tháng có sự kiện').focus();
  await page.keyboard.press('Tab');
  assert.equal(await deepActiveDate(page), '2025-09-13');
  await page.keyboard.press('ArrowRight');
  await waitForFocusedDate(page, '2025-09-14');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await waitForFocusedDate(page, '2025-09-28');
  await page.keyboard.press('ArrowDown');
  await waitForFocusedDate(page, '2025-10-05');
  assert.equal(await monthTitle(page).textContent(), 'Tháng 10/2025');
  // Home and End: the week's Monday and Sunday; PageUp and PageDown: a month either way, the grid following.
  await page.keyboard.press('Home');
  await waitForFocusedDate(page, '2025-09-29');
  await page.keyboard.press('End');
  await waitForFocusedDate(page, '2025-10-05');
  await page.keyboard.press('PageUp');
  await waitForFocusedDate(page, '2025-09-05');
  assert.equal(await monthTitle(page).textContent(), 'Tháng 9/2025');
  await page.keyboard.press('PageDown');
  await waitForFocusedDate(page, '2025-10-05');
  assert.equal(await monthTitle(page).textContent(), 'Tháng 10/2025');
  await page.keyboard.press('Home');
  await waitForFocusedDate(page, '2025-09-29');
  await page.keyboard.press('Enter');
  const dialog = widget(page).locator('dialog[open]');
  await dialog.waitFor();
  assert.match(await dialog.locator('h3').textContent(), /Thứ Hai, 29\/9\/2025/);
  await dialog.getByRole('button', { name: /đồ gỗ mỹ nghệ/ }).press('Enter');
  await widget(page).locator('dialog[open] .gf-details').waitFor();
  await page.keyboard.press('Escape');
  await widget(page).locator('dialog').waitFor({ state: 'detached' });
  assert.deepEqual(consoleErrors(log), []);
});

test('"add to calendar" downloads an iCalendar file of the event', async () => {
  const { page } = await harness.open({ today: TODAY }, { hash: '#gf0.v=agenda&gf0.e=2023-05-truong-dinh-plaza' });
  const dialog = widget(page).locator('dialog[open]');
  await dialog.waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Thêm vào lịch (.ics)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), '2023-05-truong-dinh-plaza.ics');
  const ics = await readFile(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /\r\nDTSTART;VALUE=DATE:20230525\r\nDTEND;VALUE=DATE:20230528\r\n/);
  assert.match(ics, /\r\nUID:2023-05-truong-dinh-plaza@hanoi-sxtdbv\.greenfair\r\n/);
  assert.match(ics.replace(/\r\n /g, ''), /LOCATION:Trung tâm thương mại Trương Định Plaza\\, 461 Trương Định\\, Tân Mai\\, Hoàng Mai\\, Hà Nội/);
});

test('a shared link reopens the same view, month, filters and event', async () => {
  const first = await harness.open({ today: TODAY }, { hash: '#gf0.v=grid' });
  await widget(first.page).locator('.gf-bar').first().waitFor();
  await widget(first.page).getByRole('button', { name: 'Tháng sau' }).click();
  await widget(first.page).getByLabel('Năm', { exact: true }).selectOption('2025');
  await widget(first.page).locator('.gf-bar', { hasText: 'đồ gỗ mỹ nghệ' }).click();
  await widget(first.page).locator('dialog[open]').waitFor();
  // The hash is written once the frame that opened the dialog is painted.
  await first.page.waitForURL(/#gf0\.v=grid&gf0\.m=2025-10&gf0\.y=2025&gf0\.e=2025-09-my-dinh-do-go$/);
  const shared = first.page.url();

  const second = await harness.browser.newPage();
  await second.goto(shared);
  await widget(second).locator('dialog[open]').waitFor();
  assert.match(await widget(second).locator('dialog[open] h3').textContent(), /đồ gỗ mỹ nghệ/);
  assert.equal(await monthTitle(second).textContent(), 'Tháng 10/2025');
  assert.equal(await widget(second).getByLabel('Năm', { exact: true }).inputValue(), '2025');
  await second.close();
});

test('English: labels, dates, counts and no lunar dates by default', async () => {
  const { page } = await harness.open({ today: TODAY, lang: 'en' }, { hash: '#gf0.v=grid' });
  await widget(page).locator('.gf-bar').first().waitFor();
  assert.equal(await monthTitle(page).textContent(), 'September 2025');
  assert.equal(await widget(page).locator('.gf-day__lunar').count(), 0);
  assert.equal(await widget(page).getByRole('searchbox', { name: 'Search events' }).count(), 1);
  assert.equal(await widget(page).locator('.gf-calendar .gf-summary').textContent(), '17 events');
});

test('"months with events" jumps straight to a month', async () => {
  const { page } = await harness.open({ today: TODAY }, { hash: '#gf0.v=grid&gf0.m=2024-01' });
  const jump = widget(page).getByLabel('Tháng có sự kiện');
  await jump.waitFor();
  assert.deepEqual(await jump.locator('option').allTextContents(), ['—', 'Tháng 5/2023', 'Tháng 9/2025', 'Tháng 10/2025']);
  await jump.selectOption({ label: 'Tháng 5/2023' });
  await monthTitle(page).filter({ hasText: /^Tháng 5\/2023$/ }).waitFor();
  assert.equal(await widget(page).locator('.gf-bar').count(), 1);
});

test('two widgets on one page keep separate state, each in its own part of the URL', async () => {
  // The demo page has the calendar in the article and a booth finder in the sidebar.
  const { page, log } = await harness.open({ today: TODAY }, { hash: '#gf0.v=agenda' });
  const first = page.locator('.article-embed [data-greenfair] .gf-root');
  const second = page.locator('aside [data-greenfair] .gf-root');
  await first.locator('.gf-event').first().waitFor();
  await second.getByRole('searchbox', { name: 'Tìm gian hàng' }).fill('gom');
  await first.getByRole('searchbox', { name: 'Tìm sự kiện' }).fill('my dinh');
  await page.waitForFunction(() => /gf0\.q=my%20dinh/.test(location.hash) && /gf1\.bq=gom/.test(location.hash));
  assert.equal(await first.locator('.gf-calendar .gf-summary').textContent(), '1 sự kiện');
  assert.match(await second.locator('.gf-summary').textContent(), /gian hàng$/);
  assert.equal(await second.getByRole('searchbox').inputValue(), 'gom');
  assert.equal(await first.getByRole('searchbox').inputValue(), 'my dinh');
  // Each widget's ids are unique within its shadow root and distinct from the other's.
  const ids = await page.evaluate(() => [...document.querySelectorAll('[data-greenfair]')]
    .flatMap((host) => [...host.shadowRoot.querySelectorAll('[id]')].map((e) => e.id)));
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual(consoleErrors(log), []);
});

test('the grid opens on a month with fairs, data-month pins it, and "Hôm nay" still goes to today', async () => {
  // December 2026 has no fairs and none are to come: the latest month that had some.
  const { page, log, context } = await harness.open({ today: '2026-12-01' }, { hash: '#gf0.v=grid' });
  await monthTitle(page).filter({ hasText: /^Tháng 10\/2025$/ }).waitFor();
  assert.ok(await widget(page).locator('.gf-bar').count() > 0);
  await widget(page).getByRole('button', { name: 'Hôm nay' }).click();
  await monthTitle(page).filter({ hasText: /^Tháng 12\/2026$/ }).waitFor();
  assert.deepEqual(consoleErrors(log), []);

  const pinned = await harness.open({ today: '2026-12-01', month: '2023-05' }, { hash: '#gf0.v=grid' });
  await monthTitle(pinned.page).filter({ hasText: /^Tháng 5\/2023$/ }).waitFor();
  // A shared link's month wins over the host's.
  const linked = await harness.open({ today: '2026-12-01', month: '2023-05' }, { hash: '#gf0.v=grid&gf0.m=2025-09' });
  await monthTitle(linked.page).filter({ hasText: /^Tháng 9\/2025$/ }).waitFor();

  const wrong = await harness.open({ today: '2026-12-01', month: 'tháng 9' }, { hash: '#gf0.v=grid' });
  await monthTitle(wrong.page).filter({ hasText: /^Tháng 10\/2025$/ }).waitFor();
  const problems = widget(wrong.page).locator('.gf-embed-problems');
  assert.match(await problems.textContent(), /data-month="tháng 9" is not a month like 2025-09/);
  assert.ok(wrong.log.some((e) => e.type === 'warning' && /data-month="tháng 9"/.test(e.text)));
  await Promise.all([context, pinned.context, linked.context, wrong.context].map((c) => c.close()));
});
