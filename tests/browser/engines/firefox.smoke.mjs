// The smoke suite (smoke.mjs) in Firefox ESR from Debian, driven over WebDriver BiDi by
// puppeteer-core (no geckodriver, no downloaded browser).
import puppeteer from 'puppeteer-core';
import { smoke } from './smoke.mjs';

let browser;

smoke('firefox', {
  start: async () => {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
      headless: true,
    });
  },
  stop: async () => browser?.close(),
  open: async (url) => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setViewport({ width: 390, height: 844 });
    await page.goto(url);
    const evaluate = (expr) => page.evaluate(`(${expr})`);
    return {
      evaluate: async (expr) => {
        const value = await evaluate(expr);
        // The driver's own record of page errors counts too.
        return expr === 'window.__errors' ? [...value, ...errors] : value;
      },
      until: (expr) => page.waitForFunction(`(${expr})`, { timeout: 10_000, polling: 50 }),
      click: (selector) => page.click(selector),
      type: async (selector, text) => {
        // Focus moves the box to the top of a phone's screen: select by script, not by clicks
        // at coordinates that have moved.
        await page.focus(selector);
        await page.$eval(selector, (el) => el.select());
        await page.keyboard.press('Backspace');
        await page.keyboard.type(text);
      },
      escape: () => page.keyboard.press('Escape'),
      back: () => page.goBack(),
      close: () => page.close(),
    };
  },
});
