#!/usr/bin/env node
// Redraws docs/screenshot.png, the README's picture, from data/ with the built CDN file, so the
// picture shows what a reader sees today and nothing typed by hand. Run after `vite build --mode cdn`:
//   node scripts/readme-screenshot.mjs
import { readFileSync } from 'node:fs';
import { serve } from './lib/serve.mjs';
import { launchChromium } from './lib/browser.mjs';

const child = (file) => `<script type="application/json">${readFileSync(file, 'utf8').replace(/</g, '\\u003c')}</script>`;
// Left: two film reviews in the light theme; right: a quoted claim in the dark theme, each in a
// column of a phone-to-tablet width, the default (compact) rendering.
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>review-cards</title>
<script type="module" src="/dist/cdn/review-cards.js"></script>
<style>
  body { margin: 0; display: grid; align-items: stretch; grid-template-columns: 1fr 1fr; width: 1120px; font-family: system-ui, sans-serif; }
  section { padding: 24px; }
  .dark { background: #111114; }
  .light { background: #f4f4f7; }
  rc-review-card + rc-review-card { margin-block-start: 16px; }
</style></head><body>
<section class="light">
  <rc-review-card theme="light">${child('data/reviews/faces-of-the-resistance.json')}</rc-review-card>
  <rc-review-card theme="light">${child('data/reviews/russians-at-war.json')}</rc-review-card>
</section>
<section class="dark">
  <rc-claim-quote theme="dark">${child('data/claims/captured-soldier-call-to-family.json')}</rc-claim-quote>
</section>
</body></html>`;

const server = await serve('.', { pages: { '/screenshot.html': page } });
const browser = await launchChromium();
try {
  const tab = await browser.newPage({ viewport: { width: 1120, height: 600 }, deviceScaleFactor: 1 });
  await tab.goto(`${server.url}/screenshot.html`);
  await tab.waitForFunction(() =>
    [...document.querySelectorAll('rc-review-card, rc-claim-quote')].every((el) => el.shadowRoot?.querySelector('article')),
  );
  await tab.evaluate(() => Promise.all([...document.querySelectorAll('rc-review-card, rc-claim-quote')].map((el) => el.updateComplete)));
  await tab.evaluate(() => document.fonts.ready);
  await tab.locator('body').screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
  server.close();
}
