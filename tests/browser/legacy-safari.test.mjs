// Safari 15 to 16.3 (iPhones on iOS 15 and 16) have neither constructed
// stylesheets nor declarative shadow DOM. Chromium plays that browser here:
// an init script takes adoptedStyleSheets away and makes the CSSStyleSheet
// constructor throw, as Safari's does ("Illegal constructor"). The widget
// must still mount, styled by its own sheet, under the strict CSP, with an
// empty console; a rendered snippet left as a template must still show.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { startHarness, consoleErrors, articleWidget } from './harness.mjs';

const OLD_SAFARI = () => {
  delete ShadowRoot.prototype.adoptedStyleSheets;
  delete Document.prototype.adoptedStyleSheets;
  const Sheet = window.CSSStyleSheet;
  window.CSSStyleSheet = function CSSStyleSheet() { throw new TypeError('Illegal constructor'); };
  window.CSSStyleSheet.prototype = Sheet.prototype;
};

let harness;
before(async () => {
  const snippet = execFileSync('cargo', ['run', '--quiet', '--bin', 'greenfair', '--',
    'render', 'feeds/demo.json', '--feed-url', '/feeds/demo.json', '--widget-url', '/v1', '--view', 'calendar', '--lang', 'vi'], { encoding: 'utf8' });
  await writeFile('tests/browser/fixtures/legacy-snippet.txt', snippet);
  await writeFile('tests/browser/fixtures/legacy-snippet.html', `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Lịch hội chợ dựng sẵn, trình duyệt cũ</title>
<link rel="icon" href="/favicon.svg"><script type="module" src="/fixtures/insert-snippet.js"></script></head>
<body><main><h1>Lịch hội chợ</h1><div id="snippet"></div></main></body></html>`);
  harness = await startHarness();
});
after(async () => { await harness?.close(); });

/** A page not yet opened, in a browser without constructed stylesheets. */
async function oldSafariPage() {
  const opened = await harness.newPage({ width: 1280 });
  await opened.page.addInitScript(OLD_SAFARI);
  return opened;
}

/** How the article's widget looks: computed styles of its parts, and how its sheet got there. */
async function looks(page) {
  const widget = articleWidget(page);
  await widget.locator('.gf-bar').first().waitFor();
  return widget.evaluate((root) => {
    const shadow = root.getRootNode();
    const pick = (selector, ...keys) => {
      const style = getComputedStyle(shadow.querySelector(selector));
      return keys.map((key) => style[key]).join(' ');
    };
    return {
      styles: {
        root: pick('.gf-root', 'paddingTop', 'paddingLeft', 'borderTopLeftRadius', 'fontSize', 'fontFamily', 'backgroundColor'),
        bar: pick('.gf-bar', 'height', 'backgroundColor', 'color'),
        tab: pick('.gf-tab[aria-selected="true"]', 'borderBottomColor', 'fontWeight'),
        host: pick('.gf-host', 'minHeight'),
      },
      adopted: 'adoptedStyleSheets' in shadow,
      links: [...shadow.querySelectorAll('link[rel="stylesheet"]')].map((l) => new URL(l.href).pathname),
    };
  });
}

test('without constructed stylesheets the widget mounts, styled by a linked greenfair.css', async () => {
  const modern = await harness.newPage({ width: 1280 });
  await modern.page.goto(`${harness.url}/?today=2025-09-13`);
  const expected = await looks(modern.page);
  assert.deepEqual([expected.adopted, expected.links], [true, []], 'a current browser adopts the sheet');
  await modern.context.close();

  const { page, log, context } = await oldSafariPage();
  await page.goto(`${harness.url}/?today=2025-09-13`);
  assert.equal(await page.evaluate(() => { try { new CSSStyleSheet(); return 'constructed'; } catch (e) { return String(e); } }), 'TypeError: Illegal constructor');
  const old = await looks(page);
  assert.deepEqual(old, { styles: expected.styles, adopted: false, links: ['/v1/greenfair.css'] });
  const widget = articleWidget(page);
  // Both widgets, each with its own sheet, and live.
  assert.equal(await page.locator('[data-greenfair][data-greenfair-mounted]').count(), 2);
  await widget.getByRole('button', { name: 'English' }).click();
  await widget.locator('.gf-title', { hasText: 'Hanoi Sustainable Production and Consumption Network' }).waitFor();
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('without declarative shadow DOM a rendered snippet is attached, shown styled, and taken over', async () => {
  const { page, log, context } = await oldSafariPage();
  await page.goto(`${harness.url}/fixtures/legacy-snippet.html`);
  const widget = page.locator('#snippet [data-greenfair] .gf-root');
  await widget.locator('.gf-event').first().waitFor();
  assert.equal(await page.locator('#snippet template').count(), 0, 'the template became the shadow root');
  await page.locator('#snippet [data-greenfair][data-greenfair-mounted]').waitFor({ state: 'attached' });
  assert.equal(await widget.evaluate((root) => getComputedStyle(root).borderTopLeftRadius), '10px', 'styled by its linked sheet');
  await widget.getByRole('button', { name: 'English' }).click();
  await widget.locator('.gf-title', { hasText: 'Hanoi Sustainable Production and Consumption Network' }).waitFor();
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('without <dialog> (Safari before 15.4) an event still opens over the page, takes focus, and Escape closes it', async () => {
  const { page, log, context } = await harness.newPage({ width: 1280 });
  await page.addInitScript(() => {
    delete HTMLDialogElement.prototype.showModal;
    delete HTMLDialogElement.prototype.close;
    delete window.HTMLDialogElement;
  });
  await page.goto(`${harness.url}/?today=2025-09-13#gf0.v=grid&gf0.m=2025-09`);
  const widget = articleWidget(page);
  await widget.locator('.gf-bar', { hasText: 'đồ gỗ mỹ nghệ' }).click();
  const dialog = widget.locator('dialog[open][data-fallback]');
  await dialog.waitFor();
  assert.match(await dialog.locator('h3').textContent(), /lĩnh vực đồ gỗ mỹ nghệ, nội thất/);
  assert.equal(await dialog.evaluate((d) => getComputedStyle(d).position), 'fixed');
  assert.equal(await dialog.evaluate((d) => d.contains(d.getRootNode().activeElement)), true, 'focus is in the dialog');
  await page.keyboard.press('Escape');
  await widget.locator('dialog').waitFor({ state: 'detached' });
  // The close button closes it too.
  await widget.locator('.gf-bar', { hasText: 'đồ gỗ mỹ nghệ' }).click();
  await dialog.waitFor();
  await dialog.locator('.gf-dialog__close').click();
  await widget.locator('dialog').waitFor({ state: 'detached' });
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});
