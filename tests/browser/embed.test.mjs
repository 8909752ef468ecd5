// Embedding: two host elements under hostile host CSS, the iframe with its height messages, the
// strict CSP with zero violations, runtime data (valid, 404, malformed, schema error, timeout), and
// the fallback when the WebAssembly cannot load. Every page is served under the strict CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, SHOTS, serve, suite } from './serve.mjs';

const hostHtml = readFileSync(join(DIST, 'demo/host.html'), 'utf8');
const dataHtml = readFileSync(join(DIST, 'demo/data.html'), 'utf8');
const good = JSON.parse(readFileSync(join(DIST, 'demo/data-sample.json'), 'utf8'));
const unknownTheme = structuredClone(good);
unknownTheme.projects[0].themes = ['sports'];
const threeProblems = structuredClone(good);
threeProblems.projects[0].name.zh = '';
threeProblems.projects[1].themes = ['sports'];
threeProblems.projects[2].figures[0].value = '约100';

const withSrc = (src) => dataHtml.replace('data-src="data-sample.json"', `data-src="${src}"`);
const extra = {
  // The host page without the widget, to compare the host's own styles.
  'demo/host-plain.html': { body: hostHtml.replace(/<script[^>]*embed\.js[^>]*><\/script>/, '') },
  'demo/missing.html': { body: withSrc('nothing-here.json') },
  'demo/malformed.html': { body: withSrc('malformed.json') },
  'demo/malformed.json': { type: 'application/json', body: '{ "report": { "title": ' },
  'demo/schema.html': { body: withSrc('schema.json') },
  'demo/schema.json': { type: 'application/json', body: JSON.stringify(unknownTheme) },
  'demo/slow.html': { body: withSrc('../hang/data.json') },
  'demo/foreign.html': { body: withSrc('http://example.org/data.json') },
  'demo/three.html': { body: withSrc('three.json') },
  'demo/three.json': { type: 'application/json', body: JSON.stringify(threeProblems) },
  // A host that lets a link choose among the files of its own folder.
  'demo/linked.html': { body: dataHtml.replace('data-src="data-sample.json"', 'data-src-allow="./"') },
  'secret/data.json': { type: 'application/json', body: JSON.stringify(good) },
};

// Host pages under the stylesheets CMS themes ship (from npm): Bootstrap 3 and Bootstrap 5.
const FRAMEWORKS = {
  'bootstrap 3': 'bootstrap3/dist/css/bootstrap.css',
  'bootstrap 5': 'bootstrap5/dist/css/bootstrap.css',
};
for (const [name, file] of Object.entries(FRAMEWORKS)) {
  const slug = name.replace(' ', '');
  extra[`demo/${slug}.css`] = { type: 'text/css', body: readFileSync(join(ROOT, 'tests/browser/node_modules', file), 'utf8') };
  extra[`demo/${slug}.html`] = { body: hostHtml.replace('href="hostile.css"', `href="${slug}.css"`) };
}

const s = suite(extra);
const { open } = s;



const HOST_ELEMENTS = ['#host-title', '#host-text', '#host-box', '#host-button', '#host-list', '#host-between'];
const PROPS = ['font-family', 'font-size', 'color', 'margin-top', 'margin-left', 'padding-top', 'line-height',
  'box-sizing', 'background-color', 'border-top-width', 'display', 'text-transform', 'list-style-type'];

function styles(page, selectors) {
  return page.evaluate(([selectors, props]) => Object.fromEntries(selectors.map((sel) => {
    const el = document.querySelector(sel);
    const cs = getComputedStyle(el);
    return [sel, Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]))];
  })), [selectors, PROPS]);
}

