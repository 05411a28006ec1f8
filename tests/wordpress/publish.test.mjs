// Issue 28: the site's feed published from Greenfair Studio inside
// WordPress, and read by every partner site. In the real WordPresses of
// wordpress.test.mjs (Debian's 6.1.9 and 6.5.5, each with MariaDB, served by
// `php -S`, whose router sends uploads without a CORS header, as a server
// without the plugin's .htaccess would: the plugin finds that out and gives
// readers its REST address), with headless Chromium:
// an Editor (in Vietnamese) opens Greenfair from the admin menu, opens the
// demo feed, imports the second office's workbook into a fair and publishes;
// the public address answers another origin with the new booths, the CORS
// header and a strong ETag (304 on If-None-Match); a partner page on another
// port, with its own copy of the widget (scripts/serve.mjs), shows the new
// booths, and so does a post whose block names no feed. Authors, logged-out
// requests and requests without the nonce are refused; so are bodies over
// the limit, malformed JSON, version 2 and a shape error, each with its
// message, the published feed unchanged; the studio will not send a feed
// with errors. A restore serves the first publication again with another
// ETag. Uninstalling keeps the published files unless asked.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildPlugin } from '../../integrations/wordpress/build.mjs';
import { launchBrowser } from '../../scripts/chromium.mjs';
import { CSP, serve } from '../../scripts/serve.mjs';
import { consoleErrors } from '../browser/harness.mjs';
import { ADMIN, CI, WORDPRESS, ensurePackages, missingThing, startSite } from './site.mjs';
import { MODERN, modernWordPress } from './wordpress-builds.mjs';
import { field, login } from './admin.mjs';

const FAIR = '2025-09-my-dinh-do-go';
const WORKBOOK = resolve(import.meta.dirname, '../fixtures/offices/second-office.xlsx');
const DEMO = JSON.parse(await readFile(resolve(import.meta.dirname, '../../feeds/demo.json'), 'utf8'));
/** Exhibitors of the second office's workbook: none is in the demo feed. */
const NEW_EXHIBITORS = ['HTX Gốm Bát Tràng', 'Chè Ba Vì'];
const EDITOR = { user: 'bien-tap', password: 'bien-tap-pw' };
const AUTHOR = { user: 'tac-gia', password: 'tac-gia-pw' };

const missing = ensurePackages();
const modern = missing ? { skip: missing } : await modernWordPress();
const WORDPRESSES = [
  { name: 'Debian\'s WordPress 6.1', root: WORDPRESS, skip: missing },
  { name: `WordPress ${MODERN.version}`, root: modern.root, skip: modern.skip },
];
if (missing) missingThing('the publishing tests', missing, test);
else if (modern.skip) missingThing(`the publishing tests in WordPress ${MODERN.version}`, modern.skip, test);

