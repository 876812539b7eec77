// Which nodes of a JSON-LD document a card could show, in the order they are preferred.
import type { IssuePath } from '../../../schemas/validate.js';
import { JSON_LD_LIMITS, JsonLdReader, hasType, isNode, items, prop, typesOf, type JsonLdNode, type Located } from '../json-ld.js';
import { quietLanguage } from '../json-ld-values.js';
import { readScore } from './scores.js';
import { readReview } from './works.js';
import { claimFromClaim, claimFromClaimReview, claimFromMediaReview } from './claims.js';

/** The document's top-level nodes: the object, an array's items, `@graph` items, and their `mainEntity`. */
export function topNodes(reader: JsonLdReader, root: unknown): Located[] {
  const out: Located[] = [];
  const add = (value: unknown, path: IssuePath): void => {
    const node = reader.resolve(value);
    if (!isNode(node) || out.length >= JSON_LD_LIMITS.arrayItems) return;
    const graph = prop(node, '@graph');
    if (graph !== undefined) {
      items(graph).forEach((item, i) => add(item, [...path, '@graph', i]));
      if (typesOf(node).length === 0) return;
    }
    if (out.some((o) => o.node === node)) return;
    out.push({ node, path });
    const main = reader.one(node, 'mainEntity');
    if (isNode(main) && !out.some((o) => o.node === main)) out.push({ node: main, path: [...path, 'mainEntity'] });
  };
  if (Array.isArray(root)) root.slice(0, JSON_LD_LIMITS.arrayItems).forEach((item, i) => add(item, [i]));
  else add(root, []);
  return out;
}

type Picked = { schema: 'document' | 'score'; value: Record<string, unknown> } | { schema: 'error'; message: string };

/** Something on the page a card could show, in the order it is preferred. */
export interface Candidate {
  kind: 'claim' | 'review' | 'score';
  /** "ClaimReview", "Review", "AggregateRating", for messages. */
  what: string;
  node: JsonLdNode;
  path: IssuePath;
  index: number;
  /** Set when the node is read as part of another candidate (a MediaReview beside its ClaimReview). */
  partOf?: IssuePath;
  convert: () => Picked;
}

const REVIEW_KINDS = ['Review'];

/**
 * Every node a card could show, fact checks first (a page about a claim), then reviews, then works
 * with reviews, then aggregate ratings and ratings; each in document order.
 */
export function candidatesOf(reader: JsonLdReader, top: Located[]): Candidate[] {
  const out: Candidate[] = [];
  const push = (c: Omit<Candidate, 'index'>) => out.push({ ...c, index: out.length });
  const claimReviews = top.filter((t) => hasType(t.node, 'ClaimReview'));
  const mediaReviews = top.filter((t) => hasType(t.node, 'MediaReview'));
  // A MediaReview beside a ClaimReview about the same claim (or the only one of each) is that claim's media axis.
  const mediaFor = (claimReview: Located) =>
    mediaReviews.find((m) => (claimReviews.length === 1 && mediaReviews.length === 1) || sameClaim(reader, claimReview.node, m.node));
  const pairedMedia = new Set<Located>();
  for (const claimReview of claimReviews) {
    const media = mediaFor(claimReview);
    if (media) pairedMedia.add(media);
    push({ kind: 'claim', what: 'ClaimReview', node: claimReview.node, path: claimReview.path,
      convert: () => ({ schema: 'document', value: claimFromClaimReview(reader, claimReview.node, claimReview.path, media) }) });
  }
  for (const mediaReview of mediaReviews) {
    const pairedWith = claimReviews.find((c) => mediaFor(c) === mediaReview);
    push({ kind: 'claim', what: 'MediaReview', node: mediaReview.node, path: mediaReview.path, partOf: pairedWith?.path,
      convert: () => ({ schema: 'document', value: claimFromMediaReview(reader, mediaReview.node, mediaReview.path) }) });
  }
  // A Claim no one on the page reviews (what our emitter writes for an unchecked claim): a claim
  // without a verdict, which the claim quote shows as not fact-checked.
  const reviewedClaims = new Set<unknown>([
    ...claimReviews.map((c) => reader.one(c.node, 'itemReviewed')),
    ...mediaReviews.map((m) => reader.one(m.node, 'itemReviewed')).filter(isNode).map((item) => reader.one(item, 'interpretedAsClaim')),
  ]);
  for (const t of top) {
    if (!hasType(t.node, 'Claim') || reviewedClaims.has(t.node)) continue;
    push({ kind: 'claim', what: 'Claim', node: t.node, path: t.path,
      convert: () => ({ schema: 'document', value: claimFromClaim(reader, t.node, t.path) }) });
  }
  const reviewNodes = new Set<JsonLdNode>();
  for (const t of top) {
    if (!hasType(t.node, ...REVIEW_KINDS) || hasType(t.node, 'ClaimReview', 'MediaReview')) continue;
    reviewNodes.add(t.node);
    push({ kind: 'review', what: typesOf(t.node).find((type) => hasType({ '@type': type }, 'Review')) ?? 'Review', node: t.node, path: t.path,
      convert: () => ({ schema: 'document', value: readReview(reader, t.node, t.path, reader.parentOfReview(t.node)) }) });
  }
  for (const t of top) {
    const nested = reader.all(t.node, 'review', 50).filter(isNode);
    nested.forEach((review, i) => {
      if (reviewNodes.has(review) || hasType(review, 'ClaimReview', 'MediaReview')) return;
      reviewNodes.add(review);
      const path: IssuePath = nested.length > 1 ? [...t.path, 'review', i] : [...t.path, 'review'];
      push({ kind: 'review', what: 'Review', node: review, path,
        convert: () => ({ schema: 'document', value: readReview(reader, review, path, t.node) }) });
    });
  }
  for (const t of top) {
    const aggregate = prop(t.node, 'aggregateRating');
    if (aggregate === undefined || hasType(t.node, 'Rating')) continue;
    const path: IssuePath = [...t.path, 'aggregateRating'];
    const score = () => readScore(reader, aggregate, path, quietLanguage(t.node));
    push({ kind: 'score', what: 'AggregateRating', node: t.node, path,
      convert: () => {
        const value = score();
        return value ? { schema: 'score', value } : { schema: 'error', message: 'aggregateRating.ratingValue: is missing or not a number' };
      } });
  }
  for (const t of top) {
    if (!hasType(t.node, 'Rating')) continue;
    push({ kind: 'score', what: 'Rating', node: t.node, path: t.path,
      convert: () => {
        const value = readScore(reader, t.node, t.path, quietLanguage(t.node));
        // No value to show: say so in schema.org's terms rather than as a missing `kind`.
        return value ? { schema: 'score', value } : { schema: 'error', message: 'ratingValue: is missing or not a number' };
      } });
  }
  return out;
}


function sameClaim(reader: JsonLdReader, claimReview: JsonLdNode, mediaReview: JsonLdNode): boolean {
  const claim = reader.one(claimReview, 'itemReviewed');
  const item = reader.one(mediaReview, 'itemReviewed');
  const interpreted = isNode(item) ? reader.one(item, 'interpretedAsClaim') : undefined;
  return isNode(claim) && claim === interpreted;
}
