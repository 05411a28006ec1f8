// Search: for each generated feed, the widget in embed.html (booths view)
// and three JavaScript search libraries (bench/pages/search.js) over the
// same booths and the same 50 keystrokes.
//
// Widget: index build = its `greenfair:feed:index` plus `greenfair:booths:index`
// measures (the calendar's part at load, the booth index after), the median
// of three fresh loads, as is parse; per keystroke =
// its `greenfair:booths:update` measure (input event to results in the DOM),
// and keystroke to next paint: the Event Timing API's duration of each key
// press's interaction (from the key to the frame that shows its result),
// unthrottled and at 4x CPU. Event Timing reports only interactions of 16 ms
// or more: a key press it does not report took less, and counts as 16 ms,
// an upper bound, in the median and p95 (their share is reported too).
// Libraries: index build = the library's indexing calls; per keystroke = the
// search call alone for each prefix typed.
// Found: one of the first 10 results (as shown, or as the library ranks them)
// has the accented words in its text. Libraries also report whether any
// result at all has them (`anywhere`): with OR and prefix matching a far
// down result can have them by chance ("do go" → "dong", "doanh").
// The widget's memory is taken on the same load, after the feed is in and
// before any typing.
import { freshPage } from '../scripts/chromium.mjs';
import { measureMemory } from './memory.mjs';
import { median, percentile, round } from './stats.mjs';
import { TODAY } from './startup.mjs';

/** The same 50 keystrokes as bench/booths-browser.mjs, the box cleared between queries. */
const QUERIES = ['tui xach', 'do go noi that', 'gom su bat trang', 'ocop mat ong'];
const PREFIXES = QUERIES.flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)));
/** Query typed without diacritics, and the accented words a found booth's text contains. */
const FINDS = { tui_xach: ['tui xach', 'Túi xách'], do_go: ['do go', 'Đồ gỗ'] };
/** How many of the first results a visitor is taken to look at. */
const SHOWN = 10;
export const LIBRARIES = ['minisearch', 'flexsearch', 'fusejs'];

/** Search time one library may spend on the keystrokes of one feed (Fuse.js takes seconds per query at 100k). */
const LIBRARY_BUDGET_MS = 60000;
const LOAD_TIMEOUT_MS = 120000;
/** Fresh loads of each feed whose parse and index times give the median. */
const LOADS = 3;
const STEP_TIMEOUT_MS = 30000;
const UPDATE = 'greenfair:booths:update';
/** The widget's search step alone (matching, ranking, facet counts), set within each update. */
const SEARCH = 'greenfair:booths:search';

/** Median and p95, to 0.01 ms: a library's search can take a few microseconds. */
const ms = (values) => ({ median_ms: round(percentile(values, 0.5), 2), p95_ms: round(percentile(values, 0.95), 2) });

/** The duration of the last User Timing measure NAME in the page, or null. */
const lastMeasure = (page, name) => page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? null, name);

/** Starts keeping the page's key-press interactions (16 ms and longer, by Event Timing), each its longest entry. */
const watchInteractions = (page) => page.evaluate(() => {
  window.__interactionObserver?.disconnect();
  const interactions = new Map();
  window.__interactions = interactions;
  window.__interactionObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId || !entry.name.startsWith('key')) continue;
      interactions.set(entry.interactionId, Math.max(interactions.get(entry.interactionId) ?? 0, entry.duration));
    }
  });
  window.__interactionObserver.observe({ type: 'event', durationThreshold: 16 });
});

/** Keystroke to next paint over `presses` key presses: median, p95 and worst, unreported ones as their 16 ms bound. */
async function paintTimes(page, presses) {
  // The last frames' entries arrive after their paint.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
  const reported = (await page.evaluate(() => [...window.__interactions.values()])).slice(0, presses);
  const durations = [...reported, ...Array(Math.max(0, presses - reported.length)).fill(16)];
  return {
    median_ms: round(percentile(durations, 0.5)),
    p95_ms: round(percentile(durations, 0.95)),
    worst_ms: round(Math.max(...durations)),
    under_16ms: `${presses - reported.length}/${presses}`,
  };
}

/** Types every query one real key press at a time; resolves to the update measures and search steps. */
async function typeQueries(page, box) {
  const updates = [];
  const searches = [];
  for (const query of QUERIES) {
    if (await box.inputValue()) await timedUpdate(page, () => box.fill(''));
    for (const key of query) {
      updates.push(await timedUpdate(page, () => box.press(key === ' ' ? 'Space' : key)));
      searches.push(await lastMeasure(page, SEARCH));
    }
  }
  return { updates, searches };
}

/** Does ACTION in the page and resolves to the duration of the update measure it causes. */
async function timedUpdate(page, action) {
  const before = await page.evaluate((name) => performance.getEntriesByName(name).length, UPDATE);
  await action();
  await page.waitForFunction(([name, n]) => performance.getEntriesByName(name).length > n, [UPDATE, before], { timeout: STEP_TIMEOUT_MS });
  return lastMeasure(page, UPDATE);
}

