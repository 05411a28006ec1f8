// Takes the screenshots kept in docs/ from the built dist/ (run scripts/demo or
// scripts/test first so dist/ exists):  node scripts/screenshots.mjs
import { startHarness } from '../tests/browser/harness.mjs';

// The same fixed "today" as the browser tests: the first 2025 fairs are on.
const TODAY = '2025-09-13';
const shots = [
  { file: 'docs/screenshot-events-desktop.png', width: 1280, height: 900 },
  { file: 'docs/screenshot-events-360.png', width: 360, height: 780 },
];

const harness = await startHarness();
try {
  for (const shot of shots) {
    const { page, context } = await harness.open({ today: TODAY }, shot);
    await page.locator('[data-greenfair] .gf-event').first().waitFor();
    await page.locator('.article-embed').screenshot({ path: shot.file });
    await context.close();
    console.log(`wrote ${shot.file}`);
  }
} finally {
  await harness.close();
}
