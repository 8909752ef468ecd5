// End to end, the way people use it: the main states at 360 and 1280 px with an axe-core audit
// (WCAG 2.0/2.1 A and AA, light and dark, three languages), the keyboard-only path, focus after
// every change, a data file full of markup and script payloads, 500 random query strings, and the
// fallback after a panic (debug build only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { DIST, ROOT, SHOTS, serve, suite } from './serve.mjs';

const DEBUG_DIST = join(ROOT, 'target/dist-debug');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// ---- the hostile data file: every text field holds a payload ----
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '</article><script>window.__pwned=2</script>',
  'javascript:window.__pwned=3',
  '"><svg onload="window.__pwned=4"></svg>',
  '\u202eRTL override\u202c',
  '👩‍🎓🎉 emoji',
  'nul\u0000byte',
  '{{7*7}} ${7*7} &lt;b&gt;',
];
const LONG = 'x'.repeat(10_000);

function hostileData() {
  const d = JSON.parse(readFileSync(join(ROOT, 'src/data/projects.json'), 'utf8'));
  let n = 0;
  const next = () => PAYLOADS[n++ % PAYLOADS.length];
  const tr = (t) => { t.zh = next(); t.en = next(); };
  for (const k of ['league', 'league_full', 'campaign']) tr(d.list[k]);
  for (const k of ['title', 'event', 'event_date', 'publisher', 'byline', 'intro']) tr(d.report[k]);
  [...d.themes, ...d.audiences].forEach((t, i) => { t.name.zh = `${next()}${i}`; t.name.en = `${next()}${i}`; });
  for (const p of d.projects) {
    tr(p.name); tr(p.summary); tr(p.description);
    p.description.zh += LONG;
    for (const f of p.figures) { tr(f.label); f.unit.en = next(); }
    p.sources = p.sources.map((s) => `${next()}${s}`);
  }
  tr(d.review.title); tr(d.review.summary);
  for (const f of d.review.figures) { tr(f.label); f.unit.en = next(); }
  d.review.sources = d.review.sources.map((s) => `${next()}${s}`);
  for (const x of d.directions) { tr(x.title); tr(x.summary); x.sources = x.sources.map((s) => `${next()}${s}`); }
  return d;
}

/** The eleven projects twelve times over (132), under new ids: a list longer than one page. */
function longData() {
  const d = JSON.parse(readFileSync(join(ROOT, 'src/data/projects.json'), 'utf8'));
  d.projects = Array.from({ length: 12 }, (_, n) => d.projects.map((p) => ({ ...p, id: `${p.id}-${n}` }))).flat();
  return d;
}

const extra = {
  'demo/long.json': { type: 'application/json', body: JSON.stringify(longData()) },
  'demo/long-data.html': {
    body: readFileSync(join(DIST, 'demo/data.html'), 'utf8').replace('data-sample.json', 'long.json'),
  },
  'demo/hostile.json': { type: 'application/json', body: JSON.stringify(hostileData()) },
  'demo/hostile-data.html': {
    body: readFileSync(join(DIST, 'demo/data.html'), 'utf8').replace('data-sample.json', 'hostile.json'),
  },
};

const s = suite(extra);
const { open } = s;



async function audit(page, label) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], `axe (${label})`);
  return result.passes.length;
}

const STATES = [
  ['default', '', null],
  ['filtered', '?theme=children&audience=volunteers&q=%E5%B0%8F%E5%B1%8B', null],
  ['empty', '?q=%E7%81%AB%E6%98%9F', '.yp-empty'],
  ['detail', '?project=hope-house', 'dialog.yp-dialog'],
  ['traditional', '?lang=zh-Hant&sort=largest', null],
  ['english', '?lang=en&theme=jobs', null],
  ['english detail', '?lang=en&project=warm-bee', 'dialog.yp-dialog'],
];

for (const width of [360, 1280]) {
  for (const scheme of ['light', 'dark']) {
    for (const [name, path, ready] of STATES) {
      test(`axe: ${name}, ${width} px, ${scheme}: zero violations`, async () => {
        const { page, errors, close } = await open(path, { width, scheme, ready: ready ?? '.yp[data-ready]' });
        if (width === 360 && !ready) {
          // Audit the folded facets open as well.
          const toggle = page.locator('.yp-facets-toggle');
          if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
        }
        await audit(page, `${name} ${width} ${scheme}`);
        if (scheme === 'light') {
          await page.screenshot({ path: join(SHOTS, `e2e-${name.replace(' ', '-')}-${width}.png`), fullPage: !ready });
        }
        assert.deepEqual(errors, []);
        await close();
      });
    }
  }
}

