/// <reference types="node" />
// Server-rendered pages in Chromium: every seed document reads in full with JavaScript off, and with
// JavaScript on the elements hydrate in place: the same DOM nodes, no mutation, no error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocument, renderDocumentHtml, renderToString } from '../../src/ssr/index.js';
import { CACHE, ROOT, launchChromium, recordingPage, serve, type Server } from './helpers.js';
import { CLAIM_REVIEW, jsonLdPage } from '../fixtures/json-ld-page.js';

interface Seed {
  file: string;
  type: 'review' | 'claim' | 'controversy';
}
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const seeds = JSON.parse(readFileSync(join(ROOT, 'data/index.json'), 'utf8')) as Seed[];
const documents = seeds.map((seed) => ({ ...seed, data: JSON.parse(readFileSync(join(ROOT, 'data', seed.file), 'utf8')) as Json }));

const JSON_LD_REVIEW = {
  '@context': 'https://schema.org',
  '@type': 'Review',
  itemReviewed: { '@type': 'Movie', name: 'LD Film', dateCreated: '2024' },
  author: { '@type': 'Person', name: 'LD Critic' },
  reviewRating: { '@type': 'Rating', ratingValue: 6, bestRating: 10, worstRating: 0 },
  reviewBody: 'Body text.',
};
// A page's JSON-LD with a fact check before the review: a review card shows the review, and must hydrate from it too.
const JSON_LD_GRAPH = jsonLdPage(CLAIM_REVIEW, JSON_LD_REVIEW);
// Converts, but fails our schema: the rating is above its scale.
const INVALID_JSON_LD_REVIEW = { ...JSON_LD_REVIEW, reviewRating: { '@type': 'Rating', ratingValue: 11, bestRating: 10, worstRating: 0 } };

const INVALID_REVIEW = { type: 'review', itemReviewed: { name: 'Untitled', kind: 'film' }, reviewRating: { kind: 'numeric', value: 11, best: 10 } };

/** Before any module runs: remember every node in every shadow root, and watch them for changes. */
const RECORDER = `<script>
  window.__events = [];
  document.addEventListener('rc-error', (e) => window.__events.push(e.target.localName + ': ' + e.detail.message));
  window.__before = new Map();
  window.__mutations = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && (r.attributeName === 'defer-hydration' || r.attributeName.startsWith('hydrate-internals-'))) continue;
      const nodes = [...r.addedNodes].map((n) => '+' + n.nodeName + (n.nodeValue ? '(' + n.nodeValue.slice(0, 30) + ')' : ''))
        .concat([...r.removedNodes].map((n) => '-' + n.nodeName + (n.nodeValue ? '(' + n.nodeValue.slice(0, 30) + ')' : '')));
      window.__mutations.push(r.type + ' ' + (r.attributeName ?? nodes.join(' ')) + ' in <' + (r.target.getRootNode().host?.localName ?? '?') + '>');
    }
  });
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        window.__before.set(el, [...el.shadowRoot.querySelectorAll('*')]);
        observer.observe(el.shadowRoot, { subtree: true, childList: true, characterData: true, attributes: true });
        walk(el.shadowRoot);
      }
    }
  };
  walk(document);
</script>`;

let browser: Browser;
let server: Server;

