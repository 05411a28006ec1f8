// Embedding on a partner page: isolation, theming, many instances, the
// strict CSP (the test server sends it with every page), and the iframe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, consoleErrors, articleWidget } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const TODAY = '2025-09-13';
const sidebarWidget = (page) => page.locator('aside [data-greenfair] .gf-root');

test('the host page\'s aggressive CSS does not reach the widget', async () => {
  const { page, log } = await harness.open({ today: TODAY }, { hash: '#gf0.v=agenda' });
  await articleWidget(page).locator('.gf-event').first().waitFor();
  // The site's `* { font: 20px serif }` and `div { border: 1px solid red }` do hit its own divs …
  const siteDiv = await page.evaluate(() => {
    const div = document.createElement('div');
    document.body.append(div);
    const style = getComputedStyle(div);
    return { border: style.borderTopStyle, font: style.fontSize };
  });
  assert.deepEqual(siteDiv, { border: 'solid', font: '20px' });
  // … but not the widget's host element nor anything inside it.
  const styles = await page.evaluate(() => {
    const host = document.querySelector('.article-embed [data-greenfair]');
    const root = host.shadowRoot.querySelector('.gf-root');
    const name = host.shadowRoot.querySelector('.gf-event__name');
    const pick = (e, ...keys) => Object.fromEntries(keys.map((k) => [k, getComputedStyle(e)[k]]));
    return {
      host: pick(host, 'borderTopStyle', 'display'),
      root: pick(root, 'fontSize', 'boxSizing', 'fontStyle', 'textTransform'),
      rootFont: getComputedStyle(root).fontFamily.split(',')[0],
      name: pick(name, 'fontSize', 'fontWeight'),
    };
  });
  assert.deepEqual(styles, {
    host: { borderTopStyle: 'none', display: 'block' },
    root: { fontSize: '16px', boxSizing: 'border-box', fontStyle: 'normal', textTransform: 'none' },
    rootFont: 'system-ui',
    name: { fontSize: '16px', fontWeight: '700' },
  });
  // The widget's classes do not leak out: the host page has no .gf-* rule.
  assert.equal(await page.evaluate(() => [...document.styleSheets].flatMap((s) => [...s.cssRules]).some((r) => /\.gf-/.test(r.cssText))), false);
  assert.deepEqual(consoleErrors(log), []);
});

