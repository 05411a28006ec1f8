// Real host pages (issue 23): a page that enforces Trusted Types, a page
// whose strict CSP is nonce-based ('strict-dynamic'), and a page whose
// permissions policy refuses the clipboard. The widget works on each, with
// nothing in the console and no policy violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { CSP, serve } from '../../scripts/serve.mjs';
import { startHarness, consoleErrors, articleWidget } from './harness.mjs';

/** The strict CSP with Trusted Types enforced, no policy allowed: a string never becomes HTML or a script URL. */
export const TRUSTED_TYPES_CSP = `${CSP}; require-trusted-types-for 'script'; trusted-types 'none'`;
/** Google's "strict CSP": scripts run by the page's nonce and what they load; no host list. */
const NONCE_CSP = "script-src 'nonce-gf-test-nonce-2f8e1c' 'strict-dynamic' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; default-src 'self'; style-src 'self'; img-src 'self' data:";

let harness;
const servers = [];
before(async () => { harness = await startHarness(); });
after(async () => {
  await harness?.close();
  for (const server of servers) await new Promise((done) => server.close(done));
});

/** A second server of the same dist/ with another policy on its pages. */
async function serveWith(options) {
  const { server, url } = await serve({ port: 0, dist: 'dist', fixtures: 'tests/browser/fixtures', ...options });
  servers.push(server);
  return url;
}

