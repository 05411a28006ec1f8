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
