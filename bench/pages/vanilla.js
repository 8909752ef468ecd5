// The bench's baseline: the widget's project list written by hand in plain JavaScript. It fetches
// the same data file, renders the same markup and CSS classes as the widget's filter panel,
// count and cards (src/components/filters.rs, app.rs, card.rs, figure.rs, highlight.rs), and
// filters the same way (src/model/query.rs, search.rs):
//   - facets: options within a group widen (any), groups narrow (all); each option shows how many
//     projects it would show given the search text and the other group;
//   - search: the query is folded (full-width → ASCII, U+3000 → space, ASCII lower case) and split
//     on white space; every term must be a substring of the project's folded name, summary,
//     description and tag names in Simplified Chinese and English, joined by newlines;
//   - matches are marked with <mark class="yp-mark"> in names, tags, summaries and descriptions.
// Omitted on purpose: Traditional → Simplified folding and pinyin matching (the widget's build
// generates tables for them), sorting, languages, the detail view, charts and report sections.
// Like the widget, it checks the data first (unique ids, known tags, figures in their sentences).
// It shows the first 50 matching cards and, after them, a "show more" button for the next 50, as
// the widget does (button.yp-secondary.yp-show-more, "再显示 50 个项目(还有 N 个)").

const PAGE = 50;
const MAX_TEXT_CHARS = 100;
/** The list's year, from the data file. */
let YEAR = 0;

/** What a figure is called, as format.rs kind_label() words it for the list's year. */
const kind = (f, year) =>
  f.kind === 'target' ? (f.adds ? `${year}年新增` : `${year}年目标`) : f.kind === 'earlier' ? `${f.year}年` : '已有基础';

/** One character folded for matching (search.rs fold_char, without the Traditional table). */
function foldChar(c) {
  const code = c.codePointAt(0);
  if (code >= 0xff01 && code <= 0xff5e) c = String.fromCodePoint(code - 0xfee0);
  else if (code === 0x3000) c = ' ';
  return c >= 'A' && c <= 'Z' ? c.toLowerCase() : c;
}

/** A text folded character by character (one flat string, not a rope of concatenations). */
function fold(text) {
  return text.replace(/[\uFF01-\uFF5E\u3000A-Z]/g, foldChar);
}

/** Folded search terms of a query. */
function terms(query) {
  return fold(query).split(/\s+/).filter(Boolean);
}

/** The element `tag` with a class, attributes and children (strings become text nodes). */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === true) el.setAttribute(k, '');
    else if (v !== false && v != null) el.setAttribute(k, v);
  }
  el.append(...children.flat().filter((c) => c != null && c !== ''));
  return el;
}

/** A text with every occurrence of each term marked (highlight.rs, literal matches only). */
function highlighted(text, query) {
  const ts = terms(query);
  if (ts.length === 0) return [text];
  const chars = [...text];
  const folded = chars.map(foldChar);
  const marked = new Array(chars.length).fill(false);
  for (const t of ts) {
    const tc = [...t];
    for (let s = 0; s + tc.length <= folded.length; s++) {
      let ok = true;
      for (let k = 0; k < tc.length && ok; k++) ok = folded[s + k] === tc[k];
      if (ok) marked.fill(true, s, s + tc.length);
    }
  }
  const out = [];
  let run = '';
  let mark = marked[0];
  const flush = () => {
    if (run) out.push(mark ? h('mark', { class: 'yp-mark' }, run) : run);
  };
  chars.forEach((c, i) => {
    if (marked[i] !== mark) {
      flush();
      run = '';
      mark = marked[i];
    }
    run += c;
  });
  flush();
  return out;
}

/** The figure's core text as it stands in its sentence (data.rs core_text). */
function core(f) {
  return `${f.value}${f.qualifier === '余' ? '余' : ''}${f.unit.zh}`;
}

