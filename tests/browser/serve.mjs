// A static server for the release build, mounting `dist/` under a sub-path on 127.0.0.1, and a
// Chromium launcher for Debian's browser. Shared by the browser tests.
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { before, after } from 'node:test';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const SHOTS = join(ROOT, 'tests/browser/screenshots');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The strict policy every test page is served under; the widget's own pages also show the
 * share poster's picture, a `blob:` image. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob:";
/** A host page's policy that allows no `blob:` image (pages under `strict/`). */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
/** The editor's: its preview hands the widget the draft as a `blob:` URL of this origin. */
export const EDITOR_CSP = `${CSP}; connect-src 'self' blob:`;

/** The file extension of each encoding the build writes beside its files (crates/precompress). */
const SUFFIX = { br: '.br', gzip: '.gz' };

/**
 * The encodings a request's Accept-Encoding allows (q > 0), by name; `*` allows any not named.
 */
function accepted(header = '') {
  const named = new Map();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    named.set(name, q ? Number(q.slice(2)) > 0 : true);
  }
  return (encoding) => named.get(encoding) ?? named.get('*') ?? false;
}

/**
 * Serves `dir` at `http://127.0.0.1:<port><prefix>` under a strict Content-Security-Policy;
 * `extra` maps paths below the prefix to { type, body } or { status } responses; `hang/...` never
 * answers. With `encodings` (of 'br' and 'gzip', the server's preference first) it sends, where
 * the request accepts one, the build's pre-compressed file of that encoding from disk
 * (`<file>.br`, `<file>.gz`), as a host with nginx's `brotli_static` and `gzip_static` does;
 * nothing is compressed on the fly. Resolves to { url, close }.
 */
export async function serve(dir = DIST, prefix = '/some/path/', extra = {}, { encodings = [] } = {}) {
  for (const e of encodings) if (!SUFFIX[e]) throw new Error(`serve: unknown encoding ${e}`);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    res.setHeader('content-security-policy',
      path.includes('/editor/') ? EDITOR_CSP : path.includes('/strict/') ? STRICT_CSP : CSP);
    const rest = path.slice(prefix.length);
    if (path.startsWith(prefix) && rest.startsWith('hang/')) return; // never answers
    if (path.startsWith(prefix) && extra[rest]) {
      const { status = 200, type = 'text/html; charset=utf-8', body = '' } = extra[rest];
      res.writeHead(status, { 'content-type': type }).end(body);
      return;
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (encodings.length) headers.vary = 'Accept-Encoding';
      const accepts = accepted(req.headers['accept-encoding']);
      let body = null;
      for (const encoding of encodings.filter(accepts)) {
        body = await readFile(file + SUFFIX[encoding]).catch(() => null);
        if (body) {
          headers['content-encoding'] = encoding;
          break;
        }
      }
      body ??= await readFile(file);
      res.writeHead(200, { ...headers, 'content-length': body.length });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((ok) => server.close(ok));
    },
  };
}

/** Debian's Chromium, headless; never a downloaded browser. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * The server and browser of one test file, started before its tests and closed after them, and
 * `open(path, options)`: a fresh page that records page errors, console errors, failed responses,
 * requests and CSP violations.
 */
export function suite(extra = {}) {
  const s = {};
  before(async () => {
    s.server = await serve(DIST, '/some/path/', extra);
    s.browser = await launch();
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await s.browser?.close();
    await s.server?.close();
  });
  s.open = async (path = '', { width = 1280, scheme = 'light', ready = '.yp[data-ready]', clock = false } = {}) => {
    const context = await s.browser.newContext({
      viewport: { width, height: 900 },
      colorScheme: scheme,
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    if (clock) await page.clock.install();
    const errors = [];
    const requests = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(s.server.url + path);
    if (ready) await page.waitForSelector(ready);
    const violations = () => page.evaluate(() => window.__violations);
    return { page, errors, requests, violations, close: () => context.close() };
  };
  return s;
}
