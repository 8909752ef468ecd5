import { launch } from '/work/main/tests/browser/serve.mjs';
import { readFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';
const files = process.argv.slice(2);
mkdirSync('/tmp/shots/crops', { recursive: true });
const b = await launch();
for (const f of files) {
  const buf = readFileSync(f);
  const w = buf.readUInt32BE(16), h = buf.readUInt32BE(20);
  const seg = w <= 420 ? 1100 : 900;
  const ctx = await b.newContext({ viewport: { width: w, height: 600 } });
  const p = await ctx.newPage();
  await p.setContent(`<style>body{margin:0}img{display:block}</style><img src="data:image/png;base64,${buf.toString('base64')}">`);
  await p.waitForFunction(() => document.images[0].complete);
  let i = 0;
  for (let y = 0; y < h; y += seg, i++) {
    await p.screenshot({ path: `/tmp/shots/crops/${basename(f, '.png')}-${String(i).padStart(2, '0')}.png`, fullPage: true, clip: { x: 0, y, width: w, height: Math.min(seg, h - y) } });
  }
  console.log(f, w, h, i);
  await ctx.close();
}
await b.close();
