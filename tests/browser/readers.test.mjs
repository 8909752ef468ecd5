// Readers inside WeChat and older readers: the share poster of a project (a PNG whose QR code an
// outside reader, npm jsqr, decodes to the project's page, its text alternative holding the
// figures as the report states them; under a policy without `img-src blob:` only its download);
// large text (at least 18 px, 7:1 contrast by axe's color-contrast-enhanced, lines at least 1.5
// apart, remembered on the device); reflow at 320 px and the WCAG text-spacing overrides in three
// languages with the detail view and the filter sheet open; the words people type (快递员) and
// the suggestions for a search that finds nothing (xiwangxiaowo → 希望小屋); the first card within
// 600 px at 360 × 740 without JavaScript. (Bootstrap 3's summary rule: embed.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { ROOT, SHOTS, suite } from './serve.mjs';

const data = JSON.parse(readFileSync(join(ROOT, 'src/data/projects.json'), 'utf8'));
const JSQR = readFileSync(join(ROOT, 'tests/browser/node_modules/jsqr/dist/jsQR.js'), 'utf8');

const extra = {
  // A host page under a policy that does not allow `blob:` images: the poster is a download.
  'strict/host.html': {
    body: '<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><link rel="icon" href="../favicon.svg">'
      + '<title>清单</title></head><body><div data-youth-projects data-query="project=hope-house"></div>'
      + '<script type="module" src="../embed.js"></script></body></html>',
  },
};
const s = suite(extra);

/** WCAG 1.4.12's text-spacing overrides, as the bookmarklet testers use applies them. */
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

/** A page of its own context that may take injected styles (the CSP is tested elsewhere). */
async function open(path, { width = 390, height = 844, js = true, large = false } = {}) {
  const context = await s.browser.newContext({ viewport: { width, height }, javaScriptEnabled: js, bypassCSP: true, acceptDownloads: true });
  if (large) await context.addInitScript(() => localStorage.setItem('youth-projects/large-text', '1'));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(s.server.url + path);
  if (js) await page.waitForSelector('.yp[data-ready]');
  return { page, errors, close: () => context.close() };
}

/** What reflows badly: anything wider than the screen, text cut off by its box, text over text. */
function problems() {
  const width = document.documentElement.clientWidth;
  const out = [];
  if (document.documentElement.scrollWidth > width) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && !el.closest('.yp-sr, [hidden], dialog:not([open])');
  };
  const name = (el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} «${el.textContent.trim().slice(0, 30)}»`;
  const texts = [];
  // Behind an open modal dialog the page is covered: only the dialog is read.
  const modal = document.querySelector('.yp dialog[open]:modal');
  for (const el of (modal ?? document).querySelectorAll(modal ? '*' : '.yp *')) {
    if (el.closest('svg') || !shown(el)) continue;
    if (el.clientWidth <= 1 && el.clientHeight <= 1 && getComputedStyle(el).overflow === 'hidden') continue;
    const r = el.getBoundingClientRect();
    if (r.right > width + 0.5 || r.left < -0.5) out.push(`${name(el)} spans ${Math.round(r.left)}–${Math.round(r.right)}`);
    const style = getComputedStyle(el);
    // A heading hidden but for screen readers (1 × 1, clipped) is hidden by design.
    const srOnly = el.clientWidth <= 1 && el.clientHeight <= 1;
    const clips = /hidden|clip/.test(style.overflowX + style.overflowY);
    if (clips && !srOnly && el.textContent.trim() && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
      out.push(`${name(el)} cuts its text: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
    }
    if ([...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) {
      // A bar that stays in place while its box scrolls under it (the filter sheet's button).
      const pinned = !!el.closest('.yp-sheet-foot, .yp-sheet-head');
      texts.push([el, [...el.getClientRects()], pinned]);
    }
  }
  // Text over text (beyond a pixel), line by line, where neither holds the other; what scrolls
  // under a pinned bar comes out from under it.
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const [a, ras, pa] = texts[i];
      const [b, rbs, pb] = texts[j];
      if (a.contains(b) || b.contains(a) || pa !== pb) continue;
      const over = ras.some((ra) => rbs.some((rb) => {
        const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        return x > 1 && y > 1;
      }));
      if (over) out.push(`${name(a)} over ${name(b)}`);
    }
  }
  return out;
}

