import type { Agent, Source } from '../../schemas/common.js';
import type { AttributionStatus, Claim, MediaAuthenticityStatus, VerdictStatus } from '../../schemas/claim.js';
import type { ReviewCardsDocument } from '../../schemas/document.js';
import { validateScore } from '../../schemas/lean/score-validator.generated.js';
import { validateDocument } from '../../schemas/lean/validators.generated.js';
import type { Review } from '../../schemas/review.js';
import { DEFAULT_LETTER_SCALE, LIMITS, WORK_YEARS } from '../../schemas/rules.js';
import type { NumericScore, Score } from '../../schemas/score.js';
import { formatPath, type IssuePath, type ValidationIssue, type ValidationResult } from '../../schemas/validate.js';
import type { Work, WorkKind } from '../../schemas/work.js';
import {
  JSON_LD_LIMITS, JsonLdReader, clip, compact, first, hasType, isNode, isYearOnly, items, literal, localName,
  parseDurationMinutes, parseNumber, parseRatingText, prop, readDate, readLanguage, readName, readText, readUrl,
  typesOf, yearOf, type JsonLdNode,
} from './json-ld.js';
import {
  ATTRIBUTION_ASPECT, ATTRIBUTION_LABEL, MEDIA_CATEGORY_TO_STATUS, MEDIA_TYPE_TO_KIND, PEOPLE_PROPERTIES, STATUS_PROPERTY_ID, TYPE_TO_KIND,
  VERDICT_LABEL, agentTypeOf, attributionStatusForLabel, canonicalRole, isAttributionOnlyLabel, verdictStatusForLabel,
} from './vocabulary.js';
import { lookUpByType } from './hierarchy.js';
import { unwrapScriptText } from './script-text.js';

/** The schema.org types `fromSchemaOrg` converts, for error messages. */
export const SUPPORTED_TYPES = [
  'Review', 'ClaimReview', 'MediaReview', 'Claim', 'Rating', 'AggregateRating',
  'a CreativeWork (Movie, TVSeries, Book, …) with review or aggregateRating (and their schema.org subtypes)',
] as const;

const ROLE_TYPES = ['Role', 'PerformanceRole', 'OrganizationRole', 'EmployeeRole', 'LinkRole'];

/** Speaker placeholder when a ClaimReview names nobody: our claims always have a speaker. */
const UNKNOWN_SPEAKER = 'Unknown';

export type Converted = ReviewCardsDocument | Score;

/** What `fromSchemaOrg` may be told about the element it converts for. */
export interface FromSchemaOrgOptions {
  /**
   * Whether the element can show a converted value (its validator). Where a page's JSON-LD holds
   * several things a card could show (a Review and a ClaimReview), the first one accepted is taken:
   * the first review for a review card, the first claim for a claim quote. Without it, fact checks
   * come first, then reviews, then works with reviews, then ratings.
   */
  accept?: (value: Converted) => boolean;
}

/**
 * Converts schema.org JSON-LD (an object, an array, a `@graph` document, or its JSON text, also
 * inside a CDATA or HTML comment guard) to our validated data: Rating / AggregateRating → a score;
 * Review → a review; ClaimReview → a claim; MediaReview → a claim with `mediaAuthenticity`; a
 * CreativeWork with `review` → its first review, or with only `aggregateRating` → that score; each
 * type with its schema.org subtypes. The result always comes from our zod schema. Several nodes of
 * the kind taken: the first is converted and the others are reported as `skipped-node` warnings.
 * Never throws: unreadable or hostile input becomes an issue; recoverable oddities become warnings.
 */
