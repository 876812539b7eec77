/// <reference types="node" />
// A good guest stays still: an article page with three seed cards between its paragraphs, loaded in
// Chromium at 360 and 1280 px, and the layout shift Chromium itself reports for it (its `layout-shift`
// entries, summed without session windows, so at least the page's CLS). Server-rendered markup must
// upgrade without moving anything; cards from JSON children or `src` must stay within Core Web Vitals'
// "good" (0.1) once the page reserves their height as the README says.
//
// Shifts are split at the moment the HTML is parsed (the navigation's `domInteractive`; the CDN file, a
// module script, runs after it). Before it, the browser may paint a half-parsed page — it does when the page
// arrives slowly or the machine is busy — and a card streaming in can nudge what is already painted; after
// it, every shift comes from the library: the upgrade, the data, the idle settling.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_CARDS, RESERVE_UNTIL_DEFINED, articlePage, buildCdn, card, reserveHeight, type Channel } from './article.js';
import { ROOT, launchChromium, recordingPage, serve, type Server } from './helpers.js';

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const ids = ARTICLE_CARDS.map((_, i) => `card-${i + 1}`);
const cards = (channel: Channel) => ARTICLE_CARDS.map((file, i) => card(file, channel, ids[i]));

let browser: Browser;
let server: Server;
let cdn: string;
const pages: Record<string, string> = {};

beforeAll(async () => {
  cdn = await buildCdn('layout-shift');
  for (const channel of ['ssr', 'json', 'src'] as const) pages[`/${channel}.html`] = articlePage(cards(channel), { cdn });
  // The pages are looked up when requested, so pages added by the tests are served too.
  server = await serve(ROOT, pages);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Shift {
  /** When, in ms from navigation. */
  at: number;
  value: number;
  /** The node names of the shift's sources (`?` for a node in a shadow tree, which is not exposed). */
  sources: string[];
}

/** Every layout shift not caused by input, from navigation until the cards are rendered and settled. */
async function layoutShift(path: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  try {
    const { page, problems } = await recordingPage(context);
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: Shift[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as PerformanceEntry[] & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[]) {
          if (!entry.hadRecentInput) {
            w.shifts.push({ at: entry.startTime, value: entry.value, sources: entry.sources.map((s) => s.node?.nodeName ?? '?') });
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    const result = await page.evaluate(async () => {
      const hosts = [...document.querySelectorAll('rc-review-card, rc-claim-quote, rc-controversy-summary')] as (Element & { updateComplete: Promise<unknown> })[];
      await Promise.all(hosts.map((h) => customElements.whenDefined(h.localName)));
      await Promise.all(hosts.map((h) => h.updateComplete));
      // Past the idle period in which the cards settle, and two frames for its layout to be reported.
      await new Promise((done) => requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(done))));
      const w = window as unknown as { shifts: Shift[] };
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return {
        shifts: w.shifts,
        parsed: navigation!.domInteractive,
        heights: hosts.map((h) => h.getBoundingClientRect().height),
        errors: hosts.filter((h) => h.shadowRoot?.querySelector('[part~="error"]')).length,
      };
    });
    expect(problems).toEqual([]);
    expect(result.errors).toBe(0);
    const sum = (shifts: Shift[]) => shifts.reduce((total, s) => total + s.value, 0);
    const whileParsing = result.shifts.filter((s) => s.at < result.parsed);
    const afterParsing = result.shifts.filter((s) => s.at >= result.parsed);
    return { cls: sum(result.shifts), parsingCls: sum(whileParsing), afterParsing, heights: result.heights };
  } finally {
    await context.close();
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;

describe.each(VIEWPORTS)('an article with three cards at $width px', (viewport) => {
  it('does not move when server-rendered cards upgrade (0.00)', async () => {
    const { afterParsing, parsingCls } = await layoutShift('/ssr.html', viewport);
    if (parsingCls) console.log(`layout shift, ssr at ${viewport.width} px: ${round(parsingCls)} while the page was parsed`);
    expect(afterParsing).toEqual([]);
  });

  it('stays within 0.10 while a slow connection streams server-rendered cards in', async () => {
    // 1.5 kB every 60 ms (about 200 kbit/s): the browser paints the page many times half-parsed.
    const { cls, parsingCls, afterParsing } = await layoutShift('/ssr.html?chunk=1500&every=60', viewport);
    console.log(`layout shift, ssr streamed at ${viewport.width} px: ${round(parsingCls)} while parsed, ${round(cls - parsingCls)} after`);
    expect(afterParsing).toEqual([]);
    expect(round(cls)).toBeLessThanOrEqual(0.1);
  });

  it.each(['json', 'src'] as const)('stays within 0.10 when the page reserves %s cards with the README rule', async (channel) => {
    // The README's rule alone: each tag's default reserved height until it is defined, nothing per card.
    const path = `/${channel}-readme-rule.html`;
    pages[path] = articlePage(cards(channel), { cdn, head: RESERVE_UNTIL_DEFINED });
    const rule = await layoutShift(path, viewport);
    const plain = await layoutShift(`/${channel}.html`, viewport);
    console.log(`layout shift, ${channel} at ${viewport.width} px: ${round(plain.cls)} as is, ${round(rule.cls)} with the README rule`);
    expect(round(rule.cls)).toBeLessThanOrEqual(0.1);
  });

  it.each(['json', 'src'] as const)('does not move when the page reserves each %s card its own height', async (channel) => {
    // The README's rule with each card's own height, as measured from its server rendering at this width
    // (what `npm run heights` prints).
    const { heights } = await layoutShift('/ssr.html', viewport);
    const path = `/${channel}-reserved-${viewport.width}.html`;
    const head = RESERVE_UNTIL_DEFINED + ARTICLE_CARDS.map((file, i) => reserveHeight(ids[i]!, file, heights[i]!)).join('');
    pages[path] = articlePage(cards(channel), { cdn, head });
    const reserved = await layoutShift(path, viewport);
    console.log(`layout shift, ${channel} at ${viewport.width} px: ${round(reserved.cls)} with each card's height reserved`);
    expect(round(reserved.cls)).toBeLessThanOrEqual(0.01);
  });
});
