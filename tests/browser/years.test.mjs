// Any year's list and any league's list: the built-in data with every year moved on by two and
// another city's name, loaded through data-src, shows no old year and no 济南 anywhere in the
// widget in any language (text, attributes, chart titles, the CSV's name); the same list made in
// the editor from the studio's own workbook with its years changed imports with no problem and
// previews as that year's; a data file of the first format reads as the 2022 list it is; and the
// built-in list's prerendered pages read exactly as before, but for the 694 → 100 pair.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DIST, ROOT, suite } from './serve.mjs';
import { visibleText } from './visible-text.mjs';

const DATA = readFileSync(join(ROOT, 'src/data/projects.json'), 'utf8');

/** The list two years on, of another city: every year, the city's name and ids that held it. */
function moved(text) {
  return text
    .replace(/2022/g, '2024')
    .replace(/2021/g, '2023')
    .replace(/济南/g, '临沂')
    .replace(/濟南/g, '臨沂')
    .replace(/Jinan/g, 'Linyi')
    .replace(/jinan/g, 'linyi');
}
/** What must appear nowhere once the list is moved on. */
const OLD = /2022|2021|济南|濟南|jinan/i;

const host = (lang, src) =>
  '<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><link rel="icon" href="../favicon.svg">'
  + `<title>清单</title></head><body><div data-youth-projects data-lang="${lang}" data-src="${src}"></div>`
  + '<script type="module" src="../embed.js"></script></body></html>';

const extra = {
  'moved/data.json': { type: 'application/json', body: moved(DATA) },
  'first/data.json': {
    type: 'application/json',
    body: readFileSync(join(ROOT, 'tests/fixtures/data-format-1.json'), 'utf8'),
  },
  'first/index.html': { body: host('zh-Hans', 'data.json') },
};
for (const lang of ['zh-Hans', 'zh-Hant', 'en']) extra[`moved/${lang}.html`] = { body: host(lang, 'data.json') };
const s = suite(extra);

/** The widget once its runtime data has replaced the built-in list. */
async function loaded(page, text) {
  await page.waitForFunction(
    (t) => document.querySelector('.yp[data-ready]') && !document.querySelector('.yp-loading')
      && document.querySelector('.yp').textContent.includes(t),
    text,
  );
}

for (const [lang, year, league, earlier] of [
  ['zh-Hans', '2024年主要目标', '共青团临沂市委', '2023年'],
  // A file without Traditional texts shows its Simplified ones in the Traditional view.
  ['zh-Hant', '2024年主要目標', '共青团临沂市委', '2023年'],
  ['en', 'Main targets for 2024', 'Communist Youth League Linyi Municipal Committee', '2023'],
]) {
  test(`another year's list of another league, in ${lang}: no old year and no 济南 anywhere`, async () => {
    const { page, errors, close } = await s.open(`moved/${lang}.html`);
    await loaded(page, year);
    assert.equal(await page.locator('article.yp-card').count(), 11);
    assert.match(await page.locator('.yp-eyebrow').innerText(), new RegExp(`^${league} · `));
    assert.match(await page.locator('.yp-masthead time').first().getAttribute('datetime'), /^2024-03-01$/);
    assert.match(await page.locator('.yp-charts figcaption').first().innerText(), /2024/);
    assert.ok((await page.locator('.yp-review .yp-fig-cell').first().innerText()).length > 0);
    // The earlier result of the loans is 2023's, the target 2024's.
    const loans = await page.locator('#yp-p-rural-youth .yp-pair').innerText();
    assert.ok(loans.includes(earlier) && loans.includes('2024'), loans);
    // Every part of the widget, the detail view and the chart tables included.
    await page.locator('#yp-p-hope-house button.yp-open').click();
    await page.locator('dialog[open] .yp-fig').first().waitFor();
    const html = await page.locator('.yp').evaluate((root) => root.outerHTML);
    const found = html.match(new RegExp(`.{0,60}(${OLD.source}).{0,60}`, 'i'));
    assert.equal(found, null, `an old name or year: ${found?.[0]}`);
    await page.keyboard.press('Escape');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.yp-tools .yp-secondary').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'youth-projects-2024.csv');
    assert.deepEqual(errors, []);
    await close();
  });
}

