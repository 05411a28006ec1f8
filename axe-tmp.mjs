import { readFile } from 'node:fs/promises';
import { startHarness } from './tests/browser/harness.mjs';
const axe = await readFile('node_modules/axe-core/axe.min.js', 'utf8');
const h = await startHarness();
const views = [
  ['agenda', { today: '2025-09-13' }, '#gf0.v=agenda', '.article-embed [data-greenfair] .gf-event'],
  ['grid', { today: '2025-09-13' }, '#gf0.v=grid&gf0.m=2025-09', '.article-embed [data-greenfair] .gf-bar'],
  ['details', { today: '2025-09-13' }, '#gf0.v=grid&gf0.m=2025-09&gf0.e=2025-09-my-dinh-do-go', '.article-embed dialog[open]'],
  ['booths', { today: '2025-09-16' }, '#gf0.t=booths&gf0.be=2025-09-mm-thang-long-tai-che', '.article-embed .gf-plan'],
  ['booth', { today: '2025-09-16' }, '#gf0.t=booths&gf0.b=2025-09-mm-thang-long-tai-che-a01', '.article-embed dialog[open]'],
  ['favourites', { today: '2025-09-16' }, '#gf0.t=booths&gf0.fl=2025-09-mm-thang-long-tai-che-a01', '.article-embed .gf-favourites'],
  ['error-en', { feed: '/fixtures/truncated.json', lang: 'en' }, '', '.article-embed [role="alert"]'],
];
for (const [name, query, hash, ready] of views) {
  const { page, context } = await h.open(query, { hash });
  await page.locator(ready).first().waitFor();
  await page.addScriptTag({ content: axe }).catch(async () => { await page.evaluate(axe); });
  const result = await page.evaluate(async () => {
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0].target.join(' ')} :: ${v.nodes[0].failureSummary.split('\n')[1]}`);
  });
  console.log(name, result.length ? '\n  ' + result.join('\n  ') : 'clean');
  await context.close();
}
await h.close();
