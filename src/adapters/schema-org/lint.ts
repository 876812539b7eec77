import { formatPath, type IssuePath } from '../../schemas/validate.js';
import { JSON_LD_LIMITS, JsonLdReader, first, hasType, isNode, items, literal, prop, typesOf, type JsonLdNode } from './json-ld.js';
import { parseNumber, parseRatingText } from './json-ld-values.js';
import { isGoogleReviewable } from './vocabulary.js';
import type { FromSchemaOrgOptions } from './from-schema-org.js';
import { planSchemaOrg } from './plan.js';
import { unwrapScriptText } from './script-text.js';

/**
 * Something that keeps a page from Google's rich results (`required`) or weakens it
 * (`recommended`), after Google's Review snippet and ClaimReview (fact check) documentation.
 */
export interface SchemaOrgLintWarning {
  path: IssuePath;
  message: string;
  /** `info`: not a problem, what a card makes of the page (which node it shows, which it skips and why). */
  severity: 'required' | 'recommended' | 'info';
  code: string;
}

/** Google truncates and rejects author names from 100 characters. */
export const MAX_AUTHOR_NAME = 100;
/** Google advises claimReviewed under 75 characters so it does not wrap on mobile. */
export const MAX_CLAIM_REVIEWED = 75;

const REVIEW_TYPES = ['Review', 'CriticReview', 'UserReview', 'Recommendation', 'EmployerReview'];
const AGENT_TYPES = new Set(['Person', 'Organization']);

class Lint {
  readonly warnings: SchemaOrgLintWarning[] = [];
  constructor(readonly reader: JsonLdReader) {}

  add(path: IssuePath, severity: SchemaOrgLintWarning['severity'], code: string, message: string): void {
    if (this.warnings.length < JSON_LD_LIMITS.warnings) this.warnings.push({ path, message, severity, code });
  }

  one(node: JsonLdNode, name: string): unknown {
    return this.reader.one(node, name);
  }

  text(node: JsonLdNode, name: string): string | undefined {
    const value = literal(first(prop(node, name)));
    return typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined;
  }
}

/**
 * What would make this JSON-LD ineligible for Google's review snippet or fact check rich result,
 * or weaker than it could be; then, as `info`, which node a card shows (for the element `accept`
 * stands for, as in `fromSchemaOrg`) and why each other candidate is skipped. Accepts an object, an
 * array, a `@graph` document or JSON text (also in a CDATA or comment guard).
 * Reports, never throws; checks only what Google documents and a page's markup can show.
 */
export function lintSchemaOrg(jsonld: unknown, options: FromSchemaOrgOptions = {}): SchemaOrgLintWarning[] {
  try {
    let root = jsonld;
    if (typeof jsonld === 'string') {
      if (jsonld.length > JSON_LD_LIMITS.jsonChars) return [{ path: [], severity: 'required', code: 'too-large', message: 'is too large to read' }];
      root = JSON.parse(unwrapScriptText(jsonld));
    }
    const lint = new Lint(new JsonLdReader(root));
    lintDocument(lint, root);
    // What a card makes of the page, after Google's view of it.
    for (const use of planSchemaOrg(root, options)) {
      const what = use.types.join(', ') || 'node';
      if (use.use === 'shown') lint.add(use.path, 'info', 'card-shows', `${what}: a card shows this, ${use.reason}`);
      else if (use.use === 'part') lint.add(use.path, 'info', 'card-reads', `${what}: ${use.reason}`);
      else if (use.use === 'skipped') lint.add(use.path, 'info', 'card-skips', `${what}: skipped: ${use.reason}`);
    }
    return lint.warnings;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [{ path: [], severity: 'required', code: 'unreadable', message: `could not be read: ${reason.slice(0, 200)}` }];
  }
}

/** Lint warnings as `path: message` lines. */
export function describeLintWarnings(warnings: readonly SchemaOrgLintWarning[]): string {
  return warnings.map((w) => `${formatPath(w.path)}: ${w.message} (${w.severity})`).join('\n');
}