/** The first problem of the data, or null (a subset of validate.rs). */
function problem(data) {
  const themes = new Set(data.themes.map((t) => t.id));
  const audiences = new Set(data.audiences.map((t) => t.id));
  const ids = new Set();
  const id = /^[a-z0-9-]{1,64}$/;
  const text = (t) => typeof t === 'string' && t.trim() !== '';
  for (const [i, p] of data.projects.entries()) {
    const at = `projects[${i}] "${p.id}"`;
    if (!id.test(p.id)) return `${at}: bad id`;
    if (ids.has(p.id)) return `${at}: duplicate id`;
    ids.add(p.id);
    for (const f of ['name', 'summary', 'description']) {
      if (!text(p[f]?.zh) || !text(p[f]?.en)) return `${at}: empty ${f}`;
    }
    if (!p.themes.length || p.themes.some((t) => !themes.has(t))) return `${at}: themes`;
    if (!p.audiences.length || p.audiences.some((t) => !audiences.has(t))) return `${at}: audiences`;
    if (!p.sources.length || !p.sources.every(text)) return `${at}: sources`;
    for (const f of p.figures) {
      const s = p.sources.find((s) => s.includes(core(f)));
      if (!s || (f.qualifier && !s.includes(f.qualifier))) return `${at}: figure ${core(f)}`;
    }
  }
  return null;
}

/** A figure's number with its qualifier in place (figure.rs FigureValue, Simplified Chinese). */
function figureValue(f) {
  const q = (t) => h('span', { class: 'yp-q' }, t);
  const before = f.qualifier === '不少于' || f.qualifier === '已建在建' ? q(f.qualifier) : null;
  return h(
    'span',
    { class: 'yp-fig' },
    before,
    h('span', { class: 'yp-num' }, f.value),
    f.qualifier === '余' ? q('余') : null,
    f.unit.zh ? h('span', { class: 'yp-unit' }, f.unit.zh) : null,
    f.qualifier === '以上' ? q('以上') : null,
  );
}

function figureItem(f) {
  return h(
    'div',
    { class: 'yp-fig-item' },
    h('p', { class: 'yp-fig-value' }, figureValue(f)),
    h('p', { class: 'yp-fig-label' }, f.label.zh),
    h('p', { class: f.kind === 'target' ? 'yp-kind yp-kind-target' : 'yp-kind' }, kind(f, YEAR)),
  );
}

/** Figures grouped as card.rs groups(): lone, or sharing a measure with the target last. */
function groups(figures) {
  const out = [];
  for (const f of figures) {
    const same = f.measure != null ? out.find((g) => g[0].measure === f.measure) : null;
    if (same) same.push(f);
    else out.push([f]);
  }
  for (const g of out) {
    const before = g.filter((f) => f.kind !== 'target');
    const target = g.filter((f) => f.kind === 'target');
    g.splice(0, g.length, ...before, ...target);
  }
  return out;
}

function figures(list) {
  if (list.length === 0) return h('p', { class: 'yp-nofig' }, '报道未给出该项目的具体数字。');
  return h(
    'ul',
    { class: 'yp-figs' },
    groups(list).map((g) =>
      g.length === 1
        ? h('li', { class: g[0].kind === 'target' ? 'yp-fig-cell yp-fig-target' : 'yp-fig-cell' }, figureItem(g[0]))
        : h(
            'li',
            { class: 'yp-fig-cell yp-pair' },
            g.flatMap((f, i) => [
              i > 0 ? h('span', { class: f.adds ? 'yp-arrow yp-plus' : 'yp-arrow', 'aria-hidden': 'true' }, f.adds ? '+' : '→') : null,
              figureItem(f),
            ]),
          ),
    ),
  );
}