test('two widgets on a hostile page: both render, the host keeps its styles', async () => {
  const plain = await open('demo/host-plain.html', { ready: '#host-title' });
  const before = await styles(plain.page, HOST_ELEMENTS);
  await plain.close();

  const { page, errors, violations, close } = await open('demo/host.html');
  await page.waitForFunction(() => document.querySelectorAll('.yp').length === 2
    && document.querySelectorAll('article.yp-card').length === 3 + 4);
  assert.deepEqual(await styles(page, HOST_ELEMENTS), before, 'the widget CSS changed the host page');

  const widgets = page.locator('.yp');
  assert.equal(await widgets.nth(0).getAttribute('lang'), 'zh-Hans');
  assert.equal(await widgets.nth(1).getAttribute('lang'), 'en');
  assert.equal(await widgets.nth(0).locator('article').count(), 3, 'data-query="theme=jobs"');
  assert.equal(await widgets.nth(1).locator('article').count(), 4, 'data-query="audience=kids"');
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
  assert.equal(new Set(ids).size, ids.length, 'no id is used twice');

  // The first widget owns the URL; the second keeps its view in memory.
  await widgets.nth(1).getByRole('checkbox', { name: /University students/ }).check();
  await page.waitForFunction(() => document.querySelectorAll('.yp')[1].querySelectorAll('article').length === 5);
  assert.equal(new URL(page.url()).search, '');
  await widgets.nth(0).getByRole('checkbox', { name: /大学生/ }).check();
  await page.waitForFunction(() => document.querySelectorAll('.yp')[0].querySelectorAll('article').length === 1);
  // The URL is written by an effect, which may come a task after the cards.
  await page.waitForURL((u) => u.search === '?theme=jobs&audience=students');

  assert.deepEqual(await violations(), []);
  assert.deepEqual(errors, []);
  await page.screenshot({ path: join(SHOTS, 'embed-host-1280.png'), fullPage: true });
  await close();
});

test('host CSS does not change the widget', async () => {
  const WIDGET = ['.yp', '.yp-card', '.yp-card-title', '.yp-num', '.yp-lang', '.yp-check', '.yp-input',
    '.yp-layout', '.yp-tags', '.yp-tag', '.yp-open', '.yp-facets-toggle', '.yp-options'];
  const alone = await open('?theme=jobs', { ready: '.yp[data-ready]' });
  const expected = await styles(alone.page, WIDGET);
  await alone.close();
  const { page, close } = await open('demo/host.html', { ready: '.yp[data-ready]' });
  const got = await styles(page, WIDGET);
  for (const sel of WIDGET) {
    for (const prop of PROPS) {
      if (prop === 'margin-left' && sel === '.yp') continue; // centred in a narrower body
      assert.equal(got[sel][prop], expected[sel][prop], `${sel} ${prop}`);
    }
  }
  await close();
});

for (const name of Object.keys(FRAMEWORKS)) {
  test(`${name} on the host page does not change the widget`, async () => {
    const WIDGET = ['.yp', '.yp-card', '.yp-card-title', '.yp-num', '.yp-lang', '.yp-check', '.yp-input',
      '.yp-select', '.yp-layout', '.yp-tag', '.yp-open', '.yp-facets-toggle', '.yp-option', '.yp-svg',
      '.yp-h2', '.yp-more summary', '.yp-table', '.yp-about summary'];
    const props = [...PROPS, 'margin-bottom', 'margin-right', 'vertical-align', 'appearance', 'width', 'height'];
    const measure = (page) => page.evaluate(([selectors, props]) => Object.fromEntries(selectors.map((sel) => {
      const cs = getComputedStyle(document.querySelector(sel));
      return [sel, Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]))];
    })), [WIDGET, props]);
    const alone = await open('?theme=jobs', { ready: '.yp[data-ready]' });
    const expected = await measure(alone.page);
    await alone.close();
    const { page, close } = await open(`demo/${name.replace(' ', '')}.html`, { ready: '.yp[data-ready]' });
    const got = await measure(page);
    const differ = [];
    for (const sel of WIDGET) {
      for (const prop of props) {
        if (['margin-left', 'margin-right', 'width', 'height'].includes(prop) && ['.yp', '.yp-layout', '.yp-card', '.yp-card-title', '.yp-h2', '.yp-svg', '.yp-table', '.yp-more summary', '.yp-about summary', '.yp-option', '.yp-facets-toggle', '.yp-input'].includes(sel)) continue; // sized by a narrower body
        if (got[sel][prop] !== expected[sel][prop]) differ.push(`${sel} ${prop}: ${got[sel][prop]} (alone: ${expected[sel][prop]})`);
      }
    }
    assert.deepEqual(differ, []);
    await close();
  });
}

