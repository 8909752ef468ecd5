// The prerendered page: the release build's index.html carries the default view (every card, as
// HTML), readable with JavaScript disabled; with JavaScript the widget takes that HTML's place
// in steps, without a frame of empty page, keeping what the reader typed and where focus was; a URL that
// asks for another view renders that view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, SHOTS, suite } from './serve.mjs';

const s = suite();
const { open } = s;

const data = JSON.parse(readFileSync(join(ROOT, 'src/data/projects.json'), 'utf8'));

test('the built index.html contains every card of the default view', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const cards = html.match(/<article [^>]*class="yp-card"/g) ?? [];
  assert.equal(cards.length, data.projects.length);
  for (const p of data.projects) {
    assert.ok(html.includes(`id="yp-p-${p.id}"`), `${p.id}: card`);
    assert.ok(html.includes(p.name.zh), `${p.id}: name`);
    assert.ok(html.includes(p.summary.zh), `${p.id}: summary`);
  }
  assert.ok(!html.includes('正在加载项目清单'), 'the loading placeholder is replaced');
});

test('with JavaScript disabled the cards are on screen and readable', async () => {
  const context = await s.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(s.server.url);
  const cards = page.locator('article.yp-card');
  assert.equal(await cards.count(), data.projects.length);
  for (const p of data.projects) {
    const card = page.locator(`#yp-p-${p.id}`);
    assert.ok(await card.isVisible(), `${p.id} visible`);
    assert.ok((await card.innerText()).includes(p.name.zh), `${p.id}: name`);
  }
  // Styled, not raw HTML: the stylesheet applies to the prerendered markup.
  const display = await page.locator('.yp-cards').evaluate((el) => getComputedStyle(el).display);
  assert.equal(display, 'grid');
  assert.ok(await page.locator('noscript').count(), 'a note says what needs JavaScript');
  await page.screenshot({ path: join(SHOTS, 'no-js-360.png'), fullPage: false });
  await context.close();
});

