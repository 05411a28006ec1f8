// Shared set-up for the browser tests: the built dist/ served on 127.0.0.1 and
// Debian's Chromium driven by playwright-core. Every page records what the
// console and the page report, so tests can require an empty console.
import { readFile } from 'node:fs/promises';
import { launchBrowser } from '../../scripts/chromium.mjs';
import { createNetwork, serve } from '../../scripts/serve.mjs';

/** Starts the server and the browser; call `close()` when done. */
export async function startHarness() {
  const network = createNetwork();
  const { server, url } = await serve({ port: 0, dist: 'dist', fixtures: 'tests/browser/fixtures', network });
  const browser = await launchBrowser();
  return {
    url,
    browser,
    /** The test-controlled feeds under /net/ and their request log. */
    network,
    /**
     * A page not yet navigated (so a test can route its requests first), in
     * `context` or a fresh one; returns the page, its console log and its context.
     */
    async newPage({ width = 1280, height = 900, context: reuse = null } = {}) {
      const context = reuse ?? await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
      const page = guardWaitForFunction(await context.newPage());
      const log = [];
      page.on('console', (message) => log.push({ type: message.type(), text: message.text() }));
      page.on('pageerror', (error) => log.push({ type: 'pageerror', text: String(error) }));
      return { page, log, context };
    },
    /** Opens the demo page with query parameters; returns the page and its console log. */
    async open(query = {}, { hash = '', ...options } = {}) {
      const opened = await this.newPage(options);
      const search = new URLSearchParams(query).toString();
      await opened.page.goto(`${url}/${search ? `?${search}` : ''}${hash}`);
      return opened;
    },
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/**
 * Polls `fn(arg)` in the page until it returns something truthy, and
 * resolves to it. Unlike `page.waitForFunction`, `fn` may be async or return
 * a Promise: each look is a `page.evaluate`, which awaits it, so an IndexedDB
 * read or a Cache Storage look is waited for, not taken as a truthy Promise.
 * Fails after `timeout` ms naming `what` and the last value seen.
 */
export async function pollPage(page, fn, arg, { timeout = 15000, interval = 50, what = String(fn) } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await page.evaluate(fn, arg);
      if (last) return last;
    } catch (error) {
      // A navigation under way destroys the context: look again.
      if (!/context was destroyed|navigat/i.test(error.message)) throw error;
      last = error.message;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((done) => setTimeout(done, interval));
  }
}

/**
 * `page` with a `waitForFunction` that refuses a predicate it would take as
 * met at once: Playwright does not await what the predicate returns, and a
 * Promise is truthy, so an async predicate (or one returning a Promise)
 * "holds" on its first look. An async function is refused before it runs;
 * any other predicate is run in the page through a wrapper that throws when
 * it returns a thenable. Use `pollPage` for what has to be awaited.
 */
export function guardWaitForFunction(page) {
  const waitForFunction = page.waitForFunction.bind(page);
  page.waitForFunction = (predicate, arg, options) => {
    if (typeof predicate !== 'function') return waitForFunction(predicate, arg, options);
    if (predicate.constructor.name === 'AsyncFunction') {
      return Promise.reject(new Error(`waitForFunction: an async predicate returns a Promise, which is truthy, so it would hold at once; use pollPage: ${predicate}`));
    }
    // Sent to the page as this function's source: the predicate, called,
    // and what it returned refused if it is a thenable.
    const checked = () => {};
    checked.toString = () => `(arg) => {
      const result = (${predicate})(arg);
      if (result !== null && (typeof result === 'object' || typeof result === 'function') && typeof result.then === 'function') {
        throw new Error('waitForFunction: the predicate returned a Promise, which is truthy, so it would hold at once; use pollPage');
      }
      return result;
    }`;
    return waitForFunction(checked, arg, options);
  };
  return page;
}

/** Console entries that are errors (or uncaught exceptions), minus the expected ones. */
export function consoleErrors(log, allowed = []) {
  return log.filter((entry) => (entry.type === 'error' || entry.type === 'pageerror')
    && !allowed.some((pattern) => pattern.test(entry.text)));
}

/** The widget in the article body (the sidebar holds a second one). */
export const articleWidget = (page) => page.locator('.article-embed [data-greenfair] .gf-root');

/** A handle on the element that has focus, looking inside shadow roots (null when none). */
export function deepActiveElement(page) {
  return page.evaluateHandle(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  });
}

/** The grid day that has focus, or null. */
export async function deepActiveDate(page) {
  return (await deepActiveElement(page)).evaluate((active) => active?.dataset?.date ?? null);
}

/** Waits until the focused element (inside shadow roots) is the grid day `date`. */
export function waitForFocusedDate(page, date) {
  return page.waitForFunction((wanted) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.dataset?.date === wanted;
  }, date);
}

/**
 * axe-core's WCAG 2.1 A and AA, 2.2 AA (target size) and best-practice violations on the page, as
 * "rule: targets" lines. axe is injected through the console API, not a
 * <script>, so the page's CSP stays strict.
 */
export async function axeViolations(page) {
  await page.evaluate(await readFile('node_modules/axe-core/axe.min.js', 'utf8'));
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
