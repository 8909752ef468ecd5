import { serve, launch } from '/work/main/tests/browser/serve.mjs';
import { writeFileSync } from 'node:fs';
const srv = await serve();
const browser = await launch();
const log = [];
const jobs = [
  ['index', 'index.html', [[360,740],[1280,900]], 'reader'],
  ['detail', 'index.html?project=rural-youth', [[360,740],[1280,900]], 'reader'],
  ['en', 'index.html?lang=en', [[360,740]], 'reader'],
  ['hope', 'projects/hope-house/', [[360,740]], 'static'],
  ['editor', 'editor/index.html', [[1280,900],[360,740]], 'editor'],
];
for (const [name, path, sizes, kind] of jobs) for (const [w,h] of sizes) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push('pageerror: ' + e));
  page.on('console', m => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.type() + ': ' + m.text()));
  page.on('response', r => r.status() >= 400 && errors.push('HTTP ' + r.status() + ' ' + r.url()));
  await page.goto(srv.url + path);
  try {
    if (kind === 'reader') await page.waitForSelector('.yp[data-ready]', { timeout: 15000 });
    if (kind === 'editor') {
      await page.waitForSelector('.ed-tabs', { timeout: 15000 });
      const f = page.frameLocator('iframe');
      await f.locator('article.yp-card').first().waitFor({ timeout: 15000 });
    }
  } catch (e) { errors.push('wait: ' + e.message.split('\n')[0]); }
  await page.waitForTimeout(800);
  const ov = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth, sh: document.documentElement.scrollHeight }));
  const file = `/tmp/shots/chromium-${name}-${w}.png`;
  await page.screenshot({ path: file, fullPage: true });
  log.push({ file, ov, errors });
  console.log(file, JSON.stringify(ov), JSON.stringify(errors));
  await ctx.close();
}
writeFileSync('/tmp/shots/chromium-log.json', JSON.stringify(log, null, 1));
await browser.close(); await srv.close();
