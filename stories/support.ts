// Shared by the stories: the data/ documents, and elements fed through a child
// <script> the way a page author writes them (Lit cannot bind inside <script>).
import type { Claim, Controversy, Review, ReviewCardsDocument } from '../src/index.js';

const modules = import.meta.glob<ReviewCardsDocument>(['../data/**/*.json', '!../data/index.json'], {
  eager: true,
  import: 'default',
});

/** Every document under data/, keyed by its path inside data/ ("reviews/russians-at-war.json"). */
export const dataSets: Record<string, ReviewCardsDocument> = Object.fromEntries(
  Object.entries(modules)
    .map(([path, doc]) => [path.replace('../data/', ''), doc] as const)
    .sort(([a], [b]) => a.localeCompare(b)),
);

function pick<T extends ReviewCardsDocument>(path: string, type: T['type']): T {
  const doc = dataSets[path];
  if (!doc || doc.type !== type) throw new Error(`data/${path} is not a ${type} document`);
  return doc as T;
}
export const review = (name: string): Review => pick<Review>(`reviews/${name}.json`, 'review');
export const claim = (name: string): Claim => pick<Claim>(`claims/${name}.json`, 'claim');
export const controversy = (name: string): Controversy => pick<Controversy>(`controversies/${name}.json`, 'controversy');

/** The element each document type renders with. */
export { TAG_FOR_TYPE } from '../src/components/tags.js';

/** `<tag attrs…><script type=…>json</script></tag>`, built with the DOM. */
export function withChildScript(
  tag: string,
  data: unknown,
  { type = 'application/json', attributes = {} }: { type?: string; attributes?: Record<string, string> } = {},
): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = type;
  script.textContent = JSON.stringify(data, null, 2);
  el.append(script);
  return el;
}

/** The copy-paste HTML for a document, shown as the story's source. */
export function snippet(tag: string, data: unknown, type = 'application/json'): string {
  const json = JSON.stringify(data, null, 2).replace(/</g, '\\u003c').replace(/^/gm, '    ');
  return `<script type="module" src="https://cdn.jsdelivr.net/npm/review-cards/dist/cdn/review-cards.js"></script>\n\n<${tag}>\n  <script type="${type}">\n${json}\n  </script>\n</${tag}>`;
}

/** A long paragraph for overflow and wrapping stories. */
export const LONG_TEXT =
  'This paragraph is deliberately long, to show how the element wraps, clamps and keeps its layout when a reviewer writes at length. ' .repeat(12) +
  'Averylongwordwithoutanyspacesthatmustnotoverflowthecardorpushitslayoutsidewaysinnarrowcolumnsonsmallphonescreens.';
