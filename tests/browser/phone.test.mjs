// The phone layout at 360 × 740, in the three languages: the first card's title on the first
// screen, in the prerendered page and once the widget has taken over, with no layout shift
// between them; nothing wider than the screen with every disclosure open; headline figures that
// never part a number from its unit; the filter sheet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SHOTS, suite } from './serve.mjs';
import { axe } from './audits.mjs';

const s = suite();
const PHONE = { width: 360, height: 740 };
/** The goal: the first card's title starts within the first 600 px of the page. */
const FIRST_SCREEN = 600;

const firstCardTop = (page) => page.evaluate(() => {
  const title = document.querySelector('article.yp-card h3');
  return title ? title.getBoundingClientRect().top + window.scrollY : null;
});

/** Elements of the widget that reach past the viewport's right edge. */
const tooWide = (page) => page.evaluate(() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('.yp *')]
    .filter((el) => el.getClientRects().length && el.getBoundingClientRect().right > width + 0.5)
    .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)} px)`)
    .slice(0, 5);
});


/** A page at phone size that sums every layout shift from the start. */
async function phonePage() {
  const context = await s.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { page, close: () => context.close() };
}

test('the prerendered page shows the first card on the first screen, and the takeover moves nothing', async () => {
  const { page, close } = await phonePage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(s.server.url);
  await page.locator('article.yp-card').first().waitFor();
  const before = await firstCardTop(page);
  assert.ok(before <= FIRST_SCREEN, `prerendered: the first card starts at ${before} px`);
  release();
  await page.waitForSelector('.yp[data-ready]');
  // Two frames for any shift the takeover would cause to be reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await firstCardTop(page), before, 'the first card stays where it was');
  assert.equal(await page.evaluate(() => window.__shift), 0, 'cumulative layout shift');
  await close();
});

test('on a phone, focus in the search box brings the count and the first result above the keyboard', async () => {
  const { page, close } = await phonePage();
  await page.goto(s.server.url);
  await page.waitForSelector('.yp[data-ready]');
  await page.locator('#yp-q').focus();
  // An on-screen keyboard takes about the lower 45 % of a 740 px phone screen.
  const above = PHONE.height * 0.55;
  await page.waitForFunction((above) => {
    const bottom = (sel) => document.querySelector(sel).getBoundingClientRect().bottom;
    return bottom('.yp-count') <= above && bottom('article.yp-card h3') <= above
      && document.querySelector('#yp-q').getBoundingClientRect().top >= -1;
  }, above);
  await page.keyboard.insertText('驿站');
  await page.waitForFunction(() => document.querySelectorAll('article.yp-card').length === 2);
  const first = await page.evaluate(() => document.querySelector('article.yp-card h3').getBoundingClientRect().bottom);
  assert.ok(first <= above, `the first result ends at ${first} px`);
  await close();
});

for (const [lang, query] of [['zh-Hans', ''], ['zh-Hant', '?lang=zh-Hant'], ['en', '?lang=en']]) {
  test(`${lang} at 360 px: the first card on the first screen, nothing wider than the screen`, async () => {
    const { page, close } = await phonePage();
    await page.goto(s.server.url + query);
    await page.waitForSelector('.yp[data-ready]');
    assert.equal(await page.locator('.yp').getAttribute('lang'), lang);
    const top = await firstCardTop(page);
    assert.ok(top <= FIRST_SCREEN, `the first card starts at ${top} px`);
    await page.screenshot({ path: join(SHOTS, `phone-${lang}.png`) });

    // Headline figures: each number with its unit on one line.
    const parted = await page.evaluate(() => [...document.querySelectorAll('.yp-strip .yp-core')]
      .filter((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size > 1)
      .map((el) => el.textContent));
    assert.deepEqual(parted, [], 'a number parted from its unit');
    const spilling = await page.evaluate(() => [...document.querySelectorAll('.yp-strip .yp-core')]
      .filter((el) => {
        const tile = el.closest('.yp-strip-item');
        const inner = tile.getBoundingClientRect().right - parseFloat(getComputedStyle(tile).paddingRight);
        return el.getBoundingClientRect().right > inner + 0.5;
      })
      .map((el) => el.textContent));
    assert.deepEqual(spilling, [], 'a headline figure wider than its tile');

    // Every disclosure open: the introduction, card details, chart tables.
    await page.evaluate(() => document.querySelectorAll('.yp details').forEach((d) => { d.open = true; }));
    assert.deepEqual(await tooWide(page), [], 'wider than the screen');
    // The filter sheet.
    await page.locator('.yp-facets-toggle').click();
    await page.waitForFunction(() => !!document.querySelector('dialog.yp-sheet:modal'));
    assert.deepEqual(await tooWide(page), [], 'the filter sheet is wider than the screen');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog.yp-sheet:modal'));
    // And the detail view.
    await page.locator('#yp-open-youth-startup').click();
    await page.locator('dialog.yp-dialog[open]').waitFor();
    assert.deepEqual(await tooWide(page), [], 'the detail view is wider than the screen');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth));
    await close();
  });
}

test('on a phone the filters open in a sheet: live count, focus kept inside, Escape and Back close it', async () => {
  const { page, close } = await phonePage();
  await page.goto(s.server.url);
  await page.waitForSelector('.yp[data-ready]');
  const toggle = page.locator('.yp-facets-toggle');
  const sheet = page.locator('dialog.yp-sheet');
  const modal = () => page.evaluate(() => !!document.querySelector('dialog.yp-sheet:modal'));
  const done = page.locator('.yp-sheet-done');

  await toggle.click();
  await page.waitForFunction(() => !!document.querySelector('dialog.yp-sheet:modal'));
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.equal(await done.innerText(), '显示 11 个项目');
  // Ticks show at once, behind the sheet and on its button; they rewrite the sheet's entry.
  const entries = await page.evaluate(() => history.length);
  await sheet.getByText('就业创业').click();
  await page.waitForFunction(() => document.querySelector('.yp-sheet-done').textContent === '显示 3 个项目');
  assert.equal(await page.locator('article.yp-card').count(), 3);
  await page.waitForURL((u) => u.search === '?theme=jobs');
  assert.equal(await page.evaluate(() => history.length), entries, 'no entry per tick in the sheet');
  // Focus stays inside while it is open.
  for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.querySelector('dialog.yp-sheet').contains(document.activeElement)));
  assert.deepEqual(await axe(page), [], 'axe with the sheet open');

  // The button closes it and keeps the ticks; focus goes back to the toggle; Back undoes them.
  await done.click();
  await page.waitForFunction(() => !document.querySelector('dialog.yp-sheet:modal'));
  await page.waitForURL((u) => u.search === '?theme=jobs');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'yp-facets-toggle');
  assert.match(await toggle.innerText(), /已选 1 项/);
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll('article.yp-card').length === 11);

  // Escape closes it.
  await toggle.click();
  await page.waitForFunction(() => !!document.querySelector('dialog.yp-sheet:modal'));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog.yp-sheet:modal'));
  assert.equal(await modal(), false);

  // The browser's Back closes it, keeping what was ticked, and the page stays.
  await toggle.click();
  await page.waitForFunction(() => !!document.querySelector('dialog.yp-sheet:modal'));
  await sheet.getByText('关爱儿童').click();
  await page.waitForURL((u) => u.search === '?theme=children');
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('dialog.yp-sheet:modal'));
  await page.waitForURL((u) => u.search === '?theme=children');
  assert.equal(await page.locator('article.yp-card').count(), 4);
  assert.equal(await page.locator('.yp[data-ready]').count(), 1, 'still on the page');
  await close();
});
