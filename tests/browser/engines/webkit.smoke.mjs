// The smoke suite (smoke.mjs) in WebKitGTK's MiniBrowser from Debian, driven by WebKitWebDriver
// through selenium-webdriver. MiniBrowser has no headless mode: run it under `xvfb-run`. Its
// window is set to 390 × 844 (with `--full-screen` there is no toolbar, so that is the viewport).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder, By, Key } from 'selenium-webdriver';
import { smoke } from './smoke.mjs';

const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
let driverProcess;
let port;

/** A free port on loopback for WebKitWebDriver. */
function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver() {
  for (let i = 0; i < 100; i++) {
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/status`);
      if (answer.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

smoke('webkit', {
  start: async () => {
    port = await freePort();
    driverProcess = spawn(process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
    await waitForDriver();
  },
  stop: async () => driverProcess?.kill(),
  open: async (url) => {
    const driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        pageLoadStrategy: 'none',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--full-screen'] },
      })
      .build();
    await driver.manage().window().setRect({ x: 0, y: 0, width: 390, height: 844 });
    await driver.get(url);
    const evaluate = (expr) => driver.executeScript(`return (${expr});`);
    const until = async (expr) => {
      for (let i = 0; i < 200; i++) {
        try {
          if (await evaluate(expr)) return;
        } catch {
          // the page may still be loading
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`waited 10 s for ${expr}`);
    };
    return {
      evaluate,
      until,
      click: async (selector) => (await driver.findElement(By.css(selector))).click(),
      type: async (selector, text) => {
        const input = await driver.findElement(By.css(selector));
        await input.clear();
        await input.sendKeys(text);
      },
      escape: () => driver.actions().sendKeys(Key.ESCAPE).perform(),
      back: () => driver.navigate().back(),
      close: () => driver.quit(),
    };
  },
});
