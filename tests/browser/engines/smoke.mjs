// The smoke suite every browser engine runs against the release build: the widget starts, shows
// the eleven cards, finds 快递 and `xwxw`, ticks a theme and steps Back, opens a detail view and
// closes it with Escape, switches language, fits a 390 px screen, and logs no page error.
//
// Each engine file gives it a driver with the same few verbs (goto, until, evaluate, click, type,
// escape, back), so the checks are written once. Page errors are recorded by a same-origin script
// that a test copy of the page loads first (WebKit's driver has no log API), and the page runs
// under the same strict CSP as in the Chromium suite.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, serve } from '../serve.mjs';

/** The standalone page, with the error recorder loaded before everything else. */
function pages() {
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  // Before the first element of the head (the minified page has no <head> tag).
  const body = index.replace(/<meta/i, '<script src="record-errors.js"></script><meta');
  assert.notEqual(body, index, 'the recorder is in the page');
  return {
    'smoke.html': { body },
    'record-errors.js': {
      type: 'text/javascript; charset=utf-8',
      body: `window.__errors = [];
addEventListener('error', (e) => window.__errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));`,
    },
  };
}

/** Registers the suite; `open(url)` resolves to a driver for a fresh page at 390 px. */
export function smoke(engine, { start, open, stop }) {
  const s = {};
  before(async () => {
    s.server = await serve(DIST, '/some/path/', pages());
    await start();
  });
  after(async () => {
    await stop();
    await s.server?.close();
  });

  const cards = 'document.querySelectorAll("article.yp-card").length';
  /** Runs `check` on a fresh page of the smoke copy, closing it whatever happens. */
  const withPage = async (check) => {
    const d = await open(`${s.server.url}smoke.html`);
    try {
      await d.until('document.querySelector(".yp[data-ready]") !== null');
      await check(d);
      assert.deepEqual(await d.evaluate('window.__errors'), []);
    } finally {
      await d.close();
    }
  };

  test(`${engine}: the widget starts with the eleven cards and no page error`, async () => withPage(async (d) => {
    assert.equal(await d.evaluate(cards), 11);
    assert.equal(await d.evaluate('document.querySelector(".yp").lang'), 'zh-Hans');
  }));

  test(`${engine}: search finds 快递 and the pinyin initials xwxw`, async () => withPage(async (d) => {
    await d.type('#yp-q', '快递');
    await d.until(`${cards} === 1`);
    assert.match(await d.evaluate('document.querySelector("article.yp-card h3").textContent'), /暖蜂行动/);
    await d.type('#yp-q', 'xwxw');
    await d.until(`${cards} === 1 && document.querySelector("article.yp-card h3").textContent.includes("希望小屋")`);
    await d.until('new URLSearchParams(location.search).get("q") === "xwxw"');
  }));

  test(`${engine}: a theme ticked, then Back`, async () => withPage(async (d) => {
    // On a phone the facets fold behind a button.
    // On a phone the facets open in a sheet; its button closes it.
    await d.click('.yp-facets-toggle');
    await d.until('document.querySelector("dialog.yp-sheet[open]") !== null');
    await d.click('label[for="yp-theme-jobs"]');
    await d.until(`${cards} === 3 && location.search === "?theme=jobs"`);
    await d.click('.yp-sheet-done');
    await d.until(`document.querySelector("dialog.yp-sheet[open]") === null && location.search === "?theme=jobs"`);
    await d.back();
    await d.until(`${cards} === 11 && location.search === ""`);
    assert.equal(await d.evaluate('document.querySelector("#yp-theme-jobs").checked'), false);
  }));

  test(`${engine}: a detail view opens and Escape closes it`, async () => withPage(async (d) => {
    await d.click('#yp-open-warm-bee');
    await d.until('document.querySelector("dialog.yp-dialog[open]") !== null && location.search === "?project=warm-bee"');
    assert.match(await d.evaluate('document.querySelector("dialog.yp-dialog").textContent'), /爱心驿站/);
    await d.escape();
    await d.until('document.querySelector("dialog.yp-dialog") === null && location.search === ""');
    await d.until('document.activeElement && document.activeElement.id === "yp-open-warm-bee"');
  }));

  for (const [lang, button] of [['en', 'English'], ['zh-Hant', '繁體']]) {
    test(`${engine}: the language switch to ${lang}, and nothing wider than 390 px`, async () => withPage(async (d) => {
      await d.click(`button.yp-lang[lang="${lang}"]`);
      await d.until(`document.querySelector(".yp").lang === "${lang}" && location.search === "?lang=${lang}"`);
      assert.ok((await d.evaluate('document.querySelector("button.yp-lang[aria-pressed=true]")?.textContent ?? ""')).includes(button));
      // Quotes drawn by a Latin face in English (narrow), by a CJK face in Chinese (a full em).
      const quote = await d.evaluate(`(() => {
        const span = document.createElement('span');
        span.textContent = '“';
        document.querySelector('.yp h1').append(span);
        const ratio = span.getBoundingClientRect().width / parseFloat(getComputedStyle(span).fontSize);
        span.remove();
        return ratio;
      })()`);
      if (lang === 'en') assert.ok(quote < 0.6, `an English quote mark is ${quote.toFixed(2)} em wide`);
      // Every disclosure open: card details and chart tables.
      await d.evaluate('document.querySelectorAll(".yp details").forEach((x) => { x.open = true; }), true');
      const overflow = await d.evaluate(`(() => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('.yp *')]
          .filter((el) => el.getBoundingClientRect().right > width + 0.5)
          .map((el) => el.tagName.toLowerCase() + '.' + el.className);
        return { width, scroll: document.documentElement.scrollWidth, wide: wide.slice(0, 5) };
      })()`);
      assert.ok(overflow.width <= 390, `the viewport is ${overflow.width} px`);
      assert.deepEqual(overflow.wide, [], `wider than ${overflow.width} px`);
      assert.ok(overflow.scroll <= overflow.width, `the page scrolls sideways: ${overflow.scroll} > ${overflow.width}`);
    }));
  }
}
