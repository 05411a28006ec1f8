// What a reader does, in the two engines besides Chromium: Firefox (Gecko)
// and WebKit (Safari's engine, which every iPhone browser uses), through
// tests/browser/engines.mjs. The page is the demo article under the strict
// CSP, with the host's hostile CSS; every test ends with an empty console.
// An engine that is not installed is reported as skipped with the reason,
// except under CI (CI=true), where it fails.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { CSP, createNetwork, serve } from '../../scripts/serve.mjs';
import { launch, missing } from './engines.mjs';

const TODAY = '2025-09-13';

let server;
let base;
/** The same files, their pages enforcing Trusted Types (issue 23). */
let trusted;
/**
 * The iframe embed's page (dist/iframe.html) with its framed embed.html
 * asked with ?capture=1 too, so the frame's own console and policy
 * violations are kept where the test reads them; written for this file's
 * run and removed after it.
 */
const FRAMED = 'tests/browser/fixtures/iframe-captured.html';
before(async () => {
  const page = await readFile('dist/iframe.html', 'utf8');
  // Its relative addresses made absolute, as it is served from /fixtures/ (the CSP's base-uri 'none' rules out <base>).
  const framed = page.replace(/\b(src|href)="(?![a-z]+:|\/|#)/g, '$1="/').replace(/(<iframe[^>]*\ssrc="\/embed\.html\?)/, '$1capture=1&amp;');
  assert.match(framed, /<iframe[^>]*src="\/embed\.html\?capture=1&amp;view=booths/, 'dist/iframe.html frames embed.html?view=booths');
  await writeFile(FRAMED, framed);
  ({ server, url: base } = await serve({ port: 0, dist: 'dist', fixtures: 'tests/browser/fixtures', network: createNetwork() }));
  trusted = await serve({ port: 0, dist: 'dist', fixtures: 'tests/browser/fixtures', csp: `${CSP}; require-trusted-types-for 'script'; trusted-types 'none'` });
});
after(async () => {
  await new Promise((done) => server?.close(done));
  await new Promise((done) => trusted?.server.close(done));
  await rm(FRAMED, { force: true });
});

/**
 * Trusted Types (require-trusted-types-for 'script') by engine: from which
 * version each enforces it. Firefox from 148 (February 2026): ESR 140 does
 * not, ESR 153 does; WebKit from WebKitGTK 2.50 (Safari 26). Seen on this
 * machine: Firefox 153.8.0esr and WebKitGTK 2.50.6 both refuse a string
 * assigned as HTML and report the violation.
 */
const TRUSTED_TYPES = {
  firefox: { since: [148], fact: 'Firefox enforces it from 148; ESR 140 does not' },
  webkit: { since: [2, 50], fact: 'WebKitGTK enforces it from 2.50, as Safari 26' },
};

/** Whether `engine` at `version` ("firefox/153.8.0", "2.50.6") enforces Trusted Types. */
function enforcesTrustedTypes(engine, version) {
  const parts = (/\d+(\.\d+)*/.exec(String(version))?.[0] ?? '0').split('.').map(Number);
  const { since } = TRUSTED_TYPES[engine];
  for (const [i, wanted] of since.entries()) {
    if ((parts[i] ?? 0) !== wanted) return (parts[i] ?? 0) > wanted;
  }
  return true;
}

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

/**
 * Known and not yet mended (issue 31, reported): in Firefox the framed
 * embed.html's ResizeObserver (embed/greenfair-frame.js) sees the page's
 * height change again within a frame, and Firefox reports it to the page as
 * an error event. Seen with Firefox 153.8.0esr once this file read the
 * frame's console. Not hidden: each time it is let through, it is said.
 */
const KNOWN_FRAME_ERRORS = { firefox: [/^ResizeObserver loop completed with undelivered notifications\.$/] };

/** The same, for the page framed by the first iframe (loaded with ?capture=1, as FRAMED does). */
async function assertQuietFrameConsole(session, t) {
  const log = await session.evaluate(() => document.querySelector('iframe').contentWindow.__greenfairTestLog
    ?? [{ type: 'error', text: `no console capture in the frame ${document.querySelector('iframe').contentWindow.location.href}` }]);
  const known = (entry) => entry.type === 'pageerror' && (KNOWN_FRAME_ERRORS[session.engine] ?? []).some((pattern) => pattern.test(entry.text));
  for (const entry of log.filter(known)) t.diagnostic(`${session.engine}: the framed page reported "${entry.text}" (known, issue 31; let through)`);
  assert.deepEqual(log.filter((entry) => !known(entry)), [], `${session.engine}: the framed page's console and policy violations`);
}

for (const engine of ['firefox', 'webkit']) {
  const absent = missing(engine);
  // Under CI an engine that is missing fails: a skip there would pass unseen.
  if (absent && process.env.CI === 'true') {
    test(`${engine} is installed (CI)`, () => assert.fail(`${absent}; under CI every engine must run`));
    continue;
  }
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
      // A facet that narrows: the first option, in any of the facets, whose
      // count ("Hội chợ … (12)") is under the results', picked as the select
      // reports a pick; then the summary counts what the option said.
      const results = Number(found.summary.split(' ')[0]);
      const narrowed = await session.evaluate((host, total) => {
        for (const select of shadow(host).querySelectorAll('.gf-facets select')) {
          for (const option of select.options) {
            const count = Number(/\((\d+)\)$/.exec(option.textContent.trim())?.[1] ?? 0);
            if (option.value && !option.disabled && count > 0 && count < total) {
              select.value = option.value;
              select.dispatchEvent(new Event('change', { bubbles: true }));
              return { value: option.value, count };
            }
          }
        }
        return null;
      }, ARTICLE, results);
      assert.ok(narrowed, `a facet option with fewer than the ${results} results`);
      const shown = await session.waitFor((host, total) => {
        const root = shadow(host);
        const count = /^(\d+) gian hàng$/.exec(root.querySelector('.gf-booths .gf-summary')?.textContent ?? '')?.[1];
        return root.querySelector('.gf-chip') && count !== undefined && Number(count) !== total ? Number(count) : null;
      }, [ARTICLE, results], { what: `a chip for ${narrowed.value}, and a new count` }).catch(async (error) => {
        throw new Error(`${error.message}; the summary says ${await session.evaluate((host) => shadow(host).querySelector('.gf-booths .gf-summary')?.textContent, ARTICLE)}`);
      });
      assert.equal(shown, narrowed.count, `the facet ${narrowed.value} narrows ${results} booths to the ${narrowed.count} it counts`);
      assert.ok(shown < results);
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
      await session.goto(`${trusted.url}/fixtures/iframe-captured.html?capture=1&visit=${visits}`);
      await session.waitFor(() => Boolean(document.querySelector('iframe').contentDocument?.querySelector('[data-greenfair]')?.shadowRoot?.querySelector('.gf-booth-card')), [], { what: 'the framed widget' });
      await assertQuietConsole(session);
      await assertQuietFrameConsole(session, t);
      // "No violation" says something only where the policy is enforced: a
      // string assigned as HTML is refused, in the page and in the frame, as
      // this engine's version should, and the capture records the violation.
      const expected = enforcesTrustedTypes(session.engine, session.version);
      const enforced = await session.evaluate(() => [document, document.querySelector('iframe').contentDocument].map((d) => {
        try { d.createElement('p').innerHTML = 'x'; return false; } catch (error) { return error instanceof d.defaultView.TypeError; }
      }));
      assert.deepEqual(enforced, [expected, expected], `${session.engine} ${session.version} ${expected ? 'enforces' : 'does not enforce'} Trusted Types (${TRUSTED_TYPES[session.engine].fact}); the page and the frame refused a string as HTML: ${enforced}`);
      if (expected) {
        await session.waitFor(() => [window, document.querySelector('iframe').contentWindow]
          .every((w) => w.__greenfairTestLog.some((e) => /require-trusted-types-for/.test(e.text))), [], { what: 'the violations recorded by the capture, page and frame' });
      } else {
        t.diagnostic(`${session.engine} ${session.version} does not enforce Trusted Types: here "no violation" only shows the widget runs under the policy`);
      }
    });

    test('the iframe embed sizes itself to its content', async (t) => {
      await session.goto(`${base}/fixtures/iframe-captured.html?capture=1`);
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
      // The host page's console, and the framed widget page's own console and errors.
      await assertQuietConsole(session);
      await assertQuietFrameConsole(session, t);
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
