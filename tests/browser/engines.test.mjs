// What a reader does, in the two engines besides Chromium: Firefox (Gecko)
// and WebKit (Safari's engine, which every iPhone browser uses), through
// tests/browser/engines.mjs. The page is the demo article under the strict
// CSP, with the host's hostile CSS; every test ends with an empty console.
// An engine that is not installed is reported as skipped with the reason.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CSP, createNetwork, serve } from '../../scripts/serve.mjs';
import { launch, missing } from './engines.mjs';

const TODAY = '2025-09-13';

let server;
let base;
/** The same files, their pages enforcing Trusted Types (issue 23). */
let trusted;
before(async () => {
  ({ server, url: base } = await serve({ port: 0, dist: 'dist', fixtures: 'tests/browser/fixtures', network: createNetwork() }));
  trusted = await serve({ port: 0, dist: 'dist', fixtures: 'tests/browser/fixtures', csp: `${CSP}; require-trusted-types-for 'script'; trusted-types 'none'` });
});
after(async () => {
  await new Promise((done) => server?.close(done));
  await new Promise((done) => trusted?.server.close(done));
});

/** The article's widget (the sidebar holds a second one), for `shadow()` in the page. */
const ARTICLE = '.article-embed [data-greenfair]';

let visits = 0;
/**
 * Opens the demo article with the console kept, today fixed, and `hash`;
 * each visit is a new URL, so that a new hash loads the page anew.
 */
function article(session, hash = '') {
  visits += 1;
  return session.goto(`${base}/?today=${TODAY}&capture=1&visit=${visits}${hash}`);
}

async function assertQuietConsole(session) {
  assert.deepEqual(await session.consoleLog(), [], `${session.engine}: console`);
}