test('in an iframe the height follows the content within 2 px, with no inner scrollbar', async () => {
  const { page, violations, close } = await open('demo/iframe.html', { ready: 'iframe' });
  const frame = page.frameLocator('iframe.youth-projects');
  await frame.locator('article.yp-card').first().waitFor();
  const gap = () => page.evaluate(() => {
    const f = document.querySelector('iframe.youth-projects');
    const inner = f.contentDocument.documentElement;
    return Math.abs(f.getBoundingClientRect().height - inner.getBoundingClientRect().height);
  });
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe.youth-projects');
    return Math.abs(f.getBoundingClientRect().height - f.contentDocument.documentElement.getBoundingClientRect().height) <= 2;
  });
  const tall = await page.evaluate(() => document.querySelector('iframe.youth-projects').getBoundingClientRect().height);
  await frame.getByRole('checkbox', { name: /大学生/ }).check();
  await frame.locator('article.yp-card').nth(1).waitFor({ state: 'detached' });
  await page.waitForFunction((tall) => document.querySelector('iframe.youth-projects').getBoundingClientRect().height < tall - 100, tall);
  await page.waitForTimeout(100);
  assert.ok(await gap() <= 2, `iframe and content differ by ${await gap()} px`);
  const scrolls = await page.evaluate(() => {
    const d = document.querySelector('iframe.youth-projects').contentDocument.documentElement;
    return d.scrollHeight > d.clientHeight + 2;
  });
  assert.equal(scrolls, false, 'no inner scrollbar');
  assert.deepEqual(await violations(), []);
  await close();
});

test('the build has no inline script or style and runs under the strict CSP', async () => {
  for (const file of ['index.html', 'demo/host.html', 'demo/iframe.html', 'demo/data.html']) {
    const html = readFileSync(join(DIST, file), 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, `${file}: inline script`);
    assert.doesNotMatch(html, /<style|\sstyle="/, `${file}: inline style`);
  }
  const { page, errors, violations, requests, close } = await open('?lang=en&project=warm-bee', { ready: 'dialog.yp-dialog' });
  await page.keyboard.press('Escape');
  await page.locator('#yp-q').fill('xwxw');
  await page.waitForFunction(() => document.querySelectorAll('article.yp-card').length === 1);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(errors, []);
  const origin = new URL(s.server.url).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), []);
  await close();
});

test('data-src with a valid file shows that data', async () => {
  const { page, violations, close } = await open('demo/data.html');
  await page.waitForFunction(() => document.querySelectorAll('article.yp-card').length === 3);
  assert.match(await page.locator('.yp-intro:visible').innerText(), /示例数据/);
  assert.equal(await page.locator('.yp-notice').count(), 0);
  assert.deepEqual(await violations(), []);
  await close();
});

for (const [name, path, expected] of [
  ['a 404', 'demo/missing.html', /nothing-here\.json.*服务器返回 404/],
  ['malformed JSON', 'demo/malformed.html', /malformed\.json.*文件有 1 个问题[\s\S]*第 1 行第 \d+ 列不是有效的 JSON/],
  ['a schema error', 'demo/schema.html', /文件有 1 个问题[\s\S]*projects\[0\] "rural-youth",字段 themes\[0\]:没有标识为“sports”的项/],
  ['another origin', 'demo/foreign.html', /只能加载本网站的文件/],
]) {
  test(`data-src with ${name} keeps the embedded data and says why`, async () => {
    const { page, errors, close } = await open(path);
    const notice = page.getByRole('alert');
    await notice.waitFor();
    assert.match(await notice.innerText(), expected);
    assert.equal(await page.locator('article.yp-card').count(), 11, 'embedded data kept');
    await notice.getByRole('button', { name: '关闭提示' }).click();
    assert.equal(await page.getByRole('alert').count(), 0, 'dismissed');
    // The browser itself logs the failed fetch of a missing file.
    assert.deepEqual(errors.filter((e) => !e.includes('status of 404')), []);
    await close();
  });
}

