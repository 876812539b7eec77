// Runs in the benchmark page (bundled by bench/run.mjs): renders cards with the elements and with the
// hand-written baseline, times validation, and exposes it all as `window.bench` for the runner.
import type { CSSResult } from 'lit';
import '../src/all.js';
import { ControversySummary } from '../src/components/controversy-summary/controversy-summary.js';
import { ReviewCard } from '../src/components/review-card/review-card.js';
import { ControversySchema, ReviewSchema, validate, type Controversy, type Review } from '../src/schemas/index.js';
import { validateControversy, validateReview } from '../src/schemas/lean/validators.generated.js';
import { buildControversy, buildReviewCard, handCard } from './handwritten.js';

type Kind = 'review' | 'controversy';
type Impl = 'component' | 'hand';

interface BenchData {
  reviews: Review[];
  controversies: Controversy[];
}

const TAGS: Record<Kind, string> = { review: 'rc-review-card', controversy: 'rc-controversy-summary' };
let data: BenchData;
const container = document.getElementById('cards')!;

/** Fresh objects per card, made before timing: each element validates its own. */
function docs(kind: Kind, count: number): unknown[] {
  const pool = kind === 'review' ? data.reviews : data.controversies;
  return Array.from({ length: count }, (_, i) => structuredClone(pool[i % pool.length]));
}

/** Resolves after the next frame has been produced (style, layout and paint of what was appended). */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const gc = () => (globalThis as { gc?: () => void }).gc?.();

function build(kind: Kind, impl: Impl, doc: unknown): HTMLElement {
  if (impl === 'component') {
    const el = document.createElement(TAGS[kind]) as HTMLElement & { data?: unknown };
    el.data = doc;
    return el;
  }
  const styles = (kind === 'review' ? ReviewCard : ControversySummary).elementStyles as CSSResult[];
  return kind === 'review'
    ? handCard(styles, buildReviewCard(doc as Review), TAGS[kind])
    : handCard(styles, buildControversy(doc as Controversy), TAGS[kind]);
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
  const input = docs(kind, count);
  const check = VALIDATORS[by][kind];
  const start = performance.now();
  let ok = 0;
  for (const doc of input) if (check(doc).ok) ok++;
  const ms = performance.now() - start;
  if (ok !== input.length) throw new Error(`${input.length - ok} documents did not validate`);
  return ms;
}

/**
 * Input documents made ahead of a heap measurement and kept alive, so only the cards' own memory counts.
 * A hand-written card is built for each and thrown away first: handing a string to the DOM moves its
 * characters out of the JS heap (V8 externalizes it), which would otherwise show up as ~2 KB per card
 * *freed* by whichever implementation renders first, making both figures look smaller than they are.
 */
let prepared: unknown[] = [];
function prepare(kind: Kind, count: number): void {
  prepared = docs(kind, count);
  for (const doc of prepared) build(kind, 'hand', doc);
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
