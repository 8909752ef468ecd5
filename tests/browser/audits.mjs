// The accessibility audits the browser suite runs on a page: axe-core's WCAG 2.1 A and AA rules
// and HTML_CodeSniffer's WCAG2AA errors, each as a list of "rule: where" lines (empty: none).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { ROOT } from './serve.mjs';

const HTMLCS = readFileSync(join(ROOT, 'tests/browser/node_modules/html_codesniffer/build/HTMLCS.js'), 'utf8');

/** axe-core's WCAG 2.1 A and AA violations, by rule and target; `exclude`: a selector left out
 * (the editor's preview frame, audited on its own page). */
export async function axe(page, { exclude } = {}) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (exclude) builder = builder.exclude(exclude);
  return (await builder.analyze())
    .violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** HTML_CodeSniffer's WCAG2AA errors, as "code: element". */
export async function sniff(page) {
  await page.addScriptTag({ content: HTMLCS });
  return page.evaluate(() => new Promise((done) => {
    window.HTMLCS.process('WCAG2AA', document, () => {
      done(window.HTMLCS.getMessages().filter((m) => m.type === 1)
        .map((m) => `${m.code}: ${m.element.outerHTML.slice(0, 80)}`));
    });
  }));
}
