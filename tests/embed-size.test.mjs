// The embed's weight, held by a budget: what a page with the script embed
// downloads (the loader, the wasm-bindgen glue and the WebAssembly; not the
// feed), brotli at quality 11 as a CDN serves it. Bytes are deterministic,
// so a change that makes every reader download more fails here; lower the
// budget in tests/embed-size-budget.json as the embed gets lighter. The
// budget changes only with the line of its `why` that says what paid for it
// (docs/performance.md, 'Bytes'), which the second test holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const EMBED = ['greenfair.js', 'greenfair-widget.js', 'greenfair-widget_bg.wasm'];
const dist = new URL('../dist/v1/', import.meta.url);
const BUDGET = new URL('./embed-size-budget.json', import.meta.url);
const BUDGET_PATH = 'tests/embed-size-budget.json';

test('the script embed stays within its brotli budget', async () => {
  const budget = JSON.parse(await readFile(BUDGET, 'utf8'));
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

/** One line of the budget's `why`: the budget it set, what the embed measured then, the budget before, and what paid for it. */
const WHY_LINE = /^(?<budget>\d+) \((?<measured>\d+) measured\), (?:first|from (?<from>\d+)): (?<paid>.+)$/s;

/** The budget's lines, parsed; fails on a line not in the form. */
function whyLines(budget) {
  assert.ok(Array.isArray(budget.why) && budget.why.length > 0, 'the budget file\'s why is a list of lines, one per figure the budget has had');
  return budget.why.map((line, i) => {
    const match = typeof line === 'string' && WHY_LINE.exec(line);
    assert.ok(match, `why[${i}] is not "BUDGET (MEASURED measured), from PREVIOUS: what paid for it": ${JSON.stringify(line)}`);
    const { budget: to, measured, from, paid } = match.groups;
    return { line: i, budget: Number(to), measured: Number(measured), from: from === undefined ? null : Number(from), paid };
  });
}

/** Every figure the budget file's brotli_bytes has had in git (oldest first, repeats folded), then the working copy's; null without git. */
function budgetHistory(current) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  let commits;
  try {
    commits = execFileSync('git', ['log', '--reverse', '--format=%H', '--', BUDGET_PATH], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    return null;
  }
  const figures = commits.map((commit) => JSON.parse(execFileSync('git', ['show', `${commit}:${BUDGET_PATH}`], { cwd: root, encoding: 'utf8' })).brotli_bytes);
  figures.push(current);
  return figures.filter((figure, i) => i === 0 || figure !== figures[i - 1]);
}

test('every figure the budget has had comes with the line that says what paid for it', async (t) => {
  const budget = JSON.parse(await readFile(BUDGET, 'utf8'));
  const lines = whyLines(budget);
  lines.forEach(({ line, budget: to, measured, from, paid }, i) => {
    if (i === 0) assert.equal(from, null, `why[${line}]: only the first line has no previous budget`);
    else assert.equal(from, lines[i - 1].budget, `why[${line}] starts from ${from}, but the line before set ${lines[i - 1].budget}`);
    assert.notEqual(to, from, `why[${line}] changes nothing`);
    assert.ok(measured <= to, `why[${line}]: the embed measured ${measured}, over the ${to} it set`);
    assert.ok(paid.trim().length >= 30, `why[${line}] does not say what paid for it: ${JSON.stringify(paid)}`);
    if (from !== null && to > from) assert.match(paid, /\+\d/, `why[${line}] raises the budget by ${to - from} and names no bytes (+N) that paid for it`);
  });
  assert.equal(budget.brotli_bytes, lines.at(-1).budget,
    `the budget is ${budget.brotli_bytes}, but the last line of its why sets ${lines.at(-1).budget}: a new figure needs its line`);
  // Each figure the file has held in its history has its line, in order:
  // a figure changed in git without a line, or a line taken out, fails.
  const history = budgetHistory(budget.brotli_bytes);
  if (history === null) {
    assert.notEqual(process.env.CI, 'true', 'git, to read the budget\'s history, is missing under CI');
    t.diagnostic('no git here: the budget\'s history in git is not checked');
    return;
  }
  assert.deepEqual(lines.map((l) => l.budget).slice(-history.length), history,
    'the figures the budget has had in git, oldest first, against the figures of its why lines');
});