beforeAll(async () => {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: join(CACHE, 'ssr'),
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      lib: { entry: { entry: join(ROOT, 'tests/pages/ssr-entry.ts') }, formats: ['es'] },
    },
  });
  const sections = documents.map((d) => `<section data-file="${d.file}">${renderDocument(d.data)}</section>`);
  const invalid = `<section data-file="invalid">${renderToString('rc-review-card', INVALID_REVIEW)}</section>`;
  // The recorder goes after the elements and before the (deferred) module script.
  const page = (body: string[]) => renderDocumentHtml(body, { scripts: ['/ssr/entry.js'] });
  server = await serve(CACHE, {
    '/all.html': page(sections),
    '/hydrate.html': page([...sections, RECORDER]),
    '/invalid.html': page([invalid, RECORDER]),
    '/json-ld.html': page([renderToString('rc-review-card', JSON_LD_REVIEW), RECORDER]),
    '/json-ld-graph.html': page([renderToString('rc-review-card', JSON_LD_GRAPH), RECORDER]),
    '/invalid-json-ld.html': page([renderToString('rc-review-card', INVALID_JSON_LD_REVIEW), RECORDER]),
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const texts = (value: unknown): string[] => (typeof value === 'string' ? [value] : []);
const first = (text: string, n = 60): string => {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > n ? s.slice(0, s.lastIndexOf(' ', n) > 20 ? s.lastIndexOf(' ', n) : n) : s;
};
const sourceLabels = (sources: Json[] | undefined): string[] => (sources ?? []).flatMap((s) => texts(s['title'] ?? s['publisher'])).map((t) => first(t, 40));

/** What must be on screen for each document: the title, the score as written, claim words, verification, sources. */
function expectedText(d: (typeof documents)[number]): string[] {
  const data = d.data;
  if (d.type === 'review') {
    const rating = data['reviewRating'] as Json | undefined;
    return [
      data['itemReviewed'].name,
      ...texts(rating?.['asWritten'] ?? (rating && rating['kind'] === 'numeric' ? String(rating['value']) : rating?.['value'])),
      ...texts(data['verdict']).map((t) => first(t)),
      ...((data['claims'] as Json[] | undefined) ?? []).map((c) => first(c['text'])),
      ...sourceLabels(data['sources']),
    ];
  }
  if (d.type === 'claim') {
    // The verification at a glance: the verdict's word, or "Not fact-checked" when no one has judged it;
    // the full verification (its heading) only when someone judged one of its axes.
    const v = data['verification'] as Json;
    const judged = v['verdict'] || v['attribution'] || v['mediaAuthenticity'];
    return [first(data['text']), data['speaker'].name, v['verdict'] ? 'Verification' : 'Not fact-checked', ...(judged && !v['verdict'] ? ['Verification'] : []), ...sourceLabels(data['sources'])];
  }
  return [
    data['subject'],
    first(data['summary']),
    ...(data['positions'] as Json[]).map((p) => first(p['summary'] ?? p['label'] ?? p['name'] ?? '', 40)).filter(Boolean),
    ...sourceLabels(data['sources']),
  ];
}

/** The accessible name of a score, e.g. "6 out of 10". */
function expectedScoreName(d: (typeof documents)[number]): string | undefined {
  const rating = d.data['reviewRating'] as Json | undefined;
  if (rating?.['kind'] !== 'numeric') return undefined;
  return `${rating['value']} out of ${rating['best']}`;
}

describe('a server-rendered page with JavaScript off', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled: false });
    ({ page, problems } = await recordingPage(context));
    await page.goto(`${server.url}/all.html`);
  });
  afterAll(() => context?.close());

  it('loads without errors, and without the element definitions', async () => {
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => customElements.get('rc-review-card'))).toBeUndefined();
  });

  it.each(documents)('shows all of $file', async (d) => {
    const element: Locator = page.locator(`section[data-file="${d.file}"] > *`).first();
    expect(await element.evaluate((el) => el.shadowRoot !== null)).toBe(true);
    const box = await element.boundingBox();
    expect(box?.height).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const text of expectedText(d)) {
      if (!(await element.getByText(text, { exact: false }).first().isVisible())) missing.push(text);
    }
    expect(missing).toEqual([]);
    const name = expectedScoreName(d);
    if (name) expect(await element.getByRole('img', { name: new RegExp(name) }).first().isVisible()).toBe(true);
    // Nothing is cut off or behind a button that cannot work without JavaScript.
    expect(await element.locator('button').evaluateAll((els) => els.filter((el) => el.checkVisibility()).length)).toBe(0);
    expect(await element.locator('.clamped').evaluateAll((els) => els.filter((el) => el.scrollHeight > el.clientHeight + 1).length)).toBe(0);
    expect(await element.ariaSnapshot()).not.toMatch(/could not be shown/);
  });
});

/**
 * Opens a page with one server-rendered <rc-review-card> and the recorder, lets it hydrate, and returns
 * what a reader and the page saw: its heading or error text, whether the server's nodes were kept, the
 * DOM mutations and rc-error events, the paths requested, and any problems or console output.
 */
