// The release build in three languages, search by script and pinyin, the detail view by URL, and
// the CSV download compared with the visible cards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SHOTS, suite } from './serve.mjs';

const s = suite();
const { open } = s;

const data = JSON.parse(readFileSync(join(ROOT, 'src/data/projects.json'), 'utf8'));

// Characters of the page's Chinese that are written differently in Traditional.
const SIMPLIFIED_ONLY = [...'们关项务业团济实爱儿学线设组织题对选择数览图标载们为两岁驿乡钱贷训区护诈骗课时场费创讲础层结'];



/** The widget's text, less the verbatim quotes and anything marked as Chinese by `lang`. */
function textOutsideQuotes(page, lang) {
  return page.evaluate((lang) => {
    const copy = document.querySelector('.yp').cloneNode(true);
    copy.querySelectorAll('blockquote').forEach((q) => q.remove());
    if (lang === 'en') copy.querySelectorAll('[lang^="zh"]').forEach((q) => q.remove());
    // Open every <details> so hidden text is checked as well.
    return copy.textContent;
  }, lang);
}

test('?lang=zh-Hant shows Traditional text everywhere outside the quotes', async () => {
  const hans = await open('');
  const hansText = await textOutsideQuotes(hans.page, 'zh-Hans');
  const inHans = SIMPLIFIED_ONLY.filter((c) => hansText.includes(c));
  assert.ok(inHans.length > 30, `the check can fail: ${inHans.length} found in Simplified`);
  await hans.close();

  const { page, errors, close } = await open('?lang=zh-Hant', { width: 360 });
  assert.equal(await page.locator('.yp').getAttribute('lang'), 'zh-Hant');
  const text = await textOutsideQuotes(page, 'zh-Hant');
  const left = SIMPLIFIED_ONLY.filter((c) => text.includes(c));
  assert.deepEqual(left, [], 'Simplified characters left outside the quotes');
  assert.match(text, /我為青少年辦實事/);
  const quote = await page.locator('#yp-p-warm-bee blockquote').textContent();
  assert.match(quote, /快递小哥/, 'quotes stay in the report\'s Simplified');
  await page.screenshot({ path: join(SHOTS, 'hant-360.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await close();
});

test('?lang=en shows English with no Chinese left outside the quotes', async () => {
  const { page, errors, close } = await open('?lang=en');
  assert.equal(await page.locator('.yp').getAttribute('lang'), 'en');
  const text = await textOutsideQuotes(page, 'en');
  const cjk = text.match(/[\u4e00-\u9fff]+/g);
  assert.equal(cjk, null, `Chinese left in English: ${cjk}`);
  const rural = await page.locator('#yp-p-rural-youth').innerText();
  assert.match(rural, /50 million\s+yuan\s+or more/);
  assert.match(rural, /over\s+40 million\s+yuan/);
  await page.screenshot({ path: join(SHOTS, 'en-1280.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await close();
});

for (const width of [1280, 1024, 768, 360]) {
  test(`at ${width} px every figure fits its cell, in each language`, async () => {
    for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
      const { page, close } = await open(`?lang=${lang}`, { width });
      const spilling = await page.evaluate(() => [...document.querySelectorAll('.yp-fig-cell')]
        .filter((cell) => {
          // Into the padding is tight; past the cell's edge is cut off or overlapping.
          const right = cell.getBoundingClientRect().right;
          return [...cell.querySelectorAll('.yp-num, .yp-unit, .yp-core')].some((el) => el.getBoundingClientRect().right > right + 0.5);
        })
        .map((cell) => cell.textContent.trim().slice(0, 40)));
      assert.deepEqual(spilling, [], `${lang}: a figure wider than its cell`);
      await close();
    }
  });
}

test('the switch changes language in place and keeps the filters', async () => {
  const { page, close } = await open('?theme=jobs');
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.querySelector('.yp').lang === 'en');
  assert.equal(new URL(page.url()).search, '?theme=jobs&lang=en');
  assert.equal(await page.locator('article.yp-card').count(), 3);
  await page.getByRole('button', { name: '繁體' }).click();
  await page.waitForFunction(() => document.querySelector('.yp').lang === 'zh-Hant');
  await close();
});

for (const [query, ids, path = ''] of [
  ['驛站', ['youth-station', 'warm-bee']],
  ['xwxw', ['hope-house']],
  ['xiwang', ['hope-house']],
  ['青春sq', ['youth-community']],
  ['驿站', ['youth-station', 'warm-bee'], '?lang=zh-Hant'],
  ['courier', ['warm-bee'], '?lang=en'],
]) {
  test(`searching ${query} finds ${ids.join(', ')} ${path}`, async () => {
    const { page, close } = await open(path);
    await page.locator('#yp-q').fill(query);
    await page.waitForFunction((n) => document.querySelectorAll('article.yp-card').length === n, ids.length);
    const got = await page.locator('article.yp-card').evaluateAll((els) => els.map((e) => e.id.replace('yp-p-', '')));
    assert.deepEqual(got, ids);
    assert.ok((await page.locator('article.yp-card mark').count()) > 0, 'the match is highlighted');
    if (query === 'xwxw') await page.screenshot({ path: join(SHOTS, 'pinyin-1280.png') });
    await close();
  });
}

test('a detail URL opens directly; Escape closes it and focus lands on its card', async () => {
  const { page, errors, close } = await open('?project=hope-house');
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /希望小屋/);
  assert.match((await dialog.innerText()).replace(/\s/g, ''), /已建在建694个/);
  await page.screenshot({ path: join(SHOTS, 'detail-1280.png') });
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog.yp-dialog'));
  assert.equal(new URL(page.url()).search, '');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'yp-open-hope-house');
  // Opened from the card, Back closes it.
  await page.locator('#yp-open-warm-bee').click();
  await dialog.waitFor();
  assert.equal(new URL(page.url()).searchParams.get('project'), 'warm-bee');
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('dialog.yp-dialog'));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'yp-open-warm-bee');
  assert.deepEqual(errors, []);
  await close();
});