test('data-src that does not answer times out after 10 s', async () => {
  const { page, close } = await open('demo/slow.html', { clock: true, ready: '.yp[data-ready]' });
  assert.equal(await page.getByRole('alert').count(), 0);
  // While it waits, a status line says the built-in list is shown until the data arrives.
  assert.match(await page.locator('.yp-loading[role=status]').innerText(), /正在加载最新数据/);
  await page.clock.runFor(9_000);
  assert.equal(await page.getByRole('alert').count(), 0, 'not before 10 s');
  await page.clock.runFor(1_500);
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /10 秒内没有响应/);
  assert.equal(await page.locator('article.yp-card').count(), 11);
  assert.equal(await page.locator('.yp-loading').count(), 0, 'no longer loading');
  await close();
});

test('data-src with three problems lists all three in the reader\'s language', async () => {
  const { page, errors, violations, close } = await open('demo/three.html');
  const notice = page.getByRole('alert');
  await notice.waitFor();
  assert.match(await notice.locator('p').first().innerText(), /three\.json.*文件有 3 个问题.*仍显示内置的2022年数据/);
  const items = () => notice.locator('li').allInnerTexts();
  assert.deepEqual(await items(), [
    'projects[0] "rural-youth",字段 name.zh:不能为空',
    'projects[1] "hope-house",字段 themes[0]:没有标识为“sports”的项;可用:children, jobs, volunteering, education, services',
    'projects[2] "warm-bee",字段 figures[0].value:“约100”不是数字:请照报道原文写数字(5000、168.5;小数点前最多 15 位)或一个汉字数字(八、百)',
  ]);
  assert.equal(await page.locator('article.yp-card').count(), 11, 'embedded data kept');
  assert.deepEqual(await violations(), []);
  await page.locator('button.yp-lang[lang=en]').click();
  await page.waitForFunction(() => document.querySelector('[role=alert] p').textContent.includes('3 problems'));
  assert.match((await items())[0], /^projects\[0\] "rural-youth", field name\.zh: must not be empty$/);
  assert.deepEqual(errors, []);
  await close();
});

/** A request for a data file, or for anything on another origin. */
const fetchedData = (u) => new URL(u).pathname.endsWith('.json') || new URL(u).origin !== new URL(s.server.url).origin;

test('?src= is ignored on a page that does not allow it', async () => {
  const { page, requests, close } = await open('?src=demo/data-sample.json');
  assert.equal(await page.locator('article.yp-card').count(), 11);
  assert.equal(await page.locator('.yp-loading').count(), 0, 'no load started');
  assert.deepEqual(requests.filter(fetchedData), []);
  await close();
});

test('?src= loads a file the host allows', async () => {
  const { page, close } = await open('demo/linked.html?src=data-sample.json');
  await page.waitForFunction(() => document.querySelectorAll('article.yp-card').length === 3);
  assert.match(await page.locator('.yp-intro:visible').innerText(), /示例数据/);
  await close();
});

for (const src of ['../secret/data.json', '%2e%2e/secret/data.json', '..%2fsecret%2fdata.json',
  'x/%2E%2E/%2E%2E/secret/data.json', '..%5csecret%5cdata.json', '//example.org/data.json',
  'http://example.org/data.json', '/secret/data.json']) {
  test(`?src=${src} tries to leave the allowed folder and is refused`, async () => {
    const { page, requests, close } = await open(`demo/linked.html?src=${encodeURIComponent(src)}`);
    assert.equal(await page.locator('article.yp-card').count(), 11);
    assert.equal(await page.locator('.yp-loading').count(), 0, 'no load started');
    assert.equal(await page.getByRole('alert').count(), 0, 'a refused link shows nothing');
    assert.deepEqual(requests.filter(fetchedData), []);
    await close();
  });
}

test('if the WebAssembly cannot load, the host shows a message and a link', async () => {
  const context = await s.browser.newContext();
  const page = await context.newPage();
  await page.route('**/youth-projects_bg.wasm', (r) => r.fulfill({ status: 404, body: '' }));
  await page.goto(s.server.url + 'demo/host.html');
  const fallback = page.locator('.yp-fallback');
  await fallback.first().waitFor();
  assert.equal(await fallback.count(), 2, 'one message per host');
  assert.match(await fallback.first().innerText(), /暂时无法显示/);
  assert.equal(await fallback.first().locator('a').getAttribute('href'), `${s.server.url}index.html`);
  await context.close();
});
