/// <reference types="node" />
// Captured pages show every card: a full-page screenshot taken the way link-preview and archiving
// services take one (load, wait until the page is idle, capture beyond the viewport) must show every
// card below the first screen, in Chromium (playwright-core) and Firefox (puppeteer-core over WebDriver
// BiDi). Each capture is compared with one of the same page whose cards are never skipped.
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { chromium, type Browser } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, buildCdn, card, type Channel } from './article.js';
import { ROOT, serve, type Server } from './helpers.js';

// Six cards, five of them below an 800 px screen: reviews and claims of every verification status.
const FILES = [
  'reviews/russians-at-war.json',
  'claims/alexei-smirnov-video-message.json',
  'reviews/faces-of-the-resistance.json',
  'claims/un-reading-soldier-texts-to-mother.json',
  'claims/captured-soldier-call-to-family.json',
  'claims/trofimova-on-songs-of-slow-burning-earth.json',
];
const VIEWPORT = { width: 1280, height: 800 };
const TAGS = 'rc-review-card, rc-claim-quote, rc-controversy-summary';
// Page rules on a host win over the element's own :host rules.
const NEVER_SKIPPED = `<style>${TAGS} { content-visibility: visible; }</style>`;
const ALWAYS_SKIPPED = `<style>${TAGS} { content-visibility: auto; }</style>`;

let server: Server;
const pages: Record<string, string> = {};

beforeAll(async () => {
  const cdn = await buildCdn('captures');
  for (const channel of ['ssr', 'json'] as Channel[]) {
    const cards = FILES.map((file) => card(file, channel));
    pages[`/${channel}.html`] = articlePage(cards, { cdn });
    pages[`/${channel}-reference.html`] = articlePage(cards, { cdn, head: NEVER_SKIPPED });
  }
  pages['/json-skipped.html'] = articlePage(FILES.map((file) => card(file, 'json')), { cdn, head: ALWAYS_SKIPPED });
  server = await serve(ROOT, pages);
});
afterAll(() => server?.close());

/** In the page: the cards rendered, then an idle period (capture services wait for the network to go idle). */
const untilIdle = async (tags: string): Promise<void> => {
  const hosts = [...document.querySelectorAll(tags)] as (Element & { updateComplete?: Promise<unknown> })[];
  await Promise.all(hosts.map((h) => customElements.whenDefined(h.localName).then(() => h.updateComplete)));
  await new Promise((done) => requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(done))));
};

/** Pixels that differ between two captures; every pixel when their sizes differ. */
function differingPixels(a: Buffer, b: Buffer): number {
  const [x, y] = [PNG.sync.read(a), PNG.sync.read(b)];
  if (x.width !== y.width || x.height !== y.height) return Math.max(x.width * x.height, y.width * y.height);
  return pixelmatch(x.data, y.data, null, x.width, x.height, { threshold: 0.1 });
}

describe('a full-page capture in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--hide-scrollbars'],
    });
  });
  afterAll(() => browser?.close());

  async function capture(path: string): Promise<Buffer> {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      await page.evaluate(untilIdle, TAGS);
      return await page.screenshot({ fullPage: true, animations: 'disabled' });
    } finally {
      await context.close();
    }
  }

  it('shows every card of a page with json cards', async () => {
    const reference = await capture('/json-reference.html');
    // The comparison does see skipped cards: kept skipped, they are missing from the capture.
    expect(differingPixels(await capture('/json-skipped.html'), reference)).toBeGreaterThan(10_000);
    expect(differingPixels(await capture('/json.html'), reference)).toBe(0);
  });

  it('shows every card of a page of server-rendered cards upgraded by the CDN file', async () => {
    expect(differingPixels(await capture('/ssr.html'), await capture('/ssr-reference.html'))).toBe(0);
  });
});

describe('a full-page capture in Firefox', () => {
  let browser: PuppeteerBrowser;
  beforeAll(async () => {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      headless: true,
      defaultViewport: VIEWPORT,
      // Overlay scrollbars, so that a classic one does not narrow the page.
      extraPrefsFirefox: { 'widget.gtk.overlay-scrollbars.enabled': true, 'ui.useOverlayScrollbars': 1 },
    });
  });
  afterAll(() => browser?.close());

  async function capture(path: string): Promise<Buffer> {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
      await page.evaluate(untilIdle, TAGS);
      return Buffer.from(await page.screenshot({ fullPage: true }));
    } finally {
      await page.close();
    }
  }

  it('shows every card of a page with json cards', async () => {
    const reference = await capture('/json-reference.html');
    expect(differingPixels(await capture('/json-skipped.html'), reference)).toBeGreaterThan(10_000);
    expect(differingPixels(await capture('/json.html'), reference)).toBe(0);
  });
});
