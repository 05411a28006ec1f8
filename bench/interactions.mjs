// Interactions: what a reader feels on a phone. Each interaction of the
// widget is done with real input (Playwright's mouse and keyboard, which
// Chromium takes as user input) in embed.html at 390 × 844, unthrottled and
// at 4x CPU, on the demo feed and a 20,000-booth feed; its figure is
// Interaction to Next Paint's own: the longest Event Timing entry of the
// interaction, from the input to the frame that shows its result, the
// median of three fresh pages (one page's figure can be twice another's). Event
// Timing reports nothing under 16 ms: such an interaction counts as 16 ms,
// an upper bound, and is marked "< 16". Beside them, in the same run and
// browser, a bare page (bench/pages/bare.html) whose click and keys rewrite
// the text of a 24-item list: what any page costs here.
//
// Loading: the longest main-thread task (Long Tasks API) while the widget
// loads each feed size, pretty-printed and on one line (as JSON.stringify
// writes it), from the feed's parse to its booth index being built; the
// median of three fresh pages. The Long Tasks API sees only tasks over 50 ms:
// a load with none has 0 here, meaning every task was under 50 ms.
import { spawnSync } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { percentile, round } from './stats.mjs';
import { TODAY } from './startup.mjs';

export const PHONE = { width: 390, height: 844 };
const RATES = [1, 4];
/** Fresh pages each interaction is measured on; the table has the median. */
const SESSIONS = 3;
/** Keys typed into each search box, cleared between queries. */
const BOOTH_QUERIES = ['tui xach', 'do go noi that', 'gom su bat trang', 'ocop mat ong'];
const EVENT_QUERIES = ['my dinh', 'the linc', 'truong dinh', 'tui xach'];
const STEP_TIMEOUT_MS = 60000;
const LOAD_TIMEOUT_MS = 180000;

/** Records every Event Timing entry (16 ms and over) and long task, from before the page's own scripts. */
function recordInput() {
  window.__events = [];
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) window.__events.push({ id: e.interactionId, name: e.name, start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function newPage(browser, rate) {
  const context = await browser.newContext({ viewport: PHONE, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.addInitScript(recordInput);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page };
}

const now = (page) => page.evaluate(() => performance.now());

/** Waits until the page has painted twice more, so the last interaction's entries are out. */
const settle = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))));

/**
 * Does each step ([label, act, until]) in order, then gives each its
 * interaction's duration: the longest Event Timing entry that started after
 * it began and before the next step did; null when none was reported (under 16 ms).
 */
async function interactions(page, steps) {
  const starts = [];
  for (const [label, act, until] of steps) {
    starts.push([label, await now(page)]);
    await act();
    await until();
  }
  await settle(page);
  const events = await page.evaluate(() => window.__events);
  return starts.map(([label, start], i) => {
    const end = starts[i + 1]?.[1] ?? Infinity;
    const own = events.filter((e) => e.start >= start && e.start < end);
    return [label, own.length ? Math.max(...own.map((e) => e.duration)) : null];
  });
}

/** Types each query one real key press at a time into `box`; resolves to each key's duration (null: under 16 ms). */
async function typing(page, box, queries, settled) {
  const durations = [];
  for (const query of queries) {
    await box.fill('');
    await box.focus();
    await settled();
    const steps = [...query].map((key) => [key, () => page.keyboard.press(key === ' ' ? 'Space' : key), settled]);
    durations.push(...(await interactions(page, steps)).map(([, d]) => d));
  }
  return durations;
}

/** Median, p95 and worst of key durations, unreported ones as their 16 ms bound. */
function keyFigures(durations) {
  const bounded = durations.map((d) => d ?? 16);
  return {
    median_ms: round(percentile(bounded, 0.5)),
    p95_ms: round(percentile(bounded, 0.95)),
    worst_ms: round(Math.max(...bounded)),
    under_16ms: `${durations.filter((d) => d === null).length}/${durations.length}`,
  };
}

/** Loads the widget on FEED (null: the demo feed) and waits until its booth index is built. */
async function openWidget(page, widgetUrl, feed) {
  const query = new URLSearchParams({ today: TODAY, ...(feed ? { feed } : {}) });
  await page.goto(`${widgetUrl}/embed.html?${query}`);
  await page.waitForFunction(() => performance.getEntriesByName('greenfair:booths:index').length > 0, null, { timeout: LOAD_TIMEOUT_MS });
  await settle(page);
}

/**
 * Resolves once `selector` matches inside the widget's shadow root (or, with
 * `gone`, matches nothing): a MutationObserver in the page, so that nothing
 * of the benchmark's own (Playwright's locators poll on every frame) runs
 * between the input and the frame that answers it.
 */
function shown(page, selector, { gone = false } = {}) {
  return page.evaluate(([css, absent]) => new Promise((done, fail) => {
    const root = document.querySelector('[data-greenfair]').shadowRoot;
    const seen = () => {
      const element = root.querySelector(css);
      return absent ? !element || !element.checkVisibility() : element?.checkVisibility();
    };
    if (seen()) return done();
    const observer = new MutationObserver(() => {
      if (!seen()) return;
      observer.disconnect();
      clearTimeout(timer);
      done();
    });
    const timer = setTimeout(() => { observer.disconnect(); fail(new Error(`${css}: not ${absent ? 'gone' : 'shown'} in time`)); }, 60000);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  }), [selector, gone]);
}

