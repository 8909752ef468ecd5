import { serve, launch } from '/work/main/tests/browser/serve.mjs';
const srv = await serve(); const b = await launch();
async function open(path, w, h, ready = '.yp[data-ready]', scheme='light') {
  const p = await (await b.newContext({ viewport: { width: w, height: h }, colorScheme: scheme })).newPage();
  const errs = []; p.on('pageerror', e => errs.push(String(e))); p.on('console', m => m.type() === 'error' && errs.push(m.text()));
  await p.goto(srv.url + path); await p.waitForSelector(ready); await p.waitForTimeout(500); p.errs = errs; return p;
}
const contrastFn = () => {
  const parse = c => c.match(/[\d.]+/g).map(Number);
  const lum = ([r, g, bb]) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(bb); };
  const bgOf = el => { while (el) { const c = getComputedStyle(el).backgroundColor; const a = parse(c); if (a.length < 4 || a[3] > 0.5) { if (!(a.length === 4 && a[3] === 0)) return a; } el = el.parentElement; } return [255, 255, 255]; };
  const out = {};
  for (const el of document.querySelectorAll('.yp *')) {
    if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    const cs = getComputedStyle(el); if (cs.visibility === 'hidden' || el.getClientRects().length === 0) continue;
    const fg = parse(cs.color), bg = bgOf(el);
    const L1 = lum(fg), L2 = lum(bg); const cr = (Math.max(L1, L2) + 0.05) / (Math.min(L1, L2) + 0.05);
    const fs = parseFloat(cs.fontSize);
    const key = el.tagName.toLowerCase() + '.' + [...el.classList].join('.');
    if (!out[key] || out[key].cr > cr) out[key] = { cr: +cr.toFixed(2), fs, text: el.textContent.trim().slice(0, 20) };
  }
  return Object.entries(out).filter(([k, v]) => v.cr < 4.6 || v.fs < 12).map(([k, v]) => `${k} cr=${v.cr} fs=${v.fs} "${v.text}"`);
};
for (const w of [360, 1280]) {
  const p = await open('index.html', w, 900);
  console.log('--', w, 'contrast/small', JSON.stringify(await p.evaluate(contrastFn), null, 0));
  console.log('charts', JSON.stringify(await p.evaluate(() => [...document.querySelectorAll('svg')].slice(0, 3).map(s => {
    const t = s.querySelector('text'); return { cls: s.getAttribute('class'), vb: s.getAttribute('viewBox'), w: s.getBoundingClientRect().width, textFs: t && getComputedStyle(t).fontSize, rendered: t && t.getBoundingClientRect().height };
  }))));
  console.log('aside', JSON.stringify(await p.evaluate(() => { const a = document.querySelector('.yp aside, .yp-filters, form'); return a && { cls: a.className, tag: a.tagName, pos: getComputedStyle(a).position }; })));
  console.log('errs', p.errs);
}
// dialog link style
{
  const p = await open('index.html?project=rural-youth', 1280, 900);
  console.log('dialog', JSON.stringify(await p.evaluate(() => { const d = document.querySelector('dialog[open]'); const a = d.querySelector('a'); const cs = getComputedStyle(a); return { dcls: d.className, acls: a.className, color: cs.color, font: cs.fontSize, sh: d.scrollHeight, ch: d.clientHeight, scrollers: [...d.querySelectorAll('*')].filter(e => e.scrollHeight > e.clientHeight + 2 && getComputedStyle(e).overflowY !== 'visible').map(e => e.className) }; })));
}
// editor
for (const w of [360, 1280]) {
  const p = await open('editor/index.html', w, 740, '.ed-tabs');
  await p.frameLocator('iframe').locator('article.yp-card').first().waitFor();
  console.log('editor', w, JSON.stringify(await p.evaluate(() => {
    const t = document.querySelector('table'); const wrap = t.parentElement; const cell = t.querySelector('tbody td:nth-child(3)');
    const c = cell.querySelector('input,textarea,[contenteditable]');
    return { wrap: wrap.className, wrapSW: wrap.scrollWidth, wrapCW: wrap.clientWidth, wrapOverflow: getComputedStyle(wrap).overflowX, tableW: t.getBoundingClientRect().width, cellTag: c && c.tagName, cellW: cell.getBoundingClientRect().width, cellH: cell.getBoundingClientRect().height, firstRowNo: t.querySelector('tbody tr td, tbody tr th')?.textContent, fileInput: !!document.querySelector('input[type=file]'), docSW: document.documentElement.scrollWidth, iframe: document.querySelector('iframe').getBoundingClientRect().width, btns: [...document.querySelectorAll('button')].filter(b => b.getBoundingClientRect().height > 50).map(b => b.textContent.trim()) };
  })));
  console.log('errs', p.errs);
  // desktop preview mode
  const desk = p.getByRole('button', { name: '电脑' });
  if (await desk.count()) { await desk.click(); await p.waitForTimeout(800);
    console.log('desk', w, JSON.stringify(await p.evaluate(() => ({ docSW: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth, ifr: document.querySelector('iframe').getBoundingClientRect().toJSON(), ifrStyle: document.querySelector('iframe').getAttribute('style'), ifrWrap: document.querySelector('iframe').parentElement.className }))));
    await p.screenshot({ path: `/tmp/shots/chromium-editor-${w}-desktop-preview.png`, fullPage: true });
  }
}
// dark mode quick
{ const p = await open('index.html', 360, 740, '.yp[data-ready]', 'dark'); await p.screenshot({ path: '/tmp/shots/chromium-index-360-dark.png' }); }
await b.close(); await srv.close();
