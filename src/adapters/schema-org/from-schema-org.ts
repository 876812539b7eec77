import type { ReviewCardsDocument } from '../../schemas/document.js';
import type { DocumentKind } from '../../schemas/guards.js';
import { validateScore } from '../../schemas/lean/score-validator.generated.js';
import { validateDocument } from '../../schemas/lean/validators.generated.js';
import type { Score } from '../../schemas/score.js';
import { formatPath, type ValidationIssue, type ValidationResult } from '../../schemas/validate.js';
import { JSON_LD_LIMITS, JsonLdReader, typesOf } from './json-ld.js';
import { clip } from './json-ld-values.js';
import { unwrapScriptText } from './script-text.js';
import { candidatesOf, topNodes, type Candidate } from './from-schema-org/pick.js';

/** The schema.org types `fromSchemaOrg` converts, for error messages. */
export const SUPPORTED_TYPES = [
  'Review', 'ClaimReview', 'MediaReview', 'Claim', 'Rating', 'AggregateRating',
  'a CreativeWork (Movie, TVSeries, Book, …) with review or aggregateRating (and their schema.org subtypes)',
] as const;


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
  /**
   * The kind of document the element shows (`review`, `claim`, `score`). When nothing is accepted, the
   * first thing of this kind that does not convert to valid data says why (its own problems), rather than
   * "nothing this element shows".
   */
  kind?: DocumentKind;
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

export function convert(input: unknown, options: FromSchemaOrgOptions): ValidationResult<Converted> {
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
  let firstFailureOfKind: ValidationResult<Converted> | undefined;
  for (const candidate of candidates.slice(0, 50)) {
    reader.warnings.length = scanWarnings;
    const result = convertCandidate(reader, candidate);
    firstResult ??= result;
    if (!result.ok && candidate.kind === options.kind) firstFailureOfKind ??= result;
    if (result.ok && (!options.accept || options.accept(result.value))) {
      const skipped = skippedBeside(candidates, candidate);
      return { ...result, warnings: [...result.warnings, ...skipped] };
    }
  }
  // Nothing the element can show: the problems of the first thing of its kind say why, else the first
  // candidate's own problems, or, when it converted, that it is not what this element shows.
  if (firstFailureOfKind) return firstFailureOfKind;
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
