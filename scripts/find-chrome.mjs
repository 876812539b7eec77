#!/usr/bin/env node
// Finds a Chromium/Chrome binary for the browser tests, Storybook checks and smoke test.
// Playwright and Puppeteer cannot download their own browsers here, so we use the system one.
// Usage: node scripts/find-chrome.mjs  → prints the path; installs Debian's chromium when root.
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

/** Finds Chromium, installing Debian's package when we are root on an apt system. */
export function ensureChrome({ install = true, log = (m) => console.error(m) } = {}) {
  let path = findChrome();
  if (path) return path;
  if (process.env.CHROME_PATH) throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} is not an executable file.`);
  if (!install || !canAptInstall()) throw new Error(HOW_TO_GET_IT);
  log('find-chrome: no Chromium found; installing Debian package `chromium` (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: ['ignore', 'inherit', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: ['ignore', 'inherit', 'inherit'], env });
  path = findChrome();
  if (!path) throw new Error(HOW_TO_GET_IT);
  return path;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(ensureChrome({ install: !process.argv.includes('--no-install') }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
