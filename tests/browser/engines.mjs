// One small driver API over the two engines that Playwright's own builds
// would bring but that this machine has from Debian: Firefox ESR through
// puppeteer-core (WebDriver BiDi) and WebKitGTK, Safari's engine, through
// its WebDriver and selenium-webdriver (MiniBrowser under Xvfb). The tests of
// tests/browser/engines.test.mjs run the same steps in both.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { Builder, Key } from 'selenium-webdriver';

export const FIREFOX_PATH = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER ?? findMiniBrowser();

/**
 * WebKitGTK's MiniBrowser, which Debian installs under the multiarch
 * directory of the machine (/usr/lib/x86_64-linux-gnu/…,
 * /usr/lib/aarch64-linux-gnu/…): the directory dpkg names for this
 * machine, else the first /usr/lib/<triplet>/webkit2gtk-4.1/MiniBrowser there is. Where none is
 * found, the path of this machine's would-be one, for `missing` to name.
 */
function findMiniBrowser() {
  const at = (triplet) => `/usr/lib/${triplet}/webkit2gtk-4.1/MiniBrowser`;
  let triplet = null;
  for (const [command, args] of [['dpkg-architecture', ['-qDEB_HOST_MULTIARCH']], ['gcc', ['-print-multiarch']]]) {
    try {
      triplet = execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
    } catch {
      continue;
    }
    if (triplet) break;
  }
  if (triplet && existsSync(at(triplet))) return at(triplet);
  let found = null;
  try {
    found = readdirSync('/usr/lib').map(at).find((path) => existsSync(path)) ?? null;
  } catch {
    // No /usr/lib: no MiniBrowser either.
  }
  return found ?? (triplet ? at(triplet) : at(`${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu`));
}