for (const { name, root, skip } of WORDPRESSES) if (!(skip && CI)) describe(`publishing in ${name}`, { skip: skip ?? false }, () => {
  let site;
  let out;
  let admin;
  let browser;
  let partner;
  let users;
  let builtZip;
  let restBase;
  /** The REST address of a route of greenfair/v1 (as rest_url() gives it), with a query of `name=value&…`. */
  const rest = (route, query = '') => `${restBase}${route}${query ? (restBase.includes('?') ? '&' : '?') + query : ''}`;
  /** The published files' state (feed.json's md5, the history). */
  const published = () => site.run('published');

  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'greenfair-publish-'));
    const built = await buildPlugin({ dist: 'dist', out });
    builtZip = built.zip;
    site = await startSite({ root });
    admin = await login(site.url, ADMIN);
    const uploaded = await admin.uploadPlugin(built.zip);
    const activate = uploaded.match(/href="([^"]*plugins\.php\?action=activate[^"]*)"/);
    assert.ok(activate, 'the upload offers to activate the plugin');
    await admin.get(new URL(activate[1].replace(/&amp;/g, '&'), `${site.url}/wp-admin/`).href);
    users = site.run('users');
    restBase = site.run('rest').base;
    browser = await launchBrowser();
    // The partner site: another origin, its own copy of the widget, allowed to read the WordPress site's feed.
    partner = await serve({ dist: 'dist', fixtures: 'tests/browser/fixtures', csp: CSP.replace("connect-src 'self'", `connect-src 'self' ${site.url}`) });
  });

  after(async () => {
    await browser?.close();
    partner?.server.close();
    await site?.stop();
    if (out) await rm(out, { recursive: true, force: true });
  });

  /** POSTs a publication as `session` (null: logged out) with `nonce`; status and JSON. */
  async function publish(session, nonce, body, query = '') {
    const init = { method: 'POST', headers: { 'content-type': 'application/json', ...(nonce ? { 'x-wp-nonce': nonce } : {}) }, body: typeof body === 'string' ? body : JSON.stringify(body) };
    const response = session ? await session.fetch(rest('publish', query), init) : await fetch(rest('publish', query), init);
    const text = await response.text();
    let json = null;
    try { json = JSON.parse(text); } catch { /* said below */ }
    return { status: response.status, json, text };
  }

  /** A browser page logged in as `who`, its console kept. */
  async function loggedInPage(who) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    const log = [];
    const failed = [];
    page.on('console', (message) => log.push({ type: message.type(), text: message.text() }));
    page.on('pageerror', (error) => log.push({ type: 'pageerror', text: String(error) }));
    page.on('requestfailed', (request) => failed.push({ url: request.url(), error: request.failure()?.errorText }));
    await page.goto(`${site.url}/wp-login.php`);
    await page.fill('#user_login', who.user);
    await page.fill('#user_pass', who.password);
    await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
    return { context, page, log, failed };
  }

  /**
   * The console's errors, less those of the admin's requests to other hosts
   * (its avatars from gravatar.com), which no name resolves here. Every
   * request to the site that failed was one the page dropped as it went on
   * (the dashboard's own, left when the menu is clicked).
   */
  function adminErrors({ log, failed }) {
    const ours = failed.filter(({ url, error }) => new URL(url).origin === site.url && error !== 'net::ERR_ABORTED');
    assert.deepEqual(ours, [], 'no request to the site failed');
    const elsewhere = failed.some(({ url, error }) => new URL(url).origin !== site.url && error === 'net::ERR_NAME_NOT_RESOLVED');
    return consoleErrors(log, elsewhere ? [/^Failed to load resource: net::ERR_NAME_NOT_RESOLVED$/] : []);
  }

  /** The text of the widgets mounted in `page`, read through their shadow roots, once `wanted` is in it. */
  async function widgetShows(page, wanted) {
    await page.waitForFunction((words) => {
      const text = [...document.querySelectorAll('[data-greenfair][data-greenfair-mounted]')]
        .map((element) => element.shadowRoot?.querySelector('.gf-root')?.textContent ?? '').join(' ');
      return words.every((word) => text.includes(word));
    }, wanted, { timeout: 30_000 });
  }

  test('activation gives greenfair_publish to Administrators and Editors, not to Authors and below', () => {
    const caps = site.run('caps');
    assert.equal(caps.administrator, true);
    assert.equal(caps.editor, true);
    for (const role of ['author', 'contributor', 'subscriber']) assert.equal(caps[role], false, role);
  });

  test('nothing published yet: no public feed, a block without a feed shows the demo feed', async () => {
    const response = await fetch(rest('feed'));
    assert.equal(response.status, 404);
    assert.equal(published().feed, null);
    const post = site.run('post', AUTHOR.user, 'Fair block', `<!-- wp:greenfair/widget {"view":"booths","event":"${FAIR}","lang":"vi"} /-->`);
    const html = await (await fetch(post.url)).text();
    assert.match(html, /<div[^>]*data-greenfair[^>]*>/);
    assert.doesNotMatch(html.match(/<div[^>]*data-greenfair[^>]*>/)[0], /data-feed=/, 'no feed: the widget uses its demo feed');
  });

  test('an Author cannot open the studio page nor see its menu; an Editor can, in their language (Vietnamese)', async () => {
    const author = await login(site.url, AUTHOR);
    const page = await author.get('/wp-admin/admin.php?page=greenfair-studio');
    assert.equal(page.status, 403);
    assert.doesNotMatch(page.html, /id="greenfair-studio"/);
    assert.doesNotMatch((await author.get('/wp-admin/')).html, /page=greenfair-studio/);
    const editor = await login(site.url, EDITOR);
    const studio = await editor.get('/wp-admin/admin.php?page=greenfair-studio');
    assert.equal(studio.status, 200);
    assert.match(studio.html, /<div id="greenfair-studio"[^>]*data-lang="vi"/);
    assert.match(studio.html, /widget\/studio\/greenfair-studio\.js/);
    assert.match(studio.html, /widget\/studio\/start\.js/);
    assert.match(studio.html, /greenfair\/admin\/studio\.css/);
    assert.match(studio.html, /data-open=""/, 'nothing published: nothing to open');
    // An administrator whose language is the site's (English): the studio in English.
    assert.match((await admin.get('/wp-admin/admin.php?page=greenfair-studio')).html, /<div id="greenfair-studio"[^>]*data-lang="en"/);
  });

  test('an Editor publishes from the studio: the public address, 304, a partner page and a post without a feed show the new booths', async () => {
    const session = await loggedInPage(EDITOR);
    const { context, page } = session;
    await page.goto(`${site.url}/wp-admin/`);
    await Promise.all([page.waitForURL(/page=greenfair-studio/), page.locator('#toplevel_page_greenfair-studio > a').click()]);
    await page.locator('.s-studio[lang="vi"]').waitFor({ timeout: 30_000 });
    // The studio's open step: the demo feed, from the plugin's copy.
    await page.locator('#s-step-open').click();
    await page.fill('#s-open-url', `${site.url}/wp-content/plugins/greenfair/widget/feeds/demo.json`);
    await page.locator('#s-open-url').press('Enter');
    await page.getByText('Đã mở demo.json.').waitFor();
    await page.locator('#s-step-import').click();
    await page.locator('#s-import-event').selectOption(FAIR);
    await page.setInputFiles('#s-import-file', { name: 'second-office.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await readFile(WORKBOOK) });
    await page.locator('#s-import-button').click();
    await page.locator('#s-import-confirm').waitFor();
    await page.locator('#s-confirm-import').click();
    await page.locator('#s-step-publish').click();
    const button = page.locator('#s-publish-site');
    await button.waitFor();
    assert.equal(await button.textContent(), 'Xuất bản lên trang này');
    assert.equal(await button.isEnabled(), true);
    await button.click();
    await page.locator('#s-site-published').waitFor({ timeout: 30_000 });
    const feedUrl = await page.locator('#s-site-feed-url').textContent();
    const calendarUrl = await page.locator('#s-site-calendar-url').textContent();
    const snippet = await page.locator('#s-site-snippet').inputValue();
    // php -S sends uploads without the CORS header: the plugin saw it and gives its REST address.
    assert.equal(feedUrl, rest('feed'));
    assert.equal(calendarUrl, rest('calendar'));
    assert.ok(snippet.includes(`data-feed="${feedUrl.replace(/&/g, '&amp;')}"`), snippet);
    assert.deepEqual(adminErrors(session), []);
    await context.close();

    const files = published();
    assert.equal(files.history.length, 1);
    assert.equal(files.history[0].user, EDITOR.user);
    assert.equal(files.history[0].fairs, DEMO.events.length);
    assert.ok(files.history[0].booths > 0);
    assert.match(files.htaccess, /Header set Access-Control-Allow-Origin "\*"/);

    // The public address, asked by another origin.
    const answer = await fetch(feedUrl, { headers: { origin: partner.url } });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('access-control-allow-origin'), '*');
    assert.equal(answer.headers.get('access-control-allow-credentials'), null);
    assert.equal(answer.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.match(answer.headers.get('cache-control'), /public/);
    assert.match(answer.headers.get('cache-control'), /s-maxage=300/);
    const etag = answer.headers.get('etag');
    assert.match(etag, /^"[0-9a-f]{32}"$/, 'a strong ETag');
    const feed = await answer.json();
    const booths = feed.booths.filter((booth) => booth.event === FAIR).map((booth) => booth.exhibitor);
    assert.equal(booths.length, 7);
    for (const exhibitor of NEW_EXHIBITORS) assert.ok(booths.includes(exhibitor), exhibitor);
    assert.equal(feed.series.calendar_url, calendarUrl);
    assert.equal(files.history[0].booths, feed.booths.length);
    const again = await fetch(feedUrl, { headers: { origin: partner.url, 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
    assert.equal(again.headers.get('access-control-allow-origin'), '*');
    const calendar = await fetch(calendarUrl, { headers: { origin: partner.url } });
    assert.equal(calendar.headers.get('content-type'), 'text/calendar; charset=utf-8');
    assert.equal(calendar.headers.get('access-control-allow-origin'), '*');
    assert.match(await calendar.text(), /^BEGIN:VCALENDAR/);

    // A partner page on another origin, with its own copy of the widget.
    const partnerContext = await browser.newContext();
    const partnerPage = await partnerContext.newPage();
    const partnerLog = [];
    partnerPage.on('console', (message) => partnerLog.push({ type: message.type(), text: message.text() }));
    await partnerPage.goto(`${partner.url}/?feed=${encodeURIComponent(feedUrl)}&view=booths&event=${FAIR}&lang=vi`);
    await widgetShows(partnerPage, NEW_EXHIBITORS);
    assert.deepEqual(consoleErrors(partnerLog), []);
    await partnerContext.close();

    // A post whose block names no feed: the site's published one.
    const post = site.run('post', AUTHOR.user, 'Fair block after', `<!-- wp:greenfair/widget {"view":"booths","event":"${FAIR}","lang":"vi"} /-->`);
    const postContext = await browser.newContext();
    const postPage = await postContext.newPage();
    await postPage.goto(post.url);
    assert.equal(await postPage.locator('[data-greenfair]').first().getAttribute('data-feed'), feedUrl);
    await widgetShows(postPage, NEW_EXHIBITORS);
    await postContext.close();

    // Settings → Greenfair: the addresses, the snippet, and why the static file is not the one given.
    const settings = (await admin.get('/wp-admin/options-general.php?page=greenfair')).html;
    assert.ok(settings.includes('id="greenfair-public-feed"'));
    assert.ok(settings.includes(feedUrl.replace(/&/g, '&amp;')));
    assert.match(settings, /id="greenfair-static-missing"/);
    assert.match(settings, /Header set Access-Control-Allow-Origin/);
    assert.match(settings, /add_header Access-Control-Allow-Origin/);
    // The studio opens the published feed next time.
    const editor = await login(site.url, EDITOR);
    const studio = await editor.get('/wp-admin/admin.php?page=greenfair-studio');
    assert.ok(studio.html.includes(`data-open="${feedUrl.replace(/&/g, '&#038;')}"`), studio.html.match(/data-open="[^"]*"/)?.[0]);
  });

  test('the block\'s sidebar offers the published feed\'s fairs and categories by name, in menus', async () => {
    const feed = await (await fetch(rest('feed'))).json();
    const { context, page } = await loggedInPage(ADMIN);
    await page.goto(`${site.url}/wp-admin/post-new.php`);
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('greenfair/widget')?.edit);
    await page.waitForLoadState('load');
    const offered = await page.evaluate(() => window.greenfairEditor);
    assert.deepEqual(offered.fairs.map(([id]) => id), feed.events.map((event) => event.id));
    assert.deepEqual(offered.categories.map(([id]) => id), feed.categories.map((category) => category.id));
    const clientId = await page.evaluate(() => {
      const block = wp.blocks.createBlock('greenfair/widget', {});
      wp.data.dispatch('core/block-editor').insertBlocks(block);
      wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
      return block.clientId;
    });
    const sidebar = page.locator('.interface-complementary-area');
    const fairMenu = sidebar.getByLabel('Preselected fair', { exact: true });
    await fairMenu.waitFor();
    assert.equal(await fairMenu.evaluate((element) => element.tagName), 'SELECT');
    const fair = feed.events.find((event) => event.id === FAIR);
    assert.ok((await fairMenu.locator('option').allTextContents()).includes(fair.name.en), 'fairs by their English name (the admin\'s language)');
    await fairMenu.selectOption({ label: fair.name.en });
    const category = feed.categories[0];
    await sidebar.getByLabel('Preselected category', { exact: true }).selectOption({ label: category.name.en });
    const attributes = await page.evaluate((id) => wp.data.select('core/block-editor').getBlockAttributes(id), clientId);
    assert.equal(attributes.event, FAIR);
    assert.equal(attributes.category, category.id);
    // A block naming a feed of its own keeps the id fields.
    await page.evaluate((id) => wp.data.dispatch('core/block-editor').updateBlockAttributes(id, { feed: 'https://example.com/feed.json' }), clientId);
    await sidebar.getByLabel('Preselected fair (its id in the feed)').waitFor();
    await context.close();
  });

  test('who may not publish: an Author with a valid nonce (403), logged out (401), no nonce (401); the feed unchanged', async () => {
    const before = published();
    const body = { feed: JSON.stringify(DEMO) };
    const author = await login(site.url, AUTHOR);
    const byAuthor = await publish(author, await author.restNonce(), body);
    assert.equal(byAuthor.status, 403, byAuthor.text);
    assert.equal(byAuthor.json.code, 'greenfair_forbidden');
    assert.match(byAuthor.json.message, /not allowed to publish/);
    const loggedOut = await publish(null, null, body);
    assert.equal(loggedOut.status, 401, loggedOut.text);
    assert.equal(loggedOut.json.code, 'greenfair_logged_out');
    const editor = await login(site.url, EDITOR);
    const noNonce = await publish(editor, null, body);
    assert.equal(noNonce.status, 401, noNonce.text);
    const badNonce = await publish(editor, '0123456789', body);
    assert.equal(badNonce.status, 403, badNonce.text);
    assert.equal(badNonce.json.code, 'rest_cookie_invalid_nonce');
    assert.deepEqual(published(), before);
  });

  test('bad input is refused with its message, in the user\'s language, and the feed stays as it was', async () => {
    const before = published();
    const editor = await login(site.url, EDITOR);
    const nonce = await editor.restNonce();
    const big = await publish(editor, nonce, { feed: JSON.stringify({ ...DEMO, padding: 'x'.repeat(4 * 1024 * 1024) }) });
    assert.equal(big.status, 413, big.text.slice(0, 300));
    assert.equal(big.json.code, 'greenfair_too_large');
    const malformed = await publish(editor, nonce, { feed: '{"version": 1, "series": {' });
    assert.equal(malformed.status, 400);
    assert.equal(malformed.json.code, 'greenfair_bad_json');
    const version2 = await publish(editor, nonce, { feed: JSON.stringify({ ...DEMO, version: 2 }) });
    assert.equal(version2.status, 400);
    assert.equal(version2.json.code, 'greenfair_version');
    assert.match(version2.json.message, /version 2/);
    const shape = await publish(editor, nonce, { feed: JSON.stringify({ ...DEMO, events: { a: 1 } }) });
    assert.equal(shape.status, 400);
    assert.equal(shape.json.code, 'greenfair_list');
    const noSeries = await publish(editor, nonce, { feed: JSON.stringify({ version: 1, events: [] }) });
    assert.equal(noSeries.json.code, 'greenfair_series');
    const calendar = await publish(editor, nonce, { feed: JSON.stringify(DEMO), calendar: '<html>' });
    assert.equal(calendar.json.code, 'greenfair_bad_calendar');
    // In the Editor's language (Vietnamese), as the studio asks (_locale=user).
    const vietnamese = await publish(editor, nonce, { feed: JSON.stringify({ ...DEMO, version: 2 }) }, '_locale=user');
    assert.equal(vietnamese.status, 400);
    assert.match(vietnamese.json.message, /phiên bản 2/);
    assert.deepEqual(published(), before);

    // The studio sends no feed with errors: its button is disabled, the errors said.
    const { context, page } = await loggedInPage(EDITOR);
    await page.goto(`${site.url}/wp-admin/admin.php?page=greenfair-studio`);
    await page.locator('.s-studio').waitFor({ timeout: 30_000 });
    await page.getByText('Đã mở feed.json.').waitFor();
    // An error of the validator's (a series without its name), not of the top-level shape the server checks.
    const broken = { ...DEMO, series: { ...DEMO.series, name: undefined } };
    await page.locator('#s-step-open').click();
    await page.setInputFiles('#s-open-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await page.locator('#s-confirm-yes').click();
    await page.getByText('Đã mở broken.json.').waitFor();
    await page.locator('#s-step-publish').click();
    await page.locator('#s-site-blocked').waitFor();
    assert.equal(await page.locator('#s-publish-site').isDisabled(), true);
    assert.match(await page.locator('#s-site-blocked').textContent(), /còn lỗi/);
    await context.close();
    assert.deepEqual(published(), before);
  });

  test('restore: publish twice, restore the first from the Publications page: served again, with another ETag', async () => {
    const editor = await login(site.url, EDITOR);
    const nonce = await editor.restNonce();
    const first = { ...DEMO, booths: DEMO.booths.slice(0, 10) };
    const second = { ...DEMO, booths: DEMO.booths.slice(0, 20) };
    const one = await publish(editor, nonce, { feed: JSON.stringify(first), calendar: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' });
    assert.equal(one.status, 200, one.text);
    assert.equal(one.json.publication.booths, 10);
    const two = await publish(editor, nonce, { feed: JSON.stringify(second) });
    assert.equal(two.status, 200, two.text);
    const live = await fetch(rest('feed'));
    const etagTwo = live.headers.get('etag');
    assert.equal((await live.json()).booths.length, 20);

    const list = await editor.get('/wp-admin/admin.php?page=greenfair-publications');
    assert.equal(list.status, 200);
    const row = list.html.match(new RegExp(`<tr data-publication="${one.json.publication.id}">([\\s\\S]*?)</tr>`));
    assert.ok(row, 'the first publication is listed');
    assert.match(row[1], /bien-tap|Biên|bien/i);
    assert.match(row[1], />10</);
    assert.ok(row[1].includes(`page=greenfair-studio&#038;open=${one.json.publication.id}`), 'it can be opened in the studio');
    const restored = await editor.post('/wp-admin/admin-post.php', {
      action: 'greenfair_restore', id: one.json.publication.id,
      _wpnonce: field(row[1], '_wpnonce'), _wp_http_referer: '/wp-admin/admin.php?page=greenfair-publications',
    });
    assert.equal(restored.status, 302);
    assert.match(restored.location, /greenfair-restored=yes/);

    const served = await fetch(rest('feed'), { headers: { 'if-none-match': etagTwo } });
    assert.equal(served.status, 200, 'the old ETag no longer matches');
    const etagRestored = served.headers.get('etag');
    assert.notEqual(etagRestored, etagTwo);
    assert.equal((await served.json()).booths.length, 10);
    const history = published().history;
    assert.equal(history[0].restored, one.json.publication.id);
    assert.equal(history[0].booths, 10);
    assert.equal(history[0].etag, etagRestored);
    // The publication opens in the studio from the history.
    const studio = await editor.get(`/wp-admin/admin.php?page=greenfair-studio&open=${one.json.publication.id}`);
    assert.match(studio.html, new RegExp(`data-open="[^"]*/uploads/greenfair/history/${one.json.publication.id}\\.json"`));
  });

  test('uninstall removes the options and the capability, and keeps the published feed unless asked', () => {
    const left = site.run('uninstall-keep', '0');
    assert.equal(left.deleted, true);
    assert.equal(left.history, 'absent');
    assert.equal(left.option, 'absent');
    assert.equal(left.check, 'absent');
    assert.deepEqual(left.caps, []);
    assert.equal(left.feedLeft, true);
  });

  test('uninstall with "delete published feeds on uninstall" ticked deletes them too', async () => {
    const uploaded = await admin.uploadPlugin(builtZip);
    const activate = uploaded.match(/href="([^"]*plugins\.php\?action=activate[^"]*)"/);
    assert.ok(activate, 'the plugin uploads again');
    await admin.get(new URL(activate[1].replace(/&amp;/g, '&'), `${site.url}/wp-admin/`).href);
    assert.equal(site.run('caps').editor, true, 'activation gives the capability again');
    const editor = await login(site.url, EDITOR);
    const again = await publish(editor, await editor.restNonce(), { feed: JSON.stringify(DEMO) });
    assert.equal(again.status, 200, again.text);
    const left = site.run('uninstall-keep', '1');
    assert.equal(left.deleted, true);
    assert.equal(left.feedLeft, false);
    assert.deepEqual(left.caps, []);
  });
});
