// `npm run heights`: the height of every data/ document, each rendered alone in a plain page (default margins) with the
// CDN file (JSON children, default rendering), at 360 and 1280 px, in headless Chromium; a Markdown
// table, with issue 19's goals for 360 px. Not a test: it prints what is, for the README and the issues.
//   npm run heights                  the table
//   npm run heights -- --json        the figures as JSON
import { chromium } from 'playwright-core';
import { buildCdn, card, SEEDS } from '../tests/pages/article.js';
import { ROOT, serve } from '../tests/pages/helpers.js';
import { findChrome } from './find-chrome.mjs';

const WIDTHS = [360, 1280] as const;
/** Issue 19: the default rendering at 360 px within one phone screen for a claim, about 1.5 for a review, 3 for a controversy. */
const GOAL_360 = { claim: 640, review: 960, controversy: 2400 } as const;

const cdn = await buildCdn('heights');
const pages = Object.fromEntries(
  SEEDS.map((seed, i) => [
    `/${i}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="${cdn}"></script></head><body>${card(seed.file, 'json')}</body></html>`,
  ]),
);
const server = await serve(ROOT, pages);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || findChrome() || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });

const rows: { file: string; type: string; heights: Record<number, number> }[] = [];
try {
  for (const [i, seed] of SEEDS.entries()) {
    const heights: Record<number, number> = {};
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${server.url}/${i}.html`);
      heights[width] = await page.evaluate(async () => {
        const host = document.body.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        await customElements.whenDefined(host.localName);
        await host.updateComplete;
        // Once settled the card is laid out in full, wherever it is.
        await new Promise((done) => requestIdleCallback(() => requestAnimationFrame(done)));
        if (host.shadowRoot?.querySelector('[part~="error"]')) throw new Error('the document shows the error state');
        return host.getBoundingClientRect().height;
      });
      await page.close();
    }
    rows.push({ file: seed.file, type: seed.type, heights });
  }
} finally {
  await browser.close();
  await server.close();
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const px = (n: number) => `${Math.round(n).toLocaleString('en')} px`;
  console.log('| document | 360 px | 1280 px | goal at 360 px |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const { file, type, heights } of rows) {
    const goal = GOAL_360[type as keyof typeof GOAL_360];
    console.log(`| ${file} | ${px(heights[360]!)} | ${px(heights[1280]!)} | ≤ ${goal.toLocaleString('en')} ${heights[360]! <= goal ? '✔' : '✖'} |`);
  }
}