test('a data file of the first format reads as the 2022 list it is', async () => {
  const { page, errors, close } = await s.open('first/index.html');
  await loaded(page, '2022年主要目标');
  assert.equal(await page.getByRole('alert').count(), 0, 'no notice');
  assert.equal(await page.locator('article.yp-card').count(), 11);
  assert.equal(await page.locator('.yp-eyebrow').innerText(), '共青团济南市委 · 我为青少年办实事');
  assert.equal(await page.locator('.yp-masthead time').first().getAttribute('datetime'), '2022-03-01');
  // The first format could not say that the 100 houses add to the 694: shown as it was.
  const houses = await page.locator('#yp-p-hope-house .yp-pair').innerText();
  assert.match(houses, /→[\s\S]*2022年目标/);
  assert.match(await page.locator('#yp-p-rural-youth .yp-pair').innerText(), /2021年[\s\S]*→[\s\S]*2022年目标/);
  await page.locator('button.yp-lang[lang=zh-Hant]').click();
  await page.locator('.yp-eyebrow', { hasText: '共青團濟南市委 · 我為青少年辦實事' }).waitFor();
  assert.deepEqual(errors, []);
  await close();
});

/** The lines of `b` that are not in `a` and those of `a` not in `b`, by their longest common run. */
function diff(a, b) {
  const n = a.length;
  const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const removed = [];
  const added = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { i++; j++; } else if (lcs[i + 1][j] >= lcs[i][j + 1]) removed.push(a[i++]); else added.push(b[j++]);
  }
  removed.push(...a.slice(i));
  added.push(...b.slice(j));
  return { removed, added };
}

test('the built-in list reads as before: every visible text of every prerendered page but the 694 → 100 pair', () => {
  const before = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/prerendered-format-1.json'), 'utf8'));
  // What the pair now says: an addition beside what exists, not an arrow to a smaller number.
  const pair = {
    removed: ['→', '2022年目标', '100个', '100个',
      '报道同时给出此前数字与2022年目标的项目,每组两条使用同一比例尺。 乡村好青年赋能项目: 4000余万元 → 5000万元以上; “希望小屋”困境儿童关爱项目: 已建在建694个 → 100个'],
    added: ['+', '2022年新增', '100个 (2022年新增)', '100个 (2022年新增)',
      '报道同时给出此前数字与2022年目标的项目,每组两条使用同一比例尺。 乡村好青年赋能项目: 4000余万元 → 5000万元以上; “希望小屋”困境儿童关爱项目: 已建在建694个 + 100个 (2022年新增)'],
  };
  // What the pages gained since for readers: the large-text switch, the poster button of a
  // detail view, and a shorter note for readers without JavaScript.
  const noscript = ['未启用 JavaScript:项目清单可以阅读,筛选、搜索、切换语言和导出需要启用 JavaScript。', '未启用 JavaScript:筛选、搜索、切换语言和导出不可用。'];
  const sorted = (lines) => [...lines].sort();
  assert.equal(Object.keys(before).length, 12);
  for (const [page, lines] of Object.entries(before)) {
    const now = visibleText(readFileSync(join(DIST, page), 'utf8'));
    const { removed, added } = diff(lines, now);
    const detail = page.startsWith('projects/');
    const expected = {
      removed: [...pair.removed, noscript[0]],
      added: [...pair.added, noscript[1], '大字', ...(detail ? ['生成海报'] : [])],
    };
    // The detail view of the Hope Houses shows the pair once more.
    if (page.includes('hope-house')) {
      expected.removed.push('→', '2022年目标');
      expected.added.push('+', '2022年新增');
    }
    assert.deepEqual(sorted(removed), sorted(expected.removed), `${page}: lines gone`);
    assert.deepEqual(sorted(added), sorted(expected.added), `${page}: lines new`);
  }
});

test('next year in the editor: the workbook with its years changed imports with no problem and previews as that year', async () => {
  const { page, errors, close } = await s.open('editor/index.html', { ready: '.ed-tabs', width: 1400 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载表格' }).click(),
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await download.path()));
  let changed = 0;
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    if (typeof cell.value === 'string' && /202[12]/.test(cell.value)) {
      cell.value = cell.value.replace(/2022/g, '2024').replace(/2021/g, '2023');
      changed++;
    }
  })));
  assert.ok(changed > 20, `${changed} cells`);
  assert.ok(wb.getWorksheet('回顾') && wb.getWorksheet('其他方向'), 'no year in the sheets\' names');
  await page.setInputFiles('#ed-import', {
    name: '2024清单.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await wb.xlsx.writeBuffer()),
  });
  await page.getByText('已导入(可撤销)').waitFor();
  await page.getByText('没有问题:可以下载数据文件').waitFor();
  const preview = page.frameLocator('iframe[title^="清单预览"]');
  await preview.locator('.yp-strip-title', { hasText: '2024年主要目标' }).waitFor({ timeout: 20000 });
  assert.match(await preview.locator('#yp-p-rural-youth .yp-pair').innerText(), /2023年[\s\S]*2024年目标/);
  assert.deepEqual(errors, []);
  await close();
});
