// The four elements as the hostile-input and property tests see them: how to load each, a document
// that fills every field it has, and a schema.org JSON-LD document with the same text and URL slots.
import type { Claim, Controversy, Review, Score } from '../../../src/schemas/index.js';

export type Doc = Record<string, unknown>;
export type Path = ReadonlyArray<string | number>;

export interface ElementKind {
  tag: 'rc-score-badge' | 'rc-review-card' | 'rc-claim-quote' | 'rc-controversy-summary';
  /** Registers the tag (the element's own `*.define.js` entry). */
  define: () => Promise<unknown>;
  /** A valid document (our shape) in which every text field holds `text` and every URL field `url`. */
  full: (text?: string, url?: string) => Doc;
  /** A small valid document with `text` in one text field the element shows, at `minimalPath`. */
  minimal: (text?: string) => Doc;
  minimalPath: Path;
  /** schema.org JSON-LD with `text` and `url` in every slot the adapter reads. */
  jsonLd: (text?: string, url?: string) => Doc;
  /** False when this element's schema cannot come from JSON-LD (schema.org has no controversy). */
  jsonLdRenders: boolean;
}

const T = 'Plain text';
const U = 'https://example.com/page';

const agent = (text: string, url: string) => ({ name: text, type: 'person', role: text, affiliation: text, url });
const source = (text: string, url: string) => ({
  url, title: text, publisher: text, author: text, datePublished: '2024-09-12', archivedUrl: url, note: text,
});

export const fullScore = (text = T, url = U): Score =>
  ({ kind: 'named', value: text, label: text, asWritten: text, author: agent(text, url) }) as Score;

const assessment = (status: string, text: string, url: string) => ({
  status, by: agent(text, url), asOf: '2024-09-13', reason: text, publisherLabel: text,
  rating: { kind: 'numeric', value: 2, best: 5, label: text, asWritten: text, author: agent(text, url) },
  evidence: [source(text, url)],
});

export const fullClaim = (text = T, url = U): Claim =>
  ({
    type: 'claim', text, inLanguage: 'en',
    original: { text, inLanguage: 'ru' },
    translation: { text, inLanguage: 'en', by: agent(text, url) },
    speaker: agent(text, url), dateSaid: '2024-09', location: text, setting: text,
    media: { kind: 'video', url, description: text },
    context: text,
    sources: [source(text, url)],
    verification: {
      attribution: assessment('purported', text, url),
      mediaAuthenticity: assessment('unverified', text, url),
      verdict: assessment('disputed', text, url),
    },
    url,
  }) as Claim;

const work = (text: string, url: string) => ({
  name: text, kind: 'documentary', originalName: text, year: 2024, datePublished: '2024-09-05', runtimeMinutes: 129,
  people: [{ ...agent(text, url), role: 'Director' }], countries: [text.slice(0, 80)], inLanguage: ['en', 'ru'],
  description: text, url, sameAs: [url],
});

export const fullReview = (text = T, url = U): Review =>
  ({
    type: 'review', itemReviewed: work(text, url), author: agent(text, url), publisher: agent(text, url),
    datePublished: '2024-09-12', inLanguage: 'en', headline: text, verdict: text,
    reviewRating: { kind: 'numeric', value: 6, best: 10, label: text, asWritten: text, author: agent(text, url) },
    synopsis: text, excerpt: text, pros: [text, text], cons: [text],
    extras: [{ label: text, value: text }], claims: [fullClaim(text, url)], url, sources: [source(text, url)],
  }) as Review;

export const fullControversy = (text = T, url = U): Controversy =>
  ({
    type: 'controversy', subject: text, about: work(text, url), summary: text,
    positions: [
      { label: text, summary: text, heldBy: [agent(text, url)], claims: [fullClaim(text, url)], sources: [source(text, url)] },
      { label: text, summary: text, heldBy: [agent(text, url)], sources: [source(text, url)] },
    ],
    timeline: [{ date: '2024-09-05', title: text, description: text, sources: [source(text, url)] }],
    statements: [fullClaim(text, url)],
    status: { description: text, asOf: '2024-09-20' },
    parties: [agent(text, url)],
    sources: [source(text, url)],
  }) as Controversy;

const ldPerson = (text: string, url: string) => ({ '@type': 'Person', name: text, jobTitle: text, url, affiliation: { '@type': 'Organization', name: text } });
const ldRating = (text: string, url: string) => ({ '@type': 'Rating', ratingValue: '6', bestRating: '10', name: text, author: ldPerson(text, url) });
const ldCitation = (text: string, url: string) => ({ '@type': 'CreativeWork', name: text, url, publisher: { '@type': 'Organization', name: text }, description: text });
const ldClaimReview = (text = T, url = U) => ({
  '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: text, url, datePublished: '2024-09-13',
  author: { '@type': 'Organization', name: text, url },
  reviewRating: { '@type': 'Rating', alternateName: 'False', ratingExplanation: text },
  itemReviewed: { '@type': 'Claim', author: ldPerson(text, url), datePublished: '2024-09', appearance: ldCitation(text, url), firstAppearance: ldCitation(text, url) },
  citation: [ldCitation(text, url)],
});

