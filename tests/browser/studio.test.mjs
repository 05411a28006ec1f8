// Greenfair Studio (studio.html), used as an organiser would, with files the
// tests make: a feed with errors (its findings and lines must be
// `greenfair validate`'s), a Windows-1258 CSV and an .xlsx of exhibitors, an
// edit to a fair; every download checked (the feed with the CLI, the .ics with
// ical.js, the .zip against `greenfair split`); a reload keeps the draft;
// both languages, axe-core, the strict CSP, an empty console.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ICAL from 'ical.js';
import iconv from 'iconv-lite';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { startHarness, consoleErrors, axeViolations } from './harness.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => { await harness?.close(); });

/** `greenfair` itself (built by `cargo test`), run in `cwd`. */
function greenfair(args, cwd = '.') {
  const built = join(process.cwd(), 'target/debug/greenfair');
  const [command, prefix] = existsSync(built) ? [built, []] : ['cargo', ['run', '-q', '--bin', 'greenfair', '--']];
  return spawnSync(command, [...prefix, ...args], { cwd, encoding: 'utf8' });
}

/** The studio, fresh (a new browser profile: no draft kept), in `lang`'s default. */
async function openStudio(options = {}) {
  const opened = await harness.newPage({ width: 1300, height: 1000, ...options });
  await opened.page.goto(`${harness.url}/studio.html`);
  await opened.page.locator('.s-studio').waitFor();
  return opened;
}

/** Opens `name` with `text` through the file picker; over a draft, confirms the replacement. */
async function openFile(page, name, text, { replacing = false } = {}) {
  await page.locator('#s-step-open').click();
  await page.setInputFiles('#s-open-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  if (replacing) {
    await page.getByRole('alertdialog').getByText(`Mở ${name} sẽ thay bản nháp`).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 's-confirm-yes', 'focus moves into the question');
    await page.getByRole('button', { name: 'Thay bằng tệp mới' }).click();
  }
  await page.getByText(`Đã mở ${name}.`).waitFor();
}

/** The file a click downloads: its name and bytes. */
async function downloadOf(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** An .xlsx made here, independently of the studio: sheets of rows of strings. */
function workbook(sheets) {
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const column = (i) => String.fromCharCode(65 + i);
  const sheetXml = (rows) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.map((row, r) =>
    `<row r="${r + 1}">${row.map((cell, c) => `<c r="${column(c)}${r + 1}" t="inlineStr"><is><t>${escape(cell)}</t></is></c>`).join('')}</row>`).join('')}</sheetData></worksheet>`;
  const names = Object.keys(sheets);
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names.map((n, i) => `<sheet name="${escape(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
  };
  names.forEach((n, i) => { files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheets[n]); });
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));
}