/** A real click at the middle of `locator`, found before the interaction starts. */
async function clickAt(page, locator) {
  const box = await locator.first().boundingBox();
  if (!box) throw new Error(`nothing to click: ${locator}`);
  return () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Focuses a select (before the interaction), then one real arrow down: the next option. */
async function nextOption(page, select) {
  await select.first().focus();
  return () => page.keyboard.press('ArrowDown');
}

/** Every interaction the issue names, one after another, as a reader would. */
async function readerSession(page) {
  const root = page.locator('[data-greenfair] .gf-root');
  // Each step: its name, how to get ready for it (outside the measure), and what shows it is done.
  const steps = [
    ['booths tab', () => clickAt(page, root.getByRole('tab', { name: 'Tìm gian hàng' })), '.gf-booths input[type=search]'],
    ['booth facet (category)', () => nextOption(page, root.locator('.gf-booths').getByLabel('Ngành hàng')), '.gf-active .gf-chip--active'],
    ['open a booth', () => clickAt(page, root.locator('.gf-booth-card__name button')), '[role=dialog], dialog[open]'],
    ['close the booth', () => clickAt(page, root.getByRole('dialog').getByRole('button', { name: 'Đóng' })), ['[role=dialog], dialog[open]', true]],
    ['favourite', () => clickAt(page, root.locator('.gf-booth-list .gf-star')), '.gf-booth-list .gf-star[aria-pressed=true]'],
    ['calendar tab', () => clickAt(page, root.getByRole('tab', { name: 'Lịch sự kiện' })), '.gf-calendar'],
    ['month grid', () => clickAt(page, root.getByRole('button', { name: 'Lịch tháng' })), '.gf-month'],
    ['next month', () => clickAt(page, root.getByRole('button', { name: 'Tháng sau' })), '[data-date="2025-10-01"]'],
    ['previous month', () => clickAt(page, root.getByRole('button', { name: 'Tháng trước' })), '[data-date="2025-09-01"]'],
    ['agenda', () => clickAt(page, root.getByRole('button', { name: 'Danh sách' })), '.gf-event-list'],
    ['calendar facet (category)', () => nextOption(page, root.locator('.gf-calendar').getByLabel('Ngành hàng')), '.gf-calendar .gf-summary'],
    ['open an event', () => clickAt(page, root.locator('.gf-event__name button')), '[role=dialog], dialog[open]'],
    ['close the event', () => clickAt(page, root.getByRole('dialog').getByRole('button', { name: 'Đóng' })), ['[role=dialog], dialog[open]', true]],
    ['language (to English)', () => clickAt(page, root.getByRole('button', { name: 'English' })), '.gf-root[lang=en]'],
    ['language (back)', () => clickAt(page, root.getByRole('button', { name: 'Tiếng Việt' })), '.gf-root[lang=vi]'],
  ];
  const results = [];
  for (const [label, prepare, until] of steps) {
    const act = await prepare();
    await settle(page);
    const [selector, gone] = Array.isArray(until) ? until : [until, false];
    const [[, duration]] = await interactions(page, [[label, act, () => shown(page, selector, { gone })]]);
    results.push([label, duration]);
  }
  return results;
}

/** The keystrokes of both search boxes: the booth finder's and the calendar's event search. */
async function searchSession(page) {
  const root = page.locator('[data-greenfair] .gf-root');
  await root.getByRole('tab', { name: 'Tìm gian hàng' }).click();
  const boothBox = root.getByRole('searchbox', { name: 'Tìm gian hàng' });
  await boothBox.waitFor();
  const booths = await typing(page, boothBox, BOOTH_QUERIES, () => settle(page));
  await root.getByRole('tab', { name: 'Lịch sự kiện' }).click();
  const eventBox = root.getByRole('searchbox', { name: 'Tìm sự kiện' });
  await eventBox.waitFor();
  const events = await typing(page, eventBox, EVENT_QUERIES, () => settle(page));
  return { booth_search: keyFigures(booths), event_search: keyFigures(events) };
}

/** The bare page's click and keys, in the same browser at the same rate. */
async function baseline(browser, benchUrl, rate) {
  const { context, page } = await newPage(browser, rate);
  try {
    await page.goto(`${benchUrl}/pages/bare.html`);
    await page.locator('#list li').first().waitFor();
    const clicks = await interactions(page, Array.from({ length: 6 }, (_, i) => [`click ${i}`, () => page.click('#toggle'), () => settle(page)]));
    const keys = await typing(page, page.locator('#q'), BOOTH_QUERIES, () => settle(page));
    return { click: keyFigures(clicks.map(([, d]) => d)), keys: keyFigures(keys) };
  } finally {
    await context.close();
  }
}

/** The longest tasks while the widget loads FEED: all of them, and those from the feed's parse to its booth index. */
async function loading(browser, widgetUrl, feed, rate) {
  const { context, page } = await newPage(browser, rate);
  try {
    await openWidget(page, widgetUrl, feed);
    return await page.evaluate(() => {
      const measure = (name) => performance.getEntriesByName(name).at(-1);
      const parse = measure('greenfair:feed:parse');
      const index = measure('greenfair:booths:index');
      const from = parse.startTime;
      const to = index.startTime + index.duration;
      const during = window.__longTasks.filter((t) => t.start + t.duration > from && t.start < to);
      const longest = (tasks) => Math.round(Math.max(0, ...tasks.map((t) => t.duration)));
      return {
        longest_task_ms: longest(window.__longTasks),
        longest_while_loading_ms: longest(during),
        tasks_over_50ms_while_loading: during.length,
        load_ms: Math.round(to - from),
      };
    });
  } finally {
    await context.close();
  }
}

/** The same feed on one line, as JSON.stringify writes it, beside the pretty one in `out` (made again when older than it). */
async function oneLine(out, file) {
  const target = file.replace(/\.json$/, '.one-line.json');
  const [source, written] = await Promise.all([stat(join(out, file)), stat(join(out, target)).catch(() => null)]);
  if (!written || written.mtimeMs < source.mtimeMs) {
    await writeFile(join(out, target), JSON.stringify(JSON.parse(await readFile(join(out, file), 'utf8'))));
  }
  return target;
}

/** Milliseconds of one run of a native program (its exit status aside: validate exits 1 on warnings). */
function timedRun(program, args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(program, args, { stdio: 'ignore' });
  if (run.error) throw run.error;
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The native tools on both layouts of `file`: `greenfair validate` and a full load, medians of five. */
async function nativeLayouts(out, file) {
  const layouts = { pretty: join(out, file), 'one line': join(out, await oneLine(out, file)) };
  const result = { validate: {}, load: {} };
  for (const [layout, path] of Object.entries(layouts)) {
    const runs = Array.from({ length: 5 }, () => timedRun('target/release/greenfair', ['validate', path])).sort((a, b) => a - b);
    result.validate[layout] = round(runs[2]);
    const report = join(out, 'native-layout.json');
    timedRun('target/release/examples/bench_booths', [path, report]);
    result.load[layout] = round(JSON.parse(await readFile(report, 'utf8')).load_ms_median_of_5);
  }
  return result;
}

/**
 * The interactions section: every reader interaction and both search boxes
 * on the demo feed and `large` (a feed file under `out`), at 1x and 4x CPU,
 * with the bare page beside them; and the longest tasks while loading each
 * of `sizes` pretty and on one line.
 */
export async function measureInteractions({ browser, widgetUrl, benchUrl, out, large, sizes, log }) {
  const feeds = [['demo', null], [large.replace(/\.json$/, ''), `/fixtures/${large}`]];
  const result = { viewport: PHONE, baseline: {}, feeds: {}, loading: [] };
  for (const rate of RATES) {
    log(`interactions: bare page at ${rate}x`);
    result.baseline[`${rate}x`] = await baseline(browser, benchUrl, rate);
  }
  for (const [name, feed] of feeds) {
    result.feeds[name] = {};
    for (const rate of RATES) {
      log(`interactions: ${name} at ${rate}x`);
      // Each interaction is done once per fresh page, SESSIONS times: its figure is the median.
      const sessions = [];
      let keys = null;
      for (let i = 0; i < SESSIONS; i++) {
        const { context, page } = await newPage(browser, rate);
        try {
          await openWidget(page, widgetUrl, feed);
          sessions.push(Object.fromEntries(await readerSession(page)));
          if (i === 0) keys = await searchSession(page);
        } finally {
          await context.close();
        }
      }
      const interactions = Object.fromEntries(Object.keys(sessions[0]).map((label) => {
        const durations = sessions.map((s) => s[label] ?? 16).sort((a, b) => a - b);
        const middle = durations[Math.floor(durations.length / 2)];
        return [label, sessions.every((s) => s[label] === null) ? null : round(middle)];
      }));
      result.feeds[name][`${rate}x`] = { interactions, sessions, ...keys };
    }
  }
  for (const file of sizes) {
    for (const [layout, served] of [['pretty', file], ['one line', await oneLine(out, file)]]) {
      for (const rate of RATES) {
        log(`interactions: loading ${served} at ${rate}x`);
        const loads = [];
        for (let i = 0; i < SESSIONS; i++) loads.push(await loading(browser, widgetUrl, `/fixtures/${served}`, rate));
        const middle = (key) => round(percentile(loads.map((load) => load[key]), 0.5));
        const figures = Object.fromEntries(Object.keys(loads[0]).map((key) => [key, middle(key)]));
        result.loading.push({ feed: file, layout, cpu: `${rate}x`, ...figures });
      }
    }
  }
  log('interactions: the native tools on both layouts');
  try {
    result.native = await nativeLayouts(out, large);
  } catch (error) {
    log(`interactions: no native figures (${error.message}); scripts/bench builds target/release/greenfair and examples/bench_booths`);
  }
  return { interactions: result };
}
