// The release build (`trunk build --release`, in dist/) served from a sub-path and driven in
// headless Chromium: every card and every figure of the data file, the review, search,
// a shared URL surviving a reload, no request leaving the origin, no page error.
// Screenshots at 360 and 1280 px go to tests/browser/screenshots/ (git-ignored).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SHOTS, suite } from './serve.mjs';

const s = suite();
const { open } = s;

const data = JSON.parse(readFileSync(join(ROOT, 'src/data/projects.json'), 'utf8'));

/** A figure as the report writes it: 不少于10000平方米, 4000余万元, 5000万元以上. */
function shown(f) {
  const core = `${f.value}${f.qualifier === '余' ? '余' : ''}${f.unit.zh}`;
  if (f.qualifier === '不少于' || f.qualifier === '已建在建') return f.qualifier + core;
  if (f.qualifier === '以上') return core + '以上';
  return core;
}



test('all eleven cards show every figure the data gives, from a sub-path', async () => {
  const { page, errors, requests, close } = await open();
  const cards = page.locator('article.yp-card');
  assert.equal(await cards.count(), 11);
  assert.equal(data.projects.length, 11);
  for (const p of data.projects) {
    const card = page.locator(`#yp-p-${p.id}`);
    const text = await card.innerText();
    assert.ok(text.includes(p.name.zh), `${p.id}: name`);
    for (const f of p.figures) {
      // innerText puts figures on their own lines; compare without whitespace.
      assert.ok(text.replace(/\s/g, '').includes(shown(f)), `${p.id}: figure ${shown(f)} missing in\n${text}`);
    }
  }
  const review = (await page.locator('.yp-review').innerText()).replace(/\s/g, '');
  for (const f of data.review.figures) assert.ok(review.includes(shown(f)), `review: ${shown(f)}`);
  assert.equal(await page.locator('.yp-review .yp-fig').count(), data.review.figures.length);
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-Hans');
  const origin = new URL(s.server.url).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), [], 'no request leaves the origin');
  assert.deepEqual(errors, []);
  await page.screenshot({ path: join(SHOTS, 'default-1280.png'), fullPage: true });
  await close();
});

test('searching 快递 leaves the 暖蜂行动 card and writes the URL', async () => {
  const { page, errors, close } = await open('', { width: 360 });
  await page.getByLabel('搜索项目').fill('快递');
  await page.waitForFunction(() => document.querySelectorAll('article.yp-card').length === 1);
  assert.match(await page.locator('article.yp-card h3').innerText(), /暖蜂行动/);
  // The URL records the search once typing pauses.
  await page.waitForURL((u) => u.searchParams.get('q') === '快递');
  await page.screenshot({ path: join(SHOTS, 'search-360.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await close();
});

test('a filtered URL restores the same view after a reload, and back returns', async () => {
  const { page, errors, close } = await open('', { width: 360 });
  await page.screenshot({ path: join(SHOTS, 'default-360.png'), fullPage: true });
  // On a phone the facets wait behind a button, in a sheet.
  const toggle = page.getByRole('button', { name: '按主题和服务对象筛选' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.getByRole('checkbox', { name: '就业创业' }).isVisible(), false);
  await toggle.click();
  await page.getByRole('checkbox', { name: '就业创业' }).check();
  await page.getByRole('checkbox', { name: '大学生' }).check();
  await page.waitForFunction(() => document.querySelectorAll('article.yp-card').length === 1);
  await page.getByRole('button', { name: '显示 1 个项目' }).click();
  await page.waitForFunction(() => !document.querySelector('dialog.yp-sheet:modal'));
  await page.waitForURL(/\?theme=jobs&audience=students$/);
  await page.reload();
  await page.waitForSelector('.yp[data-ready]');
  assert.equal(await page.locator('article.yp-card').count(), 1);
  // A shared filtered view says why the list is short: the button counts the ticks, the chips
  // name them.
  assert.match(await page.locator('.yp-facets-toggle').innerText(), /已选 2 项/);
  assert.deepEqual(await page.locator('.yp-chip').allInnerTexts().then((t) => t.map((x) => x.replace(/\s+/g, ''))),
    ['移除条件:就业创业×', '移除条件:大学生×']);
  await page.screenshot({ path: join(SHOTS, 'filtered-360.png'), fullPage: true });
  assert.match(await page.locator('article.yp-card h3').innerText(), /青年驿站/);
  assert.equal(await page.getByRole('checkbox', { name: '就业创业', includeHidden: true }).isChecked(), true);
  assert.equal(await page.getByRole('checkbox', { name: '大学生', includeHidden: true }).isChecked(), true);
  // The sheet's two ticks are one history entry: Back returns to the list before them.
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll('article.yp-card').length === 11);
  assert.doesNotMatch(page.url(), /theme=/);
  assert.deepEqual(errors, []);
  await close();
});

test('an empty result explains itself and clears', async () => {
  const { page, errors, close } = await open('?q=%E7%81%AB%E6%98%9F', { ready: '.yp-empty' });
  assert.equal(await page.locator('article.yp-card').count(), 0);
  await page.screenshot({ path: join(SHOTS, 'empty-1280.png') });
  await page.getByRole('button', { name: '清除全部筛选,显示全部项目' }).click();
  await page.waitForFunction(() => document.querySelectorAll('article.yp-card').length === 11);
  assert.equal(new URL(page.url()).search, '');
  assert.deepEqual(errors, []);
  await close();
});
