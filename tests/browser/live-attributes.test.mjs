// A single-page site renders <div data-greenfair data-lang={lang} …> again
// when its state changes: each attribute a host changes on a mounted widget
// updates it in place (the same widget, the reader's state kept), and a
// wrong value is named as any attribute problem is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startHarness, consoleErrors } from './harness.mjs';

const TODAY = '2025-09-16';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

test('every live attribute updates the mounted widget in place, keeping the reader\'s state', async () => {
  // A second feed: the same series renamed, one fair fewer.
  const demo = JSON.parse(await readFile('feeds/demo.json', 'utf8'));
  const other = { ...demo, series: { ...demo.series, name: { vi: 'Hội chợ khác', en: 'Another fair series' } }, events: demo.events.slice(0, -1) };
  harness.network.routes.set('other', { text: JSON.stringify(other) });
  const { page, log, context } = await harness.newPage();
  await page.goto(`${harness.url}/fixtures/spa.html`);
  await page.evaluate((today) => {
    const element = document.createElement('div');
    element.id = 'w';
    for (const [name, value] of Object.entries({ 'data-greenfair': '', 'data-today': today, 'data-start': 'now', 'data-view': 'calendar' })) element.setAttribute(name, value);
    document.getElementById('app').append(element);
  }, TODAY);
  const root = page.locator('#w .gf-root');
  await root.locator('.gf-bar').first().waitFor();
  // Marks the widget's root element: a remount would make a new one.
  await page.evaluate(() => { document.getElementById('w').shadowRoot.querySelector('.gf-root').__kept = true; });
  const set = (name, value) => page.evaluate(([name, value]) => {
    const element = document.getElementById('w');
    if (value === null) element.removeAttribute(name); else element.setAttribute(name, value);
  }, [name, value]);

  // data-lang
  await set('data-lang', 'en');
  await root.and(page.locator('[lang="en"]')).waitFor();
  await root.getByRole('button', { name: 'List' }).waitFor();
  // data-month: the grid turns to it.
  await set('data-month', '2025-10');
  await root.getByRole('heading', { name: 'October 2025' }).waitFor();
  // data-view: the booth finder alone, then both as tabs.
  await set('data-view', 'booths');
  await root.locator('.gf-booth-card').first().waitFor();
  assert.equal(await root.locator('.gf-calendar').count(), 0);
  const search = root.getByRole('searchbox', { name: 'Search booths' });
  await search.fill('go');
  await set('data-view', 'both');
  await root.getByRole('tab', { name: 'Booth finder', selected: true }).waitFor();
  assert.equal(await search.inputValue(), 'go', 'the words stay');
  // data-category and data-event: the booth finder's preset, the words kept.
  await set('data-category', 'do-go');
  const chips = root.getByRole('group', { name: 'Filtering by' });
  await chips.getByRole('button', { name: `Remove filter: ${demo.categories.find((c) => c.id === 'do-go').name.en}` }).waitFor();
  const fair = demo.events.find((e) => e.id === '2025-09-my-dinh-do-go');
  await set('data-event', fair.id);
  // A fair is named by its short name where space is short (issue 32).
  await chips.getByRole('button', { name: `Remove filter: ${fair.short_name.en}` }).waitFor();
  assert.equal(await search.inputValue(), 'go');
  // data-accent and data-font-size: the theme, without a style attribute of ours.
  await set('data-accent', '#a0145a');
  await set('data-font-size', '20px');
  await page.waitForFunction(() => getComputedStyle(document.getElementById('w').shadowRoot.querySelector('.gf-root')).fontSize === '20px');
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('w')).getPropertyValue('--greenfair-accent').trim()), '#a0145a');
  const tabColour = () => root.getByRole('tab', { selected: true }).evaluate((e) => getComputedStyle(e).borderBottomColor + getComputedStyle(e).color + getComputedStyle(e).backgroundColor);
  assert.match(await tabColour(), /rgb\(160, 20, 90\)/);
  await set('data-accent', null);
  await page.waitForFunction(() => getComputedStyle(document.getElementById('w')).getPropertyValue('--greenfair-accent').trim() !== '#a0145a');
  assert.doesNotMatch(await tabColour(), /rgb\(160, 20, 90\)/);
  // data-feed: the new feed replaces the old one, the reader's words stay.
  await set('data-feed', '/net/other.json');
  await root.getByRole('heading', { name: 'Another fair series' }).waitFor();
  assert.equal(await search.inputValue(), 'go');
  // A wrong value is named, in the widget and the console; the default is used.
  await set('data-lang', 'fr');
  await root.locator('.gf-embed-problems').getByText('data-lang="fr" is not "vi" or "en"; showing Vietnamese').waitFor();
  await root.and(page.locator('[lang="vi"]')).waitFor();
  assert.ok(log.some((e) => e.type === 'warning' && e.text.includes('data-lang="fr"')));
  await set('data-lang', 'vi');
  await root.locator('.gf-embed-problems').waitFor({ state: 'detached' });

  // The same widget all along: never remounted.
  assert.equal(await page.evaluate(() => document.getElementById('w').shadowRoot.querySelector('.gf-root').__kept), true);
  assert.equal(await page.evaluate(() => document.getElementById('w').shadowRoot.querySelectorAll('.gf-root').length), 1);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});
