// What the docs pages and the embed builder share: which element a document
// renders with, and the snippet that puts it on a plain page.
import pkg from '../package.json' with { type: 'json' };
import { TAG_FOR_TYPE } from './support.js';

export const TAGS = ['rc-review-card', 'rc-claim-quote', 'rc-controversy-summary', 'rc-score-badge'] as const;
export type Tag = (typeof TAGS)[number];

export const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/** The CDN file a plain page loads; pinned to this version, as a production page should be. */
export const CDN_URL = `https://cdn.jsdelivr.net/npm/review-cards@${pkg.version}/dist/cdn/review-cards.js`;

// The schema.org types the adapter reads that are not a review (its SUPPORTED_TYPES); Review,
// its subtypes and a CreativeWork with a review go to the review card.
const TAG_FOR_SCHEMA_ORG: Record<string, Tag> = {
  ClaimReview: 'rc-claim-quote',
  MediaReview: 'rc-claim-quote',
  Rating: 'rc-score-badge',
  AggregateRating: 'rc-score-badge',
  EndorsementRating: 'rc-score-badge',
};

export type Parsed = { ok: true; value: unknown; jsonLd: boolean } | { ok: false; message: string };

/** Parses pasted text as JSON; says whether it is schema.org JSON-LD. */
export function parsePasted(text: string): Parsed {
  try {
    const value: unknown = JSON.parse(text);
    const jsonLd = typeof value === 'object' && value !== null && !Array.isArray(value) && ('@context' in value || '@type' in value || '@graph' in value);
    return { ok: true, value, jsonLd };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The element a parsed document renders with: by `type`, by schema.org `@type`, or a score by `kind`. */
export function tagFor(value: unknown): Tag {
  if (typeof value !== 'object' || value === null) return 'rc-review-card';
  const record = value as Record<string, unknown>;
  const type = record['type'];
  if (typeof type === 'string' && type in TAG_FOR_TYPE) return TAG_FOR_TYPE[type as keyof typeof TAG_FOR_TYPE];
  const ldType = [record['@type']].flat().find((t): t is string => typeof t === 'string');
  if (ldType) return TAG_FOR_SCHEMA_ORG[ldType] ?? 'rc-review-card';
  if ('kind' in record) return 'rc-score-badge';
  return 'rc-review-card';
}

/**
 * JSON for inside a `<script>` element, indented for reading: `<`, `>` and `&` as `\u003c`, `\u003e`,
 * `\u0026` (so `</script>` or `<!--` in the data cannot end the script early), U+2028/2029 escaped.
 * The same escapes as the adapter's jsonForScript, which gives one line; this is still JSON that
 * parses to the same value.
 */
export function scriptJson(value: unknown, indent = ''): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .replace(/\n/g, `\n${indent}`);
}

/** The HTML a plain page needs: the CDN script and the tag with the document inside, escaped for a script element. */
export function embedSnippet(tag: Tag, value: unknown, { jsonLd = false, lang = '', theme = 'auto' } = {}): string {
  // lang and theme come from the builder's own <select>s, never from the pasted text.
  const attributes = `${lang ? ` lang="${lang}"` : ''}${RTL.has(lang) ? ' dir="rtl"' : ''}${theme !== 'auto' ? ` theme="${theme}"` : ''}`;
  // A data/ file's relative `$schema` pointer means nothing in someone else's page.
  const data = value && typeof value === 'object' && !Array.isArray(value) && '$schema' in value
    ? Object.fromEntries(Object.entries(value).filter(([key]) => key !== '$schema'))
    : value;
  return [
    `<script type="module" src="${CDN_URL}"></script>`,
    '',
    `<${tag}${attributes}>`,
    `  <script type="${jsonLd ? 'application/ld+json' : 'application/json'}">`,
    `    ${scriptJson(data, '    ')}`,
    '  </script>',
    `</${tag}>`,
  ].join('\n');
}