test('the widget takes the prerendered view\'s place with no empty frame, keeping what the reader set and the focus', async () => {
  const bee = data.projects.find((p) => p.name.zh.includes('暖蜂'));
  const theme = bee.themes[0];
  const context = await s.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // Every frame from the first one on: how many cards the page shows.
  await page.addInitScript(() => {
    window.__frames = [];
    const sample = () => {
      window.__frames.push(document.querySelectorAll('article.yp-card').length);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  // The wasm arrives only once the reader has ticked a theme and typed into the prerendered page.
  let release;
  const typed = new Promise((resolve) => { release = resolve; });
  await page.route('**/*_bg.wasm', async (route) => { await typed; await route.continue(); });
  await page.goto(s.server.url);
  await page.locator(`input[name="theme"][value="${theme}"]`).check();
  const search = page.getByLabel('搜索项目');
  await search.click();
  await page.keyboard.insertText('快递');
  assert.equal(await page.locator('.yp[data-ready]').count(), 0, 'the widget has not started yet');
  release();
  await page.waitForSelector('.yp[data-ready]');
  await page.waitForFunction(() => document.querySelectorAll('article.yp-card').length === 1);
  assert.equal(await search.inputValue(), '快递');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'search');
  assert.ok(await page.locator('article.yp-card', { hasText: '暖蜂' }).count(), 'the search applies');
  assert.ok(await page.locator(`input[name="theme"][value="${theme}"]`).isChecked(), 'the theme stays ticked');
  await page.waitForURL((u) => u.searchParams.get('q') === '快递' && u.searchParams.get('theme') === theme);
  const frames = await page.evaluate(() => window.__frames);
  const first = frames.findIndex((n) => n > 0);
  assert.ok(first >= 0, 'cards were painted');
  assert.deepEqual(frames.slice(first).filter((n) => n === 0), [], 'no frame without cards');
  assert.equal(await page.locator('.yp').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a slow phone the widget starts in steps, the prerendered parts standing in until each step comes', async () => {
  const context = await s.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Every frame until the widget is whole: what the page shows, and which parts are still the
  // prerendered page's own nodes (marked before the widget starts).
  await page.addInitScript(() => {
    window.__frames = [];
    document.addEventListener('DOMContentLoaded', () => {
      document.querySelectorAll('.yp-masthead, .yp-filters, article.yp-card, .yp-charts, .yp-foot')
        .forEach((el) => { el.__prerendered = true; });
      window.__root = document.querySelector('.yp');
    });
    const sample = () => {
      if (!window.__root) return requestAnimationFrame(sample); // the page is still arriving
      const root = document.querySelector('.yp');
      const first = document.querySelector('article.yp-card');
      const kept = (sel) => document.querySelector(sel)?.__prerendered === true;
      window.__frames.push({
        taken: !!root && root !== window.__root,
        roots: document.querySelectorAll('.yp').length,
        cards: document.querySelectorAll('article.yp-card').length,
        parts: ['.yp-masthead', '.yp-filters', '.yp-charts', '.yp-foot'].filter((sel) => document.querySelector(sel)).length,
        top: first ? Math.round(first.getBoundingClientRect().top + scrollY) : null,
        kept: ['.yp-masthead', '.yp-filters', 'article.yp-card', '.yp-charts'].filter(kept),
        ready: !!document.querySelector('.yp[data-ready]'),
      });
      if (!document.querySelector('.yp[data-ready]')) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.goto(s.server.url);
  await page.waitForSelector('.yp[data-ready]');
  const frames = await page.evaluate(() => window.__frames);
  const taken = frames.filter((f) => f.taken);
  assert.ok(taken.length >= 2, `frames after the takeover: ${taken.length}`);
  for (const f of frames) {
    assert.equal(f.roots, 1, 'one widget root in every frame');
    assert.equal(f.cards, data.projects.length, 'every card in every frame');
    assert.equal(f.parts, 4, 'masthead, filters, charts and source in every frame');
    assert.equal(f.top, frames[0].top, 'the first card does not move');
  }
  // Steps: some frame after the takeover still shows prerendered cards and charts, and the
  // controls are the widget's own before the cards are.
  assert.ok(taken.some((f) => f.kept.includes('article.yp-card') && f.kept.includes('.yp-charts')), JSON.stringify(taken));
  assert.ok(taken.some((f) => !f.kept.includes('.yp-filters') && f.kept.includes('article.yp-card')), 'controls first');
  // Whole in the end: nothing prerendered is left.
  assert.deepEqual(await page.evaluate(() => ['.yp-masthead', '.yp-filters', 'article.yp-card', '.yp-charts', '.yp-foot']
    .filter((sel) => [...document.querySelectorAll(sel)].some((el) => el.__prerendered))), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('coming back to the prerendered page does not restore controls the reader did not set', async () => {
  const theme = data.themes[0].id;
  const context = await s.browser.newContext();
  const page = await context.newPage();
  // The wasm held back for good: the prerendered controls are all there is.
  await page.route('**/*_bg.wasm', () => {});
  await page.goto(s.server.url);
  await page.locator(`input[name="theme"][value="${theme}"]`).check();
  await page.locator(`input[name="audience"][value="${data.audiences[0].id}"]`).check();
  await page.getByLabel('搜索项目').fill('快递');
  await page.locator('select').selectOption('name');
  // Away and back: without a page cache, the browser restores the form controls it may.
  await page.goto(`${s.server.url}favicon.svg`);
  await page.goBack();
  await page.locator('article.yp-card').first().waitFor();
  assert.equal(await page.locator('input[type=checkbox]:checked').count(), 0, 'no box ticked');
  assert.equal(await page.getByLabel('搜索项目').inputValue(), '');
  assert.notEqual(await page.locator('select').inputValue(), 'name');
  await context.close();
});

test('the default view works once the widget has started', async () => {
  const { page, errors, close } = await open('');
  assert.equal(await page.locator('article.yp-card').count(), data.projects.length);
  assert.equal(await page.locator('.yp').count(), 1);
  await page.getByLabel('搜索项目').fill('快递');
  await page.waitForFunction(() => document.querySelectorAll('article.yp-card').length === 1);
  // The URL records the search once typing pauses.
  await page.waitForURL((u) => u.searchParams.get('q') === '快递');
  assert.deepEqual(errors, []);
  await close();
});

test('a URL naming another view renders that view over the prerendered one', async () => {
  const theme = data.themes[0].id;
  const expected = data.projects.filter((p) => p.themes.includes(theme)).length;
  const { page, errors, close } = await open(`?theme=${theme}&lang=en`);
  assert.equal(await page.locator('article.yp-card').count(), expected);
  assert.equal(await page.locator('.yp').getAttribute('lang'), 'en');
  assert.equal(await page.locator('.yp').count(), 1);
  assert.deepEqual(errors, []);
  await close();
});