test('axe: the embed demo with two widgets has zero violations', async () => {
  const { page, close } = await open('demo/host.html');
  await page.waitForFunction(() => document.querySelectorAll('.yp').length === 2);
  await audit(page, 'two widgets');
  await close();
});

for (const width of [360, 1280]) {
  test(`keyboard only at ${width} px: Tab to search, type, Tab to a facet, Space, open a detail, Escape`, async () => {
    const { page, errors, close } = await open('', { width });
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.className || '');
    const tabTo = async (matches, limit = 60) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        const f = await focused();
        if (matches(f)) return f;
      }
      throw new Error(`never reached; last focus ${await focused()}`);
    };
    await tabTo((f) => f === 'yp-q');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'visible focus');
    await page.keyboard.type('驿站');
    await page.waitForFunction(() => document.querySelectorAll('article.yp-card').length === 2);
    if (width === 360) {
      await tabTo((f) => f.includes('yp-facets-toggle'));
      await page.keyboard.press('Enter');
    }
    const box = await tabTo((f) => f.startsWith('yp-theme-') || f.startsWith('yp-audience-'));
    await page.keyboard.press('Space');
    await page.waitForFunction((id) => document.getElementById(id).checked, box);
    assert.equal(await focused(), box, 'focus stays on the checkbox after the list changes');
    await page.keyboard.press('Space');
    await page.waitForFunction((id) => !document.getElementById(id).checked, box);
    if (width === 360) {
      // The facets were in the sheet: Escape closes it, focus back on its button.
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dialog.yp-sheet:modal'));
      assert.equal(await focused(), 'yp-facets-toggle');
    }
    const button = await tabTo((f) => f.startsWith('yp-open-'));
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog.yp-dialog'));
    assert.equal(await focused(), button, 'focus returns to the card after closing');
    // Removing a filter chip moves focus to the results heading, not to nowhere.
    await page.locator('.yp-chip').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('article.yp-card').length === 11);
    assert.equal(await focused(), 'yp-results-title');
    assert.deepEqual(errors, []);
    await close();
  });
}

test('the result count is announced once, after typing pauses', async () => {
  const { page, close } = await open('');
  assert.equal(await page.locator('[role=status]').count(), 1, 'one status region');
  const status = page.locator('[role=status]');
  await page.locator('#yp-q').pressSequentially('xiwang', { delay: 40 });
  assert.equal(await status.textContent(), '', 'nothing announced while typing');
  await page.waitForFunction(() => document.querySelector('[role=status]').textContent !== '');
  assert.equal(await status.textContent(), '找到 1 个项目(共 11 个)');
  // A change that keeps the count re-renders the widget and leaves the announcement alone.
  await page.locator('#yp-sort').selectOption('name');
  await page.waitForURL((u) => u.searchParams.get('sort') === 'name');
  assert.equal(await status.textContent(), '找到 1 个项目(共 11 个)');
  assert.equal(await page.locator('[role=status]').count(), 1, 'still one status region');
  await close();
});

test('a data file full of markup and script renders as inert text', async () => {
  const { page, errors, close } = await open('demo/hostile-data.html');
  // The embedded data shows first; the hostile file replaces it once loaded.
  await page.waitForFunction(() => !document.querySelector('.yp-intro')?.textContent.includes('共青团济南市委')
    || document.querySelector('[role=alert]'));
  const alerts = await page.locator('[role=alert]').allTextContents();
  assert.deepEqual(alerts, [], 'the hostile file is a valid data file');
  const report = await page.evaluate(() => {
    const root = document.querySelector('.yp');
    return {
      pwned: window.__pwned ?? null,
      img: root.querySelectorAll('img').length,
      script: root.querySelectorAll('script').length,
      svg: root.querySelectorAll('svg').length,
      onload: root.querySelectorAll('[onload], [onerror]').length,
      links: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      text: root.textContent,
      cards: root.querySelectorAll('article.yp-card').length,
    };
  });
  assert.equal(report.pwned, null, 'no payload ran');
  assert.equal(report.img + report.script + report.onload, 0, 'no element came from the data');
  assert.ok(report.svg <= 2, 'only the charts are SVG');
  assert.deepEqual(report.links, []);
  assert.equal(report.cards, 11);
  for (const p of PAYLOADS) assert.ok(report.text.includes(p), `shown as text: ${JSON.stringify(p)}`);
  assert.ok(report.text.includes(LONG), 'the 10,000-character text is kept whole');
  // Open a detail view and search too: still inert.
  await page.locator('.yp-open').first().click();
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('#yp-q').fill('<img');
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
  assert.equal(await page.locator('.yp img').count(), 0);
  assert.deepEqual(errors, []);
  await close();
});

