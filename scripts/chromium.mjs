// The headless Chromium of the browser tests and the benchmark: Debian's
// build (or $CHROMIUM), with the flags that keep it from reaching the network
// on its own.
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** The viewport of every page: a desktop window, so the widget shows its month grid. */
export const VIEWPORT = { width: 1280, height: 900 };

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** A fresh context (empty HTTP cache, own storage), one page in it, and a CDP session to that page. */
export async function freshPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}
