// A static server for the release build, mounting `dist/` under a sub-path on 127.0.0.1, and a
// Chromium launcher for Debian's browser. Shared by the browser tests.
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { before, after } from 'node:test';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';

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

/**
 * Serves `dir` at `http://127.0.0.1:<port><prefix>` under a strict Content-Security-Policy;
 * `extra` maps paths below the prefix to { type, body } or { status } responses; `hang/...` never
 * answers. With `{ gzip: true }` it compresses every answer (gzip -9) for a client that accepts
 * it, as a well-configured host does. Resolves to { url, close }.
 */
export async function serve(dir = DIST, prefix = '/some/path/', extra = {}, { gzip = false } = {}) {
  const server = createServer(async (req, res) => {
    if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      const writeHead = res.writeHead.bind(res);
      const end = res.end.bind(res);
      res.writeHead = (status, headers = {}) => {
        res.__status = status;
        res.__headers = headers;
        return res;
      };
      res.end = (body = '') => {
        const zipped = gzipSync(body, { level: 9 });
        writeHead(res.__status ?? 200, { ...res.__headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        return end(zipped);
      };
    }
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
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
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
