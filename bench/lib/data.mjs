// Synthetic data files for the benchmarks: N projects in the schema of src/data/projects.json,
// derived from its real projects so that every record passes the widget's validation
// (src/model/validate.rs): ASCII ids, unique; non-empty texts in both languages; themes and
// audiences from the closed lists; every figure's number and unit in one of the record's own
// source sentences, its qualifier in that same sentence.
//
// Record i is derived from real project i mod 11, with:
//   - id `<real id>-s<i, five digits>`;
//   - a name numbered with i and carrying the search marker `yp-a` or `yp-b` (zh and en);
//   - the real summary, and a short description instead of the long real one;
//   - only the real project's first figure, or its first before → target pair, and only the
//     clauses of its sentences that state them (with the short description, this makes the
//     10,000-project file about 8 MB rather than 11.5 MB for full copies);
//   - 1 or 2 themes and 1 or 2 audiences drawn from the seeded generator, so facets split the set;
//   - headline flags kept only on the first 11 records (the strip of the year's targets then shows the
//     real number of items rather than thousands), unless `headlines: 'all'`.
//
// SEARCH QUERY: every name contains `yp-`; about half contain `yp-a` (seeded draw, p = 0.5), the
// rest `yp-b`. Typing `yp-` matches all N projects and the final `a` of `yp-a` cuts the list to
// about half. The marker is ASCII with a hyphen, so the widget's pinyin matcher cannot match it
// anywhere else: the widget's count equals the plain substring count, HALF_QUERY below.
// The list, the report, theme and audience lists, the review and the directions are the real ones.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const HALF_QUERY = 'yp-a';

/** mulberry32: a small, fast, seeded generator of floats in [0, 1). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `k` distinct items of `list`, in list order. */
function pick(list, k, rand) {
  const idx = list.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, k).sort((a, b) => a - b).map((i) => list[i]);
}

/** The text a figure stands as in its sentence (validate.rs: number, 余, unit). */
function core(f) {
  return `${f.value}${f.qualifier === '余' ? '余' : ''}${f.unit.zh}`;
}

/**
 * A real project's figures cut to its first group (a lone figure, or the figures sharing its
 * measure, so cards still show a before → target pair) and its sentences cut to the clauses that
 * state those figures with their qualifiers (verbatim fragments of the report); a project without
 * figures keeps its first sentence.
 */
function trim(p) {
  const first = p.figures[0];
  const figures = !first
    ? []
    : first.measure
      ? p.figures.filter((f) => f.measure === first.measure)
      : [first];
  const clausesOf = (s) => s.match(/[^,;。,;]+[,;。,;]?/g) ?? [s];
  if (figures.length === 0) return { figures, sources: [p.sources[0]] };
  const sources = [];
  for (const s of p.sources) {
    const clauses = clausesOf(s);
    const keep = new Set();
    let whole = false;
    for (const f of figures) {
      if (!s.includes(core(f))) continue;
      const at = clauses.findIndex((c) => c.includes(core(f)));
      if (at < 0 || (f.qualifier && !clauses[at].includes(f.qualifier))) whole = true;
      else keep.add(at);
    }
    if (whole) sources.push(s);
    else if (keep.size) {
      const text = [...keep].sort((a, b) => a - b).map((i) => clauses[i]).join('');
      sources.push(text.replace(/[,;,;]$/, '。'));
    }
  }
  return { figures, sources };
}

/** The real data file. */
export function realData() {
  return JSON.parse(readFileSync(join(ROOT, 'src/data/projects.json'), 'utf8'));
}

/**
 * A data set of `n` synthetic projects. Returns the data object; `stats` tells how many names
 * carry the half-matching marker.
 */
export function generate(n, { seed = 1, headlines = 'first' } = {}) {
  const real = realData();
  const rand = rng(seed);
  const base = real.projects;
  const themeIds = real.themes.map((t) => t.id);
  const audienceIds = real.audiences.map((t) => t.id);
  const trimmed = base.map(trim);
  const projects = [];
  let half = 0;
  for (let i = 0; i < n; i++) {
    const b = base[i % base.length];
    const seq = String(i).padStart(5, '0');
    const marker = rand() < 0.5 ? 'yp-a' : 'yp-b';
    if (marker === HALF_QUERY) half++;
    const themes = pick(themeIds, 1 + (rand() < 0.4 ? 1 : 0), rand);
    const audiences = pick(audienceIds, 1 + (rand() < 0.4 ? 1 : 0), rand);
    const keepHeadline = headlines === 'all' || i < base.length;
    const { figures, sources } = trimmed[i % base.length];
    projects.push({
      id: `${b.id}-s${seq}`,
      name: {
        zh: `${b.name.zh}·第${i + 1}号 ${marker}`,
        en: `${b.name.en} No. ${i + 1} ${marker}`,
      },
      summary: b.summary,
      description: {
        zh: `第${i + 1}号样本项目。`,
        en: `Sample project ${i + 1}.`,
      },
      themes,
      audiences,
      figures: figures.map((f) => {
        const out = { ...f };
        if (!keepHeadline) delete out.headline;
        return out;
      }),
      sources,
    });
  }
  return { data: { ...real, projects }, stats: { n, half, seed } };
}

/** The data file's text: compact JSON, as a server would publish it. */
export function generateText(n, options) {
  const { data, stats } = generate(n, options);
  return { text: JSON.stringify(data), stats };
}
