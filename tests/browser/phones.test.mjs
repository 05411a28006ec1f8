// Call links for a phone cell with two numbers (issue 29) and a booth's
// row of actions (issue 32: a call per number, Zalo for a mobile,
// directions, each at least 44 × 44 px), in Chromium,
// Firefox and WebKit, at a phone's width: each number is its own tel: link
// that dials that number, the cell is shown as written, an older feed's
// `phone` alone is split the same way, and a feed's `phones` alone are
// linked one by one. The feed is written on one line (JSON.stringify).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, consoleErrors } from './harness.mjs';
import { createNetwork, serve } from '../../scripts/serve.mjs';
import { launch, missing } from './engines.mjs';

/** What a booth's contact shows: the phone line's text and its links. */
const PHONES = (host, booth) => {
  const root = document.querySelector(host)?.shadowRoot;
  const line = root?.querySelector('.gf-phones');
  if (!line || !root.querySelector(`[role="dialog"], dialog[open]`)) return null;
  return {
    booth,
    text: line.textContent,
    links: [...line.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]),
    // The row of large actions first in the dialog: [text, href, at least 44 px tall and wide].
    actions: [...root.querySelectorAll('.gf-actions .gf-action')].map((a) => {
      const box = a.getBoundingClientRect();
      return [a.textContent.replace(/\s+/g, ' ').trim(), a.getAttribute('href'), box.height >= 44 && box.width >= 44];
    }),
  };
};

/** The directions link every booth of the fixture's fair gets. */
const DIRECTIONS = ['Chỉ đường (mở thẻ mới)', 'https://www.google.com/maps/dir/?api=1&destination=S%C3%A2n%20v%E1%BA%ADn%20%C4%91%E1%BB%99ng%20M%E1%BB%B9%20%C4%90%C3%ACnh%2C%20L%C3%AA%20%C4%90%E1%BB%A9c%20Th%E1%BB%8D%2C%20H%C3%A0%20N%E1%BB%99i', true];

const EXPECTED = {
  b1: {
    text: '0912 345 678 - 0988 123 456',
    links: [['0912 345 678', 'tel:0912345678'], ['0988 123 456', 'tel:0988123456']],
    actions: [
      ['Gọi 0912 345 678', 'tel:0912345678', true],
      ['Gọi 0988 123 456', 'tel:0988123456', true],
      ['Nhắn Zalo (mở thẻ mới)', 'https://zalo.me/0912345678', true],
      DIRECTIONS,
    ],
  },
  b2: {
    text: '0912.345.678 / (024) 3856 7890',
    links: [['0912.345.678', 'tel:0912345678'], ['(024) 3856 7890', 'tel:02438567890']],
    actions: [
      ['Gọi 0912.345.678', 'tel:0912345678', true],
      ['Gọi (024) 3856 7890', 'tel:02438567890', true],
      ['Nhắn Zalo (mở thẻ mới)', 'https://zalo.me/0912345678', true],
      DIRECTIONS,
    ],
  },
  b3: {
    text: '+84912000111',
    links: [['+84912000111', 'tel:+84912000111']],
    actions: [['Gọi +84912000111', 'tel:+84912000111', true], ['Nhắn Zalo (mở thẻ mới)', 'https://zalo.me/0912000111', true], DIRECTIONS],
  },
};

const page = (base, booth, visit) => `${base}/fixtures/phones.html?capture=1&visit=${visit}#gf0.t=booths&gf0.b=${booth}`;

describe('chromium', () => {
  let harness;
  before(async () => { harness = await startHarness(); });
  after(() => harness?.close());

  test('each number of a phone cell is its own call link, the cell shown as written', async () => {
    for (const [booth, expected] of Object.entries(EXPECTED)) {
      const { page: tab, log, context } = await harness.newPage({ width: 390, height: 844 });
      await tab.goto(page(harness.url, booth, booth));
      const handle = await tab.waitForFunction(PHONES, '[data-greenfair]', booth);
      const { text, links, actions } = await handle.jsonValue();
      assert.deepEqual({ text, links, actions }, expected, booth);
      assert.deepEqual(consoleErrors(log), []);
      await context.close();
    }
  });
});

for (const engine of ['firefox', 'webkit']) {
  const absent = missing(engine);
  if (absent && process.env.CI === 'true') {
    test(`${engine} is installed (CI)`, () => assert.fail(`${absent}; under CI every engine must run`));
    continue;
  }
  describe(engine, { skip: absent ?? false }, () => {
    let server;
    let base;
    let session;
    before(async () => {
      ({ server, url: base } = await serve({ port: 0, dist: 'dist', fixtures: 'tests/browser/fixtures', network: createNetwork() }));
      session = await launch(engine, { width: 390, height: 844 });
    });
    after(async () => {
      await session?.close();
      await new Promise((done) => server?.close(done));
    });

    test('each number of a phone cell is its own call link, the cell shown as written', async () => {
      for (const [booth, expected] of Object.entries(EXPECTED)) {
        await session.goto(page(base, booth, `${engine}-${booth}`));
        const { text, links, actions } = await session.waitFor(PHONES, ['[data-greenfair]', booth], { what: `${engine}: ${booth}'s phone line` });
        assert.deepEqual({ text, links, actions }, expected, `${engine}: ${booth}`);
        assert.deepEqual(await session.consoleLog(), [], `${engine}: console`);
      }
    });
  });
}