for (const engine of ['firefox', 'webkit']) {
  const absent = missing(engine);
  describe(`${engine}`, { skip: absent ?? false }, () => {
    let session;
    before(async () => {
      session = await launch(engine);
      console.log(`# ${engine}: ${session.version}`);
    });
    after(() => session?.close());

    test('mounts under the strict CSP, and the host page\'s CSS does not reach it', async () => {
      await article(session, '#gf0.v=agenda');
      await session.waitFor((host) => Boolean(shadow(host)?.querySelector('.gf-event')), [ARTICLE]);
      const styles = await session.evaluate((selector) => {
        const root = shadow(selector);
        const host = root.host;
        const probe = document.createElement('div');
        document.body.append(probe);
        const pick = (e, ...keys) => Object.fromEntries(keys.map((k) => [k, getComputedStyle(e)[k]]));
        return {
          site: pick(probe, 'fontSize', 'borderTopStyle'),
          host: pick(host, 'borderTopStyle', 'display'),
          root: pick(root.querySelector('.gf-root'), 'fontSize', 'boxSizing', 'fontStyle'),
          name: pick(root.querySelector('.gf-event__name'), 'fontSize', 'fontWeight'),
        };
      }, ARTICLE);
      assert.deepEqual(styles, {
        site: { fontSize: '20px', borderTopStyle: 'solid' },
        host: { borderTopStyle: 'none', display: 'block' },
        root: { fontSize: '16px', boxSizing: 'border-box', fontStyle: 'normal' },
        name: { fontSize: '16px', fontWeight: '700' },
      });
      await assertQuietConsole(session);
    });

    test('the agenda lists the fairs by month, and the month grid answers the keyboard', async (t) => {
      await article(session, '#gf0.v=agenda');
      const groups = await session.waitFor((host) => {
        const titles = [...(shadow(host)?.querySelectorAll('.gf-group__title') ?? [])].map((e) => e.textContent);
        return titles.length ? titles : null;
      }, [ARTICLE]);
      assert.deepEqual(groups, ['Sắp diễn ra4 sự kiện', 'Chưa công bố ngày3 sự kiện', 'Đã diễn ra10 sự kiện']);

      await article(session, '#gf0.v=grid');
      await session.waitFor((host) => Boolean(shadow(host)?.querySelector('.gf-bar')), [ARTICLE]);
      await session.evaluate((host) => shadow(host).querySelector('[aria-current="date"]').focus(), ARTICLE);
      const focused = (date) => session.waitFor((host, wanted) => shadow(host).activeElement?.dataset?.date === wanted, [ARTICLE, date], { what: `focus on ${date}` });
      await focused('2025-09-13');
      await session.press('ArrowRight');
      await focused('2025-09-14');
      await session.press('ArrowDown');
      await session.press('ArrowDown');
      await focused('2025-09-28');
      await session.press('ArrowRight');
      await focused('2025-09-29');
      if (session.keyActivation) {
        // Enter's default action on a button is its click(), run here in its place.
        t.diagnostic(`${session.keyActivation}: the focused day's click() stands in for Enter`);
        await session.evaluate((host) => shadow(host).activeElement.click(), ARTICLE);
      } else {
        await session.press('Enter');
      }
      const day = await session.waitFor((host) => shadow(host).querySelector('dialog[open] h3')?.textContent, [ARTICLE]);
      assert.match(day, /Thứ Hai, 29\/9\/2025/);
      await session.press('Escape');
      await session.waitFor((host) => !shadow(host).querySelector('dialog'), [ARTICLE], { what: 'the dialog to close' });
      await assertQuietConsole(session);
    });

    test('an event opens in its dialog and downloads as an .ics file', async () => {
      await article(session, '#gf0.v=grid&gf0.m=2025-09');
      await session.waitFor((host) => Boolean(shadow(host)?.querySelector('.gf-bar')), [ARTICLE]);
      await session.click((host) => [...shadow(host).querySelectorAll('.gf-bar')].find((b) => /đồ gỗ mỹ nghệ/.test(b.textContent)), ARTICLE);
      const title = await session.waitFor((host) => shadow(host).querySelector('dialog[open] h3')?.textContent, [ARTICLE]);
      assert.match(title, /lĩnh vực đồ gỗ mỹ nghệ, nội thất/);
      // The file the reader would save: the Blob handed to the download link.
      await session.evaluate(() => {
        const create = URL.createObjectURL.bind(URL);
        window.__greenfairDownloads = [];
        URL.createObjectURL = (blob) => { window.__greenfairDownloads.push({ blob }); return create(blob); };
        HTMLAnchorElement.prototype.click = function click() {
          Object.assign(window.__greenfairDownloads.at(-1) ?? {}, { name: this.download, href: this.href });
        };
      });
      await session.click((host) => [...shadow(host).querySelectorAll('dialog[open] button')].find((b) => /\.ics/.test(b.textContent)), ARTICLE);
      const download = await session.waitFor(async () => {
        const last = window.__greenfairDownloads.at(-1);
        return last?.name ? { name: last.name, text: await last.blob.text() } : null;
      }, [], { what: 'the .ics download' });
      assert.equal(download.name, '2025-09-my-dinh-do-go.ics');
      assert.match(download.text, /^BEGIN:VCALENDAR\r\n/);
      assert.match(download.text, /\r\nDTSTART;VALUE=DATE:20250929\r\nDTEND;VALUE=DATE:20251004\r\n/);
      await session.press('Escape');
      await assertQuietConsole(session);
    });

    test('the booth finder finds "tui xach" typed without diacritics, narrows by a facet, and keeps a star after a reload', async () => {
      await article(session, '#gf0.t=booths');
      await session.waitFor((host) => Boolean(shadow(host)?.querySelector('.gf-booth-card')), [ARTICLE]);
      await session.click((host) => shadow(host).querySelector('.gf-booths input[type="search"]'), ARTICLE);
      await session.type('tui xach');
      const found = await session.waitFor((host) => {
        const root = shadow(host);
        const summary = root.querySelector('.gf-booths .gf-summary')?.textContent ?? '';
        const first = root.querySelector('.gf-booth-card')?.textContent ?? '';
        return root.querySelector('.gf-booths input[type="search"]').value === 'tui xach' && /^\d+ gian hàng$/.test(summary) ? { summary, first } : null;
      }, [ARTICLE]);
      assert.ok(Number(found.summary.split(' ')[0]) > 10, found.summary);
      assert.match(found.first, /Túi|túi/);
      assert.match(found.first, /xách/);
      // A facet: the first category with booths, picked as the select reports a pick.
      const narrowed = await session.evaluate((host) => {
        const select = shadow(host).querySelector('.gf-facets select');
        const option = [...select.options].find((o) => o.value && !o.disabled);
        select.value = option.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return option.value;
      }, ARTICLE);
      await session.waitFor((host) => Boolean(shadow(host).querySelector('.gf-chip')), [ARTICLE], { what: `a chip for ${narrowed}` });
      // A star, kept in the browser across a reload.
      await session.click((host) => shadow(host).querySelector('.gf-booth-card .gf-star'), ARTICLE);
      await session.waitFor((host) => Boolean(shadow(host).querySelector('.gf-booth-card .gf-star[aria-pressed="true"]')), [ARTICLE]);
      await session.reload();
      const saved = await session.waitFor((host) => [...(shadow(host)?.querySelectorAll('button') ?? [])].find((b) => /Đã lưu \(1\)/.test(b.textContent))?.textContent, [ARTICLE], { what: 'the saved count after the reload' });
      assert.match(saved, /Đã lưu \(1\)/);
      await assertQuietConsole(session);
    });

    test('under Trusted Types (trusted-types \'none\'), the article\'s widgets and the iframe embed work with no violation', async (t) => {
      visits += 1;
      await session.goto(`${trusted.url}/?today=${TODAY}&capture=1&visit=${visits}#gf0.v=grid`);
      await session.waitFor((host) => Boolean(shadow(host)?.querySelector('.gf-bar')), [ARTICLE]);
      await session.waitFor(() => Boolean(shadow('aside [data-greenfair]')?.querySelector('.gf-booth-card')));
      await session.click((host) => [...shadow(host).querySelectorAll('.gf-bar')].find((b) => /đồ gỗ mỹ nghệ/.test(b.textContent)), ARTICLE);
      await session.waitFor((host) => shadow(host).querySelector('dialog[open] h3')?.textContent, [ARTICLE]);
      await session.press('Escape');
      await session.waitFor((host) => !shadow(host).querySelector('dialog'), [ARTICLE], { what: 'the dialog to close' });
      await assertQuietConsole(session);
      await session.goto(`${trusted.url}/iframe.html?capture=1&visit=${visits}`);
      await session.waitFor(() => Boolean(document.querySelector('iframe').contentDocument?.querySelector('[data-greenfair]')?.shadowRoot?.querySelector('.gf-booth-card')), [], { what: 'the framed widget' });
      await assertQuietConsole(session);
      // Whether this engine enforces the policy: a string assigned as HTML is refused.
      const enforced = await session.evaluate(() => { try { document.createElement('p').innerHTML = 'x'; return false; } catch { return true; } });
      t.diagnostic(`${session.engine}: Trusted Types ${enforced ? 'enforced' : 'not enforced by this engine (the widget ran all the same)'}`);
    });

    test('the iframe embed sizes itself to its content', async () => {
      await session.goto(`${base}/iframe.html?capture=1`);
      const outer = await session.waitFor(() => {
        const frame = document.querySelector('iframe');
        const inner = frame.contentDocument?.documentElement.getBoundingClientRect().height ?? 0;
        const height = parseFloat(frame.style.height);
        return frame.contentDocument?.querySelector('[data-greenfair]')?.shadowRoot?.querySelector('.gf-booth-card') && height > 600 && Math.abs(height - inner) <= 1 ? height : null;
      }, [], { what: 'the frame to take its content\'s height' });
      await session.evaluate(() => {
        const input = document.querySelector('iframe').contentDocument.querySelector('[data-greenfair]').shadowRoot.querySelector('input[type="search"]');
        input.value = 'mat ong rung';
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      });
      await session.waitFor((before) => parseFloat(document.querySelector('iframe').style.height) < before - 100, [outer], { what: 'the frame to shrink' });
      // The host page's console, and the framed widget page's own errors.
      await assertQuietConsole(session);
      assert.deepEqual(await session.evaluate(() => [...(document.querySelector('iframe').contentDocument.querySelector('[data-greenfair]').shadowRoot.querySelectorAll('[role="alert"]'))].map((e) => e.textContent)), []);
    });

    test('Greenfair Studio opens the template, checks it, previews the widget and keeps the draft in IndexedDB across a reload', async () => {
      visits += 1;
      await session.goto(`${base}/studio.html?capture=1&visit=${visits}`);
      await session.waitFor(() => Boolean(document.getElementById('s-open-template')), [], { what: 'the studio to start' });
      await session.click(() => document.getElementById('s-open-template'));
      await session.waitFor(() => document.getElementById('s-verdict')?.textContent === 'Dữ liệu hợp lệ.');
      await session.click(() => document.getElementById('s-step-preview'));
      await session.waitFor(() => Boolean(document.getElementById('s-preview-phone')?.shadowRoot?.querySelector('.gf-root .gf-title')), [], { what: 'the preview\'s widget' });
      // Kept once IndexedDB has committed it; then a reload brings it back.
      await session.waitFor(() => new Promise((done) => {
        const open = indexedDB.open('greenfair-studio');
        open.onerror = () => done(false);
        open.onsuccess = () => {
          const get = open.result.transaction('drafts').objectStore('drafts').get('current');
          get.onsuccess = () => { done(Boolean(get.result?.text)); open.result.close(); };
          get.onerror = () => done(false);
        };
      }), [], { what: 'the draft in IndexedDB' });
      await session.reload();
      await session.waitFor(() => document.querySelector('.s-notice')?.textContent === 'Đã khôi phục bản nháp feed.json từ lần làm trước.', [], { what: 'the draft restored' });
      await assertQuietConsole(session);
    });
  });
}