for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
  for (const large of [false, true]) {
    test(`reflow at 320 px with the text-spacing overrides, ${lang}${large ? ', large text' : ''}: nothing cut, overlapping or wider than the screen`, async () => {
      const { page, errors, close } = await open(`?lang=${lang}`, { width: 320, height: 640, large });
      await page.addStyleTag({ content: SPACING });
      await page.evaluate(() => document.querySelectorAll('.yp details').forEach((d) => { d.open = true; }));
      assert.deepEqual(await page.evaluate(problems), [], 'the list');
      // The filter sheet.
      await page.locator('.yp-facets-toggle').click();
      await page.locator('dialog.yp-sheet[open]').waitFor();
      assert.deepEqual(await page.evaluate(problems), [], 'the filter sheet');
      await page.keyboard.press('Escape');
      await page.locator('dialog.yp-sheet[open]').waitFor({ state: 'detached' });
      // The detail view.
      await page.locator('#yp-p-hope-house button.yp-open').click();
      await page.locator('dialog.yp-dialog[open]').waitFor();
      await page.evaluate(() => document.querySelectorAll('.yp details').forEach((d) => { d.open = true; }));
      assert.deepEqual(await page.evaluate(problems), [], 'the detail view');
      if (large && lang === 'zh-Hans') await page.screenshot({ path: join(SHOTS, 'large-320.png') });
      assert.deepEqual(errors, []);
      await close();
    });
  }
}