/** Loads FEED into the widget's booth finder in a fresh page; resolves to the page and its parse and index measures. */
async function loadWidget(browser, widgetUrl, feed) {
  const { context, page, cdp } = await freshPage(browser);
  try {
    await page.goto(`${widgetUrl}/embed.html?view=booths&feed=/fixtures/${feed}&today=${TODAY}`);
    const box = page.getByRole('searchbox', { name: 'Tìm gian hàng' });
    const refusal = page.getByRole('alert');
    await box.or(refusal).first().waitFor({ timeout: LOAD_TIMEOUT_MS });
    if (await refusal.count()) throw new Error(`the widget did not load ${feed}: ${(await refusal.first().innerText()).replace(/\s+/g, ' ')}`);
    // A split feed's booth files load once the finder shows; its last measures are the whole catalog's.
    // The files' notice and the finder's "preparing" can show together: wait for each to go.
    const loading = page.locator('.gf-loading');
    while (await loading.count()) await loading.first().waitFor({ state: 'detached', timeout: LOAD_TIMEOUT_MS });
    const parseMs = await lastMeasure(page, 'greenfair:feed:parse');
    // The calendar's index at load, and the booth index when the finder first shows (or the page is idle).
    const boothIndexMs = await lastMeasure(page, 'greenfair:booths:index');
    const indexMs = (await lastMeasure(page, 'greenfair:feed:index')) + (boothIndexMs ?? 0);
    return { context, page, cdp, box, parseMs, indexMs };
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function widgetSearch(browser, widgetUrl, feed) {
  // Parse and index: the median of LOADS fresh loads (one load's figure can be off by half); typing on the last.
  const loads = [];
  for (let i = 1; i < LOADS; i++) {
    const load = await loadWidget(browser, widgetUrl, feed);
    loads.push(load);
    await load.context.close();
  }
  const { context, page, cdp, box, ...last } = await loadWidget(browser, widgetUrl, feed);
  loads.push(last);
  const parseMs = median(loads.map((l) => l.parseMs));
  const indexMs = median(loads.map((l) => l.indexMs));
  try {
    const memory = await measureMemory(cdp);
    await watchInteractions(page);
    const { updates, searches } = await typeQueries(page, box);
    const paint = await paintTimes(page, updates.length);
    // The same keys again with the CPU four times slower, as on a mid-range phone.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await watchInteractions(page);
    const slow = await typeQueries(page, box);
    const paint4x = await paintTimes(page, slow.updates.length);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const finds = {};
    for (const [key, [query, needle]] of Object.entries(FINDS)) {
      await timedUpdate(page, () => box.fill(query));
      const status = await page.locator('.gf-booths .gf-summary').innerText();
      const cards = (await page.locator('.gf-booth-card').allInnerTexts()).slice(0, SHOWN);
      const results = Number(status.match(/(\d[\d.,\s]*) gian hàng/)?.[1].replace(/\D/g, '') ?? 0);
      finds[key] = { results, status, found: results > 0 && cards.some((card) => card.toLowerCase().includes(needle.toLowerCase())) };
    }
    const update = ms(updates);
    const searchStep = ms(searches.filter((d) => d !== null));
    const search = {
      parse_ms: round(parseMs),
      index_ms: round(indexMs),
      keystrokes: updates.length,
      update_median_ms: update.median_ms,
      search_median_ms: searchStep.median_ms,
      search_p95_ms: searchStep.p95_ms,
      update_p95_ms: update.p95_ms,
      paint,
      paint_4x: paint4x,
      update_4x: ms(slow.updates),
      finds: Object.fromEntries(Object.entries(finds).map(([key, { found }]) => [key, found])),
      find_results: Object.fromEntries(Object.entries(finds).map(([key, { results, status }]) => [key, { results, status }])),
    };
    return { search, memory };
  } finally {
    await context.close();
  }
}

async function librarySearch(browser, benchUrl, library, records) {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${benchUrl}/pages/search.html`);
    await page.waitForFunction(() => window.searchBench);
    const run = await page.evaluate(
      ({ library, url, options }) => window.searchBench.run(library, url, options),
      { library, url: `${benchUrl}/out/${records}`, options: { prefixes: PREFIXES, budgetMs: LIBRARY_BUDGET_MS, finds: FINDS, shown: SHOWN } },
    );
    const search = ms(run.searchMs);
    return {
      index_ms: round(run.indexMs),
      keystrokes: run.searchMs.length,
      ...(run.searchMs.length < PREFIXES.length && { note: `stopped after ${run.searchMs.length} keystrokes: ${LIBRARY_BUDGET_MS / 1000} s budget spent` }),
      search_median_ms: search.median_ms,
      search_p95_ms: search.p95_ms,
      finds: Object.fromEntries(Object.entries(run.found).map(([key, { found }]) => [key, found])),
      find_results: Object.fromEntries(Object.entries(run.found).map(([key, { results, anywhere }]) => [key, { results, anywhere }])),
    };
  } finally {
    await context.close();
  }
}

/**
 * FEEDS: [{ booths, records, widgetFeed }]: records is the feed file in
 * bench/out the libraries index; widgetFeed the one the widget loads (the
 * same unless set). Resolves to { search: [...], memory: [...] }.
 */
export async function measureSearch({ browser, widgetUrl, benchUrl, feeds, log }) {
  const search = [];
  const memory = [];
  for (const feed of feeds) {
    const row = { booths: feed.booths };
    const widget = await widgetSearch(browser, widgetUrl, feed.widgetFeed);
    row.widget = { feed: feed.widgetFeed, ...widget.search };
    memory.push({ booths: feed.booths, feed: feed.widgetFeed, ...widget.memory });
    log(`search: widget, ${feed.booths} booths`);
    for (const library of LIBRARIES) {
      row[library] = await librarySearch(browser, benchUrl, library, feed.records);
      log(`search: ${library}, ${feed.booths} booths`);
    }
    search.push(row);
  }
  return { search, memory };
}
