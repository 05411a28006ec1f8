// The embed builder (builder.html), used as an editor would: every option
// changes both the snippet and the live preview, the copy says only what
// happened, a copied snippet pasted into a bare page mounts the same
// widget, in both languages, under the strict CSP, with no axe violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { startHarness, consoleErrors, axeViolations } from './harness.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => { await harness?.close(); });

/** The builder, with its preview's widget drawn. */
async function openBuilder(options = {}) {
  const opened = await harness.newPage({ width: 1400, height: 1000, ...options });
  await opened.page.goto(`${harness.url}/builder.html`);
  await opened.page.frameLocator('#preview-desktop').locator('.gf-root').waitFor();
  await opened.page.getByText(/Dữ liệu có 17 hội chợ/).waitFor();
  return opened;
}

const snippetOf = (page) => page.inputValue('#snippet');
/** The preview's query, once it shows `expected` for `name`. */
async function previewParam(page, name, expected) {
  await page.waitForFunction(([n, v]) => new URL(document.getElementById('preview-desktop').src).searchParams.get(n) === v, [name, expected]);
  return page.evaluate(() => document.getElementById('preview-phone').src === document.getElementById('preview-desktop').src);
}

test('each option changes the snippet and the live preview', async () => {
  const { page, log, context } = await openBuilder();
  assert.equal(await snippetOf(page), `<script type="module" src="${harness.url}/v1/greenfair.js"></script>\n<div data-greenfair data-lang="vi"></div>`);
  const desktop = page.frameLocator('#preview-desktop');

  await page.getByLabel('Phần hiển thị').selectOption('booths');
  assert.match(await snippetOf(page), / data-view="booths"/);
  assert.ok(await previewParam(page, 'view', 'booths'), 'both previews');
  await desktop.getByRole('searchbox', { name: 'Tìm gian hàng' }).waitFor();

  await page.getByLabel('Ngôn ngữ của widget').selectOption('en');
  assert.match(await snippetOf(page), / data-lang="en"/);
  await previewParam(page, 'lang', 'en');
  await desktop.getByRole('searchbox', { name: 'Search booths' }).waitFor();

  await page.getByLabel('Preselected fair', { exact: false }).or(page.getByLabel('Hội chợ chọn sẵn (tìm gian hàng)')).selectOption('2025-09-mm-thang-long-tai-che');
  assert.match(await snippetOf(page), / data-event="2025-09-mm-thang-long-tai-che"/);
  await previewParam(page, 'event', '2025-09-mm-thang-long-tai-che');

  const category = await page.getByLabel('Ngành hàng chọn sẵn').locator('option').nth(1).getAttribute('value');
  await page.getByLabel('Ngành hàng chọn sẵn').selectOption(category);
  assert.match(await snippetOf(page), new RegExp(` data-category="${category}"`));
  await previewParam(page, 'category', category);

  await page.getByLabel('Ngày âm lịch').selectOption('off');
  assert.match(await snippetOf(page), / data-lunar="off"/);
  await previewParam(page, 'lunar', 'off');

  await page.getByLabel('Màu nhấn').fill('#a0145a');
  assert.match(await snippetOf(page), / data-accent="#a0145a"/);
  await previewParam(page, 'accent', '#a0145a');
  await desktop.locator('.gf-lang__option[aria-pressed="true"]').waitFor();
  await page.waitForFunction(() => {
    const frame = document.getElementById('preview-desktop').contentDocument;
    const button = frame?.querySelector('[data-greenfair]')?.shadowRoot?.querySelector('.gf-lang__option[aria-pressed="true"]');
    return button && getComputedStyle(button).backgroundColor === 'rgb(160, 20, 90)';
  });

  await page.getByLabel('Cỡ chữ (px)').fill('18');
  assert.match(await snippetOf(page), / data-font-size="18px"/);
  await previewParam(page, 'font-size', '18px');
  await page.waitForFunction(() => {
    const root = document.getElementById('preview-desktop').contentDocument?.querySelector('[data-greenfair]')?.shadowRoot?.querySelector('.gf-root');
    return root && getComputedStyle(root).fontSize === '18px';
  });

  await page.getByLabel('Địa chỉ khác').check();
  await page.getByLabel('Địa chỉ tệp dữ liệu (JSON)').fill('/fixtures/mixed.json');
  await page.getByLabel('Địa chỉ tệp dữ liệu (JSON)').dispatchEvent('change');
  assert.match(await snippetOf(page), / data-feed="\/fixtures\/mixed.json"/);
  await previewParam(page, 'feed', '/fixtures/mixed.json');

  await page.getByLabel('Iframe (hệ thống không cho chèn script)').check();
  assert.match(await snippetOf(page), /^<iframe data-greenfair-frame title="Lịch hội chợ xanh"[^]*src="[^"]*\/embed\.html\?[^"]*view=booths[^"]*"><\/iframe>\n<script src="[^"]*\/v1\/greenfair-resize\.js" defer><\/script>$/);
  await page.getByLabel('AMP (amp-iframe)').check();
  assert.match(await snippetOf(page), /^<amp-iframe title="Lịch hội chợ xanh" layout="fixed-height" height="600" resizable\n {4}sandbox="allow-scripts allow-same-origin allow-popups"/);
  assert.match(await snippetOf(page), /<div overflow tabindex="0" role="button" aria-label="Xem thêm">Xem thêm<\/div>/);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('"copy" says copied only when it was, and otherwise selects the code for a manual copy', async () => {
  const { page, log, context } = await openBuilder();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Sao chép mã nhúng' }).click();
  await page.getByText('Đã sao chép mã nhúng.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await snippetOf(page));
  await context.close();

  // A frame without clipboard-write, or a browser that refuses: the write rejects.
  const refused = await harness.newPage({ width: 1400, height: 1000 });
  await refused.page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) } });
  });
  await refused.page.goto(`${harness.url}/builder.html`);
  await refused.page.frameLocator('#preview-desktop').locator('.gf-root').waitFor();
  await refused.page.getByRole('button', { name: 'Sao chép mã nhúng' }).click();
  await refused.page.getByText(/Trình duyệt không cho sao chép tự động/).waitFor();
  assert.equal(await refused.page.getByText('Đã sao chép mã nhúng.').count(), 0);
  // The whole snippet selected: from 0 to the length of the code the builder shows.
  const snippet = await snippetOf(refused.page);
  assert.match(snippet, /^<script type="module" src="[^"]+\/v1\/greenfair\.js"><\/script>\n<div data-greenfair/);
  const selection = await refused.page.evaluate(() => {
    const area = document.getElementById('snippet');
    return { focused: document.activeElement === area, start: area.selectionStart, end: area.selectionEnd };
  });
  assert.deepEqual(selection, { focused: true, start: 0, end: snippet.length });
  assert.deepEqual(consoleErrors([...log, ...refused.log]), []);
  await refused.context.close();
});

