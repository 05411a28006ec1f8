// axe-core (npm) scans every view of both widgets on the demo page, in both
// languages: WCAG 2.1 A and AA and axe's best practices, zero violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, axeViolations } from './harness.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => { await harness?.close(); });

const VIEWS = [
  ['agenda', { today: '2025-09-13' }, '#gf0.v=agenda', '.gf-event'],
  ['month grid', { today: '2025-09-13' }, '#gf0.v=grid&gf0.m=2025-09', '.gf-bar'],
  ['event details', { today: '2025-09-13' }, '#gf0.v=grid&gf0.m=2025-09&gf0.e=2025-09-my-dinh-do-go', 'dialog[open]'],
  ['day list', { today: '2025-09-13' }, '#gf0.v=grid&gf0.m=2025-09', '.gf-bar', async (page) => {
    await page.locator('.article-embed [data-date="2025-09-13"]').press('Enter');
  }],
  ['booth finder with floor plan', { today: '2025-09-16' }, '#gf0.t=booths&gf0.be=2025-09-mm-thang-long-tai-che', '.gf-plan'],
  ['booth details', { today: '2025-09-16' }, '#gf0.t=booths&gf0.b=2025-09-mm-thang-long-tai-che-a01', 'dialog[open]'],
  ['shared favourites', { today: '2025-09-16' }, '#gf0.t=booths&gf0.fl=2025-09-mm-thang-long-tai-che-a01', '.gf-favourites'],
  ['error', { feed: '/fixtures/truncated.json' }, '', '[role="alert"]'],
];

for (const lang of ['vi', 'en']) {
  for (const [name, query, hash, ready, act] of VIEWS) {
    test(`axe finds no violation: ${name} (${lang})`, async () => {
      const { page, context } = await harness.open({ ...query, lang }, { hash });
      await page.locator(`.article-embed [data-greenfair] ${ready}`).first().waitFor();
      if (act) {
        await act(page);
        await page.locator('.article-embed [data-greenfair] dialog[open]').waitFor();
      }
      const violations = await axeViolations(page);
      assert.deepEqual(violations, []);
      await context.close();
    });
  }
}

test('dialogs slide in only for readers who have not asked for reduced motion', async () => {
  const animation = async (reducedMotion) => {
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion });
    try {
      const { page } = await harness.open({ today: '2025-09-13' }, { hash: '#gf0.v=agenda&gf0.e=2023-05-truong-dinh-plaza', context });
      const dialog = page.locator('.article-embed dialog[open]');
      await dialog.waitFor();
      return await dialog.evaluate((d) => getComputedStyle(d).animationName);
    } finally {
      await context.close();
    }
  };
  assert.equal(await animation('no-preference'), 'gf-dialog-in');
  assert.equal(await animation('reduce'), 'none');
});
