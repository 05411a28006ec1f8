// The booth finder in the demo article page, driven like a visitor would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, consoleErrors, articleWidget, deepActiveElement } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const TODAY = '2025-09-16';
const BOOTHS = { hash: '#gf0.t=booths' };
const widget = articleWidget;
const summary = (page) => widget(page).locator('.gf-booths .gf-summary');
const cards = (page) => widget(page).locator('.gf-booth-card');

async function waitForSummary(page, pattern) {
  await summary(page).filter({ hasText: pattern }).waitFor();
}

/** Cards on the first page of results (the finder draws 24, then "show more"). */
const PAGE = 24;
/** How many booths the summary counts ("24 gian hàng", "7 booths"). */
const counted = async (page) => Number((await summary(page).textContent()).match(/^(\d+) /)[1]);

/**
 * The texts of the cards, once the first page of `results` results is drawn
 * (`min(results, 24)` cards, at least one) and every card matches `pattern`;
 * fails after 10 s with what the last look saw. The list is drawn in slices
 * after the summary, so cards read at once may be none, or the last search's.
 */
async function drawnCards(page, results, pattern) {
  const wanted = Math.min(results, PAGE);
  assert.ok(wanted > 0, 'results to look at');
  const deadline = Date.now() + 10000;
  for (;;) {
    const texts = await cards(page).allTextContents();
    if (texts.length === wanted && texts.every((text) => pattern.test(text))) return texts;
    if (Date.now() > deadline) {
      assert.fail(`wanted ${wanted} cards, each matching ${pattern}; the last look saw ${texts.length}, ${texts.filter((text) => !pattern.test(text)).length} not matching: ${JSON.stringify(texts.slice(0, 3))}`);
    }
    await new Promise((done) => setTimeout(done, 50));
  }
}

test('typing "tui xach" and "do go" without diacritics finds the right booths', async () => {
  const { page, log } = await harness.open({ today: TODAY }, BOOTHS);
  const search = widget(page).getByRole('searchbox', { name: 'Tìm gian hàng' });
  await search.waitFor();
  await search.pressSequentially('tui xach');
  await waitForSummary(page, /^\d+ gian hàng$/);
  const count = await counted(page);
  assert.ok(count > 10, `${count} bag booths`);
  const folded = { test: (text) => /tui[\s\S]*xach|xach[\s\S]*tui/.test(text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase()), toString: () => '"tui xach" folded' };
  await drawnCards(page, count, folded);
  await search.fill('do go');
  await waitForSummary(page, /^1[2-9]\d gian hàng$/);
  assert.equal(await cards(page).count(), 24, 'the first page of results');
  await widget(page).getByRole('button', { name: /Hiện thêm gian hàng/ }).click();
  await cards(page).nth(47).waitFor();
  assert.equal(await cards(page).count(), 48);
  assert.deepEqual(consoleErrors(log), []);
});

test('a near miss is corrected and said', async () => {
  const { page } = await harness.open({ today: TODAY }, BOOTHS);
  await widget(page).getByRole('searchbox', { name: 'Tìm gian hàng' }).fill('tui sach');
  await waitForSummary(page, /Đang hiện kết quả cho “tui xách”/);
  assert.ok(await cards(page).count() > 0);
});

test('a category and a fair narrow the results, show as chips, and clear', async () => {
  const { page, log } = await harness.open({ today: TODAY }, BOOTHS);
  await cards(page).first().waitFor();
  await widget(page).locator('.gf-booths').getByLabel('Ngành hàng').selectOption('tui-xach');
  await widget(page).locator('.gf-booths').getByLabel('Hội chợ').selectOption('2025-09-mm-thang-long-tai-che');
  await widget(page).locator('.gf-plan').waitFor();
  const chips = widget(page).getByRole('group', { name: 'Đang lọc' });
  assert.equal(await chips.getByRole('button', { name: /^Bỏ lọc:/ }).count(), 2);
  const narrowed = await summary(page).textContent();
  await drawnCards(page, await counted(page), /Túi xách, túi vải/);
  // Options that would leave nothing are disabled, not removed.
  const disabled = await widget(page).locator('.gf-booths').getByLabel('Ngành hàng').locator('option[disabled]').count();
  assert.ok(disabled > 0);
  // Highlighted booths on the plan are the results.
  const highlighted = await widget(page).locator('.gf-plan__booth--match').count();
  assert.equal(`${highlighted} gian hàng`, narrowed);
  await chips.getByRole('button', { name: 'Bỏ lọc: Túi xách, túi vải' }).click();
  await summary(page).filter({ hasNotText: narrowed }).waitFor();
  await chips.getByRole('button', { name: 'Xóa tất cả' }).click();
  await waitForSummary(page, /^360 gian hàng$/);
  assert.deepEqual(consoleErrors(log), []);
});