function lintDocument(lint: Lint, root: unknown): void {
  const top: Array<{ node: JsonLdNode; path: IssuePath }> = [];
  const add = (value: unknown, path: IssuePath): void => {
    const node = lint.reader.resolve(value);
    if (!isNode(node) || top.length >= JSON_LD_LIMITS.arrayItems) return;
    const graph = prop(node, '@graph');
    if (graph !== undefined) items(graph).forEach((item, i) => add(item, [...path, '@graph', i]));
    if (typesOf(node).length && !top.some((t) => t.node === node)) top.push({ node, path });
  };
  if (Array.isArray(root)) root.slice(0, JSON_LD_LIMITS.arrayItems).forEach((item, i) => add(item, [i]));
  else add(root, []);

  let found = 0;
  const claimReviews = top.filter((t) => hasType(t.node, 'ClaimReview'));
  for (const t of claimReviews) lintClaimReview(lint, t.node, t.path);
  found += claimReviews.length;
  if (claimReviews.length > 1) {
    lint.add([], 'required', 'several-claim-reviews',
      `has ${claimReviews.length} ClaimReview items: a page is eligible for the single fact check rich result only with one`);
  }
  for (const t of top) {
    if (hasType(t.node, 'ClaimReview', 'MediaReview')) continue;
    if (hasType(t.node, ...REVIEW_TYPES)) {
      // A review a work lists under `review` takes that work as its item.
      lintReview(lint, t.node, t.path, lint.reader.parentOfReview(t.node));
      found++;
    } else if (hasType(t.node, 'AggregateRating')) {
      lintAggregateRating(lint, t.node, t.path, undefined);
      found++;
    } else {
      for (const [i, review] of lint.reader.all(t.node, 'review', 50).entries()) {
        // A Claim's own ClaimReview or MediaReview (of who said it, of its media) is not a review snippet.
        if (isNode(review) && !top.some((o) => o.node === review) && !hasType(review, 'ClaimReview', 'MediaReview')) {
          lintReview(lint, review, [...t.path, 'review', ...(items(prop(t.node, 'review')).length > 1 ? [i] : [])], t.node);
          found++;
        }
      }
      const aggregate = lint.one(t.node, 'aggregateRating');
      if (isNode(aggregate)) {
        lintAggregateRating(lint, aggregate, [...t.path, 'aggregateRating'], t.node);
        found++;
      }
    }
  }
  if (found === 0) {
    lint.add([], 'required', 'no-rich-result-item', 'has no Review, AggregateRating or ClaimReview: nothing here is eligible for a rich result');
  }
}

function lintAuthor(lint: Lint, node: JsonLdNode, path: IssuePath, severity: SchemaOrgLintWarning['severity']): void {
  const author = lint.one(node, 'author');
  const at = [...path, 'author'];
  if (author === undefined) {
    lint.add(at, severity, 'missing-author', 'is missing: Google needs the reviewer, a Person or Organization with a name');
    return;
  }
  if (!isNode(author)) {
    lint.add(at, 'recommended', 'author-not-object', 'is plain text: write a Person or Organization with a name');
    if (typeof author === 'string' && author.trim().length >= MAX_AUTHOR_NAME) {
      lint.add(at, severity, 'author-name-too-long', `is ${author.trim().length} characters: author names must be under ${MAX_AUTHOR_NAME}`);
    }
    return;
  }
  const name = lint.text(author, 'name');
  if (!name) lint.add([...at, 'name'], severity, 'missing-author-name', 'is missing: the author needs a name');
  else if (name.length >= MAX_AUTHOR_NAME) {
    lint.add([...at, 'name'], severity, 'author-name-too-long', `is ${name.length} characters: author names must be under ${MAX_AUTHOR_NAME}`);
  }
  if (!typesOf(author).some((t) => AGENT_TYPES.has(t) || t.endsWith('Organization'))) {
    lint.add([...at, '@type'], severity, 'author-type', 'must be Person or Organization');
  }
}

function lintItemReviewed(lint: Lint, item: unknown, path: IssuePath, nested: boolean): void {
  if (item === undefined) {
    if (!nested) lint.add(path, 'required', 'missing-item-reviewed', 'is missing: say what is reviewed, with its name and type');
    return;
  }
  if (!isNode(item)) {
    lint.add(path, 'required', 'item-reviewed-not-object', 'is plain text: write an object with @type and name');
    return;
  }
  if (!lint.text(item, 'name')) lint.add([...path, 'name'], 'required', 'missing-item-reviewed-name', 'is missing: the reviewed item needs a name');
  const types = typesOf(item);
  if (!isGoogleReviewable(types)) {
    lint.add([...path, '@type'], 'required', 'item-reviewed-type',
      `${types.length ? `"${types.join('", "')}" is` : 'is missing, which is'} not a type Google shows review snippets for (Movie, Book, TVSeries, Episode, Game, MediaObject, Event, Product, …)`);
  }
}

/** Google reads a number, a fraction ("6 / 10") or a percentage ("60%"). */
function lintRatingValues(lint: Lint, rating: JsonLdNode, path: IssuePath, severity: SchemaOrgLintWarning['severity']): void {
  const raw = literal(first(prop(rating, 'ratingValue')));
  if (raw === undefined) {
    lint.add([...path, 'ratingValue'], severity, 'missing-rating-value', 'is missing');
    return;
  }
  const parsed = typeof raw === 'number' ? { value: raw } : typeof raw === 'string' ? parseRatingText(raw) : undefined;
  if (!parsed || !Number.isFinite(parsed.value)) {
    lint.add([...path, 'ratingValue'], severity, 'rating-value-not-numeric', 'must be a number, a fraction such as "6 / 10", or a percentage such as "60%"');
    return;
  }
  const bestGiven = parseNumber(first(prop(rating, 'bestRating')));
  const worstGiven = parseNumber(first(prop(rating, 'worstRating')));
  if (bestGiven === undefined && parsed.best === undefined) lint.add([...path, 'bestRating'], 'recommended', 'missing-best-rating', 'is missing: Google assumes 5');
  if (worstGiven === undefined) lint.add([...path, 'worstRating'], 'recommended', 'missing-worst-rating', 'is missing: Google assumes 1');
  const best = bestGiven ?? parsed.best ?? 5;
  const worst = worstGiven ?? 1;
  if (parsed.value > best || parsed.value < worst) {
    lint.add([...path, 'ratingValue'], severity, 'rating-value-out-of-range', `${parsed.value} is outside ${worst}–${best} (worstRating–bestRating)`);
  }
}

