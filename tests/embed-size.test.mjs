// The embed's weight, held by a budget: what a page with the script embed
// downloads (the loader, the wasm-bindgen glue and the WebAssembly; not the
// feed), brotli at quality 11 as a CDN serves it. Bytes are deterministic,
// so a change that makes every reader download more fails here; lower the
// budget in tests/embed-size-budget.json as the embed gets lighter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const EMBED = ['greenfair.js', 'greenfair-widget.js', 'greenfair-widget_bg.wasm'];
const dist = new URL('../dist/v1/', import.meta.url);

test('the script embed stays within its brotli budget', async () => {
  const budget = JSON.parse(await readFile(new URL('./embed-size-budget.json', import.meta.url), 'utf8'));
  let brotli = 0;
  let gzip = 0;
  for (const name of EMBED) {
    const bytes = await readFile(new URL(name, dist));
    const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const gz = gzipSync(bytes, { level: 9 }).length;
    console.log(`${name}: ${bytes.length} bytes, ${gz} gzip, ${br} brotli`);
    brotli += br;
    gzip += gz;
  }
  console.log(`embed: ${gzip} bytes gzip, ${brotli} bytes brotli (${(brotli / 1024).toFixed(1)} KB); budget ${budget.brotli_bytes}`);
  assert.ok(brotli <= budget.brotli_bytes, `the embed is ${brotli} bytes brotli, over its budget of ${budget.brotli_bytes}`);
});
