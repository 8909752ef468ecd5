import { serve, launch } from '/work/main/tests/browser/serve.mjs';
const srv = await serve(); const b = await launch();
const p = await (await b.newContext({ viewport: { width: 360, height: 740 } })).newPage();
await p.goto(srv.url + 'index.html?lang=en'); await p.waitForSelector('.yp[data-ready]');
const r = await p.evaluate(() => [...document.querySelectorAll('h2')].map(h => [h.textContent, Math.round(h.getBoundingClientRect().top + scrollY)]));
console.log(JSON.stringify(r));
await b.close(); await srv.close();