export function fromSchemaOrg(jsonld: unknown, options: FromSchemaOrgOptions = {}): ValidationResult<Converted> {
  try {
    return convert(jsonld, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure('exception', `could not be read: ${clip(reason, 200)}`);
  }
}

function failure(code: string, message: string, warnings: ValidationIssue[] = []): ValidationResult<Converted> {
  return { ok: false, issues: [{ path: [], message, severity: 'error', code }], warnings };
}

/** The JSON-LD value of an object or of its JSON text (a script's guards removed), or why it has none. */
export function parseJsonLd(input: unknown): { ok: true; root: object } | { ok: false; code: string; message: string } {
  let root = input;
  if (typeof input === 'string') {
    if (input.length > JSON_LD_LIMITS.jsonChars) return { ok: false, code: 'too-large', message: `is larger than ${JSON_LD_LIMITS.jsonChars} characters` };
    try {
      root = JSON.parse(unwrapScriptText(input));
    } catch (error) {
      return { ok: false, code: 'invalid-json', message: `is not valid JSON: ${error instanceof Error ? clip(error.message, 200) : 'parse error'}` };
    }
  }
  if (typeof root !== 'object' || root === null) return { ok: false, code: 'not-json-ld', message: 'must be a JSON-LD object, array or @graph document' };
  return { ok: true, root };
}

function convert(input: unknown, options: FromSchemaOrgOptions): ValidationResult<Converted> {
  const parsed = parseJsonLd(input);
  if (!parsed.ok) return failure(parsed.code, parsed.message);
  const reader = new JsonLdReader(parsed.root);
  const top = topNodes(reader, parsed.root);
  const candidates = candidatesOf(reader, top);
  if (candidates.length === 0) {
    const found = [...new Set(top.flatMap((t) => typesOf(t.node)))].slice(0, 10).map((t) => clip(t, 60));
    const what = found.length ? `unsupported @type ${found.map((t) => JSON.stringify(t)).join(', ')}` : 'no @type found';
    return failure('unsupported-type', `${what}; supported: ${SUPPORTED_TYPES.join(', ')}`, reader.warnings);
  }
  const scanWarnings = reader.warnings.length;
  let firstResult: ValidationResult<Converted> | undefined;
  for (const candidate of candidates.slice(0, 50)) {
    reader.warnings.length = scanWarnings;
    const result = convertCandidate(reader, candidate);
    firstResult ??= result;
    if (result.ok && (!options.accept || options.accept(result.value))) {
      const skipped = skippedBeside(candidates, candidate);
      return { ...result, warnings: [...result.warnings, ...skipped] };
    }
  }
  // Nothing the element can show: the first candidate's own problems say why, or, when it converted,
  // that it is not what this element shows.
  if (firstResult && !firstResult.ok) return firstResult;
  const found = [...new Set(candidates.map((c) => `${c.what} (${c.kind})`))].slice(0, 5).join(', ');
  return failure('not-for-this-element', `holds ${found}, but nothing this element shows`, firstResult?.warnings ?? []);
}

export function convertCandidate(reader: JsonLdReader, candidate: Candidate): ValidationResult<Converted> {
  const picked = candidate.convert();
  if (picked.schema === 'error') return failure('missing-rating-value', picked.message, [...reader.warnings]);
  // The compiled validators give exactly zod's result (a unit test holds them to it), without zod.
  const result = picked.schema === 'score' ? validateScore(picked.value) : validateDocument(picked.value);
  const warnings = [...reader.warnings, ...result.warnings];
  return result.ok ? { ok: true, value: result.value, warnings } : { ok: false, issues: result.issues, warnings };
}

/** Other candidates of the same kind as the one taken: "several documents fit one element". */
function skippedBeside(candidates: readonly Candidate[], taken: Candidate): ValidationIssue[] {
  return candidates
    .filter((c) => c !== taken && c.kind === taken.kind && !c.partOf)
    .slice(0, 20)
    .map((c) => ({
      path: c.path,
      message: `is another ${c.what}: an element shows one, the one at ${formatPath(taken.path)}`,
      severity: 'warning' as const,
      code: 'skipped-node',
    }));
}

export interface Located {
  node: JsonLdNode;
  path: IssuePath;
}

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

// ---------------------------------------------------------------------------------------------
// People and sources

interface AgentOptions {
  /** Cast and crew: the role comes from the property or `Role`, not from `jobTitle`. */
  roleByProperty?: boolean;
  /** Several values where one is expected: warn that the first was used. */
  single?: boolean;
}

function readAgent(reader: JsonLdReader, value: unknown, path: IssuePath, options: AgentOptions = {}): Agent | undefined {
  const list = items(value, 50);
  if (list.length > 1 && options.single) reader.warn(path, `has ${list.length} values; the first was used`, 'several-values');
  return agentFrom(reader, reader.resolve(literal(list[0])), list.length > 1 ? [...path, 0] : path, options);
}

/**
 * Every author (or creator) a node names, kept whole: one agent stays as it is; several become one
 * agent whose name lists them all in the document's language ("Ana Lima and Rui Costa"), with a
 * warning, since our schema has one author and one link per review.
 */
function readAgents(reader: JsonLdReader, value: unknown, path: IssuePath, language: string | undefined): Agent | undefined {
  const list = items(value, 20);
  if (list.length <= 1) return readAgent(reader, value, path);
  const agents = list
    .map((v, i) => agentFrom(reader, reader.resolve(literal(v)), [...path, i], {}))
    .filter((a): a is Agent => a !== undefined)
    .filter((a, i, all) => all.findIndex((b) => b.name === a.name) === i);
  if (agents.length <= 1) return agents[0];
  const names = agents.map((a) => a.name);
  let joined = names.join(', ');
  try {
    joined = new Intl.ListFormat(language ?? 'en', { type: 'conjunction' }).format(names);
  } catch {
    // An unknown language tag: commas.
  }
  const same = <K extends 'type' | 'affiliation'>(key: K): Agent[K] =>
    agents.every((a) => a[key] === agents[0]?.[key]) ? agents[0]?.[key] : undefined;
  reader.warn(path, `names ${agents.length} agents, shown together as one ("${clip(joined, 80)}"); their own links and roles are left out`, 'agents-joined');
  return compact<Agent>({ name: clip(joined, LIMITS.shortText), type: same('type'), affiliation: same('affiliation') });
}

function agentFrom(reader: JsonLdReader, value: unknown, path: IssuePath, options: AgentOptions): Agent | undefined {
  if (value === undefined) return undefined;
  if (!isNode(value)) {
    const name = readText(reader, value, path, LIMITS.shortText);
    return name ? { name } : undefined;
  }
  const name = readName(reader, value, path);
  if (!name) {
    reader.warn(path, 'has no name and was ignored', 'missing-name');
    return undefined;
  }
  const affiliationValue = prop(value, 'affiliation') ?? prop(value, 'worksFor') ?? prop(value, 'memberOf') ?? prop(value, 'parentOrganization');
  return compact({
    name,
    type: agentTypeOf(typesOf(value)),
    role: options.roleByProperty ? undefined : readRole(reader, value, path),
    affiliation: affiliationValue === undefined ? undefined : readName(reader, affiliationValue, [...path, 'affiliation']),
    url: readUrl(reader, prop(value, 'url'), [...path, 'url']) ?? readUrl(reader, prop(value, 'sameAs'), [...path, 'sameAs']),
  });
}

/** A person's `jobTitle`; an organisation's short `description` (where we write an organisation's role). */
function readRole(reader: JsonLdReader, agent: JsonLdNode, path: IssuePath): string | undefined {
  const jobTitle = prop(agent, 'jobTitle');
  if (jobTitle !== undefined) return readName(reader, jobTitle, [...path, 'jobTitle']);
  if (agentTypeOf(typesOf(agent)) !== 'organization') return undefined;
  const description = literal(first(prop(agent, 'description')));
  return typeof description === 'string' && description.trim().length <= LIMITS.shortText
    ? readText(reader, description, [...path, 'description'], LIMITS.shortText)
    : undefined;
}

/** Cast and crew from `director`, `actor`, `author`, … and `Role` wrappers (`roleName` keeps the exact role). */
function readPeople(reader: JsonLdReader, work: JsonLdNode, path: IssuePath, kind: WorkKind): Agent[] {
  const people: Agent[] = [];
  for (const { property } of PEOPLE_PROPERTIES) {
    const values = items(prop(work, property), LIMITS.people);
    values.forEach((raw, i) => {
      if (people.length >= LIMITS.people) return;
      const itemPath = values.length > 1 ? [...path, property, i] : [...path, property];
      let value = reader.resolve(literal(raw));
      let role = canonicalRole(property, kind);
      if (isNode(value) && hasType(value, ...ROLE_TYPES)) {
        role = readText(reader, prop(value, 'roleName'), [...itemPath, 'roleName'], LIMITS.shortText) ?? role;
        value = reader.resolve(literal(first(prop(value, property) ?? prop(value, 'contributor'))));
      }
      const agent = agentFrom(reader, value, itemPath, { roleByProperty: true });
      if (agent) people.push(compact({ ...agent, role }));
    });
  }
  return people;
}

function readSource(reader: JsonLdReader, value: unknown, path: IssuePath): Source | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (/^(https?:)?\/\//i.test(trimmed) || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
      const url = readUrl(reader, trimmed, path);
      return url ? { url } : undefined;
    }
    const title = readText(reader, trimmed, path, LIMITS.shortText);
    return title ? { title } : undefined;
  }
  if (!isNode(value)) return undefined;
  const source = compact<Source>({
    url: readUrl(reader, prop(value, 'url') ?? prop(value, 'contentUrl'), [...path, 'url']),
    title: readText(reader, prop(value, 'name') ?? prop(value, 'headline'), [...path, 'name'], LIMITS.shortText),
    publisher: optionalName(reader, prop(value, 'publisher'), [...path, 'publisher']),
    author: optionalName(reader, prop(value, 'author') ?? prop(value, 'creator'), [...path, 'author']),
    datePublished: readDate(reader, prop(value, 'datePublished'), [...path, 'datePublished']),
    archivedUrl: readUrl(reader, prop(value, 'archivedAt'), [...path, 'archivedAt']),
    note: readText(reader, prop(value, 'description'), [...path, 'description'], 2_000, { html: true }),
  });
  if (source.url === undefined && source.title === undefined) {
    reader.warn(path, 'has neither a url nor a name and was ignored', 'empty-source');
    return undefined;
  }
  return source;
}