test('hosts theme the widget through the --greenfair-* custom properties', async () => {
  const { page } = await harness.open({ today: TODAY }, { hash: '#gf0.v=agenda' });
  const selected = articleWidget(page).locator('.gf-lang__option[aria-pressed="true"]');
  await selected.waitFor();
  assert.equal(await selected.evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(11, 107, 58)');
  await page.evaluate(() => {
    const host = document.querySelector('.article-embed [data-greenfair]');
    host.style.setProperty('--greenfair-accent', 'rgb(160, 20, 90)');
    host.style.setProperty('--greenfair-font-size', '18px');
  });
  assert.equal(await selected.evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(160, 20, 90)');
  assert.equal(await articleWidget(page).evaluate((e) => getComputedStyle(e).fontSize), '18px');
  // The demo site itself sets a smaller size for the sidebar widget.
  assert.equal(await sidebarWidget(page).evaluate((e) => getComputedStyle(e).fontSize), '15px');
});

test('a widget added later mounts; a removed one is torn down', async () => {
  const { page, log } = await harness.open({ today: TODAY }, { hash: '#gf0.v=agenda' });
  await articleWidget(page).locator('.gf-event').first().waitFor();
  await page.evaluate(() => {
    const late = document.createElement('div');
    late.id = 'late';
    late.dataset.greenfair = '';
    late.dataset.view = 'calendar';
    late.dataset.lang = 'en';
    document.querySelector('main').append(late);
  });
  const late = page.locator('#late .gf-root');
  await late.locator('.gf-title').waitFor();
  assert.equal(await late.getAttribute('lang'), 'en');
  // Removing it ends the widget: its shadow root is emptied.
  const host = await page.evaluateHandle(() => document.getElementById('late').shadowRoot.querySelector('.gf-host'));
  await page.evaluate(() => document.getElementById('late').remove());
  // Waits with Playwright's timeout, so a broken teardown fails instead of hanging.
  await page.waitForFunction((h) => h.childElementCount === 0, host);
  const emptied = await host.evaluate((h) => h.childElementCount === 0);
  assert.equal(emptied, true);
  // The other widgets are unaffected.
  assert.ok(await articleWidget(page).locator('.gf-event').count() > 0);
  assert.deepEqual(consoleErrors(log), []);
});

test('a bad data-feed shows its error in that widget while the other one works', async () => {
  const { page, log } = await harness.open({ today: TODAY, feed: '/fixtures/no-such-feed.json' });
  await articleWidget(page).locator('[role="alert"]').waitFor();
  await sidebarWidget(page).locator('.gf-booth-card').first().waitFor();
  assert.deepEqual(consoleErrors(log, [/404/]), []);
});

test('the embed leaves nothing on window, sets no cookie, and talks only to its own origin', async () => {
  const hosts = new Set();
  const { page, context } = await harness.open({ today: TODAY }, { hash: '#gf0.v=agenda' });
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  await page.reload();
  await articleWidget(page).locator('.gf-event').first().waitFor();
  await sidebarWidget(page).locator('.gf-booth-card').first().waitFor();
  const globals = await page.evaluate(() => Object.keys(window).filter((k) => /wasm|greenfair|bindings|wbg/i.test(k)));
  assert.deepEqual(globals, []);
  assert.equal(await page.evaluate(() => document.cookie), '');
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual([...hosts], [new URL(harness.url).host]);
  // One download of the WebAssembly and of the feed for two widgets.
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
  assert.equal(resources.filter((p) => p.endsWith('.wasm')).length, 1);
  assert.equal(resources.filter((p) => p.endsWith('demo.json')).length, 1);
});

test('wrong attributes are named in the console, and the widget still shows', async () => {
  const { page, log } = await harness.open({ today: TODAY, lang: 'fr', view: 'calendars' });
  await articleWidget(page).locator('.gf-title').waitFor();
  assert.equal(await articleWidget(page).getAttribute('lang'), 'vi');
  assert.ok(log.some((e) => e.type === 'warning' && e.text.includes('data-lang="fr" is not "vi" or "en"')));
  assert.ok(log.some((e) => e.type === 'warning' && e.text.includes('data-view="calendars" is not')));
  // And inside the element, for whoever checks the page.
  const notice = articleWidget(page).locator('.gf-embed-problems');
  assert.match(await notice.locator('summary').textContent(), /^2 thuộc tính nhúng không hợp lệ/);
  assert.match(await notice.textContent(), /data-lang="fr" is not "vi" or "en"; showing Vietnamese/);
});

test('the iframe embed sizes itself to its content', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 1024, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const log = [];
  page.on('console', (m) => log.push({ type: m.type(), text: m.text() }));
  await page.goto(`${harness.url}/iframe.html`);
  const frame = page.frameLocator('iframe[data-greenfair-frame]');
  await frame.locator('.gf-booth-card').first().waitFor();
  await page.waitForFunction(() => parseFloat(document.querySelector('iframe').style.height) > 600);
  const { outer, inner } = await page.evaluate(async () => {
    const iframe = document.querySelector('iframe');
    return { outer: iframe.getBoundingClientRect().height, inner: iframe.contentDocument.documentElement.getBoundingClientRect().height };
  });
  assert.ok(Math.abs(outer - inner) <= 1, `iframe ${outer}px, content ${inner}px`);
  // It follows the content: a search with fewer results shrinks it.
  await frame.getByRole('searchbox', { name: 'Tìm gian hàng' }).fill('mat ong rung');
  await page.waitForFunction((before) => parseFloat(document.querySelector('iframe').style.height) < before - 100, outer);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('the host page\'s root font size does not change the widget (no rem inside the shadow root)', async () => {
  const { page, log, context } = await harness.newPage({ width: 1280 });
  await page.goto(`${harness.url}/?today=${TODAY}`);
  await articleWidget(page).locator('.gf-bar').first().waitFor();
  // Every length of the first 120 elements, and the space the host holds.
  const measure = () => page.evaluate(() => {
    const host = document.querySelector('.article-embed [data-greenfair]');
    // Widths and heights follow the host's column, which its own rem sizes; these are the widget's own.
    const keys = ['paddingTop', 'paddingLeft', 'marginTop', 'marginBottom', 'fontSize', 'lineHeight', 'minHeight', 'gap', 'borderTopLeftRadius', 'borderTopWidth', 'outlineOffset'];
    const elements = [...host.shadowRoot.querySelectorAll('*')].filter((e) => e.localName !== 'link').slice(0, 120);
    return { host: getComputedStyle(host).minHeight, parts: elements.map((e) => keys.map((k) => getComputedStyle(e)[k]).join(' ')) };
  });
  const normal = await measure();
  // Bootstrap 3 and many older CMS themes: html { font-size: 62.5% }.
  await page.evaluate(() => { document.documentElement.style.fontSize = '10px'; });
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '10px');
  const small = await measure();
  assert.equal(normal.host, '512px');
  assert.deepEqual(small, normal);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('framed by an AMP page (#amp=1) from another origin, the iframe embed asks for its height in AMP\'s words', async () => {
  // A second origin for the article, as AMP requires of an amp-iframe.
  const { serve, CSP } = await import('../../scripts/serve.mjs');
  const csp = CSP.replace("frame-src 'self'", `frame-src 'self' ${harness.url}`);
  const { server, url: article } = await serve({ port: 0, dist: 'dist', fixtures: 'tests/browser/fixtures', csp });
  const { page, log, context } = await harness.newPage({ width: 800, height: 700 });
  const widget = `${harness.url}/embed.html?view=booths&lang=vi`;
  assert.notEqual(new URL(article).origin, new URL(widget).origin);
  await page.goto(`${article}/fixtures/amp-host.html?src=${encodeURIComponent(widget)}`);
  const frame = page.frameLocator('iframe');
  await frame.locator('.gf-booth-card').first().waitFor();
  await page.waitForFunction(() => parseFloat(document.querySelector('iframe').style.height) > 600);
  const messages = await page.evaluate(() => window.ampMessages);
  assert.ok(messages.length >= 1);
  for (const message of messages) {
    assert.deepEqual(Object.keys(message).sort(), ['height', 'sentinel', 'type']);
    assert.equal(message.sentinel, 'amp');
    assert.equal(message.type, 'embed-size');
  }
  // The frame holds the content's height, and asks again when it changes.
  const { height, content } = await page.evaluate(() => ({
    height: parseFloat(document.querySelector('iframe').style.height),
    content: window.ampMessages.at(-1).height,
  }));
  assert.equal(height, content);
  await frame.getByRole('searchbox', { name: 'Tìm gian hàng' }).fill('mat ong rung');
  await page.waitForFunction((before) => window.ampMessages.at(-1).height < before - 100, height);
  assert.equal(await page.evaluate(() => window.ampMessages.some((m) => m.type === 'greenfair:height')), false);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
  await new Promise((done) => server.close(done));
});

test('a refused clipboard is said and the link is selected for a copy by hand; a refused share sheet copies instead', async () => {
  const { page, log, context } = await harness.newPage({ width: 1280 });
  // As in the iframe embed on another origin without allow="clipboard-write",
  // and a frame without allow="web-share".
  await page.addInitScript(() => {
    const refuse = (what) => () => Promise.reject(new DOMException(`${what} denied.`, 'NotAllowedError'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: refuse('Write permission') } });
    Object.defineProperty(navigator, 'share', { value: refuse('Share') });
  });
  await page.goto(`${harness.url}/?today=${TODAY}#gf0.v=agenda&gf0.e=2023-05-truong-dinh-plaza`);
  const dialog = articleWidget(page).locator('dialog[open]');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Sao chép liên kết' }).click();
  await dialog.getByText(/Trình duyệt không cho sao chép tự động. Liên kết đã được chọn sẵn/).waitFor();
  assert.equal(await dialog.getByText('Đã sao chép liên kết.').count(), 0, 'no claim of a copy');
  const field = dialog.locator('.gf-copy-field');
  assert.match(await field.inputValue(), /#gf0\.e=2023-05-truong-dinh-plaza$/);
  await page.waitForFunction(() => {
    const root = document.querySelector('.article-embed [data-greenfair]').shadowRoot;
    const input = root.querySelector('.gf-copy-field');
    return root.activeElement === input && input.selectionStart === 0 && input.selectionEnd === input.value.length;
  });
  // The share sheet refused: it falls back to the copy, which is refused too here.
  await dialog.getByRole('button', { name: /Chia sẻ qua Zalo/ }).click();
  await dialog.locator('.gf-copy-field').waitFor();
  assert.deepEqual(consoleErrors(log), [], 'no unhandled rejection');
  await context.close();
});

test('without any clipboard (an http page) the favourites list is selected for a copy by hand; a cancelled share says nothing', async () => {
  const { page, log, context } = await harness.newPage({ width: 1280 });
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
    Object.defineProperty(navigator, 'share', { value: () => Promise.reject(new DOMException('Share canceled.', 'AbortError')) });
    localStorage.setItem('greenfair:favourites:hanoi-sxtdbv', '["2025-09-mm-thang-long-tai-che-a01"]');
  });
  await page.goto(`${harness.url}/?today=${TODAY}#gf0.t=booths&gf0.fav=1`);
  const shared = articleWidget(page).locator('.gf-favourites');
  await shared.getByRole('button', { name: 'Sao chép dạng văn bản' }).click();
  await shared.getByText(/Danh sách đã được chọn sẵn bên dưới/).waitFor();
  assert.match(await shared.locator('textarea.gf-copy-field').inputValue(), /Gian hàng A01/);
  await shared.getByRole('button', { name: 'Sao chép liên kết danh sách' }).click();
  await shared.getByText(/Liên kết đã được chọn sẵn bên dưới/).waitFor();
  assert.match(await shared.locator('input.gf-copy-field').inputValue(), /#gf0\.fl=2025-09-mm-thang-long-tai-che-a01/);
  assert.equal(await shared.getByText(/Đã sao chép/).count(), 0, 'no claim of a copy');

  await page.goto(`${harness.url}/?today=${TODAY}&visit=2#gf0.v=agenda&gf0.e=2023-05-truong-dinh-plaza`);
  const dialog = articleWidget(page).locator('dialog[open]');
  await dialog.waitFor();
  await page.evaluate(() => {
    window.__shares = [];
    document.addEventListener('greenfair:share', (e) => window.__shares.push(e.detail));
  });
  await dialog.getByRole('button', { name: /Chia sẻ qua Zalo/ }).click();
  // The reader closed the sheet: no copy, no notice, no error. Looked at once
  // the widget has had its say: it tells the host page the share did not
  // happen (greenfair:share, ok false), and two frames have been drawn since.
  await page.waitForFunction(() => window.__shares.some((s) => s.method === 'share' && s.ok === false));
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.deepEqual(await page.evaluate(() => window.__shares.map((s) => [s.method, s.ok])), [['share', false]], 'one share told, not done, and no copy after it');
  assert.equal(await dialog.locator('.gf-copy-field').count(), 0);
  assert.equal(await dialog.locator('.gf-notice').textContent(), '');
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('an element that cannot host a widget is named once, and its attribute problems stay its own', async () => {
  const { page, log, context } = await harness.newPage();
  await page.goto(`${harness.url}/fixtures/bad-host.html`);
  const good = page.locator('div[data-greenfair] .gf-root');
  await good.locator('.gf-bar, .gf-event').filter({ visible: true }).first().waitFor();
  assert.equal(await good.locator('.gf-embed-problems').count(), 0, 'the next widget shows none of the <ul>\'s problems');
  // Later changes to the page do not mount the <ul> again, nor repeat its warning.
  for (let i = 0; i < 3; i += 1) {
    await page.evaluate(() => document.body.append(document.createElement('p')));
  }
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  const said = (pattern) => log.filter((e) => e.type === 'warning' && pattern.test(e.text)).length;
  assert.equal(said(/cannot mount into <ul>/), 1);
  assert.equal(said(/data-lang="fr"/), 1);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});