/** RFC 4180 parsing, enough for our file. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r') {}
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

for (const [path, lang] of [['?theme=jobs,services', 'zh-Hans'], ['?q=xiwang&lang=en', 'en']]) {
  test(`the CSV matches the visible cards (${path})`, async () => {
    const { page, close } = await open(path);
    const cards = await page.locator('article.yp-card').evaluateAll((els) =>
      els.map((e) => ({ id: e.id.replace('yp-p-', ''), title: e.querySelector('h3').textContent })));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.yp-tools button').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'youth-projects-2022.csv');
    const bytes = readFileSync(await download.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM');
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    const [header, ...body] = rows;
    // id, project, themes, audiences, label, value, unit, qualifier, kind, figure, sentence,
    // document, latest status, as of.
    assert.equal(header.length, 14);
    const ids = [...new Set(body.map((r) => r[0]))];
    assert.deepEqual(ids, cards.map((c) => c.id), 'same projects, same order');
    for (const card of cards) {
      const p = data.projects.find((x) => x.id === card.id);
      const mine = body.filter((r) => r[0] === card.id);
      assert.equal(mine[0][1], card.title, 'name as shown');
      assert.equal(mine.length, Math.max(1, p.figures.length), `${card.id}: one row per figure`);
      for (const f of p.figures) {
        assert.ok(mine.some((r) => r[5] === f.value && r[6] === f.unit.zh), `${card.id}: ${f.value}${f.unit.zh}`);
      }
    }
    assert.ok(body.every((r) => r.length === 14));
    // The built-in list: the report as every row's document, no status and no day.
    assert.ok(body.every((r) => r[11].startsWith(lang === 'en' ? 'Dazhong.com' : '大众网·海报新闻') && r[12] === '' && r[13] === ''));
    if (lang === 'en') assert.equal(header[0], 'id');
    await close();
  });
}

test('print shows the cards as a list with figures and sources, without controls', async () => {
  const { page, close } = await open('');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.yp-filters').isVisible(), false);
  assert.equal(await page.locator('.yp-tools').isVisible(), false);
  assert.equal(await page.locator('.yp-langs').isVisible(), false);
  assert.equal(await page.locator('#yp-p-warm-bee .yp-num').isVisible(), true);
  assert.equal(await page.locator('#yp-p-warm-bee blockquote').isVisible(), true, 'sources print');
  assert.equal(await page.locator('#yp-p-warm-bee .yp-desc').isVisible(), true);
  await page.screenshot({ path: join(SHOTS, 'print.png'), fullPage: true });
  await close();
});
