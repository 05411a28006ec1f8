// Call links for a phone cell with two numbers (issue 29), in Chromium,
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
  };
};

const EXPECTED = {
  b1: {
    text: '0912 345 678 - 0988 123 456',
    links: [['0912 345 678', 'tel:0912345678'], ['0988 123 456', 'tel:0988123456']],
  },
  b2: {
    text: '0912.345.678 / (024) 3856 7890',
    links: [['0912.345.678', 'tel:0912345678'], ['(024) 3856 7890', 'tel:02438567890']],
  },
  b3: { text: '+84912000111', links: [['+84912000111', 'tel:+84912000111']] },
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
      const { text, links } = await handle.jsonValue();
      assert.deepEqual({ text, links }, expected, booth);
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
        const { text, links } = await session.waitFor(PHONES, ['[data-greenfair]', booth], { what: `${engine}: ${booth}'s phone line` });
        assert.deepEqual({ text, links }, expected, `${engine}: ${booth}`);
        assert.deepEqual(await session.consoleLog(), [], `${engine}: console`);
      }
    });
  });
}
