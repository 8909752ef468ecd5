// Progress over the year, end to end: in the editor, the league's workbook with an achieved
// figure, then an office's 进度 table written by another library (exceljs, its own column order)
// merged in with no error while a second tab keeps typing, both tabs ending with both changes; a
// planted achieved figure not in its update's text reported at its cell; the preview and the
// exported data file through data-src showing the badge, the as-of day, the bar and its percent,
// the status filter in the URL, the updates with their links, English; axe and HTML_CodeSniffer
// clean; the built-in list showing none of it; the demo page saying its progress is invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ROOT, SHOTS, suite } from './serve.mjs';
import { axe, sniff } from './audits.mjs';

const extra = {};
const s = suite(extra);
// The format number the schema writes today, read from its one definition.
const CURRENT_FORMAT = Number(readFileSync(join(ROOT, 'crates/schema/src/data.rs'), 'utf8')
  .match(/pub const FORMAT: u32 = (\d+);/)[1]);
const UPDATE = '截至9月30日,全市新建“希望小屋”62个。';
const LINK = 'https://www.example.org/youth-projects/progress/2022-q3';

/** A worksheet's columns by their header (row 1 or 2, as the studio's note row may come first). */
function columns(ws) {
  for (const r of [1, 2]) {
    const map = {};
    ws.getRow(r).eachCell((cell, c) => { map[String(cell.value).trim()] = c; });
    if (map['所属类别'] || map['项目标识'] || map['标识']) return { map, row: r };
  }
  throw new Error(`no header row in ${ws.name}`);
}

/** The studio's own workbook, downloaded, with one achieved figure added to 数字. */
async function leagueWorkbook(page, value) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载表格' }).click(),
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await download.path()));
  const ws = wb.getWorksheet('数字');
  const { map } = columns(ws);
  const row = ws.addRow([]);
  for (const [header, text] of Object.entries({
    所属类别: '项目', 所属标识: 'hope-house', 指标: '新建“希望小屋”', '指标（英文）': 'New Hope Houses built',
    数值: value, 单位: '个', '单位（英文）': 'houses', 类型: '完成', 对比组: 'houses', 截至日期: '2022-09-30',
  })) row.getCell(map[header]).value = text;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An office's 进度 table: only that sheet, headers in row 1 in its own order, a column of its own. */
