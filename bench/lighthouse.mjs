// Lighthouse (node API, its default mobile settings: Moto G Power screen,
// simulated slow 4G and 4x CPU) on the demo article page with its two
// widgets, in the same Chromium, started by chrome-launcher. Lighthouse
// needs no network beyond the page: the run's own request log is checked
// for any request that left 127.0.0.1. One run's simulated timings can swing
// by 20 points (a paint observed a few milliseconds later pulls every
// download into the estimate), so it runs RUNS times, each in a fresh
// browser, and reports the run with the median performance score, with
// every run's scores beside it.
import lighthouse from 'lighthouse';
import { screenEmulationMetrics, userAgents } from 'lighthouse/core/config/constants.js';
import { launch } from 'chrome-launcher';
import { round } from './stats.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

const RUNS = 3;

export async function measureLighthouse({ url }) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await lighthouseOnce(url));
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  return { ...sorted[Math.floor(RUNS / 2)], runs: runs.map(({ performance, lcp_ms, tbt_ms }) => ({ performance, lcp_ms, tbt_ms })) };
}

async function lighthouseOnce(url) {
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      formFactor: 'mobile',
      screenEmulation: screenEmulationMetrics.mobile,
      emulatedUserAgent: userAgents.mobile,
    });
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const score = (category) => Math.round(lhr.categories[category].score * 100);
    const numeric = (audit) => lhr.audits[audit].numericValue;
    const requests = lhr.audits['network-requests'].details.items.map((item) => item.url);
    const failed = Object.values(lhr.audits).filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative');
    return {
      version: lhr.lighthouseVersion,
      url: lhr.finalDisplayedUrl,
      performance: score('performance'),
      accessibility: score('accessibility'),
      best_practices: score('best-practices'),
      lcp_ms: Math.round(numeric('largest-contentful-paint')),
      tbt_ms: Math.round(numeric('total-blocking-time')),
      cls: round(numeric('cumulative-layout-shift'), 3),
      requests: requests.length,
      external_requests: requests.filter((request) => !request.startsWith(new URL(url).origin)),
      audits_below_full_score: failed.map((audit) => audit.id),
      warnings: lhr.runWarnings,
    };
  } finally {
    chrome.kill();
  }
}