test('a booth opens from the floor plan by keyboard, is starred, and stays starred after a reload', async () => {
  const { page, context, log } = await harness.open({ today: TODAY }, { hash: '#gf0.t=booths&gf0.be=2025-09-mm-thang-long-tai-che' });
  const boothOnPlan = widget(page).locator('.gf-plan__booth').first();
  await boothOnPlan.focus();
  await page.keyboard.press('Enter');
  const dialog = widget(page).locator('dialog[open]');
  await dialog.waitFor();
  const exhibitor = await dialog.locator('h3').textContent();
  assert.match(await dialog.textContent(), /Gian hàng A01/);
  await dialog.getByRole('button', { name: `Lưu gian hàng: ${exhibitor}` }).click();
  await dialog.locator('.gf-star[aria-pressed="true"]').waitFor();
  await page.keyboard.press('Escape');
  await widget(page).locator('dialog').waitFor({ state: 'detached' });

  await page.reload();
  await widget(page).getByRole('button', { name: 'Đã lưu (1)' }).click();
  const saved = widget(page).locator('.gf-favourites');
  await saved.locator('.gf-booth-card').waitFor();
  assert.equal(await saved.locator('.gf-booth-card h4').textContent(), exhibitor);
  assert.equal(await saved.locator('svg.gf-qr[role="img"]').count(), 1);
  assert.deepEqual(consoleErrors(log), []);

  // The list's link opens the same list on another device (fresh storage).
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await saved.getByRole('button', { name: 'Sao chép liên kết danh sách' }).click();
  await saved.getByText('Đã sao chép liên kết.').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#gf0\.fl=2025-09-mm-thang-long-tai-che-a01&gf0\.t=booths$/);
  const phone = await harness.browser.newContext({ viewport: { width: 360, height: 780 } });
  const other = await phone.newPage();
  await other.goto(link);
  const shared = widget(other).locator('.gf-favourites');
  await shared.getByText('Danh sách gian hàng được chia sẻ').waitFor();
  assert.equal(await shared.locator('.gf-booth-card h4').textContent(), exhibitor);
  await shared.getByRole('button', { name: 'Lưu cả danh sách' }).click();
  await widget(other).getByRole('button', { name: 'Quay lại tìm kiếm' }).click();
  await widget(other).getByRole('button', { name: 'Đã lưu (1)' }).waitFor();
  await phone.close();
});

test('the calendar hands an event to the booth finder, and a booth back to the calendar', async () => {
  const { page, log } = await harness.open({ today: TODAY }, { hash: '#gf0.v=agenda&gf0.e=2025-09-my-dinh-do-go' });
  await widget(page).locator('dialog[open]').getByRole('button', { name: 'Xem các gian hàng' }).click();
  await waitForSummary(page, /^120 gian hàng$/);
  assert.equal(await widget(page).getByRole('tab', { name: 'Tìm gian hàng' }).getAttribute('aria-selected'), 'true');
  await cards(page).first().getByRole('button').first().click();
  const dialog = widget(page).locator('dialog[open]');
  await dialog.getByRole('button', { name: 'Xem trong lịch' }).click();
  await widget(page).locator('dialog[open] .gf-details').waitFor();
  assert.equal(await widget(page).getByRole('tab', { name: 'Lịch sự kiện' }).getAttribute('aria-selected'), 'true');
  assert.match(await widget(page).locator('dialog[open] h3').textContent(), /đồ gỗ mỹ nghệ/);
  assert.deepEqual(consoleErrors(log), []);
});

