// Greenfair Studio (studio.html), used as an organiser would, with files the
// tests make: a feed with errors (one finding for each of `greenfair
// validate`'s, at its path and line, told in the organiser's language, its
// "Sửa" opening the form at the field), a Windows-1258 CSV and .xlsx files of
// exhibitors (an office's, with titles, merged cells, a hidden row, numbers
// and a formula; one whose columns must be chosen), an edit to a fair; every
// download checked (the feed with the CLI, the .ics with ical.js, the .zip
// against `greenfair split`); a reload keeps the draft; both languages, no
// English on the Vietnamese screens, axe-core, the strict CSP, an empty console.
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
import { startHarness, consoleErrors, axeViolations, pollPage } from './harness.mjs';

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

/**
 * An .xlsx made here, independently of the studio and of the Rust writer the
 * CLI tests use: sheets of rows; a cell is a string, a number (as Excel keeps
 * a phone typed as a number), `{ f, v }` (a formula and the value Excel saved
 * with it) or null. `layout[sheet]` may merge ranges (`['A1:D1']`) and hide
 * rows (`[11]`).
 */
function workbook(sheets, layout = {}) {
  const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const column = (i) => String.fromCharCode(65 + i);
  const cellXml = (cell, ref) => {
    if (cell === null || cell === undefined) return '';
    if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
    if (typeof cell === 'object') return `<c r="${ref}" t="str"><f>${escape(cell.f)}</f><v>${escape(cell.v)}</v></c>`;
    return `<c r="${ref}" t="inlineStr"><is><t>${escape(cell)}</t></is></c>`;
  };
  const sheetXml = (rows, { merges = [], hidden = [] } = {}) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.map((row, r) =>
    `<row r="${r + 1}"${hidden.includes(r + 1) ? ' hidden="1"' : ''}>${row.map((cell, c) => cellXml(cell, `${column(c)}${r + 1}`)).join('')}</row>`).join('')}</sheetData>${
    merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : ''}</worksheet>`;
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
  names.forEach((n, i) => { files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheets[n], layout[n]); });
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The Mỹ Đình wood fair's exhibitor list as the department's office lays it
 * out: two organisation lines and a title in merged cells, the header on
 * row 7, a booth code made by a formula, phones typed as numbers (one of
 * them 0), a hidden row (a withdrawn exhibitor), categories with commas, a
 * total row.
 */
function officeWorkbook() {
  const rows = [
    ['SỞ CÔNG THƯƠNG HÀ NỘI', null, null, null, 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['TRUNG TÂM KHUYẾN CÔNG VÀ TƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP', null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
    [],
    ['DANH SÁCH ĐƠN VỊ THAM GIA GIAN HÀNG'],
    ['Chuỗi kết nối mạng lưới sản xuất và tiêu dùng bền vững lĩnh vực đồ gỗ mỹ nghệ, nội thất'],
    [],
    ['STT', 'Tên doanh nghiệp/HTX', 'Mã gian hàng', 'Sản phẩm trưng bày', 'Nhóm hàng', 'Điện thoại', 'Email', 'Ghi chú'],
    [1, 'Công ty TNHH Gỗ Đồng Kỵ', { f: '"A"&TEXT(1,"00")', v: 'A01' }, 'Bàn ghế, tủ', 'Đồ gỗ mỹ nghệ, nội thất', 912345678, 'dongky@example.vn'],
    [2, 'HTX Mây tre Phú Vinh', 'A02', 'Giỏ mây', 'Mây tre đan', 2433856789, null, 'Đăng ký muộn'],
    [3, 'Cơ sở Túi vải Xanh', 'A03', 'Túi vải', 'Túi xách, túi vải', 0],
    [4, 'Đơn vị đã rút', 'A04', 'Ghế', 'Đồ gỗ mỹ nghệ', 987654321, null, 'Rút'],
    [5, 'Sơn mài Hạ Thái', 'A05', 'Tranh sơn mài', 'Sơn mài; Thủ công mỹ nghệ', 84912000111],
    ['Tổng cộng: 4 đơn vị'],
  ];
  return workbook({ 'Danh sách': rows }, {
    'Danh sách': { merges: ['A1:D1', 'E1:H1', 'A2:D2', 'E2:H2', 'A4:H4', 'A5:H5', 'A13:H13'], hidden: [11] },
  });
}

/** Words of English sentences Vietnamese never uses (as in tests/ssr_studio.rs). */
const ENGLISH = ['the', 'is', 'are', 'was', 'were', 'not', 'of', 'and', 'with', 'without', 'for', 'from',
  'this', 'that', 'these', 'has', 'have', 'had', 'be', 'been', 'cannot', 'could', 'can', 'will', 'would',
  'should', 'must', 'your', 'you', 'it', 'its', 'into', 'by', 'or', 'as', 'yet', 'than', 'there', 'which',
  'what', 'when', 'where', 'all', 'any', 'each', 'every', 'more', 'here', 'left', 'out', 'ignored', 'missing',
  'invalid', 'expected', 'found', 'error', 'errors', 'warning', 'warnings', 'row', 'rows', 'column', 'columns',
  'header', 'booth', 'booths', 'fair', 'fairs', 'event', 'events', 'venue', 'venues', 'category', 'categories',
  'record', 'records', 'import', 'imported', 'skipped', 'removed', 'changed', 'unchanged', 'new', 'feed', 'data',
  'file', 'files', 'sheet', 'open', 'opened', 'check', 'edit', 'preview', 'publish', 'download', 'downloaded',
  'copy', 'copied', 'undo', 'remove', 'add', 'name', 'start', 'end', 'year', 'month', 'status', 'code',
  'exhibitor', 'products', 'phone', 'website', 'description', 'summary', 'organizer', 'organiser', 'parent',
  'address', 'ward', 'district', 'city', 'source', 'version', 'height', 'width', 'line', 'text', 'fix', 'correct',
  'choose', 'fill', 'write', 'type', 'number', 'value', 'date', 'dates', 'day', 'days', 'first', 'last', 'step',
  'steps', 'language', 'saved', 'browser', 'page', 'only', 'again', 'hidden', 'total', 'phones', 'server',
  'network', 'answer', 'answered', 'refused'];

/**
 * The English words a person reads on the page, or a screen reader says
 * (aria-label, title, placeholder), outside code, the JSON text, what is
 * marked English on purpose (lang="en"), the organiser's own words (their
 * sheet's headers, translate="no", and what is quoted) and the widget's preview.
 */
async function englishShown(page) {
  return page.evaluate((words) => {
    const skip = (el) => el.closest('code, pre, textarea, script, style, [lang="en"], [translate="no"], .s-preview__host');
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (el && !skip(el) && el.checkVisibility()) texts.push(node.textContent);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (!skip(el)) texts.push(...['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''));
    }
    const found = [];
    for (const text of texts) {
      for (const raw of text.replace(/"[^"]*"/g, ' ').split(/\s+/)) {
        const token = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        if (/[./_@:]/.test(token)) continue;
        for (const word of token.split(/[^\p{L}]+/u)) {
          if (words.includes(word.toLowerCase())) found.push(`"${word}" in "${text.trim()}"`);
        }
      }
    }
    return found;
  }, ENGLISH);
}

test('a feed with errors: one finding for each of greenfair validate\'s, told for the organiser; a click shows the line, "Sửa" opens the form at the field', async () => {
  const { page, log, context } = await openStudio();
  for (const [n, name] of ['mixed.json', 'truncated.json'].entries()) {
    const text = await readFile(`tests/browser/fixtures/${name}`, 'utf8');
    await openFile(page, name, text, { replacing: n > 0 });
    await page.locator('#s-step-check').click();
    const cli = greenfair(['validate', name], 'tests/browser/fixtures').stdout;
    const expected = cli.split('\n').filter((line) => /: (error|warning): /.test(line))
      .map((line) => line.match(/^[^:]+:(\d+):(\d+): (?:error|warning): (?:([^\s:]+): )?/))
      .map(([, line, column, path]) => `${path ? `${path} · ` : ''}dòng ${line}, cột ${column}`);
    assert.ok(expected.length > 0, cli);
    // The path and position stay as each finding's detail, for the text view.
    const shown = await page.locator('#s-findings .s-finding__detail code').allTextContents();
    assert.deepEqual(shown, expected, `${name}: one finding for each of the CLI's, at its place`);
    assert.deepEqual(await englishShown(page), [], `${name}: the findings in Vietnamese`);
    const [, line] = expected[0].match(/dòng (\d+)/);
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

  // A date that does not exist: named by the fair's name and the field's label; "Sửa" opens the form there.
  await openFile(page, 'mixed.json', await readFile('tests/browser/fixtures/mixed.json', 'utf8'), { replacing: true });
  await page.locator('#s-step-check').click();
  const finding = page.locator('#s-findings .s-finding').first();
  assert.equal(await finding.locator('.s-finding__record').textContent(), 'Ngày sai');
  assert.equal(await finding.locator('.s-finding__field').textContent(), 'Ngày bắt đầu');
  assert.match(await finding.locator('.s-finding__text').textContent(), /^Cần một ngày dạng 2025-09-12.*gặp "2025-02-30"; mục này bị bỏ qua\. Hãy sửa Ngày bắt đầu\.$/);
  assert.deepEqual(await axeViolations(page), [], 'findings, Vietnamese');
  await finding.getByRole('button', { name: 'Sửa' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 's-f-events-1-start');
  assert.equal(await page.locator('#s-events-1').evaluate((d) => d.open), true, 'the fair\'s form is open');
  assert.match(await page.locator('#s-f-events-1-start-problems').textContent(), /Cần một ngày dạng 2025-09-12/);
  assert.deepEqual(await englishShown(page), [], 'the form in Vietnamese');
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

/** Reads the picked spreadsheet; the confirmation shows what will change; "Thay" replaces the fair's booths. */
async function importPicked(page) {
  await page.locator('#s-import-button:not([disabled])').click();
  await page.locator('#s-import-confirm').waitFor();
  await page.locator('#s-confirm-import').click();
  await page.locator('#s-import-result').waitFor();
}

test('booths from a Windows-1258 CSV and from an .xlsx sheet, every row not placed listed by number', async () => {
  const { page, log, context } = await openStudio();
  await openFile(page, 'demo.json', await readFile('dist/feeds/demo.json', 'utf8'));
  await page.locator('#s-step-import').click();
  await page.locator('#s-import-event').selectOption('2025-09-mm-thang-long-tai-che');
  const fair = 'Chuỗi kết nối mạng lưới sản xuất và tiêu dùng bền vững nhóm ngành sản phẩm tái chế và ứng dụng nguyên, vật liệu nguồn gốc tự nhiên';
  // Excel on Vietnamese Windows: Windows-1258, tones as combining marks, `;`.
  const csv = 'Tên doanh nghiê\u0323p;Gian ha\u0300ng;Nhóm ha\u0300ng;Website\n'
    + 'Cơ sơ\u0309 Gô\u0301m Xanh;B1;Gô\u0301m sư\u0301;gomxanh.vn\n'
    + 'Không có mã;;Gô\u0301m sư\u0301;\n'
    + 'HTX Mây Tre;B2;Không có nhóm này;\n';
  await page.setInputFiles('#s-import-file', { name: 'gian-hang.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'windows1258') });
  await importPicked(page);
  const result = page.locator('#s-import-result');
  assert.match(await result.textContent(), new RegExp(`Đã nhập 2 gian hàng vào ${fair} \\(thay \\d+ gian hàng cũ\\)\\.`));
  assert.match(await result.textContent(), /Đọc dạng CSV windows-1258, phân cách bằng dấu ';'\./);
  const rows = await page.locator('#s-import-rows tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.deepEqual(rows.map(([row]) => row), ['3', '4']);
  assert.equal(rows[0][1], 'thiếu tên đơn vị hoặc mã gian hàng; không nhập');
  assert.equal(rows[1][1], 'không có ngành hàng nào tên "Không có nhóm này"; nhập không kèm ngành hàng này');
  assert.deepEqual(await englishShown(page), []);

  // Excel's "Unicode text": UTF-16 with its BOM, and `,` here.
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Exhibitor,Booth code,Products\nHTX Cói Kim Sơn,D1,"Túi cói, làn cói"\n', 'utf16le')]);
  await page.setInputFiles('#s-import-file', { name: 'unicode.csv', mimeType: 'text/csv', buffer: utf16 });
  await importPicked(page);
  await page.getByText(`Đã nhập 1 gian hàng vào ${fair} (thay 2 gian hàng cũ).`).waitFor();
  await page.getByText('Đọc dạng CSV UTF-16LE, phân cách bằng dấu \',\'.').waitFor();

  // A workbook with two sheets: the second one is read when chosen.
  const xlsx = workbook({
    'Ghi chú': [['Danh sách gửi Sở Công Thương']],
    'Gian hàng': [['Tên doanh nghiệp', 'Gian hàng', 'Sản phẩm'], ['Làng gốm Bát Tràng', 'C1', 'Bình, lọ'], ['Sơn mài Hạ Thái', 'C2', 'Tranh sơn mài']],
  });
  await page.setInputFiles('#s-import-file', { name: 'gian-hang.xlsx', mimeType: XLSX, buffer: xlsx });
  await page.locator('#s-import-sheet').selectOption('Gian hàng');
  await importPicked(page);
  await page.getByText(`Đã nhập 2 gian hàng vào ${fair} (thay 1 gian hàng cũ).`).waitFor();
  await page.getByText('Đọc dạng xlsx, trang tính "Gian hàng".').waitFor();
  await page.getByText('Mọi dòng đều đã được nhập.').waitFor();
  // The booths are in the draft: the check counts them for that fair, named by its name.
  await page.locator('#s-step-check').click();
  const table = await page.locator('#s-booths-per-fair tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.deepEqual(table.find(([name]) => name === fair), [fair, '2']);
  // The template spreadsheet downloads and holds the import's headers.
  await page.locator('#s-step-import').click();
  const template = await downloadOf(page, '#s-template');
  assert.equal(template.name, 'gian-hang-mau.xlsx');
  const sheet = new TextDecoder().decode(unzipSync(template.bytes)['xl/sharedStrings.xml']);
  assert.match(sheet, /Tên doanh nghiệp/);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('an office\'s workbook as it comes: titles, merged cells, a hidden row, phones as numbers, categories with commas; what changes is confirmed, undone, done again, and the downloaded feed.json holds the right categories and phones', async () => {
  const { page, log, context } = await openStudio();
  await openFile(page, 'demo.json', await readFile('dist/feeds/demo.json', 'utf8'));
  await page.locator('#s-step-import').click();
  await page.locator('#s-import-event').selectOption('2025-09-my-dinh-do-go');
  const fair = 'Chuỗi kết nối mạng lưới sản xuất và tiêu dùng bền vững lĩnh vực đồ gỗ mỹ nghệ, nội thất';
  await page.setInputFiles('#s-import-file', { name: 'danh-sach.xlsx', mimeType: XLSX, buffer: officeWorkbook() });
  await page.locator('#s-import-button').click();
  const confirm = page.locator('#s-import-confirm');
  await confirm.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 's-import-next');
  const said = await confirm.textContent();
  assert.match(said, new RegExp(`Sẽ nhập 4 gian hàng vào ${fair}, thay cho 120 gian hàng hiện có\\.`));
  assert.match(said, /Gian hàng thay đổi \(4\): Công ty TNHH Gỗ Đồng Kỵ \(A01\), HTX Mây tre Phú Vinh \(A02\), Cơ sở Túi vải Xanh \(A03\) và 1 gian hàng khác/);
  assert.match(said, /Gian hàng bị bỏ \(116\): .* và 113 gian hàng khác/);
  assert.match(said, /Tiêu đề cột ở dòng 7; bỏ qua dòng 1-2, 4-5 phía trên \(tiêu đề văn bản\)\./);
  assert.match(said, /Các cột không nhập: STT \(A\), Ghi chú \(H\)\./);
  assert.match(said, /3 số điện thoại Excel lưu dạng số đã được thêm lại số 0 ở đầu/);
  const rows = await page.locator('#s-import-rows tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.deepEqual(rows, [
    ['10', 'ô điện thoại ghi 0; nhập không kèm số điện thoại'],
    ['11', 'đang bị ẩn trong Excel; không nhập (bỏ ẩn dòng nếu muốn nhập)'],
    ['13', 'dòng tổng cộng ("Tổng cộng: 4 đơn vị"); bỏ qua'],
  ]);
  assert.deepEqual(await englishShown(page), [], 'the confirmation in Vietnamese');
  assert.deepEqual(await axeViolations(page), [], 'the confirmation, Vietnamese');
  // Nothing is replaced before the organiser confirms; then it can be undone.
  await page.locator('#s-confirm-import').click();
  await page.getByText(`Đã nhập 4 gian hàng vào ${fair}.`).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 's-undo');
  await page.locator('#s-undo').click();
  await page.locator('#s-step-check').click();
  const count = async () => (await page.locator('#s-booths-per-fair tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)))).find(([name]) => name === fair)[1];
  assert.equal(await count(), '120', 'undone: the fair\'s booths are back');
  await page.locator('#s-step-import').click();
  await page.locator('#s-import-event').selectOption('2025-09-my-dinh-do-go');
  await page.setInputFiles('#s-import-file', { name: 'danh-sach.xlsx', mimeType: XLSX, buffer: officeWorkbook() });
  await importPicked(page);
  await page.locator('#s-step-check').click();
  assert.equal(await count(), '4');

  await page.locator('#s-step-publish').click();
  const feed = await downloadOf(page, '#s-download-feed');
  const dir = await mkdtemp(join(tmpdir(), 'greenfair-studio-'));
  await writeFile(join(dir, 'feed.json'), feed.bytes);
  const checked = greenfair(['validate', join(dir, 'feed.json')]);
  assert.equal(checked.status, 0, checked.stdout + checked.stderr);
  const booths = JSON.parse(feed.bytes.toString('utf8')).booths.filter((b) => b.event === '2025-09-my-dinh-do-go');
  assert.deepEqual(booths.map((b) => [b.code, b.categories, b.phone ?? null]), [
    ['A01', ['do-go'], '0912345678'],
    ['A02', ['may-tre-dan'], '02433856789'],
    ['A03', ['tui-xach'], null],
    ['A05', ['son-mai', 'thu-cong-my-nghe'], '+84912000111'],
  ]);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('columns that cannot be told are chosen in a mapping, remembered for the next import; in English, a refused storage is said', async () => {
  const sheet = workbook({ 'Trang 1': [['Tên', 'Ký hiệu', 'Hàng trưng bày', 'Liên lạc'], ['Gốm Bát Tràng', 'B1', 'Bình, lọ', 912345678]] });
  const { page, log, context } = await openStudio();
  await openFile(page, 'demo.json', await readFile('dist/feeds/demo.json', 'utf8'));
  await page.locator('#s-step-import').click();
  await page.locator('#s-import-event').selectOption('2025-09-my-dinh-do-go');
  await page.setInputFiles('#s-import-file', { name: 'lien-lac.xlsx', mimeType: XLSX, buffer: sheet });
  await page.locator('#s-import-button').click();
  const mapping = page.locator('#s-mapping');
  await mapping.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 's-import-next');
  assert.match(await mapping.textContent(), /Chưa có cột nào là: tên đơn vị trưng bày, mã gian hàng\./);
  assert.equal(await page.locator('#s-apply-mapping').isDisabled(), true);
  // Each column with its first values, and a field to choose for it.
  const columns = await mapping.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].slice(0, 3).map((c) => c.textContent)));
  assert.deepEqual(columns, [['A', 'Tên', 'Gốm Bát Tràng'], ['B', 'Ký hiệu', 'B1'], ['C', 'Hàng trưng bày', 'Bình, lọ'], ['D', 'Liên lạc', '912345678']]);
  assert.deepEqual(await englishShown(page), [], 'the mapping in Vietnamese');
  assert.deepEqual(await axeViolations(page), [], 'the mapping, Vietnamese');
  await page.locator('#s-map-A').selectOption('exhibitor');
  await page.locator('#s-map-B').selectOption('code');
  await page.locator('#s-map-C').selectOption('products');
  await page.locator('#s-map-D').selectOption('phone');
  await page.locator('#s-apply-mapping:not([disabled])').click();
  await page.locator('#s-import-confirm').waitFor();
  assert.match(await page.locator('#s-import-confirm').textContent(), /Ký hiệu \(B\) → mã gian hàng/);
  const kept = JSON.parse(await page.evaluate(() => localStorage.getItem('greenfair-studio-columns')));
  assert.deepEqual(kept, [['Tên', 'exhibitor'], ['Ký hiệu', 'code'], ['Hàng trưng bày', 'products'], ['Liên lạc', 'phone']]);
  await page.locator('#s-confirm-import').click();
  await page.locator('#s-import-result').waitFor();
  // The next list with these headers is read with the choices kept: no mapping asked.
  await page.setInputFiles('#s-import-file', { name: 'lien-lac.xlsx', mimeType: XLSX, buffer: sheet });
  await page.locator('#s-import-button').click();
  await page.locator('#s-import-confirm').waitFor();
  assert.equal(await mapping.count(), 0);
  assert.match(await page.locator('#s-import-confirm').textContent(), /1 gian hàng giữ nguyên\./);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();

  // In English, where the browser refuses to keep the choices.
  const english = await openStudio();
  await english.context.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'greenfair-studio-columns') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return set.call(this, key, value);
    };
  });
  const p = english.page;
  await p.reload();
  await p.locator('.s-langs').getByRole('button', { name: 'English' }).click();
  await p.locator('#s-open-url').fill('feeds/demo.json');
  await p.getByRole('button', { name: 'Fetch' }).click();
  await p.getByText('demo.json opened.').waitFor();
  await p.locator('#s-step-import').click();
  await p.locator('#s-import-event').selectOption('2025-09-my-dinh-do-go');
  await p.setInputFiles('#s-import-file', { name: 'lien-lac.xlsx', mimeType: XLSX, buffer: sheet });
  await p.locator('#s-import-button').click();
  await p.locator('#s-mapping').getByRole('heading', { name: 'Choose what each column holds' }).waitFor();
  assert.match(await p.locator('#s-mapping').textContent(), /No column holds: exhibitor, booth code\./);
  assert.deepEqual(await axeViolations(p), [], 'the mapping, English');
  await p.locator('#s-map-A').selectOption('exhibitor');
  await p.locator('#s-map-B').selectOption('code');
  await p.locator('#s-apply-mapping:not([disabled])').click();
  await p.getByText('The browser will not keep the column choices: they will be asked again next time.').waitFor();
  const lead = await p.locator('#s-import-confirm .s-verdict').textContent();
  assert.match(lead, /^1 booth will be imported into Sustainable production and consumption network: wood crafts and furniture, in place of its 120 booths\.$/);
  assert.deepEqual(await axeViolations(p), [], 'the confirmation, English');
  await p.locator('#s-confirm-import').click();
  await p.getByText('1 booth imported into Sustainable production and consumption network: wood crafts and furniture.').first().waitFor();
  assert.deepEqual(consoleErrors(english.log), []);
  await english.context.close();
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
  assert.match(await page.locator('#s-f-events-0-start-problems').textContent(), /^Cần một ngày dạng 2025-09-12.* Hãy sửa Ngày bắt đầu\.$/);
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
  // (Polled from here: waitForFunction would take the Promise for a yes.)
  await pollPage(page, () => new Promise((done) => {
    const open = indexedDB.open('greenfair-studio');
    open.onerror = () => done(false);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('drafts')) { db.close(); done(false); return; }
      const get = db.transaction('drafts').objectStore('drafts').get('current');
      get.onsuccess = () => { db.close(); done(get.result?.text?.includes('hoi-cho-giu-lai') ?? false); };
      get.onerror = () => { db.close(); done(false); };
    };
  }), undefined, { what: 'the edited draft in IndexedDB' });
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
  await page.getByText('The data could not be opened: The server did not return the fair data (error 404).').waitFor();
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

