import * as z from 'zod/mini';
import { AttributionSchema, ClaimSchema, MediaAuthenticitySchema, VerdictSchema, VerificationSchema } from './claim.js';
import { AgentSchema, ExtraSchema, IsoDate, LanguageTag, SafeUrl, SourceSchema } from './common.js';
import { ControversySchema, PositionSchema, TimelineEventSchema } from './controversy.js';
import { DocumentSchema } from './document.js';
import { ReviewSchema } from './review.js';
import { LetterScoreSchema, NamedScoreSchema, NumericScoreSchema, ScoreSchema } from './score.js';
import { WorkSchema } from './work.js';

/** Where the published schema lives; data files may point here or at a relative copy. */
export const JSON_SCHEMA_ID = 'https://unpkg.com/review-cards/schema/review-cards.schema.json';

/**
 * Editor hint for `isIsoDate`: the same shape with month, day and time ranges, but a pattern
 * cannot know month lengths, so 2024-02-30 passes here and fails in the validator.
 */
export const ISO_DATE_PATTERN =
  '^(?!0000)\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01])' +
  '(?:T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)?)?$';

/**
 * `isSafeUrl` as a pattern (JSON Schema patterns have no `i` flag, hence the spelled-out case):
 * http(s) or no scheme at all, and none of the characters that hide a scheme. A unit test checks
 * that the two agree on generated input.
 */
export const SAFE_URL_PATTERN =
  '^(?!$)(?:[hH][tT][tT][pP][sS]?:|(?![a-zA-Z][a-zA-Z0-9+.-]*:))[^\\u0000-\\u0020\\u007f-\\u009f\\u2028\\u2029]*$';

type Meta = { id: string; description: string } & Record<string, unknown>;

// A private registry: ids turn shared schemas into $defs, and the extra keywords state, for
// editors, the refinements that zod cannot translate.
function metadata(): z.core.$ZodRegistry<Meta> {
  const registry = z.registry<Meta>();
  const add = (schema: z.ZodMiniType, meta: Meta) => registry.add(schema, meta);
  add(ReviewSchema, { id: 'Review', description: 'One review of one work, by one reviewer, optionally with a score.' });
  add(ClaimSchema, { id: 'Claim', description: 'A quoted claim with its speaker, setting, sources and verification.' });
  add(ControversySchema, {
    id: 'Controversy',
    description: 'A contested subject: neutral summary, positions side by side, timeline, statements, outcome.',
  });
  add(WorkSchema, { id: 'Work', description: 'A work that is reviewed or discussed: a film, a documentary, a thread, a video…' });
  add(AgentSchema, { id: 'Agent', description: 'A person or an organisation: who reviewed, said, judged or holds a position.' });
  add(SourceSchema, {
    id: 'Source',
    description: 'Where a fact comes from. Needs a url or a title.',
    anyOf: [{ required: ['url'] }, { required: ['title'] }],
  });
  add(ExtraSchema, { id: 'Extra', description: 'A labelled extra such as "Oscar prospects: None".' });
  add(ScoreSchema, { id: 'Score', description: 'One score on any scale, as the source gave it.' });
  add(NumericScoreSchema, {
    id: 'NumericScore',
    description: 'A number from `worst` (default 0) to `best`: 6/10, 4.5/5 stars, 87/100. `best` must be above `worst` and `value` between them.',
  });
  add(LetterScoreSchema, {
    id: 'LetterScore',
    description: 'A letter grade on `scale`, listed best first (default A+ … F); `value` must be on the scale.',
  });
  add(NamedScoreSchema, {
    id: 'NamedScore',
    description: 'A named rating ("Mostly false"), optionally on an ordered `scale` listed best first.',
  });
  add(VerificationSchema, {
    id: 'Verification',
    description: 'Three separate questions: who said it (attribution), is the media original, is it true (verdict, required).',
  });
  add(AttributionSchema, { id: 'Attribution', description: 'Did this person really say it?' });
  add(MediaAuthenticitySchema, { id: 'MediaAuthenticity', description: 'Is the video or image original?' });
  add(VerdictSchema, { id: 'Verdict', description: 'Is the claim true? Holds as of `asOf`.' });
  add(PositionSchema, { id: 'Position', description: 'One side of a contested question, with who holds it.' });
  add(TimelineEventSchema, { id: 'TimelineEvent', description: 'A dated event on a timeline, with its sources.' });
  add(IsoDate, {
    id: 'IsoDate',
    description: 'ISO 8601 date to any precision: 2024, 2024-09, 2024-09-12, 2024-09-12T14:30Z.',
    pattern: ISO_DATE_PATTERN,
  });
  add(SafeUrl, { id: 'SafeUrl', description: 'An http(s) or relative URL.', pattern: SAFE_URL_PATTERN });
  add(LanguageTag, { id: 'LanguageTag', description: 'A BCP 47 language tag such as en, uk or pt-BR.' });
  return registry;
}

/**
 * The JSON Schema for any review-cards document, generated from the zod schemas. It describes
 * what a data file may contain (the input side), so unknown fields are allowed, as in the elements.
 */
export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(DocumentSchema, {
    io: 'input',
    target: 'draft-2020-12',
    metadata: metadata(),
  }) as Record<string, unknown>;
  const { $schema, ...body } = generated;
  return {
    $schema,
    $id: JSON_SCHEMA_ID,
    title: 'review-cards document',
    description: 'A review, a quoted claim or a controversy, as rendered by the review-cards web components.',
    $comment: 'Generated from src/schemas by scripts/generate-json-schema.ts; do not edit by hand.',
    ...body,
  };
}

/** The schema file's text, exactly as committed: two-space indents and a final newline. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
