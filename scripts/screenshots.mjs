// Takes the screenshots kept in docs/ from the built dist/ (run scripts/demo or
// scripts/test first so dist/ exists):  node scripts/screenshots.mjs
import { startHarness } from '../tests/browser/harness.mjs';

// The same fixed "today" as the browser tests: the first 2025 fairs are on.
const TODAY = '2025-09-13';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 780 };
const shots = [
  { file: 'docs/screenshot-embed-desktop.png', size: { width: 1280, height: 1500 }, hash: '', ready: 'aside [data-greenfair] .gf-booth-card', page: true },
  { file: 'docs/screenshot-embed-360.png', size: { width: 360, height: 2200 }, hash: '#gf0.v=agenda', ready: 'aside [data-greenfair] .gf-booth-card', page: true },
  { file: 'docs/screenshot-calendar-grid-desktop.png', size: DESKTOP, hash: '#gf0.v=grid&gf0.m=2025-09', ready: '.article-embed [data-greenfair] .gf-bar' },
  { file: 'docs/screenshot-calendar-agenda-desktop.png', size: DESKTOP, hash: '#gf0.v=agenda', ready: '.article-embed [data-greenfair] .gf-event' },
  { file: 'docs/screenshot-calendar-details-desktop.png', size: DESKTOP, hash: '#gf0.v=grid&gf0.m=2025-09&gf0.e=2025-09-my-dinh-do-go', ready: '.article-embed [data-greenfair] dialog[open]', page: true },
  { file: 'docs/screenshot-calendar-agenda-360.png', size: PHONE, hash: '', ready: '.article-embed [data-greenfair] .gf-event' },
  { file: 'docs/screenshot-calendar-grid-360.png', size: PHONE, hash: '#gf0.v=grid&gf0.m=2025-09', ready: '.article-embed [data-greenfair] .gf-bar' },
  { file: 'docs/screenshot-booths-desktop.png', size: DESKTOP, hash: '#gf0.t=booths&gf0.bq=tui&gf0.be=2025-09-mm-thang-long-tai-che', ready: '.article-embed [data-greenfair] .gf-booth-card', top: '.article-embed .gf-booths' },
  { file: 'docs/screenshot-booths-360.png', size: PHONE, hash: '#gf0.t=booths&gf0.bq=do%20go', ready: '.article-embed [data-greenfair] .gf-booth-card', top: '.article-embed .gf-booths' },
  { file: 'docs/screenshot-booth-details-360.png', size: PHONE, hash: '#gf0.t=booths&gf0.b=2025-09-the-linc-thuc-pham-a03', ready: '.article-embed [data-greenfair] dialog[open]', page: true },
];

const harness = await startHarness();
try {
  for (const shot of shots) {
    const { page, context } = await harness.open({ today: TODAY }, { ...shot.size, hash: shot.hash });
    await page.locator(shot.ready).first().waitFor();
    if (shot.page) await page.screenshot({ path: shot.file });
    else if (shot.top) {
      // Long result lists: the first screens of the finder, from its search box.
      await page.locator(shot.top).scrollIntoViewIfNeeded();
      const box = await page.locator(shot.top).boundingBox();
      const scroll = await page.evaluate(() => window.scrollY);
      await page.screenshot({ path: shot.file, fullPage: true, clip: { x: 0, y: box.y + scroll - 16, width: shot.size.width, height: Math.min(box.height + 32, 1400) } });
    }
    else await page.locator('.article-embed').screenshot({ path: shot.file });
    await context.close();
    console.log(`wrote ${shot.file}`);
  }
} finally {
  await harness.close();
}