export const ELEMENTS: readonly ElementKind[] = [
  {
    tag: 'rc-score-badge',
    define: () => import('../../../src/components/score-badge/score-badge.define.js'),
    full: fullScore,
    minimal: (text = T) => ({ kind: 'named', value: text }),
    minimalPath: ['value'],
    jsonLd: (text = T, url = U) => ({ '@context': 'https://schema.org', ...ldRating(text, url) }),
    jsonLdRenders: true,
  },
  {
    tag: 'rc-review-card',
    define: () => import('../../../src/components/review-card/review-card.define.js'),
    full: fullReview,
    minimal: (text = T) => ({ type: 'review', itemReviewed: { name: text, kind: 'film' } }),
    minimalPath: ['itemReviewed', 'name'],
    jsonLd: (text = T, url = U) => ({
      '@context': 'https://schema.org', '@type': 'Review', name: text, reviewBody: text, url, datePublished: '2024-09-12',
      itemReviewed: { '@type': 'Movie', name: text, alternateName: text, url, sameAs: [url], description: text, director: ldPerson(text, url), countryOfOrigin: text.slice(0, 80) },
      author: ldPerson(text, url),
      publisher: { '@type': 'Organization', name: text, url },
      reviewRating: ldRating(text, url),
      positiveNotes: { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, name: text }] },
      negativeNotes: { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, name: text }] },
      citation: [ldCitation(text, url)],
    }),
    jsonLdRenders: true,
  },
  {
    tag: 'rc-claim-quote',
    define: () => import('../../../src/components/claim-quote/claim-quote.define.js'),
    full: fullClaim,
    minimal: (text = T) => ({ type: 'claim', text, speaker: { name: 'A speaker' }, sources: [{ title: 'A source' }], verification: { verdict: { status: 'unverified' } } }),
    minimalPath: ['text'],
    jsonLd: ldClaimReview,
    jsonLdRenders: true,
  },
  {
    tag: 'rc-controversy-summary',
    define: () => import('../../../src/components/controversy-summary/controversy-summary.define.js'),
    full: fullControversy,
    minimal: (text = T) => ({
      type: 'controversy', subject: text, summary: 'A summary.', sources: [{ title: 'A source' }],
      positions: [1, 2].map((n) => ({ label: `Side ${n}`, summary: 'Its case.', heldBy: [{ name: `Holder ${n}` }], sources: [{ title: 'A source' }] })),
    }),
    minimalPath: ['subject'],
    // What a publisher might have: a graph of fact checks. It converts to a claim, not a controversy.
    jsonLd: (text = T, url = U) => ({ '@context': 'https://schema.org', '@graph': [ldClaimReview(text, url), ldClaimReview(text, url)] }),
    jsonLdRenders: false,
  },
];

const URL_KEYS = new Set(['url', 'archivedUrl', 'sameAs']);
/** Leaves that are not free text: enums, dates, language tags, numbers, and ranked score values. */
const NOT_TEXT = new Set(['type', 'kind', 'status', 'display', 'bands', '$schema', 'datePublished', 'dateSaid', 'asOf', 'date', 'inLanguage', 'scale']);

/** Every text leaf and every URL leaf of a document, by path. */
export function leaves(doc: unknown): { text: Path[]; url: Path[] } {
  const out = { text: [] as Path[], url: [] as Path[] };
  const walk = (value: unknown, path: Array<string | number>, key: string | undefined): void => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i], key));
    else if (value && typeof value === 'object') {
      const kind = (value as Doc).kind;
      for (const [k, v] of Object.entries(value)) {
        // A numeric or letter score's value is not free text; a named rating's is.
        if (k === 'value' && kind !== undefined && kind !== 'named') continue;
        walk(v, [...path, k], k);
      }
    } else if (typeof value === 'string' && key !== undefined) {
      if (URL_KEYS.has(key)) out.url.push(path);
      else if (!NOT_TEXT.has(key)) out.text.push(path);
    }
  };
  walk(doc, [], undefined);
  return out;
}

/** The value at `path`. */
export function getAt(doc: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], doc);
}

/** A deep copy of `doc` with `value` at `path`. */
export function setAt(doc: unknown, path: Path, value: unknown): Doc {
  const copy = structuredClone(doc) as Doc;
  let node: Record<string | number, unknown> = copy;
  path.slice(0, -1).forEach((key) => (node = node[key] as Record<string | number, unknown>));
  node[path[path.length - 1]!] = value;
  return copy;
}
