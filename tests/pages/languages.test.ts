/// <reference types="node" />
// The CDN files in each shipped language: a page with `lang` set renders the seed documents with no
// English interface word, loading only the elements it uses and its own language's table; a table that
// cannot be loaded leaves English with one warning. Needs `npm run build` (dist/cdn).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH } from '../../src/format/english.js';
import type { Plural } from '../../src/format/strings.js';
import { LANGUAGES } from '../../src/format/load-strings.js';
import { ROOT, launchChromium, recordingPage, serve, type Server } from './helpers.js';

interface Seed {
  file: string;
  type: 'review' | 'claim' | 'controversy';
}
const TAG = { review: 'rc-review-card', claim: 'rc-claim-quote', controversy: 'rc-controversy-summary' } as const;
const seeds = (JSON.parse(readFileSync(join(ROOT, 'data/index.json'), 'utf8')) as Seed[]).map((seed) => ({
  ...seed,
  json: readFileSync(join(ROOT, 'data', seed.file), 'utf8'),
}));
/** Every word of data the cards show: an English interface word found in it may have come from the data. */
const dataText = seeds.map((s) => s.json).join('\n');

/**
 * The English interface phrases to look for: each string's text between placeholders, at least four
 * characters long, minus words other languages share with English (Video, Film, Podcast, …) and phrases
 * that occur in the seed data itself.
 */