test('large text: a switch beside the languages, 18 px and more, 7:1 contrast, lines 1.5 apart, remembered', async () => {
  for (const scheme of ['light', 'dark']) {
    const { page, close } = await open('', { width: 390 });
    await page.emulateMedia({ colorScheme: scheme });
    const toggle = page.locator('.yp-masthead .yp-large-toggle');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    await page.locator('.yp.yp-large').waitFor();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    const small = await page.evaluate(() => {
      const out = [];
      for (const el of document.querySelectorAll('.yp *')) {
        if (el.closest('svg, .yp-sr') || ![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
        const style = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        if (r.width === 0 || style.visibility === 'hidden') continue;
        const size = parseFloat(style.fontSize);
        const line = style.lineHeight === 'normal' ? 0 : parseFloat(style.lineHeight);
        if (size < 18 || line < 1.5 * size - 0.01) out.push(`${el.tagName} ${el.className} ${size}/${line} «${el.textContent.trim().slice(0, 20)}»`);
      }
      return out;
    });
    assert.deepEqual(small, [], `${scheme}: text under 18 px or lines closer than 1.5`);
    const axe = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).include('.yp').analyze();
    assert.deepEqual(axe.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`)), [], `${scheme}: 7:1`);
    if (scheme === 'light') {
      await page.screenshot({ path: join(SHOTS, 'large-390.png') });
      // Remembered on the device: after a reload, on before the widget takes over.
      await page.reload();
      await page.waitForSelector('.yp.yp-large');
      await page.waitForSelector('.yp[data-ready]');
      assert.equal(await page.locator('.yp-large-toggle').getAttribute('aria-pressed'), 'true');
      await page.locator('.yp-large-toggle').click();
      await page.waitForFunction(() => !document.querySelector('.yp.yp-large'));
      assert.equal(await page.evaluate(() => localStorage.getItem('youth-projects/large-text')), null);
    }
    await close();
  }
});

test('the words people type: 快递员 finds 暖蜂行动; a search that finds nothing suggests the nearest names', async () => {
  const { page, errors, close } = await s.open('?q=%E5%BF%AB%E9%80%92%E5%91%98');
  assert.deepEqual(await page.locator('article.yp-card').evaluateAll((c) => c.map((e) => e.id)), ['yp-p-warm-bee']);
  // Keywords are never shown as the report's words.
  assert.ok(!(await page.locator('#yp-p-warm-bee').innerText()).includes('快递员'));
  await page.getByRole('searchbox').first().fill('xiwangxiaowo');
  const suggestion = page.locator('.yp-suggest a');
  await suggestion.first().waitFor();
  assert.equal(await suggestion.count(), 1);
  assert.equal(await suggestion.innerText(), data.projects[1].name.zh);
  assert.match(await suggestion.getAttribute('href'), /q=%E5%B8%8C%E6%9C%9B%E5%B0%8F%E5%B1%8B/);
  await suggestion.click();
  await page.waitForFunction(() => document.querySelectorAll('article.yp-card').length === 1);
  assert.equal(await page.getByRole('searchbox').first().inputValue(), '希望小屋');
  assert.deepEqual(errors, []);
  await close();
});

/** The QR code of a PNG (given as a data URL), decoded by jsqr in a page of its own. */
async function decodeQr(pngDataUrl) {
  const page = await s.browser.newPage();
  await page.setContent(`<script>${JSQR}</script>`);
  const text = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return window.jsQR(data, width, height)?.data ?? null;
  }, pngDataUrl);
  await page.close();
  return text;
}

/** The poster's picture as a PNG data URL, drawn from its <img> in the page that made it. */
const posterPng = (page, selector) => page.evaluate((sel) => {
  const img = document.querySelector(sel);
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  canvas.getContext('2d').drawImage(img, 0, 0);
  return canvas.toDataURL('image/png');
}, selector);

test('the poster of hope-house: its QR code leads to the project\'s page, its text holds the figures as the report states them', async () => {
  const { page, errors, violations, requests, close } = await s.open('?project=hope-house', { width: 390 });
  const before = requests.length;
  const poster = page.locator('dialog[open] button', { hasText: '生成海报' });
  assert.equal(requests.filter((u) => u.includes('/poster/')).length, 0, 'the poster module is not in the first download');
  await poster.click();
  const img = page.locator('dialog[open] img.yp-poster-img');
  await img.waitFor();
  assert.ok(requests.slice(before).some((u) => u.endsWith('poster/youth-projects-poster_bg.wasm')), 'loaded when asked for');
  const alt = await img.getAttribute('alt');
  const p = data.projects[1];
  assert.ok(alt.includes(p.name.zh), alt);
  for (const shown of ['100个', '已建在建694个', '1400万元', '2022年新增', '已有基础', '大众网·海报新闻', '共青团济南市委']) {
    assert.ok(alt.includes(shown), `${shown} in «${alt}»`);
  }
  assert.ok(await img.evaluate((i) => i.naturalWidth === 1080 && i.naturalHeight > 1000), 'a picture');
  const link = page.locator('dialog[open] .yp-poster a[download]');
  assert.equal(await link.getAttribute('download'), 'poster-hope-house.png');
  const target = await decodeQr(await posterPng(page, 'dialog[open] img.yp-poster-img'));
  assert.equal(target, `${s.server.url}projects/hope-house/`);
  await page.locator('dialog[open] .yp-poster').screenshot({ path: join(SHOTS, 'poster-390.png') });
  // In English, the poster is worded in English.
  await page.goto(`${s.server.url}?project=hope-house&lang=en`);
  await page.locator('dialog[open] button', { hasText: 'Make a poster' }).click();
  await page.locator('dialog[open] img.yp-poster-img').waitFor();
  assert.match(await page.locator('dialog[open] img.yp-poster-img').getAttribute('alt'), /100 houses[\s\S]*New in 2022[\s\S]*694 houses built or being built/);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(errors, []);
  await close();
});

test('under a policy without blob: images, the poster is a download', async () => {
  const { page, close } = await s.open('strict/host.html', { width: 390 });
  await page.locator('dialog[open] button', { hasText: '生成海报' }).click();
  const note = page.locator('dialog[open] .yp-poster-note');
  await note.filter({ hasText: '请下载海报' }).waitFor();
  assert.equal(await page.locator('dialog[open] img.yp-poster-img').count(), 0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('dialog[open] .yp-poster a[download]').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'poster-hope-house.png');
  await close();
});

test('without JavaScript, the first card starts within 600 px at 360 × 740', async () => {
  for (const lang of ['zh-Hans']) {
    const { page, close } = await open(`?lang=${lang}`, { width: 360, height: 740, js: false });
    const top = await page.locator('article.yp-card h3').first().evaluate((h) => h.getBoundingClientRect().top);
    assert.ok(top <= 600, `the first card's title at ${top} px`);
    await close();
  }
});
