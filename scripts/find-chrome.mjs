#!/usr/bin/env node
// Finds a Chromium/Chrome binary for the browser tests, Storybook checks and smoke test, and
// Firefox and WebKitGTK for the browser tests in the other two engines.
// Playwright and Puppeteer cannot download their own browsers here, so we use the system ones.
// Usage: node scripts/find-chrome.mjs [chromium|firefox|webkit]  → prints the path(s);
// installs the Debian package(s) when root on an apt system.
import { accessSync, constants } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const HOW_TO_GET_IT =
  'No Chromium found: install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to a Chrome/Chromium binary.';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {string | undefined} */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined; // an explicit choice is never second-guessed
  return CANDIDATES.find(isExecutable);
}

function canAptInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function aptInstall(packages, log) {
  log(`find-chrome: installing Debian package(s) ${packages.map((p) => `\`${p}\``).join(', ')} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: ['ignore', 'inherit', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', ...packages], { stdio: ['ignore', 'inherit', 'inherit'], env });
}

/** Finds Chromium, installing Debian's package when we are root on an apt system. */
export function ensureChrome({ install = true, log = (m) => console.error(m) } = {}) {
  let path = findChrome();
  if (path) return path;
  if (process.env.CHROME_PATH) throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} is not an executable file.`);
  if (!install || !canAptInstall()) throw new Error(HOW_TO_GET_IT);
  aptInstall(['chromium'], log);
  path = findChrome();
  if (!path) throw new Error(HOW_TO_GET_IT);
  return path;
}

// Firefox: Debian's ESR, driven by puppeteer-core over WebDriver BiDi (no geckodriver needed).
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];
const HOW_TO_GET_FIREFOX =
  'No Firefox found: install it (Debian: `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH to a Firefox binary.';

/** @returns {string | undefined} */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  return FIREFOX_CANDIDATES.find(isExecutable);
}

/** Finds Firefox, installing Debian's `firefox-esr` when we are root on an apt system. */
export function ensureFirefox({ install = true, log = (m) => console.error(m) } = {}) {
  let path = findFirefox();
  if (path) return path;
  if (process.env.FIREFOX_PATH) throw new Error(`FIREFOX_PATH=${process.env.FIREFOX_PATH} is not an executable file.`);
  if (!install || !canAptInstall()) throw new Error(HOW_TO_GET_FIREFOX);
  aptInstall(['firefox-esr'], log);
  path = findFirefox();
  if (!path) throw new Error(HOW_TO_GET_FIREFOX);
  return path;
}

// WebKit: WebKitGTK's WebKitWebDriver starts the MiniBrowser that libwebkit2gtk ships, on an X
// display (Xvfb). Three binaries, three packages.
const WEBKIT_PACKAGES = ['webkit2gtk-driver', 'libwebkit2gtk-4.1-0', 'xvfb'];
const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];
const HOW_TO_GET_WEBKIT = `WebKitGTK not found: install it (Debian: \`sudo apt-get install -y ${WEBKIT_PACKAGES.join(' ')}\`).`;

/** @returns {{ driver: string, browser: string, xvfb: string } | undefined} */
export function findWebKit() {
  const driver = ['/usr/bin/WebKitWebDriver', '/usr/local/bin/WebKitWebDriver'].find(isExecutable);
  const browser = process.env.MINIBROWSER_PATH ?? MINIBROWSER_CANDIDATES.find(isExecutable);
  const xvfb = ['/usr/bin/Xvfb', '/usr/local/bin/Xvfb'].find(isExecutable);
  return driver && browser && xvfb && isExecutable(browser) ? { driver, browser, xvfb } : undefined;
}

/** Finds WebKitWebDriver, MiniBrowser and Xvfb, installing their Debian packages when root on apt. */
export function ensureWebKit({ install = true, log = (m) => console.error(m) } = {}) {
  let found = findWebKit();
  if (found) return found;
  if (!install || !canAptInstall()) throw new Error(HOW_TO_GET_WEBKIT);
  aptInstall(WEBKIT_PACKAGES, log);
  found = findWebKit();
  if (!found) throw new Error(HOW_TO_GET_WEBKIT);
  return found;
}

/** The engines by name, as `WTR_ENGINES` and `node scripts/find-chrome.mjs <engine>` spell them. */
export const ENSURE = {
  chromium: ensureChrome,
  firefox: ensureFirefox,
  webkit: (o) => Object.values(ensureWebKit(o)).join(' '),
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  try {
    for (const name of names.length ? names : ['chromium']) {
      if (!(name in ENSURE)) throw new Error(`Unknown engine "${name}"; one of ${Object.keys(ENSURE).join(', ')}.`);
      console.log(ENSURE[name]({ install: !process.argv.includes('--no-install') }));
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
