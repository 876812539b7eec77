// web-test-runner launchers for the three engines, all from the system's (Debian's) browsers;
// nothing here downloads a browser or a driver.
//   chromium  @web/test-runner-chrome (puppeteer-core over CDP)
//   firefox   the same launcher with puppeteer-core's Firefox support (WebDriver BiDi); this is what
//             @web/test-runner-puppeteer does, without its `puppeteer` dependency that downloads Chrome
//   webkit    @web/test-runner-webdriver (webdriverio, WebDriver classic) talking to WebKitGTK's
//             WebKitWebDriver, which starts MiniBrowser on a private Xvfb display
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { findChrome, findFirefox, findWebKit } from './find-chrome.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

// Pinned so Intl date output is the same on every machine.
const env = () => ({ ...process.env, TZ: process.env.TZ ?? 'UTC' });

export function chromiumLauncher() {
  return chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? findChrome() ?? '/usr/bin/chromium',
      headless: true,
      env: env(),
      args: [
        '--no-sandbox', // required as root (CI runs as root)
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--lang=en-US',
        // Pages run side by side; without these a page in the background gets no frames or timers.
        '--disable-background-timer-throttling',
        '--disable-renderer-backgrounding',
        '--disable-backgrounding-occluded-windows',
      ],
    },
  });
}

export function firefoxLauncher() {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    // One page at a time: Firefox sends the driver's key presses to the focused window, so with two
    // pages side by side a test's Enter could land in the other page (seen 2 runs in 3). Each page is
    // a window, not a tab, as a background tab gets no animation frames.
    concurrency: 1,
    createPage: ({ context }) => context.newPage({ type: 'window' }),
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? findFirefox() ?? '/usr/bin/firefox-esr',
      headless: true,
      env: env(),
      extraPrefsFirefox: {
        'intl.locale.requested': 'en-US',
        'intl.accept_languages': 'en-US',
        // A classic 12 px scrollbar would narrow the page compared with the other two engines.
        'widget.gtk.overlay-scrollbars.enabled': true,
        'ui.useOverlayScrollbars': 1,
        // Pages run side by side as tabs; a background tab would otherwise get throttled timers.
        'dom.min_background_timeout_value': 0,
        'dom.timeout.enable_budget_timer_throttling': false,
      },
    },
  });
}

/** A free TCP port on 127.0.0.1 (the OS picks it; closed again before WebKitWebDriver binds it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on the first free display; `-displayfd` makes Xvfb choose it and tell us, so runs never collide. */
function startXvfb(binary) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ child, display: `:${out.trim()}` });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited ${code} before it had a display: ${err.trim()}`)));
  });
}

async function waitForDriver(port, child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms`);
}

/** WebdriverLauncher that owns its Xvfb and WebKitWebDriver: started with the run, stopped with it. */
class WebKitGtkLauncher extends WebdriverLauncher {
  constructor() {
    super({ capabilities: { browserName: 'MiniBrowser' } });
    this.children = [];
    // One page at a time, each test file navigating the window itself. With more, the launcher runs
    // files in 300×150 iframes of one page, where layouts differ and pointer actions are refused.
    this.concurrency = 1;
  }

  async initialize(config, testFiles) {
    const found = findWebKit();
    if (!found) throw new Error('WebKitGTK not found; run `node scripts/find-chrome.mjs webkit`.');
    // Killed with the run even when it dies without stopping its launchers, so no display or driver lingers.
    process.once('exit', () => this.children.forEach((child) => child.kill('SIGTERM')));
    const xvfb = await startXvfb(found.xvfb);
    this.children.push(xvfb.child);
    const port = await freePort();
    // --replace-on-new-session: a run that died leaves no session behind to block the next one.
    const driver = spawn(found.driver, [`--port=${port}`, '--host=127.0.0.1', '--replace-on-new-session'], {
      stdio: 'ignore',
      env: { ...env(), DISPLAY: xvfb.display, LANG: 'C.UTF-8' },
    });
    this.children.push(driver);
    await waitForDriver(port, driver);
    this.options = {
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks WebDriver classic only; without this webdriverio asks for BiDi
        // and the session fails with "Failed to match capabilities".
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: found.browser, args: ['--automation'] },
      },
    };
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    for (const child of this.children.reverse()) child.kill('SIGTERM');
    this.children = [];
  }
}

export function webkitLauncher() {
  return new WebKitGtkLauncher();
}

export const LAUNCHERS = { chromium: chromiumLauncher, firefox: firefoxLauncher, webkit: webkitLauncher };

/** The engines named in WTR_ENGINES (comma-separated), Chromium alone by default. */
export function enginesFromEnv(value = process.env.WTR_ENGINES) {
  const names = (value ?? 'chromium')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((n) => !ENGINES.includes(n));
  if (unknown.length) throw new Error(`WTR_ENGINES: unknown engine(s) ${unknown.join(', ')}; use ${ENGINES.join(', ')}`);
  return names;
}