async function hydrateOneCard(path: string) {
  const context = await browser.newContext();
  try {
    const { page, problems, console: messages } = await recordingPage(context);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}${path}`);
    const result = await page.evaluate(async () => {
      const w = window as unknown as { __before: Map<Element, Element[]>; __mutations: string[]; __events: string[] };
      await customElements.whenDefined('rc-review-card');
      const host = document.querySelector('rc-review-card') as Element & { updateComplete: Promise<unknown> };
      await host.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      return {
        title: host.shadowRoot!.querySelector('[part="heading"]')?.textContent?.trim(),
        error: host.shadowRoot!.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim(),
        same: w.__before.get(host)!.every((n) => n.isConnected && n.getRootNode() === host.shadowRoot),
        mutations: w.__mutations,
        events: w.__events,
      };
    });
    return { result, requests, problems, messages };
  } finally {
    await context.close();
  }
}

describe('a server-rendered page with JavaScript on', () => {
  it('hydrates every element in place: same nodes, no DOM mutation, no console output', async () => {
    const context = await browser.newContext();
    try {
      const { page, problems, console: messages } = await recordingPage(context);
      await page.goto(`${server.url}/hydrate.html`);
      const result = await page.evaluate(async () => {
        const w = window as unknown as { __before: Map<Element, Element[]>; __mutations: string[]; __events: string[] };
        const hosts = [...w.__before.keys()] as (Element & { updateComplete?: Promise<unknown>; hasUpdated?: boolean })[];
        await Promise.all([...new Set(hosts.map((h) => h.localName))].map((tag) => customElements.whenDefined(tag)));
        for (let round = 0; round < 3; round++) await Promise.all(hosts.map((h) => h.updateComplete));
        await new Promise((r) => setTimeout(r, 50));
        const replaced = hosts.flatMap((host) =>
          w.__before.get(host)!.filter((node) => !node.isConnected || node.getRootNode() !== host.shadowRoot).map((n) => `<${n.localName}> in <${host.localName}>`),
        );
        return {
          hosts: hosts.length,
          notUpdated: hosts.filter((h) => !h.hasUpdated).map((h) => h.localName),
          replaced,
          mutations: w.__mutations,
          events: w.__events,
        };
      });
      expect(result.hosts).toBeGreaterThanOrEqual(documents.length);
      expect(result.notUpdated).toEqual([]);
      expect(result.replaced).toEqual([]);
      expect(result.mutations).toEqual([]);
      expect(result.events).toEqual([]);
      expect(problems).toEqual([]);
      expect(messages).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('hydrates JSON-LD input in place from the converted data, without loading the schema.org adapter', async () => {
    const { result, requests, problems, messages } = await hydrateOneCard('/json-ld.html');
    expect({ title: result.title, same: result.same, mutations: result.mutations, events: result.events }).toEqual({ title: 'LD Film', same: true, mutations: [], events: [] });
    expect(requests.filter((path) => path.includes('from-schema-org'))).toEqual([]);
    expect(problems).toEqual([]);
    expect(messages).toEqual([]);
  });

  it('hydrates a review card from JSON-LD whose first node is a fact check: the review, not an error state', async () => {
    const { result, requests, problems, messages } = await hydrateOneCard('/json-ld-graph.html');
    expect({ title: result.title, error: result.error, same: result.same, mutations: result.mutations, events: result.events }).toEqual({
      title: 'LD Film',
      error: undefined,
      same: true,
      mutations: [],
      events: [],
    });
    expect(requests.filter((path) => path.includes('from-schema-org'))).toEqual([]);
    expect(problems).toEqual([]);
    expect(messages).toEqual([]);
  });

  it('turns invalid JSON-LD input from the server into the error state without an exception', async () => {
    const { result, problems, messages } = await hydrateOneCard('/invalid-json-ld.html');
    expect(result.error).toContain('above the best score 10');
    expect(result.events).toHaveLength(1);
    expect(messages.filter((m) => m.startsWith('warning:'))).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('hydrates the error state of invalid data in place, then reports it once', async () => {
    const { result, problems, messages } = await hydrateOneCard('/invalid.html');
    expect(result.error).toContain('value 11 is above the best score 10');
    expect(result.same).toBe(true);
    expect(result.mutations).toEqual([]);
    expect(result.events).toHaveLength(1);
    expect(result.events[0]).toMatch(/^rc-review-card: <rc-review-card> could not show its json data: reviewRating\.value/);
    expect(messages.filter((m) => m.startsWith('warning:'))).toHaveLength(1);
    expect(problems).toEqual([]);
  });
});
