// The performance benchmark (docs/performance.md): transfer size, start-up,
// search, memory and Lighthouse of the built widget, beside FullCalendar and
// three JavaScript search libraries, in headless Chromium. Writes
// bench/results.json and bench/results.md and prints the Markdown. Targets
// missed are reported, not failed: the exit status is non-zero only when a
// section could not be measured.
//
//   node bench/run.mjs [--dist dist] [--out bench/out] [--results bench/results]
//   (--results: where the .json and .md go, for before/after runs of one change)
//   BENCH_QUICK=1                  3 cold loads instead of 20, the 2,000-booth feed only
//   BENCH_ONLY=bytes,startup,search,interactions,lighthouse   run only these sections
//   BENCH_WIDGET_FEED_100000=FILE  (default split-100000/index.json) the feed (under --out) the widget loads for
//                                  100,000 booths, e.g. a split feed's index
import { execFileSync } from 'node:child_process';
import { access, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from '../scripts/serve.mjs';
import { measureBytes } from './bytes.mjs';
import { measureInteractions } from './interactions.mjs';
import { CHROMIUM_PATH, launchBrowser } from '../scripts/chromium.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { markdown, targets } from './report.mjs';
import { measureSearch } from './search.mjs';
import { serveBench } from './server.mjs';
import { measureStartup, startupSubjects } from './startup.mjs';

const { values: args } = parseArgs({ options: { dist: { type: 'string' }, out: { type: 'string' }, results: { type: 'string' } } });
// Paths given on the command line are from where it was typed; the defaults and the rest from the repository.
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(args.dist ?? join(root, 'dist'));
const out = resolve(args.out ?? join(root, 'bench/out'));
const resultsPath = resolve(args.results ?? join(root, 'bench/results'));
process.chdir(root);

const SECTIONS = ['bytes', 'startup', 'search', 'interactions', 'lighthouse'];
const sections = new Set(process.env.BENCH_ONLY?.split(',') ?? SECTIONS);
for (const name of sections) {
  if (!SECTIONS.includes(name)) {
    console.error(`bench: BENCH_ONLY: no section "${name}"; the sections are ${SECTIONS.join(', ')}`);
    process.exit(2);
  }
}
const quick = process.env.BENCH_QUICK === '1';
const RUNS = quick ? 3 : 20;
const BOOTHS = quick ? [2000] : [2000, 20000, 100000];
/** Feeds too large for one file, which the widget loads split (scripts/bench writes them with `greenfair split`). */
const SPLIT = { 100000: 'split-100000/index.json' };

const started = Date.now();
const log = (message) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

function feeds() {
  return BOOTHS.map((booths) => {
    const records = `booths-${booths}.json`;
    const widgetFeed = process.env[`BENCH_WIDGET_FEED_${booths}`] ?? SPLIT[booths] ?? records;
    return { booths, records, widgetFeed };
  });
}

for (const file of [join(dist, 'embed.html'), join(dist, 'v1/greenfair.js'), 'node_modules/fullcalendar/package.json']) {
  await access(file).catch(() => {
    console.error(`bench: ${file} is missing; build the widget (trunk build --release) and run npm ci, or pass --dist`);
    process.exit(2);
  });
}
if (sections.has('search') || sections.has('interactions')) {
  // The search measures every feed; the interactions only those a widget loads whole.
  const needed = sections.has('search') ? feeds() : feeds().filter((f) => !SPLIT[f.booths]);
  for (const { records } of needed) {
    await access(join(out, records)).catch(() => {
      console.error(`bench: ${join(out, records)} is missing; scripts/bench generates it`);
      process.exit(2);
    });
  }
}

let chromium;
try {
  chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).match(/[\d.]+/)[0];
} catch {
  console.error(`bench: no Chromium at ${CHROMIUM_PATH} (scripts/setup --browser installs it; $CHROMIUM points elsewhere)`);
  process.exit(2);
}

const results = {
  measured: new Date().toISOString(),
  machine: { cores: cpus().length, cpu: cpus()[0].model, chromium, node: process.versions.node },
  mode: `${quick ? 'quick' : 'full'} (${RUNS} cold loads; ${BOOTHS.join(', ')} booths)`,
  dist: args.dist ?? 'dist',
  errors: [],
};

/** Runs one section; a failure is recorded and the run goes on. */
async function section(name, measure) {
  if (!sections.has(name)) return;
  log(`${name}…`);
  try {
    Object.assign(results, await measure());
  } catch (error) {
    log(`${name} failed: ${error.stack}`);
    results.errors.push({ section: name, message: error.message.split('\n')[0] });
  }
}

const widgetServer = await serve({ port: 0, dist, fixtures: out });
const benchServer = await serveBench({ dist, out });
try {
  await section('bytes', async () => ({ bytes: await measureBytes({ dist }) }));
  if (sections.has('startup') || sections.has('search') || sections.has('interactions')) {
    const browser = await launchBrowser();
    try {
      await section('startup', async () => ({
        startup: await measureStartup({ browser, subjects: startupSubjects({ widgetUrl: widgetServer.url, benchUrl: benchServer.url }), runs: RUNS, log }),
      }));
      await section('search', () => measureSearch({ browser, widgetUrl: widgetServer.url, benchUrl: benchServer.url, feeds: feeds(), log }));
      // The reader's interactions on the largest single feed (20,000 booths; 2,000 when quick).
      const single = feeds().filter((f) => !SPLIT[f.booths]).map((f) => f.records);
      await section('interactions', () => measureInteractions({
        browser, widgetUrl: widgetServer.url, benchUrl: benchServer.url, out, large: single.at(-1), sizes: single, log,
      }));
    } finally {
      await browser.close();
    }
  }
  // Alone, after Playwright's browser has gone: it starts its own Chromium.
  await section('lighthouse', async () => ({ lighthouse: await measureLighthouse({ url: `${widgetServer.url}/` }) }));
} finally {
  widgetServer.server.close();
  benchServer.server.close();
}

results.targets = targets(results);
results.duration_s = Math.round((Date.now() - started) / 1000);
const report = markdown(results);
await writeFile(`${resultsPath}.json`, `${JSON.stringify(results, null, 2)}\n`);
await writeFile(`${resultsPath}.md`, report);
console.log(report);
log(`done: ${resultsPath}.json, ${resultsPath}.md`);
process.exit(results.errors.length ? 1 : 0);