function lintReview(lint: Lint, node: JsonLdNode, path: IssuePath, parent: JsonLdNode | undefined): void {
  lintAuthor(lint, node, path, 'required');
  lintItemReviewed(lint, lint.one(node, 'itemReviewed') ?? parent, [...path, 'itemReviewed'], parent !== undefined);
  const rating = lint.one(node, 'reviewRating');
  if (rating === undefined) lint.add([...path, 'reviewRating'], 'required', 'missing-review-rating', 'is missing: a review snippet shows a rating');
  else if (!isNode(rating)) lint.add([...path, 'reviewRating'], 'required', 'review-rating-not-object', 'must be a Rating with ratingValue');
  else lintRatingValues(lint, rating, [...path, 'reviewRating'], 'required');
  if (!lint.text(node, 'datePublished')) lint.add([...path, 'datePublished'], 'recommended', 'missing-date-published', 'is missing');
}

function lintAggregateRating(lint: Lint, node: JsonLdNode, path: IssuePath, parent: JsonLdNode | undefined): void {
  lintItemReviewed(lint, lint.one(node, 'itemReviewed') ?? parent, [...path, 'itemReviewed'], parent !== undefined);
  lintRatingValues(lint, node, path, 'required');
  if (prop(node, 'ratingCount') === undefined && prop(node, 'reviewCount') === undefined) {
    lint.add([...path, 'ratingCount'], 'required', 'missing-rating-count', 'is missing: an AggregateRating needs ratingCount or reviewCount');
  }
}

function lintClaimReview(lint: Lint, node: JsonLdNode, path: IssuePath): void {
  const claimReviewed = lint.text(node, 'claimReviewed');
  if (!claimReviewed) lint.add([...path, 'claimReviewed'], 'required', 'missing-claim-reviewed', 'is missing: a short summary of the claim');
  else if (claimReviewed.length >= MAX_CLAIM_REVIEWED) {
    lint.add([...path, 'claimReviewed'], 'recommended', 'claim-reviewed-too-long',
      `is ${claimReviewed.length} characters: keep it under ${MAX_CLAIM_REVIEWED} so it does not wrap on mobile`);
  }
  const rating = lint.one(node, 'reviewRating');
  if (!isNode(rating)) {
    lint.add([...path, 'reviewRating'], 'required', 'missing-review-rating', 'is missing: the fact check needs a Rating with alternateName');
  } else {
    if (!lint.text(rating, 'alternateName')) {
      lint.add([...path, 'reviewRating', 'alternateName'], 'required', 'missing-alternate-name', 'is missing: the rating as a short phrase, e.g. "Mostly false"');
    }
    if (prop(rating, 'ratingValue') !== undefined) lintRatingValues(lint, rating, [...path, 'reviewRating'], 'recommended');
  }
  const url = lint.text(node, 'url');
  if (!url) lint.add([...path, 'url'], 'required', 'missing-url', 'is missing: the page with the full fact check');
  else if (!/^https?:\/\/[^\s/]+/i.test(url)) lint.add([...path, 'url'], 'required', 'url-not-absolute', 'must be an absolute http(s) URL');

  lintAuthor(lint, node, path, 'recommended');
  if (!lint.text(node, 'datePublished')) lint.add([...path, 'datePublished'], 'recommended', 'missing-date-published', 'is missing: when the fact check was published');
  const claim = lint.one(node, 'itemReviewed');
  const claimPath = [...path, 'itemReviewed'];
  if (!isNode(claim)) {
    lint.add(claimPath, 'recommended', 'missing-claim', 'is missing: a Claim with its author, date and where it appeared');
    return;
  }
  if (lint.one(claim, 'author') === undefined) lint.add([...claimPath, 'author'], 'recommended', 'missing-claim-author', 'is missing: who made the claim');
  if (!lint.text(claim, 'datePublished')) lint.add([...claimPath, 'datePublished'], 'recommended', 'missing-claim-date', 'is missing: when the claim was made');
  if (prop(claim, 'appearance') === undefined && prop(claim, 'firstAppearance') === undefined) {
    lint.add([...claimPath, 'appearance'], 'recommended', 'missing-appearance', 'is missing: where the claim appeared (appearance or firstAppearance)');
  }
}
