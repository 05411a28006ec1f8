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
      const page = await context.newPage();
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
 * axe-core's WCAG 2.1 A and AA and best-practice violations on the page, as
 * "rule: targets" lines. axe is injected through the console API, not a
 * <script>, so the page's CSP stays strict.
 */
export async function axeViolations(page) {
  await page.evaluate(await readFile('node_modules/axe-core/axe.min.js', 'utf8'));
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