async function officeProgress() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('进度');
  ws.addRow(['状态', '项目标识', '进展', '截至日期', '备注', '出处', '链接']);
  ws.addRow(['按序时推进', 'hope-house', UPDATE, '2022-09-30', '关爱科报送', '2022年三季度清单进展通报', LINK]);
  ws.addRow(['滞后', 'warm-bee', '爱心驿站建设进度滞后,部分选址仍在协调。', '2022-09-30', '', '2022年三季度清单进展通报', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const importInto = (page, name, buffer) => page.setInputFiles('#ed-import', { name, mimeType: xlsx, buffer });
const errorsIn = (page) => page.locator('.ed-issue.ed-error button');

test('the progress round: the league\'s workbook, an office\'s 进度 table merged, two tabs, the preview, publishing', async () => {
  const { page: a, errors, close } = await s.open('editor/index.html', { ready: '.ed-tabs', width: 1400 });
  // A second tab of the studio on the same draft.
  const b = await a.context().newPage();
  await b.goto(`${s.server.url}editor/index.html`);
  await b.waitForSelector('.ed-tabs');

  // The league's workbook with an achieved figure: no update of its day yet, a problem at its cell.
  await importInto(a, '清单.xlsx', await leagueWorkbook(a, '62'));
  await a.getByText('已导入(可撤销)').waitFor();
  await errorsIn(a).first().waitFor();
  assert.match(await errorsIn(a).first().innerText(), /“数字”表第 \d+ 行 \S+ 列\(截至日期\)[\s\S]*没有截至“2022-09-30”的进展/);

  // The other tab types meanwhile.
  const b2 = b.getByLabel('“项目”表第 5 行 名称（英文）', { exact: true });
  await b.getByRole('button', { name: '项目', exact: true }).click();
  await b2.fill('“Warm Bee” care service for couriers');

  // The office's 进度 table, merged: nothing else changes, no error.
  await a.getByText('另一个标签页也修改了这份草稿').waitFor();
  await importInto(a, '关爱科进度.xlsx', await officeProgress());
  await a.getByText('合并到“进度”表:新增 2 行,替换 0 行').waitFor();
  assert.match(await a.locator('.ed-imported').innerText(), /“备注”/, 'the office\'s own column is named');
  await a.getByText(/^没有错误/).waitFor();
  assert.equal(await errorsIn(a).count(), 0);

  // Both tabs end with both changes.
  await b.getByText('另一个标签页也修改了这份草稿').waitFor();
  await b.getByRole('button', { name: '进度', exact: true }).click();
  assert.equal(await b.getByLabel('“进度”表第 3 行 项目标识', { exact: true }).inputValue(), 'hope-house');
  await b.getByRole('button', { name: '项目', exact: true }).click();
  assert.equal(await b2.inputValue(), '“Warm Bee” care service for couriers');
  await a.getByRole('button', { name: '项目', exact: true }).click();
  assert.equal(await a.getByLabel('“项目”表第 5 行 名称（英文）', { exact: true }).inputValue(),
    '“Warm Bee” care service for couriers');

  // A planted achieved figure not stated in its update's text: at its cell.
  await a.getByRole('button', { name: '数字', exact: true }).click();
  const value = a.getByLabel(/^“数字”表第 \d+ 行 数值$/).last();
  assert.equal(await value.inputValue(), '62');
  await value.fill('63');
  await errorsIn(a).first().waitFor();
  assert.match(await errorsIn(a).first().innerText(), /“数字”表第 \d+ 行 F 列\(数值\)[\s\S]*“63个”不在截至“2022-09-30”的进展原文中/);
  await errorsIn(a).first().click();
  await a.keyboard.press('Control+A');
  await a.keyboard.type('62');
  await a.getByText(/^没有错误/).waitFor();

  // The preview shows the progress.
  const preview = a.frameLocator('iframe[title^="清单预览"]');
  const card = preview.locator('#yp-p-hope-house');
  await card.locator('.yp-badge', { hasText: '按序时推进' }).waitFor({ timeout: 20000 });
  assert.match(await card.locator('.yp-bar-text').innerText(), /^62 \/ 100个 · 62%/);

  const [download] = await Promise.all([
    a.waitForEvent('download'),
    a.getByRole('button', { name: '下载数据文件' }).click(),
  ]);
  const file = readFileSync(await download.path(), 'utf8');
  assert.equal(JSON.parse(file).format, CURRENT_FORMAT, 'the studio writes the current format');
  assert.deepEqual(errors, []);
  await close();

  // Published through data-src, on a page that owns its URL.
  extra['progress/data.json'] = { type: 'application/json', body: file };
  extra['progress/index.html'] = {
    body: '<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
      + '<link rel="icon" href="../favicon.svg"><title>清单</title></head><body><main>'
      + '<div data-youth-projects data-src="data.json"></div></main><script type="module" src="../embed.js"></script></body></html>',
  };
  const reader = await s.open('progress/index.html');
  const r = reader.page;
  const houses = r.locator('#yp-p-hope-house');
  await houses.locator('.yp-badge').waitFor();
  assert.equal(await houses.locator('.yp-badge').innerText(), '按序时推进');
  assert.equal(await houses.locator('.yp-asof').innerText(), '截至2022年9月30日');
  assert.match(await houses.locator('.yp-bar-text').innerText(), /^62 \/ 100个 · 62%/);
  assert.match(await houses.locator('.yp-bar-text .yp-sr').innerText(), /算出,向下取整/);
  assert.match(await r.locator('.yp-progress-summary').innerText(), /^截至2022年9月30日:滞后 1 个、按序时推进 1 个$/);
  assert.equal(await r.locator('#yp-p-rural-youth .yp-badge').count(), 0, 'no update, no status');
  // The status filter narrows the list and goes into the URL.
  await r.locator('input[name=status][value=behind]').check();
  await r.waitForFunction(() => document.querySelectorAll('article.yp-card').length === 1);
  await r.waitForFunction(() => new URL(location.href).searchParams.get('status') === 'behind');
  assert.match(await r.locator('label[for$="status-behind"]').innerText(), /滞后\s*\(1\)/);
  await r.locator('input[name=status][value=behind]').uncheck();
  await r.waitForFunction(() => document.querySelectorAll('article.yp-card').length === 11);
  // The detail view lists the updates with their links.
  await houses.locator('button.yp-open').click();
  const dialog = r.locator('dialog[open]');
  await dialog.locator('.yp-update').first().waitFor();
  assert.match(await dialog.locator('.yp-update').first().innerText(), /2022年9月30日[\s\S]*按序时推进[\s\S]*62个[\s\S]*2022年三季度清单进展通报/);
  const link = dialog.locator('.yp-update a');
  assert.equal(await link.getAttribute('href'), LINK);
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  assert.deepEqual(await axe(r), [], 'axe with the detail view open');
  await r.keyboard.press('Escape');
  assert.deepEqual(await axe(r), [], 'axe on the list with updates');
  await r.locator('button.yp-lang[lang=en]').first().click();
  await houses.locator('.yp-badge', { hasText: 'On schedule' }).waitFor();
  assert.equal(await houses.locator('.yp-asof').innerText(), 'As of 30 September 2022');
  assert.deepEqual(reader.errors, []);
  await reader.close();

  // HTML_CodeSniffer (its script needs the CSP bypassed; the CSP is tested elsewhere).
  for (const path of ['progress/index.html', 'progress/index.html?project=hope-house&lang=en']) {
    const context = await s.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(s.server.url + path);
    await page.locator('.yp-badge').first().waitFor();
    assert.deepEqual(await sniff(page), [], path);
    await context.close();
  }
});

test('the built-in list shows no status, no badge, no filter, no bar', async () => {
  const { page, close } = await s.open('');
  for (const selector of ['.yp-badge', '.yp-bars', '.yp-progress-summary', 'input[name=status]', 'option[value=status]', '.yp-updates']) {
    assert.equal(await page.locator(selector).count(), 0, selector);
  }
  await page.goto(`${s.server.url}?project=hope-house&status=behind&sort=status`);
  await page.waitForSelector('.yp[data-ready] dialog[open]');
  assert.equal(await page.locator('.yp-updates, .yp-badge').count(), 0);
  assert.equal(await page.locator('article.yp-card').count(), 11, 'a status in a link is ignored');
  await close();
});

test('the demo page of progress says it is a sample with invented progress, and shows it on a phone', async () => {
  const { page, errors, close } = await s.open('demo/progress.html', { width: 390 });
  assert.match(await page.locator('.demo-sample').innerText(), /示例,进展为虚构/);
  await page.locator('#yp-p-hope-house .yp-bar-text').waitFor();
  assert.match(await page.locator('.yp-intro').first().textContent(), /示例数据:本文件中的进展和完成数字都是虚构的/);
  await page.locator('#yp-p-hope-house').scrollIntoViewIfNeeded();
  await page.locator('#yp-p-hope-house').screenshot({ path: join(SHOTS, 'progress-card-390.png') });
  assert.deepEqual(errors, []);
  await close();
});
