// Shared by the bench scripts: arguments, the server routes of the bench pages, medians and the
// header every report starts with.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { cpus, loadavg, tmpdir } from 'node:os';
import { DIST, ROOT, launch, serve } from '../../tests/browser/serve.mjs';

export { DIST, ROOT, launch, serve };

/** Where the release build is served; bench pages are below it, at `<PREFIX>bench/`. */
export const PREFIX = '/b/';

const TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** A route for serve()'s `extra`: { type, body }. */
export function route(body, ext) {
  return { type: TYPES[ext], body };
}

/** The routes of the bench pages (bench/pages/*), at `bench/<file>` below the prefix. */
export function pageRoutes() {
  const dir = join(ROOT, 'bench/pages');
  const out = {};
  for (const f of ['widget.html', 'widget.js', 'vanilla.html', 'vanilla.js']) {
    out[`bench/${f}`] = route(readFileSync(join(dir, f)), f.split('.').pop());
  }
  return out;
}

/** `--name value` options with defaults; numbers and comma lists of numbers or words are parsed. */
export function options(defaults, usage) {
  const args = process.argv.slice(2);
  const out = { ...defaults };
  for (let i = 0; i < args.length; i++) {
    const key = args[i].replace(/^--/, '');
    if (args[i] === '-h' || args[i] === '--help') {
      console.log(usage);
      process.exit(0);
    }
    if (!args[i].startsWith('--') || !(key in defaults) || i + 1 >= args.length) {
      console.error(usage);
      process.exit(2);
    }
    const v = args[++i];
    const words = Array.isArray(defaults[key]) && typeof defaults[key][0] === 'string';
    out[key] = words ? v.split(',') : Array.isArray(defaults[key]) ? v.split(',').map(Number) : Number(v);
    const bad = words
      ? out[key].some((w) => !w)
      : [out[key]].flat().some((n) => !Number.isInteger(n) || n < 1);
    if (bad) {
      console.error(usage);
      process.exit(2);
    }
  }
  return out;
}

export function median(xs) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** A number for a table cell: fixed decimals, or `-` when missing. */
export function fmt(x, digits = 0) {
  return Number.isFinite(x) ? x.toFixed(digits) : '-';
}

/** Columns padded to their widths; the first left-aligned, the others right-aligned. */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((r) =>
      r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  '),
    )
    .join('\n');
}

/**
 * A copy of dist/ (or of another build's folder: `from`, or $BENCH_DIST, to compare builds) in a
 * temporary folder, so one bench run serves one build even if dist/ is rebuilt meanwhile. The copy is retried while the integrity hashes in its index.html do not
 * match its files (a build was half written). Returns { dir, built, wasmHash, note, remove }.
 */
export async function snapshot(from = process.env.BENCH_DIST || DIST) {
  for (let attempt = 1; ; attempt++) {
    const dir = mkdtempSync(join(tmpdir(), 'yp-bench-dist-'));
    const remove = () => rmSync(dir, { recursive: true, force: true });
    let problem = null;
    try {
      cpSync(from, dir, { recursive: true, preserveTimestamps: true });
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      for (const [, file, hash] of html.matchAll(/href="\.\/([^"]+)"[^>]*integrity="(sha384-[^"]+)"/g)) {
        const actual = `sha384-${createHash('sha384').update(readFileSync(join(dir, file))).digest('base64')}`;
        if (actual !== hash) problem = `${file} does not match the integrity hash in index.html`;
      }
    } catch (e) {
      problem = String(e.message ?? e);
    }
    if (!problem || attempt === 6) {
      const wasm = readFileSync(join(dir, 'youth-projects_bg.wasm'));
      return {
        dir,
        built: new Date(statSync(join(dir, 'youth-projects_bg.wasm')).mtimeMs).toISOString(),
        wasmHash: createHash('sha256').update(wasm).digest('hex').slice(0, 12),
        wasmBytes: wasm.length,
        note: problem ? `WARNING: ${problem} (dist/ changing?)` : 'integrity hashes match',
        remove,
      };
    }
    remove();
    await sleep(5000);
  }
}

/** The first lines of every report: what, when, which browser and build. */
export function header(title, browser, build) {
  console.log(`# ${title}`);
  console.log(`date      ${new Date().toISOString()}`);
  console.log(`chromium  ${browser.version()} (${process.env.CHROMIUM ?? '/usr/bin/chromium'}, headless)`);
  console.log(
    `build     dist/ copied at start: wasm ${build.wasmBytes} B, sha256 ${build.wasmHash}…, modified ${build.built}; ${build.note}`,
  );
  console.log(`node      ${process.version}`);
  const load = loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`machine   ${cpus().length} CPUs, load average ${load} (other work on the machine skews every figure)`);
}

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
