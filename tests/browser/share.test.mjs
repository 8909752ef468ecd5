// Share and cite: the title follows the view (three languages; never a host page's), a page per
// project readable without JavaScript with its link-preview tags, the share button (Web Share
// API absent: the link copied; inside WeChat: the hint), citations copied in three languages, the
// search button with and without JavaScript, and HTML_CodeSniffer (WCAG2AA) with no errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT, suite } from './serve.mjs';
import { sniff } from './audits.mjs';

const s = suite();
const data = JSON.parse(readFileSync(join(ROOT, 'src/data/projects.json'), 'utf8'));
const LIST_ZH = '2022年度“我为青少年办实事”清单';

/** A page of its own context: clipboard allowed, optionally without JavaScript or as WeChat. */
async function open(path, { js = true, userAgent, width = 1280, noShare = true } = {}) {
  const context = await s.browser.newContext({
    javaScriptEnabled: js,
    userAgent,
    viewport: { width, height: 900 },
    bypassCSP: true, // only for HTML_CodeSniffer's script; the pages' CSP is tested elsewhere
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // Desktop Chromium on Linux has no Web Share API; make sure of it.
  if (noShare) await page.addInitScript(() => { delete Navigator.prototype.share; });
  await page.goto(s.server.url + path);
  if (js) await page.waitForSelector('.yp[data-ready]');
  return { page, errors, close: () => context.close() };
}

test('the title follows the detail view in three languages, and is restored on closing', async () => {
  const p = data.projects[1];
  for (const [lang, name, list] of [
    ['zh-Hans', p.name.zh, `${LIST_ZH} · 共青团济南市委`],
    ['zh-Hant', null, null],
    ['en', p.name.en, `${data.report.title.en} · Communist Youth League Jinan Municipal Committee`],
  ]) {
    const { page, errors, close } = await open(`?project=${p.id}&lang=${lang}`);
    const title = await page.title();
    const expected = name ?? await page.locator('dialog.yp-dialog h2').innerText();
    assert.ok(title.startsWith(`${expected} · `), `${lang}: ${title}`);
    assert.ok(title.endsWith(lang === 'en' ? data.report.title.en : lang === 'zh-Hant' ? '清單' : LIST_ZH), title);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog.yp-dialog'));
    const after = await page.title();
    if (list) assert.equal(after, list);
    else assert.match(after, /清單 · 共青團濟南市委$/);
    assert.deepEqual(errors, []);
    await close();
  }
  // A host page's title is its own.
  const { page, close } = await open('demo/host.html?project=warm-bee');
  await page.waitForSelector('dialog.yp-dialog[open]');
  assert.equal(await page.title(), 'Host page with two widgets');
  await close();
});

test('og:url and the canonical link: absolute with YP_PUBLIC_URL, left out without it', () => {
  // The build under test has no address: a relative canonical link is invalid, so none.
  assert.doesNotMatch(readFileSync(join(DIST, 'index.html'), 'utf8'), /canonical|og:url/);
  const dir = mkdtempSync(join(tmpdir(), 'yp-prerender-'));
  try {
    copyFileSync(join(ROOT, 'index.html'), join(dir, 'index.html'));
    const base = 'https://www.example.org/youth/';
    execFileSync('cargo', ['run', '--quiet', '--features', 'ssr', '--bin', 'prerender', '--', join(dir, 'index.html')], {
      cwd: ROOT,
      env: { ...process.env, YP_PUBLIC_URL: base },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const tags = (file) => {
      const html = readFileSync(join(dir, file), 'utf8');
      return {
        og: [...html.matchAll(/<meta property="og:url" content="([^"]*)">/g)].map((m) => m[1]),
        canonical: [...html.matchAll(/<link rel="canonical" href="([^"]*)">/g)].map((m) => m[1]),
      };
    };
    assert.deepEqual(tags('index.html'), { og: [base], canonical: [base] });
    for (const p of data.projects) {
      const url = `${base}projects/${p.id}/`;
      assert.deepEqual(tags(`projects/${p.id}/index.html`), { og: [url], canonical: [url] });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every project has a page of its own, readable without JavaScript, with link-preview tags', async () => {
  for (const p of data.projects) {
    const { page, close } = await open(`projects/${p.id}/`, { js: false });
    const meta = (sel) => page.locator(sel).getAttribute('content');
    assert.equal(await page.title(), `${p.name.zh} · ${LIST_ZH}`);
    assert.ok((await meta('meta[name="description"]')).startsWith(p.summary.zh), p.id);
    assert.equal(await meta('meta[property="og:title"]'), `${p.name.zh} · ${LIST_ZH}`);
    assert.equal(await meta('meta[property="og:description"]'), await meta('meta[name="description"]'));
    assert.equal(await meta('meta[property="og:type"]'), 'article');
    // A canonical link must be absolute: the build knows no address here (YP_PUBLIC_URL).
    assert.equal(await page.locator('meta[property="og:url"], link[rel="canonical"]').count(), 0);
    assert.equal(await page.locator('meta[name="description"]').count(), 1);
    // The detail is open in the HTML itself, and the stylesheet two folders up applies.
    await page.locator('dialog.yp-dialog[open] h2', { hasText: p.name.zh }).waitFor();
    assert.equal(await page.locator('.yp-card').count(), data.projects.length);
    assert.notEqual(await page.locator('.yp').evaluate((el) => getComputedStyle(el).boxSizing), 'content-box');
    await close();
  }
  // With JavaScript the page is live, with the detail open as a modal.
  const p = data.projects[3];
  const { page, errors, close } = await open(`projects/${p.id}/`);
  await page.waitForFunction(() => document.querySelector('dialog.yp-dialog')?.matches(':modal'));
  assert.equal(await page.locator('dialog.yp-dialog h2').innerText(), p.name.zh);
  assert.equal(await page.title(), `${p.name.zh} · ${LIST_ZH}`);
  assert.deepEqual(errors, []);
  await close();
  // The main page's detail view links to it.
  const main = await open(`?project=${p.id}`);
  const href = await main.page.locator('dialog.yp-dialog a.yp-permalink').getAttribute('href');
  assert.ok(href.endsWith(`projects/${p.id}/`), href);
  await main.close();
});

test('share copies the link where the Web Share API is missing, and inside WeChat points to its menu', async () => {
  const p = data.projects[1];
  const { page, errors, close } = await open(`?project=${p.id}`);
  await page.getByRole('button', { name: '分享' }).click();
  await page.locator('.yp-share-note', { hasText: '已复制本项目的链接' }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, `${s.server.url}projects/${p.id}/`);
  assert.deepEqual(errors, []);
  await close();

  const wechat = await open(`?project=${p.id}`, {
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN',
    width: 390,
  });
  await wechat.page.evaluate(() => navigator.clipboard.writeText('before'));
  await wechat.page.getByRole('button', { name: '分享' }).click();
  await wechat.page.locator('.yp-share-note', { hasText: '右上角的“···”' }).waitFor();
  assert.equal(await wechat.page.evaluate(() => navigator.clipboard.readText()), 'before', 'nothing copied');
  await wechat.close();
});

test('a citation holds the figure, the exact sentence and the link, in each language', async () => {
  const p = data.projects[0];
  for (const [lang, button, copied, date] of [
    ['zh-Hans', '复制引用', '已复制引用', '2022年3月'],
    ['zh-Hant', '複製引用', '已複製引用', '2022年3月'],
    ['en', 'Copy citation', 'Citation copied', 'March 2022'],
  ]) {
    const { page, errors, close } = await open(`?project=${p.id}&lang=${lang}`);
    await page.locator('dialog.yp-dialog .yp-cite').first().click();
    await page.locator('.yp-share-note', { hasText: copied }).waitFor();
    assert.match(await page.locator('dialog.yp-dialog .yp-cite').first().innerText(), new RegExp(button));
    const text = await page.evaluate(() => navigator.clipboard.readText());
    // The figure's own sentence, verbatim and in Simplified Chinese, whatever the language.
    const value = (await page.locator('dialog.yp-dialog .yp-fig-value').first().innerText()).trim();
    assert.ok(p.sources.some((t) => text.includes(`“${t}”`)), `${lang}: ${text}`);
    assert.ok(text.includes(date), text);
    assert.ok(text.endsWith(`${s.server.url}projects/${p.id}/`), text);
    assert.ok(text.includes(value.replace(/\s+/g, ' ')), `${value} in ${text}`);
    assert.deepEqual(errors, []);
    await close();
  }
});

test('the search and filter buttons: focus to the count with JavaScript; ?q= and ?theme= without it, applied when the widget starts', async () => {
  const { page, errors, close } = await open('', { width: 390 });
  await page.getByRole('searchbox').first().fill('驿站');
  await page.getByRole('button', { name: '搜索', exact: true }).first().click();
  await page.waitForFunction(() => document.activeElement?.id === 'yp-results-title');
  assert.match(await page.locator('#yp-results-title').innerText(), /2/);
  assert.deepEqual(errors, []);
  await close();

  const nojs = await open('', { js: false });
  await nojs.page.getByRole('searchbox').first().fill('驿站');
  await nojs.page.getByRole('button', { name: '搜索', exact: true }).first().click();
  await nojs.page.waitForURL(/\?q=/);
  const url = nojs.page.url();
  await nojs.close();
  const live = await open(url.slice(s.server.url.length));
  await live.page.waitForFunction(() => document.querySelectorAll('article.yp-card').length === 2);
  assert.equal(await live.page.getByRole('searchbox').first().inputValue(), '驿站');
  await live.close();

  // The facets' form too: ticked without JavaScript, sent as ?theme=…, applied by the widget.
  const facets = await open('', { js: false });
  await facets.page.locator('input[name="theme"][value="jobs"]').check();
  await facets.page.locator('input[name="theme"][value="children"]').check();
  await facets.page.getByRole('button', { name: '显示结果' }).click();
  await facets.page.waitForURL(/theme=jobs/);
  const sent = facets.page.url();
  await facets.close();
  const applied = await open(sent.slice(s.server.url.length));
  const jobsOrChildren = data.projects.filter((p) => p.themes.includes('jobs') || p.themes.includes('children'));
  await applied.page.waitForFunction((n) => document.querySelectorAll('article.yp-card').length === n, jobsOrChildren.length);
  assert.deepEqual(applied.errors, []);
  await applied.close();
});

test('HTML_CodeSniffer (WCAG2AA): no errors in the default, detail and English views', async () => {
  for (const path of ['', '?project=hope-house', '?lang=en', '?project=hope-house&lang=en']) {
    const { page, close } = await open(path);
    assert.deepEqual(await sniff(page), [], path || 'default');
    await close();
  }
});
