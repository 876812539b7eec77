// Runs in the benchmark page (bundled by bench/run.mjs): renders cards with the elements and with the
// baseline (the server render's markup, see bench/baseline.ts), times validation, and exposes it all as
// `window.bench` for the runner.
import type { CSSResult } from 'lit';
import '../src/all.js';
import { ControversySummary } from '../src/components/controversy-summary/controversy-summary.js';
import { ReviewCard } from '../src/components/review-card/review-card.js';
import { ControversySchema, ReviewSchema, validate, type Controversy, type Review } from '../src/schemas/index.js';
import { validateControversy, validateReview } from '../src/schemas/lean/validators.generated.js';
import type { Kind } from './baseline.js';

/** `hand`: the baseline, the same DOM without Lit (bench/baseline.ts). */
type Impl = 'component' | 'hand';

interface BenchData {
  reviews: Review[];
  controversies: Controversy[];
  /** Per kind, the baseline's shadow-root markup of each document above, in the same order. */
  markup: Record<Kind, string[]>;
}

const TAGS: Record<Kind, string> = { review: 'rc-review-card', controversy: 'rc-controversy-summary' };
let data: BenchData;
const container = document.getElementById('cards')!;

/** A document for a card and the baseline's markup of it. */
interface Doc {
  value: unknown;
  markup: string;
}

/** Fresh objects per card, made before timing: each element validates its own. */
function docs(kind: Kind, count: number): Doc[] {
  const pool = kind === 'review' ? data.reviews : data.controversies;
  return Array.from({ length: count }, (_, i) => ({ value: structuredClone(pool[i % pool.length]), markup: data.markup[kind][i % pool.length]! }));
}

/** Resolves after the next frame has been produced (style, layout and paint of what was appended). */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const gc = () => (globalThis as { gc?: () => void }).gc?.();

function build(kind: Kind, impl: Impl, doc: Doc): HTMLElement {
  if (impl === 'component') {
    const el = document.createElement(TAGS[kind]) as HTMLElement & { data?: unknown };
    el.data = doc.value;
    return el;
  }
  // The baseline: a shadow root per card with the element's own style sheets and the server render's
  // markup of the same document, parsed by the browser.
  const host = document.createElement('div');
  host.className = `hand-card hand-${TAGS[kind]}`;
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = ((kind === 'review' ? ReviewCard : ControversySummary).elementStyles as CSSResult[]).map((s) => s.styleSheet!);
  root.innerHTML = doc.markup;
  return host;
}

async function clear(): Promise<void> {
  container.replaceChildren();
  prepared = [];
  await nextPaint();
  gc();
}

/**
 * How content-visibility is set: `plain` turns it off on both implementations, `cv` sets `auto` on both,
 * `shipped` leaves the elements' own default and turns it off on the hand-written cards.
 */
export type Mode = 'plain' | 'cv' | 'shipped';

/** Milliseconds from creating the first card to the frame that shows them all. */
async function render(kind: Kind, impl: Impl, count: number, mode: Mode): Promise<number> {
  await clear();
  const input = docs(kind, count);
  container.className = mode;
  const start = performance.now();
  const fragment = document.createDocumentFragment();
  const cards = input.map((doc) => build(kind, impl, doc));
  fragment.append(...cards);
  container.append(fragment);
  if (impl === 'component') await Promise.all(cards.map((c) => (c as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  await nextPaint();
  return performance.now() - start;
}

/** Nodes and characters of text per card, both implementations, to show the content is the same. */
async function shape(kind: Kind): Promise<Record<Impl, { nodes: number; text: number; markers: number; errors: number }>> {
  const out = {} as Record<Impl, { nodes: number; text: number; markers: number; errors: number }>;
  // Comment nodes: Lit's part markers (about one per child binding, each kept with its part for the
  // card's lifetime); the hand-written cards have none.
  const comments = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
    let n = 0;
    while (walker.nextNode()) n++;
    return n;
  };
  for (const impl of ['component', 'hand'] as const) {
    await render(kind, impl, 4, 'plain');
    const cards = [...container.children];
    const count = (root: ShadowRoot) => root.querySelectorAll('*').length;
    out[impl] = {
      nodes: Math.round(cards.reduce((n, c) => n + count(c.shadowRoot!), 0) / cards.length),
      text: Math.round(cards.reduce((n, c) => n + (c.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').length, 0) / cards.length),
      markers: Math.round(cards.reduce((n, c) => n + comments(c.shadowRoot!), 0) / cards.length),
      errors: cards.filter((c) => c.shadowRoot!.querySelector('[part~="error"]')).length,
    };
  }
  await clear();
  return out;
}

const VALIDATORS = {
  /** What the elements run: the validators compiled from the zod schemas. */
  compiled: { review: validateReview, controversy: validateControversy },
  /** The zod schemas themselves (the CLI, `review-cards/schemas.js`). */
  zod: { review: (d: unknown) => validate(ReviewSchema, d), controversy: (d: unknown) => validate(ControversySchema, d) },
};

/** Milliseconds to validate `count` documents of one kind, the same documents the render figures use. */
function validateMany(kind: Kind, count: number, by: keyof typeof VALIDATORS = 'compiled'): number {
  const input = docs(kind, count).map((d) => d.value);
  const check = VALIDATORS[by][kind];
  const start = performance.now();
  let ok = 0;
  for (const doc of input) if (check(doc).ok) ok++;
  const ms = performance.now() - start;
  if (ok !== input.length) throw new Error(`${input.length - ok} documents did not validate`);
  return ms;
}

/** Hands each string of a document to the DOM once, as rendering it would (see `prepare`). */
function touchStrings(value: unknown): void {
  if (typeof value === 'string') document.createTextNode(value);
  else if (Array.isArray(value)) value.forEach(touchStrings);
  else if (value && typeof value === 'object') Object.values(value).forEach(touchStrings);
}

/**
 * Input documents made ahead of a heap measurement and kept alive, so only the cards' own memory counts.
 * Each of their strings is handed to the DOM first: that moves its characters out of the JS heap (V8
 * externalizes it), which would otherwise show up as ~2 KB per card *freed* while the elements render,
 * making their figure look smaller than it is. (The baseline never reads the documents.)
 */
let prepared: Doc[] = [];
function prepare(kind: Kind, count: number): void {
  prepared = docs(kind, count);
  for (const doc of prepared) touchStrings(doc.value);
}

/** Keeps cards for the prepared documents in the page for a heap measurement; returns how many rendered. */
async function keep(kind: Kind, impl: Impl): Promise<number> {
  container.className = 'plain';
  const cards = prepared.map((doc) => build(kind, impl, doc));
  container.append(...cards);
  if (impl === 'component') await Promise.all(cards.map((c) => (c as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  await nextPaint();
  return container.children.length;
}

declare global {
  interface Window {
    bench: typeof api;
  }
}

const api = {
  init(d: BenchData) {
    data = d;
  },
  render,
  shape,
  validateMany,
  prepare,
  keep,
  clear,
};
window.bench = api;