test('tabs follow the WAI-ARIA pattern: arrows wrap, Home and End go to the first and last', async () => {
  const { page } = await harness.open({ today: TODAY });
  const calendarTab = widget(page).getByRole('tab', { name: 'Lịch sự kiện' });
  await calendarTab.focus();
  await page.keyboard.press('ArrowRight');
  await widget(page).getByRole('searchbox', { name: 'Tìm gian hàng' }).waitFor();
  await page.waitForURL(/gf0\.t=booths/);
  // Focus moves with the selection, so the next arrow goes back.
  const focusedTab = async () => (await deepActiveElement(page))
    .evaluate((active) => (active?.getAttribute('aria-selected') === 'true' ? active.textContent : null));
  assert.equal(await focusedTab(), 'Tìm gian hàng');
  await page.keyboard.press('ArrowLeft');
  await calendarTab.and(widget(page).locator('[aria-selected="true"]')).waitFor();
  assert.equal(await focusedTab(), 'Lịch sự kiện');
  // The WAI-ARIA tabs pattern: Home stays on the first tab, End goes to the
  // last and stays there, the arrows wrap.
  const selected = () => widget(page).locator('[role="tab"][aria-selected="true"]').textContent();
  await page.keyboard.press('Home');
  assert.equal(await selected(), 'Lịch sự kiện');
  assert.equal(await focusedTab(), 'Lịch sự kiện');
  await page.keyboard.press('End');
  await widget(page).getByRole('searchbox', { name: 'Tìm gian hàng' }).waitFor();
  assert.equal(await focusedTab(), 'Tìm gian hàng');
  await page.keyboard.press('End');
  assert.equal(await selected(), 'Tìm gian hàng');
  await page.keyboard.press('Home');
  await calendarTab.and(widget(page).locator('[aria-selected="true"]')).waitFor();
  assert.equal(await focusedTab(), 'Lịch sự kiện');
  await page.keyboard.press('ArrowLeft');
  await widget(page).getByRole('searchbox', { name: 'Tìm gian hàng' }).waitFor();
  assert.equal(await focusedTab(), 'Tìm gian hàng', 'ArrowLeft on the first tab wraps to the last');
});

test('the finder works in English on a 360 px container', async () => {
  const { page, log } = await harness.open({ today: TODAY, lang: 'en' }, { width: 360, height: 780, ...BOOTHS });
  await widget(page).getByRole('searchbox', { name: 'Search booths' }).fill('bags');
  await waitForSummary(page, /^\d+ booths$/);
  const card = await cards(page).first().boundingBox();
  assert.ok(card.width <= 330, `cards fit the phone: ${card.width}px`);
  assert.deepEqual(consoleErrors(log), []);
});

test('the host presets the finder with data-view, data-event and data-category', async () => {
  const { page } = await harness.open({ today: TODAY, view: 'booths', event: '2025-09-the-linc-thuc-pham', category: 'ocop' });
  await waitForSummary(page, /^\d+ gian hàng$/);
  assert.equal(await widget(page).getByRole('tab').count(), 0, 'one part, no tabs');
  const chips = widget(page).getByRole('group', { name: 'Đang lọc' });
  assert.deepEqual(await chips.getByRole('button', { name: /^Bỏ lọc:/ }).evaluateAll((b) => b.map((e) => e.getAttribute('aria-label'))),
    ['Bỏ lọc: Sản phẩm OCOP', 'Bỏ lọc: The Linc – thực phẩm an toàn']);
  await drawnCards(page, await counted(page), /Sản phẩm OCOP/);
});

test('the finder works from the keyboard alone, with a visible focus', async () => {
  const { page, log } = await harness.open({ today: TODAY }, BOOTHS);
  await widget(page).getByRole('searchbox', { name: 'Tìm gian hàng' }).waitFor();
  // What has focus, looking inside shadow roots, and whether it shows it.
  const focused = async () => (await deepActiveElement(page)).evaluate((active) => {
    const style = active && getComputedStyle(active);
    return active && {
      role: active.getAttribute('role') ?? active.tagName.toLowerCase(),
      type: active.getAttribute('type'),
      label: active.getAttribute('aria-label') ?? active.textContent.trim().slice(0, 60),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      result: Boolean(active.closest('.gf-booth-card__name')),
    };
  });
  const tabUntil = async (wanted, limit = 60) => {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      const now = await focused();
      if (wanted(now)) return now;
    }
    throw new Error('never reached by Tab');
  };
  const search = await tabUntil((f) => f?.type === 'search');
  assert.ok(search.outline, 'the search box shows its focus');
  await page.keyboard.type('do go');
  await summary(page).filter({ hasText: /^1[2-9]\d gian hàng$/ }).waitFor();
  const first = await tabUntil((f) => f?.result);
  assert.ok(first.outline, `the focused control shows its focus: ${first.label}`);
  await page.keyboard.press('Enter');
  const dialog = widget(page).locator('dialog[open]');
  await dialog.waitFor();
  const star = await tabUntil((f) => f?.label?.startsWith('Lưu gian hàng:'), 20);
  assert.ok(star.outline);
  await page.keyboard.press('Space');
  await dialog.locator('.gf-star[aria-pressed="true"]').waitFor();
  await page.keyboard.press('Escape');
  await widget(page).locator('dialog').waitFor({ state: 'detached' });
  assert.equal((await focused()).label, first.label, 'focus returns to what opened the dialog');
  assert.deepEqual(consoleErrors(log), []);
});