/** Deterministic random query strings: the widget's keys with junk values, and junk keys. */
function randomQueries(n, seed = 20221) {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const junk = () => {
    const parts = ['%', '%E5', '%ZZ', '%00', '+', '&', '=', ',', 'jobs', 'kids', 'zh-Hant', 'en', 'EN', '驿站',
      'xwxw', '<script>', '"', "'", '\u202e', '🎉', 'hope-house', '..', '/', '?', '#', 'a'.repeat(300)];
    return Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(parts)).join('');
  };
  const keys = ['theme', 'audience', 'q', 'sort', 'lang', 'project', 'src', 'debug-panic', 'x', ''];
  return Array.from({ length: n }, () => {
    const pairs = Array.from({ length: Math.floor(rnd() * 5) }, () => `${pick(keys)}=${junk()}`);
    return `?${pairs.join('&')}`;
  });
}

test('500 random query strings: no page error and a sane view each time', async () => {
  const { page, errors, close } = await open('');
  const queries = randomQueries(500);
  let checked = 0;
  for (const [i, q] of queries.entries()) {
    if (i % 50 === 0) {
      // Every fiftieth is a full load.
      await page.goto(s.server.url + q.replace(/#/g, '%23'));
      await page.waitForSelector('.yp');
    } else {
      await page.evaluate((q) => {
        history.pushState(null, '', q.replace(/#/g, '%23'));
        dispatchEvent(new PopStateEvent('popstate'));
      }, q);
    }
    const view = await page.evaluate(() => ({
      root: document.querySelectorAll('.yp').length,
      cards: document.querySelectorAll('article.yp-card').length,
      empty: document.querySelectorAll('.yp-empty').length,
      fallback: document.querySelectorAll('.yp-fallback').length,
    }));
    assert.equal(view.root, 1, q);
    assert.equal(view.fallback, 0, q);
    assert.ok(view.cards <= 11 && (view.cards > 0 || view.empty === 1), `${q}: ${JSON.stringify(view)}`);
    checked++;
  }
  assert.equal(checked, 500);
  // `src=` values may name missing files; their notices are expected, page errors are not.
  assert.deepEqual(errors.filter((e) => !e.includes('Failed to load resource')), []);
  await close();
});

test('a panic shows the fallback message (debug build)', { skip: !existsSync(DEBUG_DIST) && 'no debug build' }, async () => {
  const debug = await serve(DEBUG_DIST, '/debug/');
  const context = await s.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${debug.url}?debug-panic`);
  const fallback = page.locator('.yp-fallback');
  await fallback.waitFor();
  assert.match(await fallback.innerText(), /暂时无法显示/);
  assert.equal(await page.locator('.yp').count(), 0);
  await context.close();
  await debug.close();
});

test('the release build has no panic trigger', async () => {
  const { page, errors, close } = await open('?debug-panic');
  await page.waitForTimeout(600);
  assert.equal(await page.locator('.yp-fallback').count(), 0);
  assert.equal(await page.locator('article.yp-card').count(), 11);
  assert.deepEqual(errors, []);
  await close();
});

test('a long list: 50 cards, then "show more" by keyboard, focus on the first new card, no axe violation', async () => {
  for (const [width, scheme] of [[360, 'light'], [1280, 'dark']]) {
    const { page, errors, close } = await open('demo/long-data.html', { width, scheme });
    await page.waitForFunction(() => /132/.test(document.querySelector('.yp-count')?.textContent ?? ''));
    assert.equal(await page.locator('article.yp-card').count(), 50);
    const more = page.locator('button.yp-show-more');
    assert.match(await more.innerText(), /再显示 50 个项目.*还有 82 个/);
    await audit(page, `long list, ${width} px, ${scheme}`);
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('article.yp-card').length === 100);
    const focusedCard = await page.evaluate(() => {
      const cards = [...document.querySelectorAll('article.yp-card')];
      return cards.findIndex((c) => c.contains(document.activeElement));
    });
    assert.equal(focusedCard, 50, 'focus is on the 51st card');
    await page.keyboard.press('Shift+Tab');
    await more.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelectorAll('article.yp-card').length === 132);
    assert.equal(await more.count(), 0, 'no button once every card shows');
    assert.deepEqual(errors, []);
    await close();
  }
});