const optionalName = (reader: JsonLdReader, value: unknown, path: IssuePath): string | undefined =>
  value === undefined ? undefined : readName(reader, value, path);

function readSources(reader: JsonLdReader, values: unknown[], path: IssuePath, max = 50): Source[] {
  const out: Source[] = [];
  values.forEach((value, i) => {
    if (out.length >= max) return;
    const source = readSource(reader, reader.resolve(literal(value)), values.length > 1 ? [...path, i] : path);
    if (source) out.push(source);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Scores

const LETTERS: readonly string[] = DEFAULT_LETTER_SCALE;

/**
 * A Rating node (or a bare value) as a score. Google's defaults apply: bestRating 5, worstRating 1;
 * a value outside them picks the nearest sensible scale (10, 100; worst 0) with a warning.
 * "6 / 10" and "60%" are read as Google reads them. Text that is not a number is a named score,
 * or a letter grade when it is one.
 */
function readScore(reader: JsonLdReader, value: unknown, path: IssuePath, language?: string): Score | undefined {
  const node = reader.resolve(literal(first(value)));
  if (node === undefined) return undefined;
  if (!isNode(node)) return scoreFromParts(reader, { value: node }, path);
  const asWritten = readText(reader, prop(node, 'alternateName'), [...path, 'alternateName'], 60);
  let label = readText(reader, prop(node, 'name'), [...path, 'name'], 80);
  if (!label && hasType(node, 'AggregateRating')) label = countLabel(node);
  const score = scoreFromParts(reader, {
    value: prop(node, 'ratingValue'), best: prop(node, 'bestRating'), worst: prop(node, 'worstRating'), alternateName: asWritten,
  }, path);
  const author = readAgent(reader, prop(node, 'author'), [...path, 'author'], { single: true });
  if (!score) {
    if (asWritten) return compact<Score>({ kind: 'named', value: asWritten, label, author });
    reader.warn([...path, 'ratingValue'], 'is missing or not a number', 'missing-rating-value');
    return undefined;
  }
  const keepAsWritten = score.kind === 'numeric' || asWritten !== score.value;
  const shown = score.kind === 'numeric' && !asWritten ? publisherDisplay(score, hasType(node, 'AggregateRating'), language) : undefined;
  return compact<Score>({ ...score, asWritten: keepAsWritten ? asWritten ?? shown : undefined, label, author });
}

/**
 * A numeric score the way its publisher's page shows it, where our default display would not: an
 * average (AggregateRating) to one decimal on a scale up to 10 ("4.4/5", not "4.357/5") and to whole
 * numbers above that; and a scale whose floor is its lowest star (worst 0.5 of 5, 2 of 10) as
 * "3.5/5", not "3.5/0.5–5". Set as `asWritten`, so the exact value stays in the data and in the
 * accessible name. A reviewer's own rating is not rounded: it is shown as given.
 */
export function publisherDisplay(score: NumericScore, average: boolean, language: string | undefined): string | undefined {
  if (score.display === 'percent') return undefined;
  const digits = average ? (score.best <= 10 ? 1 : 0) : 2;
  const factor = 10 ** digits;
  const rounded = Math.round(score.value * factor) / factor;
  const starFloor = score.worst !== undefined && score.worst > 0 && score.worst !== 1;
  // Only averages are rounded; a value with more digits than that is left to the default display.
  if (rounded !== score.value && !average) return undefined;
  if (rounded === score.value && !starFloor) return undefined;
  let format: (n: number) => string = (n) => String(n);
  try {
    const formatter = new Intl.NumberFormat(language ?? 'en', { maximumFractionDigits: Math.max(digits, 2) });
    format = (n) => formatter.format(n);
  } catch {
    // An unknown language tag: plain digits.
  }
  const text = `${format(rounded)}/${format(score.best)}`;
  return text.length <= 60 ? text : undefined;
}

function countLabel(node: JsonLdNode): string | undefined {
  const ratings = parseNumber(first(prop(node, 'ratingCount')));
  const reviews = parseNumber(first(prop(node, 'reviewCount')));
  const format = (n: number, noun: string): string => `${Math.round(n).toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
  if (ratings !== undefined && ratings >= 0) return format(ratings, 'rating');
  if (reviews !== undefined && reviews >= 0) return format(reviews, 'review');
  return undefined;
}

interface ScoreParts {
  value: unknown;
  best?: unknown;
  worst?: unknown;
  alternateName?: string | undefined;
}

function scoreFromParts(reader: JsonLdReader, parts: ScoreParts, path: IssuePath): Score | undefined {
  const raw = literal(first(parts.value));
  const valuePath = [...path, 'ratingValue'];
  let value: number | undefined;
  let bestFromText: number | undefined;
  let percent = false;
  if (typeof raw === 'number') {
    value = Number.isFinite(raw) ? raw : undefined;
  } else if (typeof raw === 'string') {
    const text = raw.trim();
    if (!text) return undefined;
    const parsed = parseRatingText(text);
    if (parsed) {
      value = parsed.value;
      bestFromText = parsed.best;
      percent = parsed.percent === true;
    } else if (/^[+-]?\.?\d/.test(text)) {
      // Number-like but unreadable ("1e400", "4 stars"): not a name either.
      return undefined;
    } else {
      const letter = LETTERS.indexOf(text.toUpperCase());
      if (letter >= 0) return { kind: 'letter', value: LETTERS[letter] as string };
      const named = readText(reader, text, valuePath, 80);
      return named ? { kind: 'named', value: named } : undefined;
    }
  }
  if (value === undefined) return undefined;

  let best = parseNumber(first(parts.best)) ?? bestFromText;
  let worst = parseNumber(first(parts.worst));
  // Our letter grades go out as their rank on 1–13 with the letter as alternateName; read them back.
  const letter = parts.alternateName === undefined ? -1 : LETTERS.indexOf(parts.alternateName.toUpperCase());
  if (letter >= 0 && best === LETTERS.length && worst === 1 && value === LETTERS.length - letter) {
    return { kind: 'letter', value: LETTERS[letter] as string };
  }
  if (best === undefined) {
    best = value <= 5 ? 5 : value <= 10 ? 10 : 100;
    reader.warn([...path, 'bestRating'], `is missing; ${best} assumed${best === 5 ? ' (Google’s default)' : ` since ratingValue is ${value}`}`, 'defaulted');
  }
  if (worst === undefined) {
    worst = value < 1 ? 0 : 1;
    reader.warn([...path, 'worstRating'], `is missing; ${worst} assumed${worst === 1 ? ' (Google’s default)' : ` since ratingValue is ${value}`}`, 'defaulted');
  }
  const score: NumericScore = compact({
    kind: 'numeric' as const,
    value,
    best,
    // Our default worst is 0, so an explicit 0 need not be stored.
    worst: worst === 0 ? undefined : worst,
    display: percent ? ('percent' as const) : undefined,
  });
  return score;
}

/** A judge's own numeric rating, kept beside its label; dropped (not fatal) when its scale is broken. */
function readAssessmentRating(reader: JsonLdReader, ratingNode: JsonLdNode | undefined, label: string | undefined, path: IssuePath): Score | undefined {
  if (!ratingNode || prop(ratingNode, 'ratingValue') === undefined) return undefined;
  const quiet = new JsonLdReader(null);
  const score = scoreFromParts(quiet, {
    value: prop(ratingNode, 'ratingValue'), best: prop(ratingNode, 'bestRating'), worst: prop(ratingNode, 'worstRating'), alternateName: label,
  }, path);
  if (!score || (score.kind !== 'numeric' && score.value === label)) return undefined;
  if (!validateScore(score).ok) {
    reader.warn([...path, 'ratingValue'], 'is outside its bestRating/worstRating scale; the numeric rating was dropped', 'invalid-rating');
    return undefined;
  }
  return score;
}

// ---------------------------------------------------------------------------------------------
// Works and reviews

/** A year `Work.year` accepts. */
const isWorkYear = (year: number | undefined): year is number =>
  year !== undefined && Number.isInteger(year) && year >= WORK_YEARS.min && year <= WORK_YEARS.max;

function readWork(reader: JsonLdReader, value: unknown, path: IssuePath): Work | undefined {
  const node = reader.resolve(literal(first(value)));
  if (typeof node === 'string') {
    const name = readText(reader, node, path, LIMITS.shortText);
    return name ? { name, kind: 'other' } : undefined;
  }
  if (!isNode(node)) return undefined;
  const types = typesOf(node);
  // The nearest mapped type, subtypes included: a ReviewNewsArticle is an article, a MusicVideoObject a video.
  let kind: WorkKind = lookUpByType(types, TYPE_TO_KIND) ?? 'other';
  if (kind === 'film') {
    const genres = items(prop(node, 'genre'), 20).map(literal).filter((g): g is string => typeof g === 'string');
    if (genres.some((g) => /documentar/i.test(g))) kind = 'documentary';
    else if (genres.some((g) => /^short( film)?$/i.test(g.trim()))) kind = 'short';
  }
  const name = readText(reader, prop(node, 'name') ?? prop(node, 'headline'), [...path, 'name'], LIMITS.shortText);
  const alternateName = readText(reader, prop(node, 'alternateName'), [...path, 'alternateName'], LIMITS.shortText);

  // A year-only datePublished is the work's year; a fuller date is kept and gives the year too. Only a
  // year our schema takes becomes `year` (a derived field must never fail the whole document), and a
  // year-only date is dropped only when `year` says the same.
  let datePublished = readDate(reader, prop(node, 'datePublished'), [...path, 'datePublished']);
  const created = readDate(reader, prop(node, 'dateCreated'), [...path, 'dateCreated']);
  const copyrightYear = parseNumber(first(prop(node, 'copyrightYear')));
  let year = isWorkYear(copyrightYear) ? copyrightYear : undefined;
  if (copyrightYear !== undefined && year === undefined) {
    reader.warn([...path, 'copyrightYear'], 'is not a year from 1000 to 9999 and was ignored', 'invalid-year');
  }
  const dateYear = datePublished ? yearOf(datePublished) : created ? yearOf(created) : undefined;
  year ??= isWorkYear(dateYear) ? dateYear : undefined;
  if (datePublished && isYearOnly(datePublished) && yearOf(datePublished) === year) datePublished = undefined;

  const durationValue = prop(node, 'duration') ?? prop(node, 'timeRequired');
  const runtimeMinutes = parseDurationMinutes(first(durationValue));
  if (durationValue !== undefined && runtimeMinutes === undefined) {
    reader.warn([...path, 'duration'], 'is not a duration such as PT95M or PT1H35M and was ignored', 'invalid-duration');
  }

  const countries = reader.all(node, 'countryOfOrigin', 30)
    .map((c, i) => readName(reader, c, [...path, 'countryOfOrigin', i], 80))
    .filter((c): c is string => c !== undefined);
  const languages = items(prop(node, 'inLanguage'), 30)
    .map((l, i) => readLanguage(reader, l, [...path, 'inLanguage', i]))
    .filter((l): l is string => l !== undefined);
  const sameAs = items(prop(node, 'sameAs'), 30)
    .map((u, i) => readUrl(reader, u, [...path, 'sameAs', i]))
    .filter((u): u is string => u !== undefined);

  return compact<Work>({
    name: name as string,
    kind,
    originalName: alternateName !== name ? alternateName : undefined,
    year,
    datePublished,
    runtimeMinutes,
    people: readPeople(reader, node, path, kind),
    countries,
    inLanguage: languages,
    description: readText(reader, prop(node, 'description'), [...path, 'description'], LIMITS.longText, { html: true }),
    url: readUrl(reader, prop(node, 'url'), [...path, 'url']),
    sameAs,
  });
}

/** `positiveNotes` / `negativeNotes`: an ItemList of ListItems (by `position`), a list of strings, or one string. */
function readNotes(reader: JsonLdReader, value: unknown, path: IssuePath): string[] {
  const resolved = reader.resolve(literal(first(value)));
  let list: unknown[] = Array.isArray(value) ? items(value, 50) : [resolved];
  if (isNode(resolved) && prop(resolved, 'itemListElement') !== undefined) {
    const elements = items(prop(resolved, 'itemListElement'), 50).map((e) => reader.resolve(literal(e)));
    const position = (e: unknown): number => (isNode(e) ? parseNumber(first(prop(e, 'position'))) ?? Infinity : Infinity);
    list = elements.map((e, i) => ({ e, i })).sort((a, b) => position(a.e) - position(b.e) || a.i - b.i).map(({ e }) => e);
  }
  return list
    .map((entry, i) => {
      const e = reader.resolve(literal(entry));
      const named = isNode(e) ? prop(e, 'name') ?? (isNode(reader.one(e, 'item')) ? prop(reader.one(e, 'item') as JsonLdNode, 'name') : prop(e, 'item')) : e;
      return readText(reader, named, [...path, i], 1_000);
    })
    .filter((t): t is string => t !== undefined);
}

function readReview(reader: JsonLdReader, node: JsonLdNode, path: IssuePath, parentWork?: JsonLdNode): Record<string, unknown> {
  // IMDb's nested reviews name their item only by URL; the work they sit in is the better item.
  const own = reader.one(node, 'itemReviewed');
  const ownIsBare = isNode(own) && prop(own, 'name') === undefined && prop(own, 'headline') === undefined;
  const useParent = parentWork !== undefined && (own === undefined || ownIsBare);
  const itemValue = useParent ? parentWork : own;
  const itemPath = useParent ? path.slice(0, -1) : [...path, 'itemReviewed'];
  // A review's claims: fact-checked ones as ClaimReviews, unchecked ones as bare Claims.
  const claims = reader.all(node, 'associatedClaimReview', 50)
    .filter(isNode)
    .map((c, i) => (hasType(c, 'ClaimReview') ? claimFromClaimReview : claimFromClaim)(reader, c, [...path, 'associatedClaimReview', i]));
  return compact<Partial<Review>>({
    type: 'review',
    itemReviewed: readWork(reader, itemValue, itemPath) as Work,
    author: readAgents(reader, prop(node, 'author') ?? prop(node, 'creator'), [...path, 'author'], quietLanguage(node)),
    publisher: readAgent(reader, prop(node, 'publisher'), [...path, 'publisher'], { single: true }),
    datePublished: readDate(reader, prop(node, 'datePublished') ?? prop(node, 'dateCreated'), [...path, 'datePublished']),
    inLanguage: languageOf(reader, node, path),
    headline: readText(reader, prop(node, 'headline') ?? prop(node, 'name'), [...path, 'headline'], 300),
    verdict: readText(reader, prop(node, 'abstract'), [...path, 'abstract'], 1_000),
    reviewRating: readScore(reader, prop(node, 'reviewRating'), [...path, 'reviewRating'], quietLanguage(node)),
    synopsis: readText(reader, prop(node, 'description'), [...path, 'description'], LIMITS.longText, { html: true }),
    excerpt: readText(reader, prop(node, 'reviewBody'), [...path, 'reviewBody'], LIMITS.longText, { html: true }),
    pros: readNotes(reader, prop(node, 'positiveNotes'), [...path, 'positiveNotes']),
    cons: readNotes(reader, prop(node, 'negativeNotes'), [...path, 'negativeNotes']),
    claims: claims as Claim[],
    url: readUrl(reader, prop(node, 'url'), [...path, 'url']),
    sources: readSources(reader, reader.all(node, 'citation', 50), [...path, 'citation']),
  });
}

/** A node's language for formatting only (names joined, numbers): no warning, that comes where it is read. */
const quietLanguage = (node: JsonLdNode): string | undefined => {
  const value = first(prop(node, 'inLanguage'));
  return value === undefined ? undefined : readLanguage(new JsonLdReader(null), value, []);
};

const languageOf = (reader: JsonLdReader, node: JsonLdNode, path: IssuePath): string | undefined => {
  const value = first(prop(node, 'inLanguage'));
  return value === undefined ? undefined : readLanguage(reader, value, [...path, 'inLanguage']);
};

// ---------------------------------------------------------------------------------------------
// Fact checks

interface AssessmentRead<S extends string> {
  status: S;
  by?: Agent;
  asOf?: string;
  reason?: string;
  publisherLabel?: string;
  rating?: Score;
  evidence?: Source[];
}

/** Our exact status, when the emitter recorded it in `identifier` (see STATUS_PROPERTY_ID). */
function statusIdentifier(reader: JsonLdReader, nodes: Array<JsonLdNode | undefined>, propertyId: string): string | undefined {
  for (const node of nodes) {
    if (!node) continue;
    for (const id of items(prop(node, 'identifier'), 10).map((v) => reader.resolve(v))) {
      if (isNode(id) && literal(first(prop(id, 'propertyID'))) === propertyId) {
        const value = literal(first(prop(id, 'value')));
        if (typeof value === 'string') return value;
      }
    }
  }
  return undefined;
}

/** What every judgement carries: who, when, why, the judge's own label and rating, and evidence. */
function readJudgement(reader: JsonLdReader, node: JsonLdNode, path: IssuePath): Omit<AssessmentRead<string>, 'status'> & { ratingNode?: JsonLdNode } {
  const ratingValue = reader.one(node, 'reviewRating');
  const ratingNode = isNode(ratingValue) ? ratingValue : undefined;
  const ratingPath = [...path, 'reviewRating'];
  const publisherLabel = ratingNode
    ? readText(reader, prop(ratingNode, 'alternateName') ?? prop(ratingNode, 'name'), [...ratingPath, 'alternateName'], 120)
    : readText(reader, ratingValue, ratingPath, 120);
  return compact({
    by: readAgents(reader, prop(node, 'author') ?? prop(node, 'creator'), [...path, 'author'], quietLanguage(node)),
    asOf: readDate(reader, prop(node, 'dateModified') ?? prop(node, 'datePublished'), [...path, 'datePublished']),
    reason: (ratingNode && readText(reader, prop(ratingNode, 'ratingExplanation'), [...ratingPath, 'ratingExplanation'], LIMITS.longText))
      ?? readText(reader, prop(node, 'reviewBody'), [...path, 'reviewBody'], LIMITS.longText, { html: true }),
    publisherLabel,
    rating: readAssessmentRating(reader, ratingNode, publisherLabel, ratingPath),
    evidence: readSources(reader, reader.all(node, 'citation', 50), [...path, 'citation']),
    ratingNode,
  });
}

function verdictFrom(reader: JsonLdReader, judgement: ReturnType<typeof readJudgement>, path: IssuePath, exact: string | undefined): AssessmentRead<VerdictStatus> {
  const { ratingNode, ...rest } = judgement;
  void ratingNode;
  let status = exact as VerdictStatus | undefined;
  if (!status && judgement.publisherLabel) {
    status = verdictStatusForLabel(judgement.publisherLabel);
    if (!status) reader.warn([...path, 'reviewRating', 'alternateName'], `"${judgement.publisherLabel}" is not a rating we know; status set to unverified, the label is kept`, 'unmapped-label');
  }
  if (!status && !judgement.publisherLabel) reader.warn([...path, 'reviewRating'], 'has no alternateName; status set to unverified', 'missing-label');
  const final = status ?? 'unverified';
  return compact({ ...rest, publisherLabel: ownLabel(judgement.publisherLabel, VERDICT_LABEL[final]), status: final });
}

/** The judge's label, unless it is exactly our own label for the status (then it adds nothing). */
function ownLabel(label: string | undefined, ours: string): string | undefined {
  return label === ours ? undefined : label;
}

function attributionFrom(
  reader: JsonLdReader, node: JsonLdNode, path: IssuePath, read: ReturnType<typeof readJudgement> = readJudgement(reader, node, path),
): AssessmentRead<AttributionStatus> {
  const { ratingNode, ...judgement } = read;
  const exact = statusIdentifier(reader, [ratingNode, node], STATUS_PROPERTY_ID.attribution) as AttributionStatus | undefined;
  let status = exact ?? (judgement.publisherLabel ? attributionStatusForLabel(judgement.publisherLabel) : undefined);
  if (!status) {
    reader.warn([...path, 'reviewRating'], 'rates the attribution with a label we do not know; attribution set to unverified', 'unmapped-label');
    status = 'unverified';
  }
  return compact({ ...judgement, publisherLabel: ownLabel(judgement.publisherLabel, ATTRIBUTION_LABEL[status]), status });
}

function mediaFrom(reader: JsonLdReader, node: JsonLdNode, path: IssuePath): { assessment: AssessmentRead<MediaAuthenticityStatus>; media?: Claim['media'] } {
  const { ratingNode, ...judgement } = readJudgement(reader, node, path);
  const exact = statusIdentifier(reader, [ratingNode, node], STATUS_PROPERTY_ID.mediaAuthenticity) as MediaAuthenticityStatus | undefined;
  const category = literal(first(prop(node, 'mediaAuthenticityCategory')));
  const categoryName = isNode(category) ? category['@id'] : category;
  let status = exact ?? (typeof categoryName === 'string' ? MEDIA_CATEGORY_TO_STATUS.get(localName(categoryName)) : undefined);
  if (!status) {
    reader.warn([...path, 'mediaAuthenticityCategory'], 'is missing or not a MediaManipulationRatingEnumeration member; set to unverified', 'unmapped-category');
    status = 'unverified';
  }
  const reason = readText(reader, prop(node, 'originalMediaContextDescription'), [...path, 'originalMediaContextDescription'], LIMITS.longText) ?? judgement.reason;
  const originalLink = readUrl(reader, prop(node, 'originalMediaLink'), [...path, 'originalMediaLink']);
  const evidence = [...(judgement.evidence ?? [])];
  if (originalLink && !evidence.some((e) => e.url === originalLink)) evidence.push({ url: originalLink, title: 'Original media' });
  const item = reader.one(node, 'itemReviewed');
  return {
    assessment: compact({ ...judgement, reason, evidence, status }),
    media: isNode(item) ? readMediaItem(reader, item, [...path, 'itemReviewed']) : undefined,
  };
}

/** A MediaReviewItem's first appearance, or a MediaObject itself, as our `media`. */
function readMediaItem(reader: JsonLdReader, item: JsonLdNode, path: IssuePath): Claim['media'] {
  const appearance = reader.one(item, 'mediaItemAppearance');
  return readMedia(reader, isNode(appearance) ? appearance : item, isNode(appearance) ? [...path, 'mediaItemAppearance'] : path);
}

function readMedia(reader: JsonLdReader, node: JsonLdNode, path: IssuePath): Claim['media'] {
  let kind = lookUpByType(typesOf(node), MEDIA_TYPE_TO_KIND);
  if (!kind) {
    const format = literal(first(prop(node, 'encodingFormat')));
    const major = typeof format === 'string' ? format.split('/')[0]?.toLowerCase() : undefined;
    kind = major === 'video' || major === 'image' || major === 'audio' || major === 'text' ? major : undefined;
  }
  if (!kind) return undefined;
  return compact({
    kind,
    url: readUrl(reader, prop(node, 'url') ?? prop(node, 'contentUrl') ?? prop(node, 'embedUrl'), [...path, 'url']),
    description: readText(reader, prop(node, 'description') ?? prop(node, 'caption') ?? prop(node, 'name'), [...path, 'description'], 2_000),
  });
}

/** The claim's own fields, from a Claim node (ClaimReview.itemReviewed or MediaReviewItem.interpretedAsClaim). */
type ClaimFields = Partial<Pick<Claim, 'text' | 'speech' | 'speaker' | 'dateSaid' | 'inLanguage' | 'original' | 'translation' | 'location' | 'setting' | 'media' | 'sources'>>;

function readClaimNode(reader: JsonLdReader, claim: JsonLdNode | undefined, path: IssuePath): ClaimFields {
  if (!claim) return {};
  const translationOf = reader.one(claim, 'translationOfWork');
  const translated = reader.one(claim, 'workTranslation');
  const version = (node: unknown, at: IssuePath) => {
    if (!isNode(node)) return undefined;
    const text = readText(reader, prop(node, 'text') ?? prop(node, 'name'), [...at, 'text'], LIMITS.longText);
    const inLanguage = languageOf(reader, node, at);
    if (text && !inLanguage) reader.warn([...at, 'inLanguage'], 'is missing, so this version of the words was ignored', 'missing-language');
    return text && inLanguage ? { text, inLanguage } : undefined;
  };
  const original = version(translationOf, [...path, 'translationOfWork']);
  const translationBase = version(translated, [...path, 'workTranslation']);
  const translator = isNode(translated) ? readAgent(reader, prop(translated, 'translator'), [...path, 'workTranslation', 'translator'], { single: true }) : undefined;
  const associatedMedia = reader.one(claim, 'associatedMedia');
  return compact<ClaimFields>({
    ...claimWords(reader, claim, path),
    speaker: readAgents(reader, prop(claim, 'author') ?? prop(claim, 'creator'), [...path, 'author'], quietLanguage(claim)),
    dateSaid: readDate(reader, prop(claim, 'datePublished') ?? prop(claim, 'dateCreated'), [...path, 'datePublished']),
    inLanguage: languageOf(reader, claim, path),
    original,
    translation: translationBase ? compact({ ...translationBase, by: translator }) : undefined,
    location: optionalName(reader, prop(claim, 'locationCreated') ?? prop(claim, 'spatialCoverage'), [...path, 'locationCreated']),
    setting: readText(reader, prop(claim, 'description'), [...path, 'description'], 500),
    media: isNode(associatedMedia) ? readMedia(reader, associatedMedia, [...path, 'associatedMedia']) : undefined,
    sources: claimSources(reader, claim, path),
  });
}

/**
 * The claim's words and whether they are the speaker's own. A Claim's `text`, or the `text` of a
 * Quotation among its appearances, is what the claimant said (`direct`, the default, so `speech` is
 * left out); its `name` is a title someone gave it (`reported`). An exact `speech` recorded by our
 * own emitter (`identifier`, see STATUS_PROPERTY_ID) wins.
 */
function claimWords(reader: JsonLdReader, claim: JsonLdNode, path: IssuePath): Pick<ClaimFields, 'text' | 'speech'> {
  const exact = statusIdentifier(reader, [claim], STATUS_PROPERTY_ID.speech);
  const speech = exact === 'direct' || exact === 'reported' || exact === 'mixed' ? exact : undefined;
  const own = readText(reader, prop(claim, 'text'), [...path, 'text'], LIMITS.longText);
  if (own) return compact({ text: own, speech: speech === 'direct' ? undefined : speech });
  const quotation = [...reader.all(claim, 'firstAppearance', 50), ...reader.all(claim, 'appearance', 50)]
    .find((a): a is JsonLdNode => isNode(a) && hasType(a, 'Quotation') && prop(a, 'text') !== undefined);
  const quoted = quotation ? readText(reader, prop(quotation, 'text'), [...path, 'appearance', 'text'], LIMITS.longText) : undefined;
  if (quoted) return { text: quoted };
  const named = readText(reader, prop(claim, 'name'), [...path, 'name'], LIMITS.longText);
  return named ? { text: named, speech: speech ?? 'reported' } : {};
}

/** firstAppearance first (where the claim was made), then appearances not already listed. */
function claimSources(reader: JsonLdReader, claim: JsonLdNode, path: IssuePath): Source[] {
  const firsts = readSources(reader, reader.all(claim, 'firstAppearance', 50), [...path, 'firstAppearance']);
  const seen = new Set(firsts.map((s) => JSON.stringify(s)));
  const rest = readSources(reader, reader.all(claim, 'appearance', 50), [...path, 'appearance']).filter((s) => !seen.has(JSON.stringify(s)));
  return [...firsts, ...rest].slice(0, 50);
}

/** When a fact check lists no appearance, the fact check itself is the claim's source. */
function factCheckAsSource(reader: JsonLdReader, node: JsonLdNode, by: Agent | undefined, path: IssuePath): Source[] {
  const url = readUrl(reader, prop(node, 'url'), [...path, 'url']);
  const title = readText(reader, prop(node, 'headline') ?? prop(node, 'name'), [...path, 'name'], LIMITS.shortText)
    ?? (by ? `Fact check by ${by.name}` : undefined);
  if (!url && !title) return [];
  return [compact<Source>({ url, title: title ? clip(title, LIMITS.shortText) : undefined, publisher: by?.name, datePublished: readDate(reader, prop(node, 'datePublished'), path) })];
}

function defaultSpeaker(reader: JsonLdReader, path: IssuePath): Agent {
  reader.warn(path, `names no speaker; shown as "${UNKNOWN_SPEAKER}"`, 'missing-speaker');
  return { name: UNKNOWN_SPEAKER };
}

function claimFromClaimReview(reader: JsonLdReader, node: JsonLdNode, path: IssuePath, extraMediaReview?: Located): Record<string, unknown> {
  const claimValue = reader.one(node, 'itemReviewed');
  const claimNode = isNode(claimValue) ? claimValue : undefined;
  const claimPath = [...path, 'itemReviewed'];
  const fields = readClaimNode(reader, claimNode, claimPath);
  const judgement = readJudgement(reader, node, path);
  const ratingNode = judgement.ratingNode;

  // The verdict: our exact status if recorded; a label that only judges who said it goes to attribution.
  const exactVerdict = statusIdentifier(reader, [ratingNode, node], STATUS_PROPERTY_ID.verdict);
  let attribution: AssessmentRead<AttributionStatus> | undefined;
  let verdict: AssessmentRead<VerdictStatus>;
  if (!exactVerdict && judgement.publisherLabel && isAttributionOnlyLabel(judgement.publisherLabel)) {
    attribution = attributionFrom(reader, node, path, judgement);
    verdict = compact({
      status: 'unverified' as const,
      by: judgement.by,
      asOf: judgement.asOf,
      reason: `${judgement.by?.name ?? 'The fact-checker'} rated who said it (“${judgement.publisherLabel}”), not whether it is true.`,
    });
  } else {
    verdict = verdictFrom(reader, judgement, path, exactVerdict);
  }

  for (const [i, associated] of reader.all(node, 'associatedClaimReview', 10).entries()) {
    if (!isNode(associated) || attribution) continue;
    const aspect = readText(reader, prop(associated, 'reviewAspect'), [], 80)?.toLowerCase();
    const label = judgementLabel(reader, associated);
    if (aspect === ATTRIBUTION_ASPECT || (label !== undefined && isAttributionOnlyLabel(label))) {
      attribution = attributionFrom(reader, associated, [...path, 'associatedClaimReview', i]);
    }
  }

  let mediaAuthenticity: AssessmentRead<MediaAuthenticityStatus> | undefined;
  let media = fields.media;
  const associatedMedia = reader.one(node, 'associatedMediaReview');
  const mediaReview = isNode(associatedMedia)
    ? { node: associatedMedia, path: [...path, 'associatedMediaReview'] }
    : extraMediaReview;
  if (mediaReview) {
    const read = mediaFrom(reader, mediaReview.node, mediaReview.path);
    mediaAuthenticity = read.assessment;
    media ??= read.media;
  }

  // The claimant's own words where the markup gives them (fields.speech absent); otherwise the fact
  // checker's summary (claimReviewed), which is its account of what was said: reported, by the checker.
  const summary = readText(reader, prop(node, 'claimReviewed'), [...path, 'claimReviewed'], LIMITS.longText)
    ?? readText(reader, prop(node, 'headline') ?? prop(node, 'name'), [...path, 'name'], LIMITS.longText);
  const direct = fields.text !== undefined && fields.speech === undefined;
  const text = direct ? fields.text : summary ?? fields.text;
  const speech = direct ? undefined : fields.speech && text === fields.text ? fields.speech : text === undefined ? undefined : 'reported';
  const reportedBy = speech ? judgement.by : undefined;
  const sources = fields.sources?.length ? fields.sources : factCheckAsSource(reader, node, judgement.by, path);

  return compact<Record<string, unknown>>({
    type: 'claim',
    text,
    speech,
    reportedBy,
    inLanguage: fields.inLanguage ?? languageOf(reader, node, path),
    original: fields.original,
    translation: fields.translation,
    speaker: fields.speaker ?? defaultSpeaker(reader, [...claimPath, 'author']),
    dateSaid: fields.dateSaid,
    location: fields.location,
    setting: fields.setting,
    media,
    context: readText(reader, prop(node, 'description'), [...path, 'description'], LIMITS.longText, { html: true }),
    sources,
    verification: compact({ attribution, mediaAuthenticity, verdict }),
    url: readUrl(reader, prop(node, 'url'), [...path, 'url']),
  });
}

/**
 * A Claim on its own: its words, speaker and appearances. No one has judged whether it is true, so it
 * has no verdict; a ClaimReview of its attribution or a MediaReview of its media may sit in its `review`.
 */
function claimFromClaim(reader: JsonLdReader, node: JsonLdNode, path: IssuePath): Record<string, unknown> {
  const fields = readClaimNode(reader, node, path);
  let attribution: AssessmentRead<AttributionStatus> | undefined;
  let mediaAuthenticity: AssessmentRead<MediaAuthenticityStatus> | undefined;
  let media = fields.media;
  for (const [i, review] of reader.all(node, 'review', 10).entries()) {
    if (!isNode(review)) continue;
    const at = [...path, 'review', i];
    if (hasType(review, 'MediaReview') && !mediaAuthenticity) {
      const read = mediaFrom(reader, review, at);
      mediaAuthenticity = read.assessment;
      media ??= read.media;
    } else if (hasType(review, 'ClaimReview') && !attribution) {
      attribution = attributionFrom(reader, review, at);
    }
  }
  return compact<Record<string, unknown>>({
    type: 'claim',
    ...fields,
    media,
    speaker: fields.speaker ?? defaultSpeaker(reader, [...path, 'author']),
    context: readText(reader, prop(node, 'abstract'), [...path, 'abstract'], LIMITS.longText, { html: true }),
    verification: compact({ attribution, mediaAuthenticity }),
    url: readUrl(reader, prop(node, 'url'), [...path, 'url']),
  });
}

function judgementLabel(reader: JsonLdReader, node: JsonLdNode): string | undefined {
  const rating = reader.one(node, 'reviewRating');
  return isNode(rating) ? readText(reader, prop(rating, 'alternateName') ?? prop(rating, 'name'), [], 120) : undefined;
}

/** A MediaReview on its own rates the media, not the claim's truth: the verdict is "unverified". */
function claimFromMediaReview(reader: JsonLdReader, node: JsonLdNode, path: IssuePath): Record<string, unknown> {
  const { assessment, media } = mediaFrom(reader, node, path);
  const itemValue = reader.one(node, 'itemReviewed');
  const item = isNode(itemValue) ? itemValue : undefined;
  const interpreted = item ? reader.one(item, 'interpretedAsClaim') : undefined;
  const fields = readClaimNode(reader, isNode(interpreted) ? interpreted : undefined, [...path, 'itemReviewed', 'interpretedAsClaim']);
  const appearances = item ? reader.all(item, 'mediaItemAppearance', 50) : [];
  const creator = item ? readAgents(reader, prop(item, 'creator') ?? prop(item, 'author'), [...path, 'itemReviewed', 'creator'], undefined) : undefined;
  let sources = fields.sources?.length ? fields.sources : readSources(reader, appearances, [...path, 'itemReviewed', 'mediaItemAppearance']);
  if (!sources.length) sources = factCheckAsSource(reader, node, assessment.by, path);
  // The interpreted claim's own words when given; else the reviewer's account of it, or of the media.
  const summary = readText(reader, prop(node, 'claimReviewed') ?? prop(node, 'headline') ?? prop(node, 'name'), [...path, 'name'], LIMITS.longText)
    ?? media?.description;
  const direct = fields.text !== undefined && fields.speech === undefined;
  const text = direct ? fields.text : fields.text ?? summary;
  const speech = direct || text === undefined ? undefined : fields.speech ?? 'reported';
  const reportedBy = speech ? assessment.by : undefined;
  reader.warn(path, 'is a MediaReview: it rates the media, not whether the claim is true, so the verdict is unverified', 'media-only');
  return compact<Record<string, unknown>>({
    type: 'claim',
    text,
    speech,
    reportedBy,
    inLanguage: fields.inLanguage,
    original: fields.original,
    translation: fields.translation,
    speaker: fields.speaker ?? creator ?? defaultSpeaker(reader, [...path, 'itemReviewed', 'creator']),
    dateSaid: fields.dateSaid,
    location: fields.location,
    setting: fields.setting,
    media: fields.media ?? media,
    sources,
    verification: {
      mediaAuthenticity: assessment,
      verdict: compact({ status: 'unverified' as const, by: assessment.by, asOf: assessment.asOf }),
    },
    url: readUrl(reader, prop(node, 'url'), [...path, 'url']),
  });
}