/** Why an engine cannot run here, or null when it can. */
export function missing(engine) {
  const needs = engine === 'firefox' ? [FIREFOX_PATH] : [WEBKIT_DRIVER, MINIBROWSER, '/usr/bin/Xvfb'];
  const absent = needs.filter((path) => !existsSync(path));
  return absent.length ? `${engine}: not installed (${absent.join(', ')}); run scripts/setup --browser` : null;
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers, or rejects after `timeout` ms. */
async function reachable(url, timeout = 20000) {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      await fetch(url);
      return;
    } catch (error) {
      if (Date.now() > until) throw new Error(`${url} did not answer: ${error.message}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

/**
 * Defined for every function a test runs in the page: `shadow(selector)` is
 * the shadow root of the first element `selector` matches (a widget's host).
 * Passed as source, not through `eval` in the page, which the strict CSP forbids.
 */
const PRELUDE = "const shadow = (selector = '[data-greenfair]') => document.querySelector(selector)?.shadowRoot;";

/** `fn` called with `args` (JSON values), as the source of a function body. */
function body(fn, args) {
  return `${PRELUDE} return (${fn}).apply(null, ${JSON.stringify(args)});`;
}

/** The same calls in both engines; `evaluate` takes a function and JSON arguments. */
class Session {
  constructor(engine, version, close) {
    this.engine = engine;
    this.version = version;
    this.close = close;
  }

  /** Polls `fn(...args)` in the page until it returns something truthy, which it resolves to. */
  async waitFor(fn, args = [], { timeout = 15000, what = fn.toString() } = {}) {
    const until = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.evaluate(fn, ...args);
        if (last) return last;
      } catch (error) {
        last = error;
      }
      if (Date.now() > until) throw new Error(`${this.engine}: timed out waiting for ${what} (last: ${last})`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  /** What the page's console capture kept (pages opened with ?capture=1). */
  consoleLog() {
    return this.evaluate(() => window.__greenfairTestLog ?? [{ type: 'error', text: 'no console capture on this page' }]);
  }
}

class FirefoxSession extends Session {
  /**
   * Why a key press cannot activate a focused button here, or null: Firefox
   * ESR's WebDriver BiDi input delivers Enter and Space to the element (its
   * keydown handlers run) without the button's activation, a limit of the
   * driver (a plain <button> on a bare page shows it), not of the widget.
   */
  keyActivation = 'Firefox ESR: WebDriver BiDi key presses run keydown handlers but do not activate a focused <button>';

  static async launch({ width, height }) {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      defaultViewport: null,
      args: [`--width=${width}`, `--height=${height}`],
    });
    const page = (await browser.pages())[0] ?? await browser.newPage();
    const session = new FirefoxSession('firefox', await browser.version(), () => browser.close());
    session.page = page;
    return session;
  }

  goto(url) { return this.page.goto(url); }
  reload() { return this.page.reload(); }
  evaluate(fn, ...args) { return this.page.evaluate(`(async () => { ${body(fn, args)} })()`); }
  /** Types `text` one key at a time into the focused element. */
  type(text) { return this.page.keyboard.type(text); }
  /** Presses one key by its name (`ArrowRight`, `Enter`, `Escape`, `Tab`). */
  press(key) { return this.page.keyboard.press(key); }
  /** A real click on the element `find` returns in the page. */
  async click(find, ...args) {
    const handle = await this.page.evaluateHandle(`(() => { ${body(find, args)} })()`);
    const element = handle.asElement();
    if (!element) throw new Error(`firefox: nothing to click for ${find}`);
    await element.click();
    await handle.dispose();
  }
}

const SELENIUM_KEYS = { ArrowRight: Key.ARROW_RIGHT, ArrowLeft: Key.ARROW_LEFT, ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP, Enter: Key.ENTER, Escape: Key.ESCAPE, Tab: Key.TAB, Home: Key.HOME, End: Key.END, Space: Key.SPACE };

class WebKitSession extends Session {
  keyActivation = null;

  static async launch({ width, height }) {
    const children = [];
    let display = process.env.DISPLAY;
    if (!display) {
      display = `:${90 + Math.floor(Math.random() * 9)}`;
      const xvfb = spawn('/usr/bin/Xvfb', [display, '-screen', '0', `${Math.max(width, 1280)}x${Math.max(height, 1024)}x24`, '-nolisten', 'tcp'], { stdio: 'ignore' });
      children.push(xvfb);
    }
    const port = await freePort();
    const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
    children.push(driver);
    const stop = () => { for (const child of children.reverse()) child.kill(); };
    try {
      await reachable(`http://127.0.0.1:${port}/status`);
      const web = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      }).build();
      await web.manage().window().setRect({ width, height });
      const capabilities = await web.getCapabilities();
      const session = new WebKitSession('webkit', capabilities.get('browserVersion'), async () => { await web.quit().catch(() => {}); stop(); });
      session.web = web;
      return session;
    } catch (error) {
      stop();
      throw error;
    }
  }

  goto(url) { return this.web.get(url); }
  reload() { return this.web.navigate().refresh(); }
  evaluate(fn, ...args) {
    return this.web.executeScript(body(fn, args));
  }
  async type(text) {
    const actions = this.web.actions({ async: true });
    for (const character of text) actions.sendKeys(character);
    await actions.perform();
  }
  press(key) { return this.web.actions({ async: true }).sendKeys(SELENIUM_KEYS[key] ?? key).perform(); }
  async click(find, ...args) {
    const element = await this.web.executeScript(body(find, args));
    if (!element) throw new Error(`webkit: nothing to click for ${find}`);
    // The pointer can only reach what is in the viewport, as a reader's finger.
    await this.web.executeScript("arguments[0].scrollIntoView({ block: 'center' })", element);
    await this.web.actions({ async: true }).move({ origin: element }).click().perform();
  }
}

/** Starts `engine` ('firefox' or 'webkit') with a window of `width` × `height`. */
export function launch(engine, { width = 1280, height = 900 } = {}) {
  return engine === 'firefox' ? FirefoxSession.launch({ width, height }) : WebKitSession.launch({ width, height });
}
