/// <reference types="node" />
// An article page with review-cards between its paragraphs, as a publisher would embed them: the CDN
// file, and each card server-rendered (declarative shadow DOM), as JSON children, or from `src`.
// Shared by the layout-shift and capture tests and by `npm run heights`.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build } from 'vite';
import { renderDocument, tagFor } from '../../src/ssr/index.js';
import { CACHE, ROOT } from './helpers.js';

export type Channel = 'ssr' | 'json' | 'src';
export const CHANNELS: readonly Channel[] = ['ssr', 'json', 'src'];

export interface Seed {
  file: string;
  type: 'review' | 'claim' | 'controversy';
  title: string;
}
export const SEEDS = JSON.parse(readFileSync(join(ROOT, 'data/index.json'), 'utf8')) as Seed[];
export const readSeed = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, 'data', file), 'utf8'));

/**
 * Builds the CDN file (`vite build --mode cdn`, as shipped) into `.cache/pages/<name>/cdn/`, one folder
 * per caller since test files run in parallel processes; returns its URL path on a server of ROOT
 * (`serve(ROOT, pages)`), which serves `data/` at `/data/` too.
 */
export async function buildCdn(name: string): Promise<string> {
  const outDir = join(CACHE, name, 'cdn');
  await build({ configFile: join(ROOT, 'vite.config.ts'), mode: 'cdn', logLevel: 'warn', build: { outDir, sourcemap: false } });
  return `/${relative(ROOT, outDir).split(sep).join('/')}/review-cards.js`;
}

/** Invented article text on no real subject: paragraphs long enough to wrap at 360 px. */
const paragraph = (n: number): string =>
  `<p>Paragraph ${n} of an example article. It runs to a few lines at any width, so that a card that changes size moves text a reader is looking at; the words themselves say nothing about anyone.</p>`;

const escapeScript = (json: string): string => json.replace(/</g, '\\u003c');

/** One card through one channel, with an id for page styles; `src` URLs point at the served `/data/` folder. */
export function card(file: string, channel: Channel, id = ''): string {
  const data = readSeed(file);
  const attrs = id ? ` id="${id}"` : '';
  if (channel === 'ssr') return renderDocument(data).replace(/^<([a-z-]+)/, `<$1${attrs}`);
  const tag = tagFor(data)!;
  if (channel === 'src') return `<${tag}${attrs} src="/data/${file}"></${tag}>`;
  return `<${tag}${attrs}><script type="application/json">${escapeScript(JSON.stringify(data))}</script></${tag}>`;
}

/**
 * What a page can add so that cards from JSON children or `src` do not move the text around them: before
 * the script runs, an undefined element (only a hidden child script) is 0 px tall; give it the height the
 * element reserves for itself while it loads, and set that height to the card's own (`npm run heights`).
 * The README shows the same rule.
 */
export const RESERVE_UNTIL_DEFINED = `<style>
  rc-review-card:not(:defined), rc-claim-quote:not(:defined), rc-controversy-summary:not(:defined) { display: block; }
  rc-review-card:not(:defined) { min-block-size: var(--rc-review-card-reserved-height, 18rem); }
  rc-claim-quote:not(:defined) { min-block-size: var(--rc-claim-quote-reserved-height, 16rem); }
  rc-controversy-summary:not(:defined) { min-block-size: var(--rc-controversy-summary-reserved-height, 28rem); }
</style>`;

/** A page style giving the card with `id` a reserved height of `px` (the property is per tag). */
export const reserveHeight = (id: string, file: string, px: number): string =>
  `<style>#${id} { --${tagFor(readSeed(file))}-reserved-height: ${px}px; }</style>`;

/** The three cards of the layout-shift page: a review, a quoted claim and a review. */
export const ARTICLE_CARDS = ['reviews/russians-at-war.json', 'claims/alexei-smirnov-video-message.json', 'reviews/faces-of-the-resistance.json'];

/** An article: two paragraphs, then each card followed by two more; the CDN file (a URL path) in the head. */
export function articlePage(cards: readonly string[], { cdn, head = '' }: { cdn: string; head?: string }): string {
  const body = [paragraph(1), paragraph(2), ...cards.flatMap((c, i) => [c, paragraph(3 + 2 * i), paragraph(4 + 2 * i)])];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>An example article</title>
<style>body { margin: 0 auto; padding: 16px; max-width: 720px; font: 18px/1.6 Georgia, serif; } p { margin: 0 0 1em; } body > :not(p) { margin-block: 1.5em; }</style>
${head}
<script type="module" src="${cdn}"></script>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