/** Keeps every CSP (and Trusted Types) violation in each frame, as window.__violations. */
const RECORD_VIOLATIONS = () => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`));
};

/**
 * Every violation each frame of `page` recorded, as "frame URL: violation".
 * Read before the page navigates: a new document starts a new record. A
 * frame that cannot be read, or that has no record (the recorder did not
 * run in it), fails, rather than counting as a frame without violations.
 */
async function violations(page) {
  const all = [];
  for (const frame of page.frames()) {
    const recorded = await frame.evaluate(() => window.__violations ?? null)
      .catch((error) => assert.fail(`the frame ${frame.url()} could not be read: ${error.message}`));
    assert.ok(Array.isArray(recorded), `the frame ${frame.url()} kept no record of violations`);
    all.push(...recorded.map((violation) => `${frame.url()}: ${violation}`));
  }
  return all;
}

test('nothing turns a string into HTML or code (Trusted Types sinks), in the scripts or the Rust', async () => {
  const sinks = /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|createContextualFragment|setHTMLUnsafe|new Function|\beval\(|new Worker|srcdoc/g;
  for (const file of ['v1/greenfair.js', 'v1/greenfair-frame.js', 'v1/greenfair-resize.js', 'studio/start.js', 'builder/builder.js']) {
    assert.deepEqual((await readFile(`dist/${file}`, 'utf8')).match(sinks), null, file);
  }
  // The wasm-bindgen glue imports one HTML sink: Yew's, for raw HTML
  // (Html::from_html_unchecked), which no greenfair code makes.
  for (const file of ['v1/greenfair-widget.js', 'studio/greenfair-studio.js']) {
    const text = await readFile(`dist/${file}`, 'utf8');
    assert.deepEqual(text.match(sinks), ['.innerHTML='], file);
    assert.match(text, /__wbg_set_innerHTML_\w+:function\(\w,\w,\w\)\{\w\.innerHTML=/, file);
  }
  const rust = spawnSync('grep', ['-rlE', 'set_inner_html|from_html_unchecked|set_outer_html|insert_adjacent_html', 'src'], { encoding: 'utf8' });
  assert.equal(rust.stdout, '', 'Rust sources that make HTML from a string');
  assert.equal(rust.status, 1, 'grep found nothing');
});

test('under Trusted Types (trusted-types \'none\'): the article\'s widgets, the iframe embed, the builder and the studio, with no violation', async () => {
  const url = await serveWith({ csp: TRUSTED_TYPES_CSP });
  const { page, log, context } = await harness.newPage();
  await page.addInitScript(RECORD_VIOLATIONS);
  const response = await page.goto(`${url}/?today=2025-09-16`);
  assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'; trusted-types 'none'/);
  await articleWidget(page).locator('.gf-bar').first().waitFor();
  await page.locator('aside [data-greenfair] .gf-booth-card').first().waitFor();
  // A reader's way around: the booth finder, a search, a booth's details, a star.
  await articleWidget(page).getByRole('tab', { name: 'Tìm gian hàng' }).click();
  await articleWidget(page).getByRole('searchbox', { name: 'Tìm gian hàng' }).fill('tui xach');
  await articleWidget(page).locator('.gf-booth-card').first().waitFor();
  // Removed and put back (the teardown and the reuse of its root): the new one draws its month grid.
  await page.evaluate(() => {
    const element = document.querySelector('.article-embed [data-greenfair]');
    const parent = element.parentElement;
    element.remove();
    parent.append(element.cloneNode());
  });
  await page.evaluate(() => { location.hash = ''; });
  await articleWidget(page).locator('.gf-bar').first().waitFor();
  // Each page's violations read before the next page replaces its record.
  const seen = await violations(page);

  await page.goto(`${url}/iframe.html`);
  await page.frameLocator('iframe').locator('.gf-booth-card').first().waitFor();
  seen.push(...await violations(page));

  await page.goto(`${url}/builder.html`);
  await page.frameLocator('#preview-desktop').locator('[data-greenfair] .gf-root').first().waitFor();
  await page.getByLabel('Ngôn ngữ của widget').selectOption('en');
  await page.frameLocator('#preview-desktop').locator('.gf-root[lang="en"]').waitFor();
  seen.push(...await violations(page));

  await page.goto(`${url}/studio.html`);
  await page.locator('#s-open-url').fill('feeds/demo.json');
  await page.getByRole('button', { name: 'Tải về' }).click();
  await page.getByText('Đã mở demo.json.').waitFor();
  await page.locator('#s-step-preview').click();
  await page.locator('#s-preview-desktop .gf-root').waitFor();
  // Left and opened again: the preview's widgets drawn anew.
  await page.locator('#s-step-edit').click();
  await page.locator('#s-step-preview').click();
  await page.locator('#s-preview-phone .gf-root').waitFor();
  seen.push(...await violations(page));

  assert.deepEqual(seen, []);
  assert.deepEqual(consoleErrors(log), []);
  // And the policy is enforced: a string assigned as HTML is refused, and said.
  assert.equal(await page.evaluate(() => { try { document.createElement('p').innerHTML = 'x'; return 'allowed'; } catch (e) { return e.name; } }), 'TypeError');
  assert.equal((await violations(page)).length, 1);
  await context.close();
});

test('under a nonce-based strict CSP (\'strict-dynamic\'), the loader with the page\'s nonce starts the widget', async () => {
  const url = await serveWith({ csp: NONCE_CSP });
  const { page, log, context } = await harness.newPage();
  await page.addInitScript(RECORD_VIOLATIONS);
  const response = await page.goto(`${url}/fixtures/nonce.html`);
  assert.equal(response.headers()['content-security-policy'], NONCE_CSP);
  const widget = page.locator('[data-greenfair] .gf-root');
  await widget.locator('.gf-bar').first().waitFor();
  await widget.getByRole('tab', { name: 'Tìm gian hàng' }).click();
  await widget.locator('.gf-booth-card').first().waitFor();
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('where the permissions policy refuses the clipboard, "copy" goes to the field to copy by hand, with nothing in the console', async () => {
  const url = await serveWith({ headers: { 'permissions-policy': 'clipboard-write=(), web-share=()' } });
  const { page, log, context } = await harness.newPage();
  await page.goto(`${url}/?today=2025-09-16#gf0.v=agenda&gf0.e=2023-05-truong-dinh-plaza`);
  assert.equal(await page.evaluate(() => (document.permissionsPolicy ?? document.featurePolicy)?.allowsFeature('clipboard-write')), false);
  const dialog = articleWidget(page).locator('dialog[open]');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Sao chép liên kết' }).click();
  await dialog.getByText(/Trình duyệt không cho sao chép tự động/).waitFor();
  assert.match(await dialog.locator('.gf-copy-field').inputValue(), /#gf0\.e=2023-05-truong-dinh-plaza$/);
  // No share sheet the policy would refuse either.
  assert.equal(await dialog.getByRole('button', { name: /Chia sẻ qua Zalo/ }).count(), 0);
  assert.deepEqual(consoleErrors(log), [], 'no "Permissions policy violation" error');
  assert.deepEqual(log.filter((e) => /permissions policy/i.test(e.text)), []);
  await context.close();
});