/** One card, as card.rs ProjectCard renders it in Simplified Chinese. */
function card(p, tags, caption, query) {
  const title = `yp-p-${p.id}-t`;
  return h(
    'article',
    { class: 'yp-card', id: `yp-p-${p.id}`, 'aria-labelledby': title },
    h('h3', { class: 'yp-card-title', id: title }, highlighted(p.name.zh, query)),
    h(
      'ul',
      { class: 'yp-tags' },
      tags.themes.map((t) => h('li', { class: 'yp-tag yp-tag-theme' }, highlighted(t.name.zh, query))),
      tags.audiences.map((t) => h('li', { class: 'yp-tag yp-tag-aud' }, highlighted(t.name.zh, query))),
    ),
    h('p', { class: 'yp-summary' }, highlighted(p.summary.zh, query)),
    figures(p.figures),
    h(
      'details',
      { class: 'yp-more' },
      h('summary', null, '项目详情与报道原文'),
      h('p', { class: 'yp-desc' }, highlighted(p.description.zh, query)),
      h(
        'figure',
        { class: 'yp-quote' },
        h('blockquote', { lang: 'zh-Hans' }, p.sources.map((s) => h('p', null, s))),
        h('figcaption', null, caption),
      ),
    ),
    h(
      'button',
      { type: 'button', class: 'yp-open', id: `yp-open-${p.id}` },
      '查看全部信息',
      h('span', { class: 'yp-sr' }, `:${p.name.zh}`),
    ),
  );
}

function countText(shown, total) {
  return shown === total ? `共 ${total} 个项目` : `找到 ${shown} 个项目(共 ${total} 个)`;
}

function publishedLabel(published) {
  const [y, m] = published.split('-');
  const n = Number(m);
  return Number.isInteger(n) && n >= 1 && n <= 12 ? `${y}年${n}月` : published;
}

