// Browser benchmark of the booth finder: the built widget in headless
// Chromium loads a large feed; the visitor types 50 keystrokes; the widget's
// own User Timing measures (input to results on screen, and feed load) are
// collected. Prints figures and writes JSON; asserts nothing.
//
//   node bench/booths-browser.mjs FEED-DIR FEED-FILE OUT.json
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';

const [feedDir, feedFile, out] = process.argv.slice(2);
// The same 50 keystrokes as the native benchmark, clearing between queries.
const QUERIES = ['tui xach', 'do go noi that', 'gom su bat trang', 'ocop mat ong'];

const { server, url } = await serve({ port: 0, dist: 'dist', fixtures: feedDir });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // embed.html: one widget on the page, nothing else loading.
  await page.goto(`${url}/embed.html?view=booths&feed=/fixtures/${feedFile}&today=2025-09-16`);
  const search = page.getByRole('searchbox', { name: 'Tìm gian hàng' });
  await search.waitFor({ timeout: 120000 });
  const step = (name) => page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? null, name);
  const parse = await step('greenfair:feed:parse');
  const index = await step('greenfair:feed:index');
  const updates = [];
  for (const query of QUERIES) {
    await search.fill('');
    for (const key of query) {
      const before = await page.evaluate(() => performance.getEntriesByName('greenfair:booths:update').length);
      await search.press(key === ' ' ? 'Space' : key);
      await page.waitForFunction((n) => performance.getEntriesByName('greenfair:booths:update').length > n, before);
      updates.push(await page.evaluate(() => performance.getEntriesByName('greenfair:booths:update').at(-1).duration));
    }
  }
  const sorted = [...updates].sort((a, b) => a - b);
  const at = (p) => sorted[Math.round((sorted.length - 1) * p)];
  const memory = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
  const report = {
    feed: feedFile,
    chromium: browser.version(),
    parse_and_validate_ms: parse,
    index_build_ms: index,
    keystrokes: updates.length,
    update_ms_median: at(0.5),
    update_ms_p95: at(0.95),
    js_heap_bytes: memory,
  };
  console.log(JSON.stringify(report, null, 2));
  await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
} finally {
  await browser.close();
  server.close();
}
