// The release build's pre-compressed files (crates/precompress, run last by scripts/post-build.sh)
// and its minified JavaScript and CSS (crates/minify): every file a browser downloads as text or
// wasm has a .br and a .gz beside it holding exactly its bytes; a host that sends them as they
// are (here the test server, as nginx's brotli_static and gzip_static do) serves the widget,
// which starts from them; the glue wasm-bindgen writes ships minified, the editor's too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { get } from 'node:http';
import { join, relative } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { DIST, launch, serve } from './serve.mjs';

const COMPRESSIBLE = /\.(wasm|js|css|html|svg|json)$/;

function filesBelow(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesBelow(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const s = {};
before(async () => {
  s.browser = await launch();
});
after(async () => {
  await s.browser?.close();
});

test('every text and wasm file of the build has a .br and a .gz beside it that unpack to it', () => {
  const files = filesBelow(DIST).filter((f) => COMPRESSIBLE.test(f));
  assert.ok(files.some((f) => f.endsWith('/editor/youth-projects-editor_bg.wasm')), 'the editor is in the build');
  assert.ok(files.length > 20, `${files.length} files`);
  let copies = 0;
  for (const file of files) {
    const name = relative(DIST, file);
    const body = readFileSync(file);
    for (const [suffix, unpack, pack] of [
      ['.br', brotliDecompressSync, brotliCompressSync],
      ['.gz', gunzipSync, (b) => gzipSync(b, { level: 9 })],
    ]) {
      let packed;
      try {
        packed = readFileSync(file + suffix);
      } catch {
        // Left out only where compressing would not make the file smaller (a few bytes).
        assert.ok(pack(body).length >= body.length, `${name}${suffix} is missing`);
        continue;
      }
      copies++;
      assert.ok(unpack(packed).equals(body), `${name}${suffix} does not unpack to ${name}`);
      assert.ok(packed.length < body.length, `${name}${suffix} is no smaller`);
      assert.ok(statSync(file + suffix).mtimeMs >= statSync(file).mtimeMs, `${name}${suffix} is older than ${name}`);
    }
  }
  assert.ok(copies >= files.length * 2 - 4, `${copies} copies for ${files.length} files`);
});

test('the JavaScript ships minified, the glue wasm-bindgen writes included', () => {
  for (const name of ['youth-projects.js', 'data-files/youth-projects.js', 'embed.js', 'editor/youth-projects-editor.js', 'editor/editor.js']) {
    const js = readFileSync(join(DIST, name), 'utf8');
    // Minified code has no indented lines (the glue as written has thousands).
    assert.doesNotMatch(js, /\n[ \t]+\S/, `${name} is not minified`);
  }
  const glue = readFileSync(join(DIST, 'youth-projects.js'), 'utf8');
  assert.ok(glue.length < 30_000, `youth-projects.js is ${glue.length} B`);
  assert.match(glue, /as default\}/, 'the glue still exports its init function as default');
  for (const name of ['style.css', 'page.css', 'editor/editor.css']) {
    assert.doesNotMatch(readFileSync(join(DIST, name), 'utf8'), /\n\s/, `${name} is not minified`);
  }
});

/** The page `path` loaded from `server` in a fresh context: its responses and what went wrong. */
async function load(server, path = 'index.html') {
  const context = await s.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
  const errors = [];
  const responses = new Map();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('response', async (r) => responses.set(r.url().slice(server.url.length), await r.allHeaders()));
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector('.yp[data-ready]');
  const cards = await page.locator('article.yp-card').count();
  const violations = await page.evaluate(() => window.__violations);
  const notice = await page.locator('.yp-notice').allInnerTexts();
  const badges = await page.locator('.yp-card .yp-badge').count();
  await context.close();
  return { responses, errors, cards, violations, notice, badges };
}

// Two builds of the widget: the one for the built-in list (dist/), and the one that reads data
// files (dist/data-files/), which embed.js loads only on pages whose hosts name a file.
test('a page of the built-in list loads the widget without the reading of data files; a page that names a file, the one with it', async () => {
  const late = 'document.querySelector("[data-youth-projects]").setAttribute("data-src", "demo/data-progress.json");';
  const server = await serve(DIST, '/some/path/', {
    'late.html': {
      body: '<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>清单</title></head><body>'
        + '<div data-youth-projects></div><script type="module" src="embed.js"></script>'
        + '<script type="module" src="late.js"></script></body></html>',
    },
    'late.js': { type: 'text/javascript', body: late },
  }, { encodings: ['br', 'gzip'] });
  try {
    const wasm = (r) => [...r.keys()].filter((k) => k.endsWith('_bg.wasm'));
    const builtIn = await load(server);
    assert.deepEqual(wasm(builtIn.responses), ['youth-projects_bg.wasm']);
    assert.deepEqual(builtIn.errors, []);

    const file = await load(server, 'demo/progress.html');
    assert.deepEqual(wasm(file.responses), ['data-files/youth-projects_bg.wasm']);
    assert.ok(file.responses.has('demo/data-progress.json'));
    assert.ok(file.badges > 0, 'the file\'s progress is shown');
    assert.deepEqual(file.errors, []);
    assert.deepEqual(file.violations, []);

    // A host that names a file only after embed.js has chosen: the built-in list stays, and the
    // notice says why the file was not read.
    const late = await load(server, 'late.html');
    assert.deepEqual(wasm(late.responses), ['youth-projects_bg.wasm']);
    assert.equal(late.cards, 11);
    assert.ok(!late.responses.has('demo/data-progress.json'), 'no file is fetched');
    assert.match(late.notice.join('\n'), /demo\/data-progress\.json[\s\S]*页面加载的组件不读取数据文件/);
  } finally {
    await server.close();
  }
});

for (const [host, encodings, expected] of [
  ['brotli and gzip files (the brotli ones sent)', ['br', 'gzip'], 'br'],
  ['gzip files only', ['gzip'], 'gzip'],
]) {
  test(`the widget starts from a host that sends the build's ${host}`, async () => {
    const server = await serve(DIST, '/some/path/', {}, { encodings });
    try {
      const { responses, errors, cards, violations } = await load(server);
      assert.equal(cards, 11);
      assert.deepEqual(errors, []);
      assert.deepEqual(violations, []);
      for (const name of ['index.html', 'embed.js', 'youth-projects.js', 'youth-projects_bg.wasm', 'style.css', 'page.css']) {
        const headers = responses.get(name);
        assert.ok(headers, `${name} was not requested`);
        assert.equal(headers['content-encoding'], expected, name);
        assert.match(headers.vary ?? '', /accept-encoding/i, name);
      }
      assert.equal(responses.get('youth-projects_bg.wasm')['content-type'], 'application/wasm');
    } finally {
      await server.close();
    }
  });
}

test('the server sends each client the encoding it accepts, and the file itself to one that accepts none', async () => {
  const server = await serve(DIST, '/some/path/', {}, { encodings: ['br', 'gzip'] });
  try {
    const wasm = readFileSync(join(DIST, 'youth-projects_bg.wasm'));
    for (const [accept, encoding, body] of [
      ['gzip, deflate, br', 'br', readFileSync(join(DIST, 'youth-projects_bg.wasm.br'))],
      ['gzip', 'gzip', readFileSync(join(DIST, 'youth-projects_bg.wasm.gz'))],
      ['br;q=0, gzip;q=0.5', 'gzip', readFileSync(join(DIST, 'youth-projects_bg.wasm.gz'))],
      ['identity', undefined, wasm],
    ]) {
      // node's fetch would unpack the body; the raw bytes are what the host sent.
      const res = await new Promise((ok, fail) => {
        get(`${server.url}youth-projects_bg.wasm`, { headers: { 'accept-encoding': accept } }, (r) => {
          const chunks = [];
          r.on('data', (c) => chunks.push(c));
          r.on('end', () => ok({ headers: r.headers, body: Buffer.concat(chunks) }));
        }).on('error', fail);
      });
      assert.equal(res.headers['content-encoding'], encoding, accept);
      assert.equal(res.headers['content-type'], 'application/wasm', accept);
      assert.ok(res.body.equals(body), `${accept}: not the expected file`);
    }
  } finally {
    await server.close();
  }
});
