// The WordPress plugin (integrations/wordpress/greenfair) in real
// WordPresses, each with MariaDB, served by `php -S` on 127.0.0.1 (site.mjs):
// Debian's 6.1, where the loader is a script whose tag the plugin makes a
// module, and 6.5.5 (wordpress-builds.mjs), where it is a script module. The plugin zip is built from dist/ as scripts/release builds
// it, uploaded on Plugins → Add New → Upload and activated as an
// administrator would; an Author writes the posts with kses on. Headless
// Chromium then sees the widget mount, with an empty console, in each way an
// author can put it in a post. Where WordPress cannot be had (no root nor
// password-less sudo for apt-get, or npm cannot fetch WordPress 6.5), one
// "# skip:" line says why; under CI=true that is a failing test instead.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildPlugin } from '../../integrations/wordpress/build.mjs';
import { launchBrowser } from '../../scripts/chromium.mjs';
import { consoleErrors } from '../browser/harness.mjs';
import { ADMIN, CI, WORDPRESS, ensurePackages, missingThing, startSite } from './site.mjs';
import { MODERN, modernWordPress } from './wordpress-builds.mjs';
import { field, login } from './admin.mjs';
import { serveCdn } from './cdn.mjs';

const PLUGIN_SOURCE = resolve(import.meta.dirname, '../../integrations/wordpress/greenfair');
/** The demo feed's series name, in either language: every view of a widget that loaded the feed shows it. */
const DEMO_NAMES = /Hanoi Sustainable Production and Consumption Network|Mạng lưới sản xuất và tiêu dùng bền vững thành phố Hà Nội/;

// Root or password-less sudo: Debian's WordPress reads its config from /etc/wordpress, and apt-get installs what is missing.
const missing = ensurePackages();
const modern = missing ? { skip: missing } : await modernWordPress();
const WORDPRESSES = [
  { name: 'Debian\'s WordPress 6.1', root: WORDPRESS, skip: missing, loaderId: 'greenfair-js' },
  { name: `WordPress ${MODERN.version}`, root: modern.root, skip: modern.skip, loaderId: 'greenfair-js-module' },
];
// One line per reason (node --test shows it as "# skip: …"); under CI a failing test per WordPress.
if (missing) missingThing('the WordPress tests', missing, test);
else if (modern.skip) missingThing(`the WordPress tests in WordPress ${MODERN.version}`, modern.skip, test);

