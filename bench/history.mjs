// Prints the before/after table of docs/performance.md from the runs kept in
// bench/history/ (each named COMMIT-SECTIONS.json, written by
// `node bench/run.mjs --results bench/history/…` on that commit's build).
//
//   node bench/history.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { kb } from './report.mjs';

const cell = (value) => (value === undefined || value === null ? '' : String(value));
const rows = [];
for (const file of readdirSync('bench/history').filter((f) => f.endsWith('.json')).sort()) {
  const run = JSON.parse(readFileSync(`bench/history/${file}`, 'utf8'));
  const total = run.bytes?.widget?.total;
  const widget = run.startup?.widget;
  const calendar = run.startup?.fullcalendar;
  rows.push([
    file.replace('.json', ''),
    run.measured?.slice(11, 16) ?? '',
    total ? kb(total.gzip) : '',
    total ? kb(total.brotli) : '',
    cell(widget?.unthrottled?.median_ms),
    cell(widget?.throttled_4x?.median_ms),
    cell(widget?.throttled_4x?.main_thread_ms),
    cell(widget?.throttled_4x?.longest_task_ms),
    cell(calendar?.unthrottled?.median_ms),
    cell(run.search?.find((s) => s.booths === 20000)?.widget?.index_ms),
    cell(run.lighthouse?.performance),
  ]);
}
// In the order of the commits measured (git log), oldest first; runs of one commit by name.
const commits = execFileSync('git', ['log', '--reverse', '--format=%h'], { encoding: 'utf8' }).split('\n');
const order = (name) => commits.findIndex((c) => c.startsWith(name.split('-')[0]));
rows.sort((a, b) => order(a[0]) - order(b[0]) || a[0].localeCompare(b[0]));
console.log('| run | measured (UTC) | gzip KB | brotli KB | start-up ms | start-up 4x ms | main thread 4x ms | longest task 4x ms | FullCalendar start-up ms (same run) | index build 20k ms | Lighthouse performance |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
