// Shared by the bench scripts: arguments, the server routes of the bench pages, medians and the
// header every report starts with.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

/** `--name value` options with defaults; numbers and comma lists of numbers are parsed. */
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
    out[key] = Array.isArray(defaults[key]) ? v.split(',').map(Number) : Number(v);
    const bad = [out[key]].flat().some((n) => !Number.isInteger(n) || n < 1);
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

/** The first lines of every report: what, when, which browser and build. */
export function header(title, browser) {
  let built = '?';
  try {
    built = new Date(statSync(join(DIST, 'youth-projects_bg.wasm')).mtimeMs).toISOString();
  } catch {}
  console.log(`# ${title}`);
  console.log(`date      ${new Date().toISOString()}`);
  console.log(`chromium  ${browser.version()} (${process.env.CHROMIUM ?? '/usr/bin/chromium'}, headless)`);
  console.log(`build     ${DIST} (wasm modified ${built})`);
  console.log(`node      ${process.version}`);
}

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