test('a snippet copied from the builder, pasted into a bare page, mounts the same widget', async () => {
  const { page, context } = await openBuilder();
  await page.getByLabel('Phần hiển thị').selectOption('booths');
  await page.getByLabel('Ngôn ngữ của widget').selectOption('en');
  await page.getByLabel('Màu nhấn').fill('#a0145a');
  await page.getByLabel('Cỡ chữ (px)').fill('18');
  const snippet = await snippetOf(page);
  await context.close();
  await writeFile('tests/browser/fixtures/pasted.html', `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Bài viết của biên tập viên</title><link rel="icon" href="/favicon.svg"></head>
<body><main><h1>Hội chợ xanh</h1>
${snippet}
</main></body></html>`);
  const pasted = await harness.newPage({ width: 1024 });
  await pasted.page.goto(`${harness.url}/fixtures/pasted.html`);
  const widget = pasted.page.locator('[data-greenfair][data-greenfair-mounted] .gf-root');
  await widget.getByRole('searchbox', { name: 'Search booths' }).waitFor();
  assert.equal(await widget.locator('.gf-tabs').count(), 0, 'the booth finder alone');
  assert.equal(await widget.evaluate((e) => getComputedStyle(e).fontSize), '18px');
  assert.equal(await widget.locator('.gf-lang__option[aria-pressed="true"]').evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(160, 20, 90)');
  assert.deepEqual(consoleErrors(pasted.log), []);
  await pasted.context.close();
});

for (const lang of ['vi', 'en']) {
  test(`the builder in ${lang === 'vi' ? 'Vietnamese' : 'English'} has no axe violation`, async () => {
    const { page, log, context } = await openBuilder();
    if (lang === 'en') {
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await page.getByRole('heading', { name: 'Build the fair calendar embed' }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      await page.getByText(/The data has 17 fairs/).waitFor();
      assert.match(await snippetOf(page), /^<script type="module"/);
    }
    const violations = await axeViolations(page);
    assert.deepEqual(violations, []);
    assert.deepEqual(consoleErrors(log), []);
    await context.close();
  });
}
