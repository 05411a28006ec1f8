// The second office's list in Greenfair Studio (issue 29), with files made
// by writers other than ours (tests/fixtures/offices/make.py: xlwt's .xls,
// odfpy's .ods, the Windows-1258 CSV Excel saves): the picker offers .xls and
// .ods, a category merged down its group reaches every row, a CSV's blank
// categories are said and filled only when the organiser asks, columns told
// by their values are marked as guessed, a file that is no spreadsheet is
// said for what it is, the fairs to come are offered first, and the
// downloaded feed holds the booths, categories and phones. In Vietnamese,
// with an empty console.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startHarness, consoleErrors, axeViolations } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const FAIR = '2025-09-my-dinh-do-go';
const OFFICES = 'tests/fixtures/offices';

async function openStudioWithDemo() {
  const opened = await harness.newPage({ width: 1300, height: 1000 });
  const { page } = opened;
  await page.goto(`${harness.url}/studio.html`);
  await page.locator('.s-studio').waitFor();
  await page.locator('#s-step-open').click();
  await page.setInputFiles('#s-open-file', { name: 'demo.json', mimeType: 'application/json', buffer: await readFile('dist/feeds/demo.json') });
  await page.getByText('Đã mở demo.json.').waitFor();
  await page.locator('#s-step-import').click();
  await page.locator('#s-import-event').selectOption(FAIR);
  return opened;
}

/** Picks `file` of the fixtures and reads it. */
async function pick(page, file, mimeType) {
  await page.setInputFiles('#s-import-file', { name: file, mimeType, buffer: await readFile(`${OFFICES}/${file}`) });
  await page.locator('#s-import-button').click();
}

/** The fair's booths in the feed the publish step downloads: code, categories, phones. */
async function downloadedBooths(page) {
  await page.locator('#s-step-publish').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#s-download-feed').click()]);
  const feed = JSON.parse(await readFile(await download.path(), 'utf8'));
  return feed.booths.filter((b) => b.event === FAIR).map((b) => [b.code, b.categories.join('+'), b.phones ?? []]);
}

const SECOND_OFFICE = [
  ['B01', 'gom-su', ['0912345678']],
  ['B02', 'gom-su', ['0912345678', '0988123456']],
  ['B03', 'gom-su', ['0912345678', '02438567890']],
  ['B04', 'may-tre-dan', ['02433840123']],
  ['B05', 'may-tre-dan', ['+84912000111']],
  ['B06', 'thuc-pham', []],
  ['B07', 'thuc-pham', ['0977111222', '0966333444']],
];

test('the picker offers .xls and .ods, and the fairs to come come first', async () => {
  const { page, log, context } = await openStudioWithDemo();
  const accept = await page.locator('#s-import-file').getAttribute('accept');
  for (const ending of ['.xlsx', '.xls', '.ods', '.csv']) assert.ok(accept.split(',').includes(ending), `${ending} in ${accept}`);
  const fairs = await page.locator('#s-import-event option').evaluateAll((options) => options.map((o) => o.value));
  assert.equal(fairs.at(-1), '2019-son-mai-ha-thai', 'the oldest fair last');
  assert.ok(fairs.indexOf('2025-09-my-dinh-do-go') < fairs.indexOf('2023-05-truong-dinh-plaza'), fairs.join(', '));
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

for (const [file, mimeType, kind] of [
  ['second-office.xls', 'application/vnd.ms-excel', 'xls'],
  ['second-office.ods', 'application/vnd.oasis.opendocument.spreadsheet', 'ods'],
]) {
  test(`a ${kind} list from another writer: the merged category on every row, the hidden row left out, a call link per number`, async () => {
    const { page, log, context } = await openStudioWithDemo();
    await pick(page, file, mimeType);
    const confirm = page.locator('#s-import-confirm');
    await confirm.waitFor();
    const said = await confirm.textContent();
    assert.match(said, /Sẽ nhập 7 gian hàng vào/);
    assert.match(said, new RegExp(`Đọc dạng ${kind}, trang tính "Danh sách"`, 'i'));
    assert.match(said, /Ngành hàng: ô gộp D6:D8 áp cho 3 dòng/);
    const rows = await page.locator('#s-import-rows tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
    assert.deepEqual(rows.map(([row]) => row), ['11', '13', '14'], JSON.stringify(rows));
    assert.match(rows[0][1], /"1234" trong ô điện thoại không phải số điện thoại đầy đủ/);
    assert.deepEqual(await axeViolations(page), []);
    await page.locator('#s-confirm-import').click();
    assert.deepEqual(await downloadedBooths(page), SECOND_OFFICE);
    assert.deepEqual(consoleErrors(log), []);
    await context.close();
  });
}

test('the CSV Excel saves: blank categories are said with their rows and filled from the row above only when asked', async () => {
  const { page, log, context } = await openStudioWithDemo();
  await pick(page, 'second-office-windows-1258.csv', 'text/csv');
  const confirm = page.locator('#s-import-confirm');
  await confirm.waitFor();
  assert.match(await confirm.textContent(), /Ngành hàng: dòng 7-8, 10, 12 để trống, dưới một dòng có ngành hàng/);
  await page.locator('#s-fill-down').click();
  await page.getByText('Ngành hàng: dòng 7-8, 10, 12 lấy ngành hàng của dòng trên, theo yêu cầu.').waitFor();
  assert.equal(await page.locator('#s-fill-down').count(), 0, 'nothing left to fill');
  await page.locator('#s-confirm-import').click();
  assert.deepEqual(await downloadedBooths(page), SECOND_OFFICE);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('columns whose headers say nothing are guessed from their values and shown as guessed before anything is imported', async () => {
  const { page, log, context } = await openStudioWithDemo();
  await pick(page, 'unknown-headers.csv', 'text/csv');
  const mapping = page.locator('#s-mapping');
  await mapping.waitFor();
  assert.match(await mapping.textContent(), /được đoán theo giá trị trong cột/);
  for (const [letter, field] of [['B', 'code'], ['C', 'categories'], ['D', 'phone'], ['E', 'email'], ['F', 'website']]) {
    assert.equal(await page.locator(`#s-map-${letter}`).inputValue(), field, letter);
    assert.equal(await page.locator(`#s-map-${letter}-guessed`).textContent(), 'Đoán theo giá trị');
  }
  assert.equal(await page.locator('#s-map-A-guessed').count(), 0, 'the exhibitor is known by its header');
  assert.deepEqual(await axeViolations(page), []);
  await page.locator('#s-apply-mapping').click();
  await page.locator('#s-import-confirm').waitFor();
  await page.locator('#s-confirm-import').click();
  const booths = await downloadedBooths(page);
  assert.deepEqual(booths.map(([code]) => code), ['GH-01', 'GH-02', 'GH-03', 'GH-04']);
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});

test('a file that is no spreadsheet is said for what it is, in the organiser\'s language, never its bytes', async () => {
  const { page, log, context } = await openStudioWithDemo();
  for (const [file, mimeType, what] of [
    ['not-a-list.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'một văn bản (Word)'],
    ['not-a-list.pdf', 'application/pdf', 'một tệp PDF'],
    ['not-a-list.png', 'image/png', 'một hình ảnh'],
  ]) {
    await pick(page, file, mimeType);
    const result = page.locator('#s-import-result');
    await result.filter({ hasText: `tệp này là ${what}, không phải bảng tính` }).waitFor();
    assert.doesNotMatch(await result.textContent(), /PK|%PDF|PNG|\uFFFD/, file);
  }
  assert.deepEqual(consoleErrors(log), []);
  await context.close();
});