async function main() {
  const mount = document.getElementById('vanilla');
  const src = new URLSearchParams(location.search).get('data') || 'data-1000.json';
  const data = await (await fetch(src)).json();
  YEAR = data.list?.year ?? 2022;
  const root = h('div', { class: 'yp', lang: 'zh-Hans' });
  const bad = problem(data);
  if (bad) {
    root.append(h('div', { class: 'yp-notice', role: 'alert' }, h('p', null, `数据有误:${bad}`)));
    mount.replaceChildren(root);
    return;
  }

  const tagOf = (list) => new Map(list.map((t) => [t.id, t]));
  const themeTags = tagOf(data.themes);
  const audienceTags = tagOf(data.audiences);
  const projects = data.projects;
  const total = projects.length;
  const tags = projects.map((p) => ({
    themes: p.themes.map((id) => themeTags.get(id)),
    audiences: p.audiences.map((id) => audienceTags.get(id)),
  }));
  // The searchable text of each project, folded once (search.rs SearchIndex).
  const index = projects.map((p, i) => {
    const parts = [];
    for (const lang of ['zh', 'en']) {
      parts.push(p.name[lang], p.summary[lang], p.description[lang]);
      for (const t of [...tags[i].themes, ...tags[i].audiences]) parts.push(t.name[lang]);
    }
    return fold(parts.join('\n'));
  });
  const caption = `——${data.report.publisher.zh}, ${publishedLabel(data.report.published)}`;

  const state = { text: '', theme: new Set(), audience: new Set(), limit: PAGE };
  const fits = (group, p) => {
    const selected = state[group];
    const own = group === 'theme' ? p.themes : p.audiences;
    return selected.size === 0 || own.some((id) => selected.has(id));
  };

  // Filter panel (filters.rs FilterPanel), built once; counts are updated in place.
  const countSpans = { theme: new Map(), audience: new Map() };
  const facetGroup = (group, legend, options) =>
    h(
      'fieldset',
      { class: 'yp-facet' },
      h('legend', { class: 'yp-legend' }, legend),
      h(
        'ul',
        { class: 'yp-options' },
        options.map((opt) => {
          const id = `yp-${group}-${opt.id}`;
          const n = h('span', { class: 'yp-n' });
          countSpans[group].set(opt.id, n);
          const box = h('input', { class: 'yp-check', type: 'checkbox', id, name: group, value: opt.id });
          box.addEventListener('change', () => {
            if (box.checked) state[group].add(opt.id);
            else state[group].delete(opt.id);
            state.limit = PAGE;
            update();
          });
          return h('li', { class: 'yp-option' }, box, h('label', { for: id }, opt.name.zh, n));
        }),
      ),
    );
  const input = h('input', {
    class: 'yp-input',
    id: 'yp-q',
    type: 'search',
    'aria-describedby': 'yp-q-hint',
    autocomplete: 'off',
    spellcheck: 'false',
    enterkeyhint: 'search',
  });
  input.addEventListener('input', () => {
    state.text = [...input.value].slice(0, MAX_TEXT_CHARS).join('');
    state.limit = PAGE;
    update();
  });
  const form = h(
    'form',
    { class: 'yp-search', role: 'search' },
    h('label', { class: 'yp-label', for: 'yp-q' }, '搜索项目'),
    h('p', { class: 'yp-hint', id: 'yp-q-hint' }, '名称、简介或标签中的文字'),
    input,
  );
  form.addEventListener('submit', (e) => e.preventDefault());
  const facets = h(
    'div',
    { id: 'yp-facets', class: 'yp-facets yp-folded' },
    facetGroup('theme', '主题', data.themes),
    facetGroup('audience', '服务对象', data.audiences),
  );
  const toggle = h(
    'button',
    { type: 'button', class: 'yp-facets-toggle', 'aria-expanded': 'false', 'aria-controls': 'yp-facets' },
    '按主题和服务对象筛选',
  );
  toggle.addEventListener('click', () => {
    const open = facets.classList.toggle('yp-folded') === false;
    toggle.setAttribute('aria-expanded', String(open));
  });
  const filters = h(
    'section',
    { class: 'yp-filters', 'aria-labelledby': 'yp-filters-title' },
    h('h2', { class: 'yp-h2 yp-filters-title', id: 'yp-filters-title' }, '筛选项目'),
    form,
    toggle,
    facets,
  );

  const count = h('span', { class: 'yp-count' });
  const cards = h('div', { class: 'yp-cards' });
  const more = h('button', { type: 'button', class: 'yp-secondary yp-show-more' });
  more.addEventListener('click', () => {
    state.limit += PAGE;
    update();
  });
  const empty = h(
    'div',
    { class: 'yp-empty' },
    h('p', { class: 'yp-empty-title' }, '没有找到符合条件的项目'),
  );
  const results = h(
    'section',
    { class: 'yp-results', 'aria-labelledby': 'yp-results-title' },
    h(
      'div',
      { class: 'yp-results-head' },
      h('h2', { class: 'yp-h2', id: 'yp-results-title', tabindex: '-1' }, '项目清单', count),
    ),
    cards,
  );
  root.append(h('div', { class: 'yp-layout' }, filters, results));

  function update() {
    const ts = terms(state.text);
    const matches = (i) => ts.every((t) => index[i].includes(t));
    const visible = [];
    const counts = { theme: new Map(), audience: new Map() };
    for (let i = 0; i < total; i++) {
      const p = projects[i];
      if (!matches(i)) continue;
      const th = fits('theme', p);
      const au = fits('audience', p);
      if (th && au) visible.push(i);
      // query.rs counts(): each option given the search and the other group.
      if (au) for (const id of p.themes) counts.theme.set(id, (counts.theme.get(id) ?? 0) + 1);
      if (th) for (const id of p.audiences) counts.audience.set(id, (counts.audience.get(id) ?? 0) + 1);
    }
    for (const group of ['theme', 'audience']) {
      for (const [id, span] of countSpans[group]) {
        const text = `(${counts[group].get(id) ?? 0})`;
        if (span.textContent !== text) span.textContent = text;
      }
    }
    count.textContent = countText(visible.length, total);
    const shown = visible.slice(0, state.limit);
    const frag = document.createDocumentFragment();
    for (const i of shown) frag.append(card(projects[i], tags[i], caption, state.text));
    cards.replaceChildren(frag);
    const rest = visible.length - shown.length;
    if (rest > 0) {
      more.textContent = `再显示 ${Math.min(PAGE, rest)} 个项目(还有 ${rest} 个)`;
      cards.after(more);
    } else more.remove();
    if (visible.length === 0) results.append(empty);
    else empty.remove();
  }

  update();
  mount.replaceChildren(root);
}

main();