for (const { name, root, skip, loaderId } of WORDPRESSES) if (!(skip && CI)) describe(`the plugin in ${name}`, { skip: skip ?? false }, () => {
  let site;
  let admin;
  let browser;
  let posts;
  let out;
  let uploaded;
  let activated;

  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'greenfair-plugin-'));
    const built = await buildPlugin({ dist: 'dist', out });
    site = await startSite({ root });
    admin = await login(site.url, ADMIN);
    uploaded = await admin.uploadPlugin(built.zip);
    const activate = uploaded.match(/href="([^"]*plugins\.php\?action=activate[^"]*)"/);
    activated = activate ? await admin.get(new URL(activate[1].replace(/&amp;/g, '&'), `${site.url}/wp-admin/`).href) : null;
    posts = site.run('posts');
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
    if (out) await rm(out, { recursive: true, force: true });
  });

  /**
   * Opens `url` in a fresh page, keeping its console and every request;
   * waits until `count` widgets are mounted and show the demo feed.
   */
  async function openWidgets(url, count) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const log = [];
    const requests = [];
    page.on('console', (message) => log.push({ type: message.type(), text: message.text() }));
    page.on('pageerror', (error) => log.push({ type: 'pageerror', text: String(error) }));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(url);
    if (count > 0) {
      await page.waitForFunction(({ count: wanted, names }) => {
        const mounted = [...document.querySelectorAll('[data-greenfair][data-greenfair-mounted]')]
          .filter((element) => new RegExp(names).test(element.shadowRoot?.querySelector('.gf-root')?.textContent ?? ''));
        return mounted.length === wanted;
      }, { count, names: DEMO_NAMES.source }, { timeout: 20_000 });
    } else {
      await page.waitForLoadState('load');
    }
    const loaders = await page.locator('script[src*="/v1/greenfair.js"]').evaluateAll((scripts, id) => scripts.map((s) => (s.id === id ? s.type : `${s.type} #${s.id}`)), loaderId);
    return { page, context, log, requests, loaders };
  }

  /**
   * A fresh browser page logged in as the administrator, on a new post in
   * the block editor (loaded, the block's script run); its console and every
   * request kept.
   */
  async function openEditor() {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const log = [];
    const requests = [];
    page.on('console', (message) => log.push({ type: message.type(), text: message.text() }));
    page.on('pageerror', (error) => log.push({ type: 'pageerror', text: String(error) }));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.url}/wp-login.php`);
    await page.fill('#user_login', ADMIN.user);
    await page.fill('#user_pass', ADMIN.password);
    await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
    await page.goto(`${site.url}/wp-admin/post-new.php`);
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('greenfair/widget')?.edit);
    await page.waitForLoadState('load');
    return { context, page, log, requests };
  }

  /** Inserts the block with `attributes`, selects it and opens its settings in the sidebar. */
  async function insertBlock(page, attributes) {
    await page.evaluate((values) => {
      const block = wp.blocks.createBlock('greenfair/widget', values);
      wp.data.dispatch('core/block-editor').insertBlocks(block);
      wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    }, attributes);
    return page.locator('.interface-complementary-area');
  }

  /**
   * Waits until `check` is true in a frame of the page: the editor's canvas
   * is the page itself, or an iframe (WordPress 6.5 when every block is
   * apiVersion 3).
   */
  async function inSomeFrame(page, check, arg, ms = 20_000) {
    const end = Date.now() + ms;
    for (;;) {
      for (const frame of page.frames()) {
        try {
          if (await frame.evaluate(check, arg)) return frame;
        } catch { /* a frame that went away */ }
      }
      if (Date.now() > end) throw new Error(`timed out waiting in the editor's frames for ${check}`);
      await new Promise((done) => setTimeout(done, 200));
    }
  }

  test('the zip installs through Plugins → Add New → Upload and activates', () => {
    assert.match(uploaded, /Plugin installed successfully/);
    assert.ok(activated, 'the upload page links to Activate');
    assert.equal(activated.status, 302);
    assert.match(activated.location, /plugins\.php\?activate=true/);
  });

  test('php -l passes on every PHP file of the plugin, and none uses syntax or functions newer than PHP 7.4', () => {
    const files = execFileSync('find', [PLUGIN_SOURCE, '-name', '*.php'], { encoding: 'utf8' }).trim().split('\n');
    assert.ok(files.length >= 10, `${files.length} PHP files`);
    for (const file of files) {
      assert.match(execFileSync('php', ['-l', file], { encoding: 'utf8' }), /No syntax errors detected/, file);
    }
    const found = execFileSync('php', [resolve(import.meta.dirname, 'php74.php'), ...files], { encoding: 'utf8' });
    assert.equal(found, '', 'PHP 8 constructs');
  });

  test('an Author has no unfiltered_html: kses keeps the pasted div and removes the script and the iframe', () => {
    assert.equal(posts.authorCanUnfilteredHtml, false);
    assert.match(posts.snippet.content, /<div data-greenfair data-lang="en"><\/div>/);
    assert.doesNotMatch(posts.snippet.content, /<script|<iframe/);
  });

  test('an Author\'s post with the pasted script snippet gets the loader, once, as a module', async () => {
    const { context, log, loaders } = await openWidgets(posts.snippet.url, 1);
    assert.deepEqual(loaders, ['module']);
    assert.deepEqual(consoleErrors(log), []);
    await context.close();
  });

  test('an Author\'s post with the shortcode: each attribute reaches the widget', async () => {
    const { page, context, log, loaders } = await openWidgets(posts.shortcode.url, 1);
    assert.deepEqual(loaders, ['module']);
    const element = page.locator('[data-greenfair]');
    assert.deepEqual(await element.evaluate((e) => ({ ...e.dataset, greenfairMounted: undefined, greenfairWatched: undefined })), {
      greenfair: '', view: 'calendar', lang: 'en', month: '2025-09', accent: '#a0145a', fontSize: '18px',
      greenfairMounted: undefined, greenfairWatched: undefined,
    });
    assert.equal(await element.evaluate((e) => e.style.getPropertyValue('--greenfair-accent')), '#a0145a');
    assert.match(await element.evaluate((e) => e.shadowRoot.textContent), /September 2025/);
    assert.deepEqual(consoleErrors(log), []);
    await context.close();
  });

  test('a post whose content is the block\'s markup renders the widget with the block\'s class', async () => {
    const { page, context, log, loaders } = await openWidgets(posts.block.url, 1);
    assert.deepEqual(loaders, ['module']);
    const element = page.locator('[data-greenfair]');
    assert.equal(await element.getAttribute('data-view'), 'booths');
    assert.deepEqual((await element.getAttribute('class')).split(' ').sort(), ['alignwide', 'wp-block-greenfair-widget']);
    assert.deepEqual(consoleErrors(log), []);
    await context.close();
  });

  test('a classic-editor post (wpautop) with a shortcode and a pasted div: both mount', async () => {
    const { page, context, log, loaders } = await openWidgets(posts.classic.url, 2);
    assert.deepEqual(loaders, ['module']);
    assert.equal(await page.locator('.entry-content p, .wp-block-post-content p').count() >= 2, true, 'wpautop made paragraphs');
    assert.deepEqual(consoleErrors(log), []);
    await context.close();
  });

  test('a page with two widgets (block and shortcode) mounts both from one loader', async () => {
    const { page, context, log, loaders } = await openWidgets(posts.two.url, 2);
    assert.deepEqual(loaders, ['module']);
    assert.deepEqual(await page.locator('[data-greenfair]').evaluateAll((all) => all.map((e) => e.dataset.view ?? '')), ['', 'booths']);
    assert.deepEqual(consoleErrors(log), []);
    await context.close();
  });

  test('under a classic theme (content rendered after wp_head), the loader comes in the footer and the widgets mount', async () => {
    const { previous, now } = site.run('theme', 'greenfair-classic');
    assert.equal(now, 'greenfair-classic');
    try {
      for (const [post, count] of [[posts.snippet, 1], [posts.shortcode, 1], [posts.classic, 2]]) {
        const { page, context, log, loaders } = await openWidgets(post.url, count);
        assert.deepEqual(loaders, ['module'], post.url);
        assert.equal(await page.locator('main ~ script[src*="/v1/greenfair.js"]').count(), 1, 'printed by wp_footer, after the content');
        assert.deepEqual(consoleErrors(log), []);
        await context.close();
      }
    } finally {
      site.run('theme', previous);
    }
  });

  test('an Editor\'s pasted snippet keeps its own script (unfiltered_html): no second loader is added', async () => {
    const { context, log, loaders, requests } = await openWidgets(posts.adminScript.url, 1);
    assert.deepEqual(loaders, ['module #'], 'only the pasted script (it has no id)');
    assert.equal(requests.filter((r) => r.includes('/v1/greenfair.js')).length, 1);
    assert.deepEqual(consoleErrors(log), []);
    await context.close();
  });

  test('a bad shortcode attribute shows the widget\'s own message for it, and its default is used', async () => {
    const { page, context, log } = await openWidgets(posts.bad.url, 1);
    const messages = [
      'data-lang="fr" is not "vi" or "en"; showing Vietnamese',
      'data-view="map" is not "calendar", "booths" or "both"; showing both',
      'data-month="tháng 9" is not a month like 2025-09; opening on a month with fairs',
      'data-accent="green" is not a colour like #0b6b3a; using the default',
      'data-font-size="40px" is not a size from 12px to 28px; using 16px',
    ];
    const notice = await page.locator('[data-greenfair]').evaluate((e) => [...e.shadowRoot.querySelectorAll('.gf-embed-problems li')].map((li) => li.textContent));
    assert.deepEqual(notice, messages);
    for (const message of messages) {
      assert.ok(log.some((entry) => entry.type === 'warning' && entry.text.includes(message)), `console warns: ${message}`);
    }
    assert.deepEqual(consoleErrors(log), []);
    await context.close();
  });

  test('a page without a widget loads no widget file', async () => {
    const { context, log, loaders, requests } = await openWidgets(posts.none.url, 0);
    assert.deepEqual(loaders, []);
    assert.deepEqual(requests.filter((r) => r.includes('/plugins/greenfair/')), []);
    assert.deepEqual(consoleErrors(log), []);
    await context.close();
  });

  test('the home page, which lists the posts\' excerpts, loads no widget file', async () => {
    const { page, context, log, loaders, requests } = await openWidgets(`${site.url}/`, 0);
    assert.ok(await page.getByText('Snippet').count() > 0, 'the home page lists the posts');
    assert.deepEqual(loaders, []);
    assert.deepEqual(requests.filter((r) => r.includes('/plugins/greenfair/')), []);
    assert.deepEqual(consoleErrors(log), []);
    await context.close();
  });

  test('the block is in WP_Block_Type_Registry, server-rendered, its attributes the shortcode\'s, every value escaped', () => {
    const registry = site.run('registry');
    assert.equal(registry.registered, true);
    assert.equal(registry.title, 'Greenfair');
    assert.equal(registry.apiVersion, 3, 'block.json apiVersion 3');
    assert.equal(registry.dynamic, true);
    assert.equal(registry.shortcode, true);
    // Core adds align (the block supports it), className, lock and, from 6.5, metadata.
    assert.deepEqual(registry.attributes.filter((a) => !['align', 'className', 'lock', 'metadata'].includes(a)),
      ['feed', 'view', 'lang', 'month', 'category', 'event', 'lunar', 'accent', 'font_size']);
    assert.equal(registry.rendered.trim(),
      '<div class="wp-block-greenfair-widget" data-greenfair data-lang="en" data-month="2025-09" data-accent="#0b6b3a&quot; onload=&quot;x"></div>');
  });

  test('the block editor lists the block, shows its settings in the sidebar and previews the real widget; without the block, no widget file', async () => {
    const { context, page, log, requests } = await openEditor();
    // An editor without the block loads nothing of the widget (a super admin's
    // editor would otherwise run the script of whatever host the files' setting names).
    await new Promise((done) => setTimeout(done, 1500));
    assert.deepEqual(requests.filter((r) => r.includes('/v1/greenfair')), [], 'no widget file before the block is added');
    for (const frame of page.frames()) {
      assert.equal(await frame.locator('script[src*="/v1/greenfair.js"]').count(), 0, 'no loader script in the editor');
    }
    const inserter = await page.evaluate(() => wp.data.select('core/block-editor').getInserterItems().map((item) => item.name));
    assert.ok(inserter.includes('greenfair/widget'), 'the block is in the inserter');
    const sidebar = await insertBlock(page, { lang: 'en', view: 'calendar' });
    // The preview: the server's HTML, mounted by the loader editor.js adds to the block's document.
    const canvas = await inSomeFrame(page, (names) => [...document.querySelectorAll('[data-greenfair][data-greenfair-mounted]')]
      .some((e) => new RegExp(names).test(e.shadowRoot?.querySelector('.gf-root')?.textContent ?? '')), DEMO_NAMES.source);
    assert.equal(await canvas.locator('script[data-greenfair-preview][type="module"]').count(), 1, 'one loader, in the block\'s document');
    await sidebar.getByText('Widget settings').waitFor();
    for (const label of ['Feed address (JSON)', 'Parts shown', "The widget's language", 'Lunar dates', 'Font size (12px to 28px)']) {
      assert.equal(await sidebar.getByLabel(label).count(), 1, label);
    }
    // A setting changed in the sidebar reaches the preview.
    await sidebar.getByLabel('Parts shown').selectOption('booths');
    await inSomeFrame(page, () => document.querySelector('[data-greenfair][data-view="booths"][data-greenfair-mounted]'), null, 30_000);
    // A second block adds no second loader.
    await insertBlock(page, { lang: 'en' });
    await inSomeFrame(page, () => document.querySelectorAll('[data-greenfair][data-greenfair-mounted]').length === 2, null, 30_000);
    assert.equal(requests.filter((r) => r.includes('/v1/greenfair.js')).length, 1, 'the loader fetched once');
    assert.deepEqual(consoleErrors(log).filter((e) => /greenfair/i.test(e.text)), []);
    await context.close();
  });

  test('in Vietnamese, the block\'s sidebar speaks Vietnamese (wp.i18n, languages/greenfair-vi-<md5 of block/editor.js>.json)', async () => {
    site.run('locale', 'vi');
    try {
      const { context, page, log } = await openEditor();
      const sidebar = await insertBlock(page, { lang: 'en' });
      await sidebar.getByText('Cài đặt widget').waitFor({ timeout: 20_000 });
      for (const label of ['Địa chỉ tệp dữ liệu (JSON)', 'Phần hiển thị', 'Ngày âm lịch', 'Cỡ chữ (12px đến 28px)']) {
        assert.equal(await sidebar.getByLabel(label).count(), 1, label);
      }
      assert.ok((await sidebar.locator('select option').allTextContents()).includes('Chỉ tìm gian hàng'), 'the menus\' options too');
      assert.deepEqual(consoleErrors(log).filter((e) => /greenfair/i.test(e.text)), []);
      await context.close();
    } finally {
      site.run('locale', '');
    }
  });

  test('AMP pages (amp_is_request(), here the stand-in mu-plugin) get the amp-iframe of embed.html and no script', async () => {
    const amp = (url) => { const page = new URL(url); page.searchParams.set('amp', '1'); return page.href; };
    const shortcode = await (await fetch(amp(posts.shortcode.url))).text();
    const files = `${site.url}/wp-content/plugins/greenfair/widget/`;
    const src = `${files}embed.html?view=calendar&#038;lang=en&#038;month=2025-09&#038;accent=%23a0145a&#038;font-size=18px`;
    assert.ok(shortcode.includes(`<amp-iframe title="Green fair calendar" layout="fixed-height" height="600" resizable sandbox="allow-scripts allow-same-origin allow-popups" src="${src}"><div overflow tabindex="0" role="button" aria-label="Show more">Show more</div></amp-iframe>`), 'the shortcode\'s amp-iframe');
    assert.doesNotMatch(shortcode, /greenfair\.js/);
    // A pasted div becomes the same amp-iframe.
    const snippet = await (await fetch(amp(posts.snippet.url))).text();
    assert.ok(snippet.includes(`src="${files}embed.html?lang=en"`), 'the pasted div\'s amp-iframe');
    assert.doesNotMatch(snippet, /data-greenfair|greenfair\.js/);
    // What the frame shows: the widget, from the plugin's embed.html.
    const { context, log } = await openWidgets(src.replace(/&#038;/g, '&'), 1);
    assert.deepEqual(consoleErrors(log), []);
    await context.close();
  });

  test('the settings page: a link to builder.html, saved with its nonce, wrong addresses refused, another host for the files', async () => {
    const page = await admin.get('/wp-admin/options-general.php?page=greenfair');
    assert.equal(page.status, 200);
    const builder = `${site.url}/wp-content/plugins/greenfair/widget/builder.html`;
    assert.ok(page.html.includes(`href="${builder}"`), 'links to builder.html');
    assert.equal((await fetch(builder)).status, 200);
    const form = (values, nonce = field(page.html, '_wpnonce')) => ({
      option_page: 'greenfair', action: 'update', _wpnonce: nonce,
      _wp_http_referer: '/wp-admin/options-general.php?page=greenfair', ...values,
    });
    // Without the page's nonce nothing is saved.
    const forged = await admin.post('/wp-admin/options.php', form({ greenfair_feed_url: 'https://evil.example/feed.json', greenfair_files_url: '' }, 'wrong'));
    assert.notEqual(forged.status, 302);
    assert.equal(site.run('options').greenfair_feed_url, '');
    // An Author can neither see the page nor save its options.
    const author = await login(site.url, { user: 'tac-gia', password: 'tac-gia-pw' });
    assert.equal((await author.get('/wp-admin/options-general.php?page=greenfair')).status, 403);
    assert.equal((await author.post('/wp-admin/options.php', form({ greenfair_feed_url: 'https://evil.example/feed.json' }))).status, 403);
    assert.equal(site.run('options').greenfair_feed_url, '');
    // A CDN copy of the files on another origin, and a default feed.
    const cdn = await serveCdn(join(out, 'greenfair-wordpress/greenfair/widget'));
    try {
      const saved = await admin.post('/wp-admin/options.php', form({ greenfair_feed_url: `${cdn.url}/feeds/demo.json`, greenfair_files_url: cdn.url }));
      assert.equal(saved.status, 302);
      assert.match(saved.location, /settings-updated=true/);
      assert.deepEqual(site.run('options'), { greenfair_feed_url: `${cdn.url}/feeds/demo.json`, greenfair_files_url: `${cdn.url}/` });
      const { page: post, context, log, loaders } = await openWidgets(posts.shortcode.url, 1);
      assert.deepEqual(loaders, ['module']);
      assert.equal(await post.locator('script[type="module"][src*="/v1/greenfair.js"]').getAttribute('src'), `${cdn.url}/v1/greenfair.js`);
      assert.equal(await post.locator('[data-greenfair]').getAttribute('data-feed'), `${cdn.url}/feeds/demo.json`);
      assert.ok(cdn.log.includes('/v1/greenfair-widget_bg.wasm'), 'the WebAssembly came from the other host');
      assert.deepEqual(consoleErrors(log), []);
      await context.close();
      // Not web addresses: refused with the reason, the saved ones kept.
      const wrong = await admin.post('/wp-admin/options.php', form({ greenfair_feed_url: 'javascript:alert(1)', greenfair_files_url: 'ftp://example.com/' }));
      assert.equal(wrong.status, 302);
      const shown = await admin.get(wrong.location.replace(site.url, ''));
      assert.match(shown.html, /The default feed must be an address starting with http:\/\/ or https:\/\//);
      assert.match(shown.html, /The widget(&#039;|')s files must be at an address starting with http:\/\/ or https:\/\//);
      assert.deepEqual(site.run('options'), { greenfair_feed_url: `${cdn.url}/feeds/demo.json`, greenfair_files_url: `${cdn.url}/` });
    } finally {
      await admin.post('/wp-admin/options.php', form({ greenfair_feed_url: '', greenfair_files_url: '' }));
      await cdn.close();
    }
    assert.deepEqual(site.run('options'), { greenfair_feed_url: '', greenfair_files_url: '' });
  });

  test('in Vietnamese, the settings page speaks Vietnamese (languages/greenfair-vi.mo)', async () => {
    site.run('locale', 'vi');
    try {
      const page = await admin.get('/wp-admin/options-general.php?page=greenfair');
      for (const text of ['Dữ liệu mặc định', 'Tệp của widget', 'Đưa widget vào bài viết', 'Mở trang tạo mã nhúng']) {
        assert.ok(page.html.includes(text), text);
      }
    } finally {
      site.run('locale', '');
    }
  });

  test('a site admin without unfiltered_html (DISALLOW_UNFILTERED_HTML) cannot change where the widget\'s files come from', async () => {
    // The mu-plugin disallow-unfiltered-html.php defines the constant while this file is there.
    const marker = join(site.content, 'greenfair-disallow-unfiltered-html');
    await writeFile(marker, '');
    try {
      const page = await admin.get('/wp-admin/options-general.php?page=greenfair');
      assert.equal(page.status, 200, 'the settings page itself stays open to manage_options');
      const saved = await admin.post('/wp-admin/options.php', {
        option_page: 'greenfair', action: 'update', _wpnonce: field(page.html, '_wpnonce'),
        _wp_http_referer: '/wp-admin/options-general.php?page=greenfair',
        greenfair_feed_url: 'https://static.example.vn/greenfair/feeds/demo.json', greenfair_files_url: 'https://evil.example/greenfair/',
      });
      assert.equal(saved.status, 302);
      // The feed is data, and still theirs to set; the files' host is kept.
      assert.deepEqual(site.run('options'), { greenfair_feed_url: 'https://static.example.vn/greenfair/feeds/demo.json', greenfair_files_url: '' });
      const shown = await admin.get(saved.location.replace(site.url, ''));
      assert.match(shown.html, /Only a user allowed to post unfiltered HTML can change where the widget(&#039;|')s files come from\. The previous address is kept\./);
      // The page says so beside the field, which is read-only for them.
      assert.match(shown.html, /id="greenfair_files_url"[^>]*readonly/);
      assert.match(shown.html, /Only a user allowed to post unfiltered HTML \(on a network, a super admin\) can change this address/);
    } finally {
      await rm(marker, { force: true });
      const page = await admin.get('/wp-admin/options-general.php?page=greenfair');
      await admin.post('/wp-admin/options.php', {
        option_page: 'greenfair', action: 'update', _wpnonce: field(page.html, '_wpnonce'),
        _wp_http_referer: '/wp-admin/options-general.php?page=greenfair', greenfair_feed_url: '', greenfair_files_url: '',
      });
    }
    assert.deepEqual(site.run('options'), { greenfair_feed_url: '', greenfair_files_url: '' });
  });

  test('a pasted snippet in a classic Custom HTML widget, or in a block widget, gets the loader and mounts', async () => {
    const { previous } = site.run('theme', 'greenfair-classic');
    try {
      for (const kind of ['custom-html', 'block']) {
        assert.equal(site.run('widgets', kind).sidebar.length, 1, kind);
        // A post without a widget of its own: the sidebar's is the page's one.
        const { page, context, log, loaders } = await openWidgets(posts.none.url, 1);
        assert.deepEqual(loaders, ['module'], kind);
        assert.equal(await page.locator('aside [data-greenfair][data-greenfair-mounted]').count(), 1, `${kind}: the widget's own element mounted`);
        assert.deepEqual(consoleErrors(log), [], kind);
        await context.close();
      }
    } finally {
      site.run('widgets', 'none');
      site.run('theme', previous);
    }
  });

  test('a pasted loader from a CDN copy beside a shortcode: one module URL on the page, both widgets mount', async () => {
    const cdn = await serveCdn(join(out, 'greenfair-wordpress/greenfair/widget'));
    try {
      // An Editor keeps the pasted script (unfiltered_html).
      const post = site.run('post', 'bien-tap', 'CDN snippet and shortcode',
        `<div data-greenfair data-lang="en"></div>\n<script type="module" src="${cdn.url}/v1/greenfair.js"></script>\n\n[greenfair lang="en" view="booths"]`);
      const { context, log, loaders, requests } = await openWidgets(post.url, 2);
      assert.deepEqual(loaders, ['module #'], 'only the pasted script (it has no id)');
      assert.deepEqual(requests.filter((r) => r.includes('/v1/greenfair.js')), [`${cdn.url}/v1/greenfair.js`]);
      assert.deepEqual(consoleErrors(log), []);
      await context.close();
    } finally {
      await cdn.close();
    }
  });

  test('a feed address of another scheme than http(s) (data:, javascript:) is dropped on the server: shortcode, block and pasted div', () => {
    const results = site.run('feeds');
    for (const { feed, shortcode, block, pasted } of results) {
      const kept = /^(https?:|\/)/.test(feed);
      for (const [way, html] of [['shortcode', shortcode], ['block', block], ['pasted', pasted]]) {
        assert.match(html, /data-greenfair/, `${way} ${feed}`);
        if (kept) assert.match(html, /data-feed="(https:\/\/example\.com\/feed\.json|\/feeds\/demo\.json)"/, `${way} keeps ${feed}`);
        else assert.doesNotMatch(html, /data-feed/i, `${way} drops ${JSON.stringify(feed)}`);
      }
    }
    assert.equal(results.filter(({ feed }) => !/^(https?:|\/)/.test(feed)).length, 5);
  });

  test('the loader\'s script tag (WordPress 6.1 to 6.4\'s way) is a module, made so by wp_script_attributes from 6.4 and by script_loader_tag before', () => {
    const { tag, filter, loader } = site.run('loader-tag');
    // 6.1 writes its attributes in single quotes, 6.4 and later in double; the order differs.
    const attributes = [...tag.match(/^<script ([^>]*)><\/script>$/)[1].matchAll(/([a-z]+)=(["'])([^"']*)\2/g)].map(([, name, , value]) => [name, value]);
    assert.deepEqual(Object.fromEntries(attributes), { type: 'module', src: loader, id: 'greenfair-js' });
    assert.equal(attributes.length, 3, tag);
    assert.equal(filter, site.version.localeCompare('6.4', undefined, { numeric: true }) >= 0 ? 'wp_script_attributes' : 'script_loader_tag');
  });

  test('PHP logged no notice, warning or error from the plugin', () => {
    const logged = existsSync(site.debugLog) ? readFileSync(site.debugLog, 'utf8') : '';
    assert.deepEqual(logged.split('\n').filter((line) => line.includes('/plugins/greenfair/')), []);
  });

  test('deleting the plugin runs uninstall.php: its options and its folder are gone', () => {
    const result = site.run('uninstall');
    assert.deepEqual(result, {
      optionsBefore: ['https://static.example.vn/greenfair/feeds/demo.json', 'https://static.example.vn/greenfair/'],
      deleted: true, folderLeft: false, greenfair_feed_url: 'absent', greenfair_files_url: 'absent' });
  });
});
