// The harness's waits (issue 31): Playwright's waitForFunction does not await
// what its predicate returns, and a Promise is truthy, so an async predicate
// holds on its first look. The harness's pages refuse such a predicate, and
// pollPage waits for what has to be awaited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, pollPage } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

test('waitForFunction refuses a predicate that is async or returns a Promise; pollPage awaits it', async () => {
  const { page, context } = await harness.newPage();
  await page.setContent('<p>nothing happens here</p>');
  // What Playwright itself does: an async predicate that is never met "holds" at once.
  const unguarded = Object.getPrototypeOf(page).waitForFunction.bind(page);
  await unguarded(async () => false, undefined, { timeout: 2000 });
  // The harness's page: refused, both forms, instead of passing.
  await assert.rejects(page.waitForFunction(async () => false), /async predicate/);
  await assert.rejects(page.waitForFunction(() => Promise.resolve(false), undefined, { timeout: 5000 }), /returned a Promise/);
  // A plain predicate still waits, with its argument, and gives its value.
  await page.evaluate(() => setTimeout(() => { window.__later = 'set'; }, 100));
  assert.equal(await (await page.waitForFunction((name) => window[name], '__later')).jsonValue(), 'set');
  // pollPage awaits: a Promise of false is not a yes, and it fails when its time is up...
  await assert.rejects(pollPage(page, () => Promise.resolve(false), undefined, { timeout: 300, what: 'a no' }), /timed out after 300 ms waiting for a no/);
  // ...and resolves to the awaited value once it is truthy.
  await page.evaluate(() => setTimeout(() => { window.__stored = 42; }, 100));
  assert.equal(await pollPage(page, async () => window.__stored ?? 0), 42);
  await context.close();
});
