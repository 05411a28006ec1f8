// A reader on a phone (issue 32), in Chromium at 390 × 844 with touch: the
// whole booth card opens the booth, Back closes the open dialog and stays
// on the article, and a dialog closed from inside takes its history entry
// back (so Back then leaves as it would have). In Vietnamese, with an
// empty console.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, consoleErrors, articleWidget } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const TODAY = '2025-09-13';
const widget = articleWidget;

/** A phone's page: 390 × 844, touch, reduced motion, its console kept. */
async function phone() {
  const context = await harness.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const log = [];
  page.on('console', (message) => log.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => log.push({ type: 'pageerror', text: String(error) }));
  return { page, log, context };
}

test('tapping a booth card anywhere opens the booth; Back closes it and stays on the article', async () => {
  const { page, log, context } = await phone();
  // The page the reader came from.
  await page.goto(`${harness.url}/fixtures/bare.html`);
  await page.goto(`${harness.url}/?today=${TODAY}#gf0.t=booths`);
  const card = widget(page).locator('.gf-booth-card').first();
  await card.waitFor();
  const exhibitor = (await card.locator('.gf-booth-card__name').textContent()).trim();
  // A tap near the card's bottom-left corner, over its chips, far from its name.
  const box = await card.boundingBox();
  await card.tap({ position: { x: 12, y: box.height - 8 } });
  const dialog = widget(page).locator('dialog[open]');
  await dialog.waitFor();
  assert.equal((await dialog.locator('h3').textContent()).trim(), exhibitor);
  const article = new URL(page.url()).pathname;

  await page.goBack();
  await widget(page).locator('dialog').waitFor({ state: 'detached' });
  assert.equal(new URL(page.url()).pathname, article, 'still on the article');
  assert.doesNotMatch(page.url(), /gf0\.b=/, 'the booth is no longer in the address');

  // Opened again and closed from inside: Back then leaves the article.
  await card.locator('.gf-booth-card__name button').tap();
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Đóng' }).tap();
  await widget(page).locator('dialog').waitFor({ state: 'detached' });
  await page.goBack();
  await page.waitForURL(/\/fixtures\/bare\.html$/);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('Back closes an event\'s dialog opened from the calendar', async () => {
  const { page, log, context } = await phone();
  await page.goto(`${harness.url}/fixtures/bare.html`);
  await page.goto(`${harness.url}/?today=${TODAY}`);
  const event = widget(page).locator('.gf-event button, .gf-event a').first();
  await event.waitFor();
  await event.tap();
  await widget(page).locator('dialog[open]').waitFor();
  await page.goBack();
  await widget(page).locator('dialog').waitFor({ state: 'detached' });
  assert.match(page.url(), new RegExp(`/\\?today=${TODAY}`), 'still on the article');
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('fairs are told apart by their short names in the month grid, the fair select and the cards', async () => {
  const { page, log, context } = await phone();
  await page.goto(`${harness.url}/?today=${TODAY}#gf0.v=grid&gf0.m=2025-09`);
  const bars = widget(page).locator('.gf-bar');
  await bars.first().waitFor();
  const texts = [...new Set((await bars.allTextContents()).map((t) => t.trim()))];
  for (const name of ['The Linc – thân thiện môi trường', 'The Linc – thực phẩm an toàn', 'MM Mega Market Thăng Long – tái chế', 'Mỹ Đình – đồ gỗ mỹ nghệ, nội thất']) {
    assert.ok(texts.includes(name), `${name} in ${texts.join(' | ')}`);
  }
  assert.ok(texts.every((t) => !t.startsWith('Chuỗi kết nối')), texts.join(' | '));
  const heights = await bars.evaluateAll((all) => all.map((b) => b.getBoundingClientRect().height));
  assert.ok(heights.every((h) => h >= 24), `every bar a 24 px target: ${heights.join(', ')}`);

  // A new page (a new query), not a new hash on the same one.
  await page.goto(`${harness.url}/?today=${TODAY}&tab=booths#gf0.t=booths`);
  await widget(page).locator('.gf-booth-card').first().waitFor();
  const fairs = await widget(page).locator('.gf-booths select option').allTextContents();
  assert.ok(fairs.some((o) => o.startsWith('The Linc – thực phẩm an toàn (')), fairs.join(' | '));
  const meta = await widget(page).locator('.gf-booth-card__meta').first().textContent();
  assert.doesNotMatch(meta, /Chuỗi kết nối/, 'a card names its fair by its short name');
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('from a booth, "Xem trên sơ đồ" shows it on its fair\'s floor plan', async () => {
  const { page, log, context } = await phone();
  await page.goto(`${harness.url}/?today=${TODAY}#gf0.t=booths&gf0.b=2025-09-mm-thang-long-tai-che-a01`);
  const dialog = widget(page).locator('dialog[open]');
  await dialog.waitFor();
  const actions = dialog.locator('.gf-actions');
  assert.ok((await actions.boundingBox()).y < (await dialog.locator('.gf-details').boundingBox()).y, 'the actions come first');
  await actions.getByRole('button', { name: 'Xem trên sơ đồ' }).tap();
  await widget(page).locator('dialog').waitFor({ state: 'detached' });
  const plan = widget(page).locator('.gf-plan');
  await plan.waitFor();
  await page.waitForURL(/gf0\.be=2025-09-mm-thang-long-tai-che/);
  assert.equal(await widget(page).locator('.gf-booths input[type="search"]').inputValue(), 'A01');
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

/** A phone whose browser says it is `agent`. */
async function phoneAs(agent) {
  const context = await harness.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce', userAgent: agent });
  const page = await context.newPage();
  const log = [];
  page.on('console', (message) => log.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => log.push({ type: 'pageerror', text: String(error) }));
  return { page, log, context };
}

const ANDROID = 'Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 15_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6 Mobile/15E148 Safari/604.1';

for (const [platform, agent, first, webcal] of [
  ['Android', ANDROID, 'Thêm vào Google Calendar (mở thẻ mới)', false],
  ['an iPhone', IPHONE, 'Thêm vào lịch (.ics)', true],
]) {
  test(`on ${platform}, an event's dialog offers first what opens the reader's calendar, and no link that does nothing there`, async () => {
    const { page, log, context } = await phoneAs(agent);
    await page.goto(`${harness.url}/?today=${TODAY}#gf0.v=agenda&gf0.e=2025-09-my-dinh-do-go`);
    const dialog = widget(page).locator('dialog[open]');
    await dialog.waitFor();
    const actions = dialog.locator('.gf-actions--calendar');
    assert.ok((await actions.boundingBox()).y < (await dialog.locator('.gf-details').boundingBox()).y, 'the calendar actions come first');
    assert.equal((await actions.locator('a, button').first().textContent()).trim(), first);
    for (const name of ['Chỉ đường', 'Xem bản đồ']) {
      const box = await dialog.getByRole('link', { name: new RegExp(`^${name}`) }).boundingBox();
      assert.ok(box.height >= 44 && box.width >= 44, `${name}: ${box.width} x ${box.height}`);
    }
    await dialog.getByRole('button', { name: 'Đóng' }).tap();
    const subscribe = widget(page).locator('.gf-subscribe__links');
    await subscribe.waitFor();
    assert.equal(await subscribe.locator('a[href^="webcal:"]').count(), webcal ? 1 : 0, 'webcal:// only where it opens an app');
    assert.deepEqual(consoleErrors(log), []);
    await context.close();
  });
}

test('on a phone the results come right under the search: the filters fold behind "Lọc", which counts those in force', async () => {
  const { page, log, context } = await phone();
  await page.goto(`${harness.url}/?today=${TODAY}#gf0.t=booths&gf0.bo=1`);
  const search = widget(page).locator('.gf-booths input[type="search"]');
  await widget(page).locator('.gf-booth-card').first().waitFor();
  const toggle = widget(page).locator('.gf-filters-toggle');
  assert.equal((await toggle.textContent()).trim(), 'Lọc (1)', 'the OCOP filter is in force');
  assert.equal(await widget(page).locator('.gf-booths .gf-filters').isVisible(), false, 'folded');
  assert.equal(await widget(page).locator('.gf-active .gf-chip--active').count(), 1, 'its chip stays');
  // With the search box at the top of the screen (as when the keyboard is
  // open), the first result is in the upper half.
  await search.tap();
  await search.evaluate((input) => input.scrollIntoView({ block: 'start' }));
  const top = (await search.boundingBox()).y;
  const first = (await widget(page).locator('.gf-booth-card').first().boundingBox()).y;
  assert.ok(first - top < 844 / 2 - 60, `the first result ${Math.round(first - top)} px under the search`);
  const box = await toggle.boundingBox();
  assert.ok(box.height >= 44 && box.width >= 44, 'a target for a finger');
  await toggle.tap();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await widget(page).locator('.gf-booths .gf-filters select').first().waitFor();
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('a shared list of booths opens in view, and on a phone it is sent, not shown as a QR code', async () => {
  const { page, log, context } = await phone();
  await page.goto(`${harness.url}/?today=${TODAY}#gf0.fl=2025-09-mm-thang-long-tai-che-a01&gf0.t=booths`);
  const list = widget(page).locator('.gf-favourites');
  await list.waitFor();
  await page.waitForFunction(() => {
    const host = document.querySelector('.article-embed [data-greenfair]');
    const box = host?.shadowRoot?.querySelector('.gf-favourites')?.getBoundingClientRect();
    return box && box.top > -2 && box.top < innerHeight;
  });
  assert.match(await list.textContent(), /^Danh sách gian hàng được chia sẻ1 gian hàng/);
  // The reader's own list on a phone: no QR code, a way to send it.
  await widget(page).getByRole('button', { name: 'Lưu cả danh sách' }).tap();
  await widget(page).getByRole('button', { name: 'Quay lại tìm kiếm' }).tap();
  await widget(page).getByRole('button', { name: /Đã lưu \(1\)/ }).tap();
  await widget(page).locator('.gf-share-list').waitFor();
  assert.equal(await widget(page).locator('.gf-qr').isVisible(), false, 'no QR code on the phone itself');
  assert.equal((await widget(page).locator('.gf-share-list h4').textContent()).trim(), 'Gửi danh sách');
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});
