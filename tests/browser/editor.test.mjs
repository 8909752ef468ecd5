// The editors' studio (dist/editor/): a workbook written by another library (exceljs) imported,
// a cell edited in the form and seen in the live preview, a planted problem fixed by clicking
// it, the data file exported and loaded by the widget through data-src, where the new project is
// found by its Traditional text and by the pinyin of characters the built-in data lacks; a GBK
// CSV; a refused file; undo; the draft kept over a reload; axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ROOT, SHOTS, suite } from './serve.mjs';
import { axe as audit } from './audits.mjs';

const axe = (page) => audit(page, { exclude: 'iframe' });

/** Pages the test serves beside the build: a host page for the exported data file. */
const extra = {};
const s = suite(extra);
const EDITOR = 'editor/index.html';
const data = JSON.parse(readFileSync(join(ROOT, 'src/data/projects.json'), 'utf8'));

/** The new project: characters (麒麟, 讀書) the built-in data does not have. */
const NEW = {
  id: 'qilin-reading',
  zh: '麒麟青年读书会',
  en: 'Qilin Youth Reading Club',
  source: '2022年,在全市建设麒麟青年读书会30个。',
};

/** The workbook as the league's offices keep it, written by exceljs from the data file. */
async function officeWorkbook({ wrongValue = false } = {}) {
  const wb = new ExcelJS.Workbook();
  const sheet = (name, headers, rows) => {
    const ws = wb.addWorksheet(name);
    ws.addRow([`填写说明:${name}`]);
    ws.addRow(headers);
    rows.forEach((r) => ws.addRow(r));
  };
  const tr = (t) => [t.zh, t.en, ''];
  const r = data.report;
  const l = data.list;
  sheet('报道', ['字段', '中文', '英文', '繁體'], [
    ['年度', l.year, '', ''], ['团组织', ...tr(l.league)], ['团组织全称', ...tr(l.league_full)],
    ['活动名称', ...tr(l.campaign)],
    ['标题', ...tr(r.title)], ['活动', ...tr(r.event)], ['活动日期', ...tr(r.event_date)],
    ['活动日期（年-月-日）', r.date, '', ''],
    ['发布单位', ...tr(r.publisher)], ['作者', ...tr(r.byline)], ['发布月份', r.published, '', ''],
    ['导语', ...tr(r.intro)],
  ]);
  const tagHeaders = ['标识', '名称', '名称（英文）', '名称（繁體）'];
  sheet('主题', tagHeaders, data.themes.map((t) => [t.id, ...tr(t.name)]));
  sheet('服务对象', tagHeaders, data.audiences.map((t) => [t.id, ...tr(t.name)]));
  const projects = [...data.projects.map((p) => [p.id, ...tr(p.name), ...tr(p.summary), ...tr(p.description),
    p.themes.join('、'), p.audiences.join(',')]),
  [NEW.id, NEW.zh, NEW.en, '', '组织青年读书', 'Reading groups for young people', '', '在社区组织青年读书活动。',
    'Reading events in communities.', '', 'education', 'all-youth']];
  sheet('项目', ['标识', '名称', '名称（英文）', '名称（繁體）', '简介', '简介（英文）', '简介（繁體）', '说明',
    '说明（英文）', '说明（繁體）', '主题', '服务对象'], projects);
  const kinds = { target: '目标', earlier: '此前结果', cumulative: '累计' };
  const fig = (kind, id, f) => [kind, id, ...tr(f.label), Number.isNaN(Number(f.value)) ? f.value : Number(f.value),
    ...tr(f.unit), f.qualifier ?? '', kinds[f.kind], f.measure ?? '', f.headline ? '是' : '', f.year ?? '',
    f.adds ? '是' : ''];
  const figures = data.projects.flatMap((p) => p.figures.map((f) => fig('项目', p.id, f)));
  figures.push(...data.review.figures.map((f) => fig('回顾', '', f)));
  figures.push(['项目', NEW.id, '读书会', 'reading clubs', '', wrongValue ? 31 : 30, '个', 'clubs', '', '', '目标', '', '', '', '']);
  sheet('数字', ['所属类别', '所属标识', '指标', '指标（英文）', '指标（繁體）', '数值', '单位', '单位（英文）',
    '单位（繁體）', '限定词', '类型', '对比组', '头条', '年份', '新增'], figures);
  const sources = data.projects.flatMap((p) => p.sources.map((t) => ['项目', p.id, t]));
  sources.push(...data.review.sources.map((t) => ['回顾', '', t]));
  sources.push(...data.directions.flatMap((d) => d.sources.map((t) => ['其他方向', d.id, t])));
  sources.push(['项目', NEW.id, NEW.source]);
  sheet('原文', ['所属类别', '所属标识', '原文'], sources);
  sheet('回顾', ['字段', '中文', '英文', '繁體'], [
    ['标题', ...tr(data.review.title)], ['概述', ...tr(data.review.summary)]]);
  sheet('其他方向', ['标识', '标题', '标题（英文）', '标题（繁體）', '概述', '概述（英文）', '概述（繁體）'],
    data.directions.map((d) => [d.id, ...tr(d.title), ...tr(d.summary)]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}


/** The editor, fresh (no saved draft), ready. */
async function editor(page) {
  await page.waitForSelector('.ed-tabs');
  return page;
}

const importFile = (page, name, buffer, mimeType = 'application/octet-stream') =>
  page.setInputFiles('#ed-import', { name, mimeType, buffer });

const preview = (page) => page.frameLocator('iframe[title^="清单预览"]');

test('a workbook from exceljs: import, edit, fix a problem by clicking it, export, publish through data-src', async () => {
  const { page, errors } = await s.open(EDITOR, { ready: '.ed-tabs', width: 1400 });
  await editor(page);
  assert.deepEqual(await axe(page), [], 'axe on the editor as it opens');
  await page.getByLabel('导入表格或数据文件', { exact: false }).setInputFiles({
    name: '2023清单.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await officeWorkbook({ wrongValue: true }),
  });
  await page.getByText('已导入(可撤销)').waitFor();
  assert.match(await page.locator('.ed-imported').innerText(), /“项目”表:12 行/);
  // The planted problem: 31 is not in the sentence that gives 30.
  const problem = page.locator('.ed-issue.ed-error button');
  await problem.first().waitFor();
  assert.equal(await problem.count(), 1, await page.locator('.ed-problems').innerText());
  assert.match(await problem.innerText(), /“数字”表第 \d+ 行 F 列\(数值\)[\s\S]*“31个”不在/);
  // Export is refused while it stands.
  await page.getByRole('button', { name: '下载数据文件' }).click();
  await page.getByText('改正后才能下载数据文件。').waitFor();
  await problem.click();
  const focused = await page.evaluate(() => document.activeElement?.id);
  assert.match(focused, /^cell-4-\d+-5$/, 'the value field has focus');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('30');
  await page.getByText('没有错误').or(page.getByText('没有问题')).waitFor();
  assert.deepEqual(await axe(page), [], 'axe with the sheets and problems');

  // An edit in the form reaches the preview.
  await page.getByRole('button', { name: '项目', exact: true }).click();
  const name = page.getByLabel('“项目”表第 14 行 名称', { exact: true });
  assert.equal(await name.inputValue(), NEW.zh);
  await name.fill(`${NEW.zh}(试点)`);
  await preview(page).locator('article.yp-card h3', { hasText: '(试点)' }).waitFor({ timeout: 20000 });
  await name.fill(NEW.zh);
  await preview(page).locator('article.yp-card h3', { hasText: '(试点)' }).waitFor({ state: 'detached', timeout: 20000 });
  await preview(page).locator('article.yp-card h3', { hasText: NEW.zh }).waitFor({ timeout: 20000 });
  // The Traditional field shows the conversion it will get.
  assert.equal(await page.getByLabel('“项目”表第 14 行 名称（繁體）').getAttribute('placeholder'), '自动:麒麟青年讀書會');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载数据文件' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'youth-projects-data.json');
  const file = readFileSync(await download.path(), 'utf8');
  await page.getByRole('heading', { name: '发布到网站' }).waitFor();
  assert.match(await page.locator('#ed-snippet-host').inputValue(), /data-src="[^"]*youth-projects-data\.json"/);
  const exported = JSON.parse(file);
  assert.equal(exported.projects.length, 12);
  assert.equal(exported.projects[11].name.hant, '麒麟青年讀書會');
  assert.match(exported.pinyin['麒'], /\bqi\b/);
  assert.deepEqual(errors, []);

  // The exported file, published through data-src: found by Traditional text and by pinyin.
  extra['published/data.json'] = { type: 'application/json', body: file };
  extra['published/index.html'] = {
    body: '<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><link rel="icon" href="../favicon.svg"><title>清单</title></head><body>'
      + '<div data-youth-projects data-src="data.json"></div><script type="module" src="../embed.js"></script></body></html>',
  };
  const reader = await s.open('published/index.html');
  await reader.page.locator('article.yp-card').nth(11).waitFor();
  for (const term of ['讀書會', 'qilin', 'qlqn']) {
    await reader.page.getByRole('searchbox').first().fill(term);
    await reader.page.waitForFunction((t) => document.querySelectorAll('article.yp-card').length === 1
      && document.querySelector('article.yp-card h3').textContent.includes('麒麟'), term);
  }
  await reader.page.getByRole('button', { name: '繁體', exact: true }).first().click();
  await reader.page.locator('article.yp-card h3', { hasText: '麒麟青年讀書會' }).waitFor();
  assert.deepEqual(reader.errors, []);
  await page.screenshot({ path: join(SHOTS, 'editor-1400.png') });
});

test('a GBK CSV merges into its sheet; a file that is not a workbook changes nothing; undo', async () => {
  const { page, errors } = await s.open(EDITOR, { ready: '.ed-tabs' });
  await editor(page);
  await importFile(page, '主题-gbk.csv', readFileSync(join(ROOT, 'tests/fixtures/editor/主题-gbk.csv')), 'text/csv');
  await page.getByText('已导入(可撤销)').waitFor();
  assert.match(await page.locator('.ed-imported').innerText(), /GBK\/GB18030 编码、逗号分隔[\s\S]*5 行[\s\S]*合并到“主题”表:新增 0 行,替换 5 行/);
  await page.getByRole('button', { name: '主题', exact: true }).click();
  assert.equal(await page.getByLabel('“主题”表第 3 行 名称', { exact: true }).inputValue(), '关爱少年儿童');
  await importFile(page, '清单.xlsx', Buffer.from('<html><script>alert(1)</script></html>'));
  await page.getByRole('alert').getByText('没有导入,草稿未改动').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /不是有效的 \.xlsx 工作簿/);
  assert.equal(await page.getByLabel('“主题”表第 3 行 名称', { exact: true }).inputValue(), '关爱少年儿童');
  await page.keyboard.press('Control+Z');
  assert.equal(await page.getByLabel('“主题”表第 3 行 名称', { exact: true }).inputValue(), '关爱儿童');
  await page.keyboard.press('Control+Shift+Z');
  assert.equal(await page.getByLabel('“主题”表第 3 行 名称', { exact: true }).inputValue(), '关爱少年儿童');
  assert.deepEqual(errors, []);
});

test('the draft is kept over a reload, and can be discarded', async () => {
  const { page, errors } = await s.open(EDITOR, { ready: '.ed-tabs' });
  await editor(page);
  const field = page.getByLabel('“项目”表第 3 行 名称（英文）');
  await field.fill('');
  await page.getByText('草稿已保存在本浏览器').waitFor();
  // A missing English name is a warning, not an error.
  await page.getByText('没有错误,1 个提示').waitFor();
  await page.reload();
  await page.getByText('已恢复上次的草稿').waitFor();
  assert.equal(await page.getByLabel('“项目”表第 3 行 名称（英文）').inputValue(), '');
  await page.getByRole('button', { name: '放弃草稿' }).click();
  assert.equal(await page.getByLabel('“项目”表第 3 行 名称（英文）').inputValue(), data.projects[0].name.en);
  await page.reload();
  await page.getByText('打开的是内置清单').waitFor();
  assert.deepEqual(errors, []);
});