const SHARED = new Set(['Original', 'Video', 'Film', 'Podcast', 'Album', 'Thread', 'Text', 'Satire', 'Opinion', 'Verdict', 'Source', 'Sources', 'Attribution', 'Positions', 'Image', 'Article', 'Parties', 'Material', 'Media', 'Score', 'Series', 'Status']);
const englishPhrases = [
  ...new Set(
    Object.entries(ENGLISH)
      .flatMap(([key, value]) => (key.includes('_') ? Object.values(value as Record<string, string>) : typeof value === 'string' ? [value] : Object.values(value as Exclude<Plural, string>)))
      .flatMap((text) => text.split(/\{\w+\}/))
      .map((part) => part.replace(/^[\s:,()]+|[\s:,()]+$/g, ''))
      .filter((part) => part.length >= 4 && !SHARED.has(part) && !new RegExp(`\\b${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(dataText)),
  ),
];

const page = (lang: string, script: string) => `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' || lang === 'he' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><script type="module" src="${script}"></script></head>
<body>${seeds.map((s) => `<${TAG[s.type]} heading-level="2"><script type="application/json">${s.json.replace(/</g, '\\u003c')}</script></${TAG[s.type]}>`).join('\n')}
<rc-score-badge value="6" best="10"></rc-score-badge><rc-score-badge value="4.5" best="5" display="stars"></rc-score-badge>
</body></html>`;

/** Waits for every element to render, then returns the text of every shadow root (not the light DOM) and its accessible names. */
async function interfaceText(p: Page): Promise<{ text: string; states: string[] }> {
  return p.evaluate(async () => {
    const tags = ['rc-score-badge', 'rc-review-card', 'rc-claim-quote', 'rc-controversy-summary'];
    await Promise.all(tags.map((t) => customElements.whenDefined(t)));
    const elements = [...document.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(tags.join(','))];
    await Promise.all(elements.map((e) => e.updateComplete));
    const parts: string[] = [];
    const walk = (root: ShadowRoot) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          if (node.parentElement?.localName !== 'style') parts.push(node.nodeValue ?? '');
        } else {
          const el = node as Element;
          const label = el.getAttribute('aria-label');
          if (label) parts.push(label);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      }
    };
    for (const e of elements) if (e.shadowRoot) walk(e.shadowRoot);
    const states = elements.map((e) => (e.shadowRoot?.querySelector('[part~="error"]') ? 'error' : e.shadowRoot?.querySelector('[part~="placeholder"]') ? 'pending' : 'ready'));
    return { text: parts.join(' ').replace(/\s+/g, ' '), states };
  });
}

const englishIn = (text: string) => englishPhrases.filter((phrase) => new RegExp(`\\b${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text));

let server: Server;
let browser: Browser;
beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/cdn/autoloader.js'))) throw new Error('dist/cdn/autoloader.js is missing; run npm run build first');
  const pages: Record<string, string> = {};
  for (const lang of ['en', ...LANGUAGES]) {
    pages[`/auto-${lang}.html`] = page(lang, '/dist/cdn/autoloader.js');
    pages[`/all-${lang}.html`] = page(lang, '/dist/cdn/review-cards.js');
  }
  pages['/badges-de.html'] = '<!doctype html><html lang="de"><script type="module" src="/dist/cdn/autoloader.js"></script><rc-score-badge value="6" best="10"></rc-score-badge>';
  // A rating with no author or item: nothing in it is attached to anyone.
  const rating = { '@context': 'https://schema.org', '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1 };
  pages['/badge-json-ld.html'] = `<!doctype html><html lang="en"><script type="module" src="/dist/cdn/autoloader.js"></script><rc-score-badge><script type="application/ld+json">${JSON.stringify(rating)}</script></rc-score-badge>`;
  server = await serve(ROOT, pages);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, block?: RegExp) {
  const context = await browser.newContext();
  if (block) await context.route(block, (route) => route.abort('internetdisconnected'));
  const recording = await recordingPage(context);
  const requests: string[] = [];
  recording.page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await recording.page.goto(`${server.url}${path}`);
  const result = await interfaceText(recording.page);
  await context.close();
  return { ...result, requests, console: recording.console, problems: recording.problems };
}

describe('the CDN files speak the page language', () => {
  it('finds the English interface words on an English page (the check below can fail)', async () => {
    const { text, states } = await open('/auto-en.html');
    expect(states.every((s) => s === 'ready')).toBe(true);
    expect(englishIn(text).length).toBeGreaterThan(15);
  });

  it.each(LANGUAGES)('renders every seed document in %s with no English interface word, loading its table and only the elements used', async (lang) => {
    const { text, states, requests, problems } = await open(`/auto-${lang}.html`);
    expect(problems).toEqual([]);
    expect(states.every((s) => s === 'ready'), states.join()).toBe(true);
    expect(englishIn(text)).toEqual([]);
    expect(requests).toContain(`/dist/cdn/locales/${lang}.js`);
    expect(requests.filter((r) => r.startsWith('/dist/cdn/locales/'))).toEqual([`/dist/cdn/locales/${lang}.js`]);
    expect(requests).not.toContain('/dist/cdn/review-cards.js');
  });

  it.each(['ar', 'he'])('mirrors the layout on a right-to-left page in %s', async (lang) => {
    const context = await browser.newContext();
    const { page: p } = await recordingPage(context);
    await p.goto(`${server.url}/auto-${lang}.html`);
    await interfaceText(p);
    const layout = await p.evaluate(() => {
      const host = document.querySelector('rc-claim-quote')!;
      const chip = host.shadowRoot!.querySelector('[part~="check-status"]')!;
      const title = chip.parentElement!;
      const text = chip.getBoundingClientRect();
      const box = host.getBoundingClientRect();
      return { direction: getComputedStyle(title).direction, fromRight: Math.round(box.right - text.right), fromLeft: Math.round(text.left - box.left) };
    });
    await context.close();
    // The interface text starts on the right (the quoted words keep their own language's direction).
    expect(layout.direction).toBe('rtl');
    expect(layout.fromRight).toBeLessThan(layout.fromLeft);
  });

  it('does the same with the all-in-one file', async () => {
    const { text, states, requests } = await open('/all-uk.html');
    expect(states.every((s) => s === 'ready')).toBe(true);
    expect(englishIn(text)).toEqual([]);
    expect(text).toContain('Перевірка');
    expect(requests).toContain('/dist/cdn/locales/uk.js');
  });

  it('loads only the badge and its core on a page with only badges, in the page language', async () => {
    const context = await browser.newContext();
    const { page: p, problems } = await recordingPage(context);
    const requests: string[] = [];
    p.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await p.goto(`${server.url}/badges-de.html`);
    const label = await p.evaluate(async () => {
      await customElements.whenDefined('rc-score-badge');
      const el = document.querySelector('rc-score-badge') as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      return el.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label');
    });
    await context.close();
    expect(problems).toEqual([]);
    expect(label).toBe('Bewertung: 6 von 10');
    expect(requests).toContain('/dist/cdn/rc-score-badge.js');
    expect(requests.filter((r) => /rc-(review-card|claim-quote|controversy-summary)\.js$|review-cards\.js$/.test(r))).toEqual([]);
  });

  it('reads JSON-LD on a page with only badges without downloading the cards', async () => {
    const context = await browser.newContext();
    const { page: p, problems } = await recordingPage(context);
    const requests: string[] = [];
    p.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await p.goto(`${server.url}/badge-json-ld.html`);
    const label = await p.evaluate(async () => {
      await customElements.whenDefined('rc-score-badge');
      const el = document.querySelector('rc-score-badge') as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      return el.shadowRoot!.querySelector('[role="img"]')?.getAttribute('aria-label');
    });
    await context.close();
    expect(problems).toEqual([]);
    expect(label).toBe('Score: 4 out of 5');
    // The JSON-LD reader and the validators it needs, not the cards' chunk.
    expect(requests.some((r) => /\/schema-org-[\w-]+\.js$/.test(r))).toBe(true);
    expect(requests.filter((r) => /\/cards-[\w-]+\.js$|rc-(review-card|claim-quote|controversy-summary)\.js$/.test(r))).toEqual([]);
  });

  it('keeps English, with one warning and no error state, when the table cannot be fetched', async () => {
    const { text, states, console: messages, problems, requests } = await open('/auto-ar.html', /\/locales\//);
    expect(states.every((s) => s === 'ready')).toBe(true);
    expect(text).toContain(ENGLISH.verification);
    expect(messages.filter((m) => m.includes('interface strings could not be loaded'))).toHaveLength(1);
    // The browser's own log lines for the blocked requests aside, nothing failed.
    expect(problems.filter((p) => !p.startsWith('request failed') && !p.includes('Failed to load resource'))).toEqual([]);
    // One attempt only (the autoloader's early start and the elements share it).
    expect(requests.filter((r) => r.endsWith('/locales/ar.js')).length).toBeLessThanOrEqual(2);
  });
});
