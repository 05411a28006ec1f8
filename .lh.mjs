import lighthouse from 'lighthouse';
import { screenEmulationMetrics, userAgents } from 'lighthouse/core/config/constants.js';
import { launch } from 'chrome-launcher';
import { spawn } from 'node:child_process';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './bench/chromium.mjs';
const dist = process.argv[2] ?? 'dist';
const srv = spawn('node', ['scripts/serve.mjs', '--port', '8934', '--dist', dist], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
for (let i = 0; i < Number(process.argv[3] ?? 2); i++) {
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
  const { lhr } = await lighthouse('http://127.0.0.1:8934/', { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], formFactor: 'mobile', screenEmulation: screenEmulationMetrics.mobile, emulatedUserAgent: userAgents.mobile });
  const a = lhr.audits;
  const lcpEl = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  console.log(Math.round(lhr.categories.performance.score * 100), 'FCP', Math.round(a['first-contentful-paint'].numericValue), 'LCP', Math.round(a['largest-contentful-paint'].numericValue), 'TBT', Math.round(a['total-blocking-time'].numericValue), 'SI', Math.round(a['speed-index'].numericValue), lcpEl?.snippet?.slice(0, 120), lcpEl?.selector);
  const phases = a['largest-contentful-paint-element']?.details?.items?.[1]?.items;
  console.log(JSON.stringify(phases));
  if (a['largest-contentful-paint'].numericValue > 1500) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync('/tmp/an/lh-bad.json', JSON.stringify(lhr));
    for (const r of a['network-requests'].details.items) console.log(r.url.slice(-40), r.priority, Math.round(r.networkRequestTime), Math.round(r.networkEndTime), r.transferSize, r.resourceType);
    console.log('observed', JSON.stringify(a.metrics.details.items[0], null, 0).slice(0, 900));
  }
  chrome.kill();
}
srv.kill();
