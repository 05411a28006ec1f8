// Transfer size of the widget and of FullCalendar's standard browser bundle:
// each file raw, gzip -9 (zlib level 9) and brotli at quality 11, and totals.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { round } from './stats.mjs';

/** What a page with the script embed downloads (its styles are compiled into
 * the wasm); the same list as tests/embed-size.test.mjs. */
const WIDGET_FILES = ['v1/greenfair.js', 'v1/greenfair-widget.js', 'v1/greenfair-widget_bg.wasm'];
/** Linked only by `greenfair render` snippets, so counted apart. */
const SNIPPET_FILES = ['v1/greenfair.css'];
const FULLCALENDAR_FILE = 'node_modules/fullcalendar/index.global.min.js';

async function sizes(path) {
  const raw = await readFile(path);
  const brotli = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  return { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, brotli: brotli.length };
}

/** Sizes of each file ({ file: its name in the report, path }) and their sum. */
async function bundle(entries) {
  const files = [];
  for (const { file, path } of entries) files.push({ file, ...(await sizes(path)) });
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) for (const key of Object.keys(total)) total[key] += file[key];
  return { files, total };
}

export async function measureBytes({ dist }) {
  const widget = await bundle(WIDGET_FILES.map((file) => ({ file, path: join(dist, file) })));
  const snippet = await bundle(SNIPPET_FILES.map((file) => ({ file, path: join(dist, file) })));
  const fullcalendar = await bundle([{ file: basename(FULLCALENDAR_FILE), path: FULLCALENDAR_FILE }]);
  const version = JSON.parse(await readFile('node_modules/fullcalendar/package.json', 'utf8')).version;
  return {
    widget,
    snippet,
    fullcalendar: { version, ...fullcalendar },
    ratio_gzip: round(widget.total.gzip / fullcalendar.total.gzip, 2),
  };
}