test('a feed with errors: every finding and its line as greenfair validate gives them, a click shows the line', async () => {
  const { page, log, context } = await openStudio();
  for (const [n, name] of ['mixed.json', 'truncated.json'].entries()) {
    const text = await readFile(`tests/browser/fixtures/${name}`, 'utf8');
    await openFile(page, name, text, { replacing: n > 0 });
    await page.locator('#s-step-check').click();
    const cli = greenfair(['validate', name], 'tests/browser/fixtures').stdout;
    const expected = cli.split('\n').filter((line) => /: (error|warning): /.test(line));
    assert.ok(expected.length > 0, cli);
    const shown = await page.locator('#s-findings code').allTextContents();
    assert.deepEqual(shown, expected, `${name}: the studio's findings are the CLI's`);
    const [, line] = expected[0].match(/^[^:]+:(\d+):\d+:/);
    await page.locator('#s-findings .s-finding__line').first().click();
    await page.waitForFunction(() => document.activeElement?.id === 's-excerpt');
    const marked = page.locator('#s-excerpt .s-excerpt__line--shown');
    assert.equal(await marked.getAttribute('data-line'), line);
    const source = text.split('\n')[Number(line) - 1];
    assert.ok((await marked.textContent()).endsWith(`${source}\n`), 'the line of the text itself');
  }
  assert.match(await page.locator('#s-verdict').textContent(), /có lỗi/);
  // The preview and publish steps wait for a feed without errors.
  await page.locator('#s-step-publish').click();
  await page.getByText('Bước này cần dữ liệu không có lỗi').waitFor();
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('booths from a Windows-1258 CSV and from an .xlsx sheet, every row not placed listed by number', async () => {
  const { page, log, context } = await openStudio();
  await openFile(page, 'demo.json', await readFile('dist/feeds/demo.json', 'utf8'));
  await page.locator('#s-step-import').click();
  await page.locator('#s-import-event').selectOption('2025-09-mm-thang-long-tai-che');
  // Excel on Vietnamese Windows: Windows-1258, tones as combining marks, `;`.
  const csv = 'Tên doanh nghiê\u0323p;Gian ha\u0300ng;Nhóm ha\u0300ng;Website\n'
    + 'Cơ sơ\u0309 Gô\u0301m Xanh;B1;Gô\u0301m sư\u0301;gomxanh.vn\n'
    + 'Không có mã;;Gô\u0301m sư\u0301;\n'
    + 'HTX Mây Tre;B2;Không có nhóm này;\n';
  await page.setInputFiles('#s-import-file', { name: 'gian-hang.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'windows1258') });
  await page.locator('#s-import-button:not([disabled])').click();
  const result = page.locator('#s-import-result');
  await result.waitFor();
  assert.match(await result.textContent(), /Đã nhập 2 gian hàng vào 2025-09-mm-thang-long-tai-che \(thay \d+ gian hàng cũ\); đọc dạng windows-1258 with ';' separators\./);
  const rows = await page.locator('#s-import-rows tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.deepEqual(rows.map(([row]) => row), ['3', '4']);
  assert.match(rows[0][1], /no exhibitor name or no booth code; not imported/);
  assert.match(rows[1][1], /no category is called "Không có nhóm này"; imported without it/);

  // Excel's "Unicode text": UTF-16 with its BOM, and `,` here.
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Exhibitor,Booth code,Products\nHTX Cói Kim Sơn,D1,"Túi cói, làn cói"\n', 'utf16le')]);
  await page.setInputFiles('#s-import-file', { name: 'unicode.csv', mimeType: 'text/csv', buffer: utf16 });
  await page.locator('#s-import-button').click();
  await page.getByText(/Đã nhập 1 gian hàng vào 2025-09-mm-thang-long-tai-che \(thay 2 gian hàng cũ\); đọc dạng UTF-16LE with ',' separators\./).waitFor();

  // A workbook with two sheets: the second one is read when chosen.
  const xlsx = workbook({
    'Ghi chú': [['Danh sách gửi Sở Công Thương']],
    'Gian hàng': [['Tên doanh nghiệp', 'Gian hàng', 'Sản phẩm'], ['Làng gốm Bát Tràng', 'C1', 'Bình, lọ'], ['Sơn mài Hạ Thái', 'C2', 'Tranh sơn mài']],
  });
  await page.setInputFiles('#s-import-file', { name: 'gian-hang.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
  await page.locator('#s-import-sheet').selectOption('Gian hàng');
  await page.locator('#s-import-button').click();
  await page.getByText(/Đã nhập 2 gian hàng vào 2025-09-mm-thang-long-tai-che \(thay 1 gian hàng cũ\); đọc dạng xlsx, sheet "Gian hàng"\./).waitFor();
  await page.getByText('Mọi dòng đều đã được nhập.').waitFor();
  // The booths are in the draft: the check counts them for that fair.
  await page.locator('#s-step-check').click();
  const table = await page.locator('.s-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.deepEqual(table.find(([id]) => id === '2025-09-mm-thang-long-tai-che'), ['2025-09-mm-thang-long-tai-che', '2']);
  // The template spreadsheet downloads and holds the import's headers.
  await page.locator('#s-step-import').click();
  const template = await downloadOf(page, '#s-template');
  assert.equal(template.name, 'gian-hang-mau.xlsx');
  const sheet = new TextDecoder().decode(unzipSync(template.bytes)['xl/sharedStrings.xml']);
  assert.match(sheet, /Tên doanh nghiệp/);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('an edit to a fair is checked as it is typed, then every download checks out', async () => {
  const { page, log, context } = await openStudio();
  await page.locator('#s-open-template').click();
  await page.locator('#s-step-edit').click();
  await page.locator('#s-events-0 > summary').click();
  await page.locator('#s-f-events-0-name-vi').fill('Hội chợ hàng Việt xanh 2026');
  await page.locator('#s-events-0').getByText('Có ngày cụ thể').click();
  // An empty first day is named by the validator at once, next to its field.
  const start = page.locator('#s-f-events-0-start');
  await start.waitFor();
  assert.equal(await start.getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#s-f-events-0-start-problems').textContent(), /events\[0\]\.start: expected a date like 2025-09-12/);
  await start.fill('2026-03-20');
  await page.locator('#s-f-events-0-end').fill('2026-03-22');
  await page.locator('#s-f-events-0-status').selectOption('scheduled');
  await page.waitForFunction(() => document.getElementById('s-f-events-0-start').getAttribute('aria-invalid') === 'false');
  // A removal says so and can be undone; focus waits on "undo".
  await page.locator('#s-add-venues').click();
  await page.locator('#s-venues-1 > summary').click();
  await page.locator('#s-venues-1').getByRole('button', { name: 'Xoá mục này' }).click();
  await page.getByText('Đã xoá mục.').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 's-undo');
  assert.equal(await page.locator('#s-venues-1').count(), 0);
  await page.locator('#s-undo').click();
  await page.locator('#s-venues-1').waitFor();
  if (!(await page.locator('#s-venues-1').evaluate((d) => d.open))) await page.locator('#s-venues-1 > summary').click();
  await page.locator('#s-f-venues-1-name-vi').fill('Trung tâm Thương mại The Linc');
  await page.locator('#s-f-series-calendar-url').fill('series.ics');

  await page.locator('#s-step-publish').click();
  const dir = await mkdtemp(join(tmpdir(), 'greenfair-studio-'));
  const feed = await downloadOf(page, '#s-download-feed');
  assert.equal(feed.name, 'feed.json');
  await writeFile(join(dir, 'feed.json'), feed.bytes);
  const checked = greenfair(['validate', join(dir, 'feed.json')]);
  assert.equal(checked.status, 0, checked.stdout + checked.stderr);
  const written = JSON.parse(feed.bytes.toString('utf8'));
  assert.deepEqual(Object.keys(written), ['version', 'series', 'categories', 'venues', 'events', 'booths'], 'the keys keep their order');
  assert.equal(written.events[0].name.vi, 'Hội chợ hàng Việt xanh 2026');
  assert.equal(written.events[0].start, '2026-03-20');
  assert.equal(written.series.calendar_url, 'series.ics');

  const ics = await downloadOf(page, '#s-download-ics');
  assert.equal(ics.name, 'series.ics', 'the file series.calendar_url names');
  const calendar = new ICAL.Component(ICAL.parse(ics.bytes.toString('utf8')));
  const events = calendar.getAllSubcomponents('vevent');
  assert.equal(events.length, 1);
  assert.equal(events[0].getFirstPropertyValue('summary'), 'Hội chợ hàng Việt xanh 2026');
  assert.equal(events[0].getFirstPropertyValue('dtstart').toString(), '2026-03-20');

  const zip = await downloadOf(page, '#s-download-zip');
  const inZip = unzipSync(zip.bytes);
  greenfair(['split', join(dir, 'feed.json'), '--out', join(dir, 'split')]);
  const split = [];
  for (const entry of await readdir(join(dir, 'split'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) split.push(relative(join(dir, 'split'), join(entry.parentPath ?? entry.path, entry.name)));
  }
  assert.deepEqual(Object.keys(inZip).sort(), split.sort());
  assert.equal(new TextDecoder().decode(inZip['index.json']), await readFile(join(dir, 'split', 'index.json'), 'utf8'));

  // The snippet waits for the address the feed will have, and the builder takes it.
  assert.equal(await page.locator('#s-snippet').count(), 0);
  await page.locator('#s-feed-address').fill('https://tin.example.vn/hoi-cho/feed.json');
  assert.equal(await page.inputValue('#s-snippet'),
    `<script type="module" src="${harness.url}/v1/greenfair.js"></script>\n<div data-greenfair data-feed="https://tin.example.vn/hoi-cho/feed.json"></div>`);
  assert.match(await page.locator('#s-builder-link').getAttribute('href'), /^builder\.html\?feed=https%3A%2F%2Ftin\.example\.vn/);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('a reload keeps the draft; start over clears it after a confirmation', async () => {
  const { page, log, context } = await openStudio();
  await page.locator('#s-open-template').click();
  await page.locator('#s-step-edit').click();
  await page.locator('#s-f-series-id').fill('hoi-cho-giu-lai');
  // Kept once IndexedDB has it: a reload brings it back.
  await page.waitForFunction(() => new Promise((done) => {
    const open = indexedDB.open('greenfair-studio');
    open.onsuccess = () => {
      const get = open.result.transaction('drafts').objectStore('drafts').get('current');
      get.onsuccess = () => done(get.result?.text?.includes('hoi-cho-giu-lai') ?? false);
    };
  }));
  await page.reload();
  await page.getByText('Đã khôi phục bản nháp feed.json từ lần làm trước.').waitFor();
  await page.locator('#s-step-edit').click();
  assert.equal(await page.inputValue('#s-f-series-id'), 'hoi-cho-giu-lai');

  await page.locator('#s-step-open').click();
  await page.getByRole('button', { name: 'Bắt đầu lại' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 's-confirm-yes');
  await page.getByRole('button', { name: 'Huỷ' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 's-start-over');
  assert.equal(await page.locator('.s-card code').first().textContent(), 'feed.json', 'cancelled: the draft stays');
  await page.getByRole('button', { name: 'Bắt đầu lại' }).click();
  await page.getByRole('button', { name: 'Xoá bản nháp' }).click();
  await page.getByText('Đã xoá bản nháp.').waitFor();
  await page.reload();
  await page.locator('.s-studio').waitFor();
  await page.getByText('Chưa mở dữ liệu nào').waitFor();
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('both languages, the preview at phone and desktop width, axe-core without violations under the strict CSP', async () => {
  const { page, log, context } = await openStudio();
  const response = await page.goto(`${harness.url}/studio.html`);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
  await page.locator('.s-studio').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'open step, Vietnamese');
  await page.locator('#s-open-url').fill('feeds/demo.json');
  await page.getByRole('button', { name: 'Tải về' }).click();
  await page.getByText('Đã mở demo.json.').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'check step');
  await page.locator('#s-step-preview').click();
  const phone = page.locator('#s-preview-phone .gf-root');
  const desktop = page.locator('#s-preview-desktop .gf-root');
  await phone.waitFor();
  await desktop.waitFor();
  assert.equal(await page.locator('#s-preview-phone').evaluate((e) => e.getBoundingClientRect().width), 360);
  // Both tabs of the real widget, on the draft.
  await desktop.getByRole('tab', { name: 'Tìm gian hàng' }).click();
  await desktop.getByRole('searchbox', { name: 'Tìm gian hàng' }).waitFor();
  // The phone's width opens the calendar as an agenda, as on a reader's phone.
  await phone.getByRole('button', { name: 'Danh sách', pressed: true }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'preview step, Vietnamese');
  await page.locator('#s-step-edit').click();
  assert.deepEqual(await axeViolations(page), [], 'edit step, Vietnamese');
  await page.locator('#s-step-preview').click();
  await page.locator('.s-langs').getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Greenfair Studio: fair data' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await phone.waitFor();
  assert.deepEqual(await axeViolations(page), [], 'preview step, English');
  await page.locator('#s-step-edit').click();
  await page.getByRole('group', { name: /Fair series/ }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'edit step, English');
  await page.locator('#s-step-import').click();
  assert.deepEqual(await axeViolations(page), [], 'import step, English');
  await page.locator('#s-step-publish').click();
  assert.deepEqual(await axeViolations(page), [], 'publish step, English');
  // A fetch that fails says why, and what CORS asks of the other server.
  await page.locator('#s-step-open').click();
  await page.locator('#s-open-url').fill('/nowhere/feed.json');
  await page.getByRole('button', { name: 'Fetch' }).click();
  await page.getByText(/The data could not be opened: the server answered HTTP 404/).waitFor();
  assert.deepEqual(consoleErrors(log, [/404/]), []);
  await context.close();
});

test('the demo feed names its series calendar: the widget offers the subscription, and demo.ics is served', async () => {
  const { page, log, context } = await harness.open();
  const widget = page.locator('.article-embed [data-greenfair] .gf-root');
  const subscribe = widget.getByRole('group', { name: 'Đăng ký lịch' });
  await subscribe.waitFor();
  const host = new URL(harness.url).host;
  assert.equal(await subscribe.getByRole('link', { name: 'Ứng dụng lịch (điện thoại, máy tính)' }).getAttribute('href'), `webcal://${host}/feeds/demo.ics`);
  assert.equal(await subscribe.getByRole('link', { name: /Google Calendar/ }).getAttribute('href'),
    `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(`webcal://${host}/feeds/demo.ics`)}`);
  const served = await fetch(`${harness.url}/feeds/demo.ics`);
  assert.match(served.headers.get('content-type'), /^text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(await served.text()));
  const demo = JSON.parse(await readFile('dist/feeds/demo.json', 'utf8'));
  const dated = demo.events.filter((e) => e.start).map((e) => `${e.id}@${demo.series.id}.greenfair`);
  assert.deepEqual(calendar.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid')), dated);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

