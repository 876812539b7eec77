import * as z from 'zod/mini';
import { AgentSchema, ruleCheck, text } from './common.js';
import { BAND_PRESET_NAMES, letterScaleIssues, namedScaleIssues, numericScoreIssues } from './rules.js';

const finite = () => z.number().check(z.refine(Number.isFinite, { message: 'must be a finite number' }));

const common = {
  /** Who gave the score: the critic, outlet or fact-checker. */
  author: z.optional(AgentSchema),
  /** The score exactly as printed in the source, e.g. "7.5/10" or "★★★★½". */
  asWritten: z.optional(text(60)),
  /** Caption shown beside the score, e.g. "Movie score". */
  label: z.optional(text(80)),
  /** Which band preset colours the score. */
  bands: z.optional(z.enum(BAND_PRESET_NAMES)),
};

/** A number on a scale from `worst` (default 0) to `best`: 6/10, 4.5/5 stars, 87/100. */
export const NumericScoreSchema = z
  .object({
    kind: z.literal('numeric'),
    value: finite(),
    best: finite(),
    worst: z.optional(finite()),
    /** How to show it: a number ("6/10"), stars or a percentage. */
    display: z.optional(z.enum(['number', 'stars', 'percent'])),
    ...common,
  })
  .check(ruleCheck(numericScoreIssues));

/** A letter grade ("B+"), on `scale` listed best first (default A+ … F). */
export const LetterScoreSchema = z
  .object({
    kind: z.literal('letter'),
    value: text(8),
    scale: z.optional(z.array(text(8)).check(z.minLength(2), z.maxLength(30))),
    ...common,
  })
  .check(ruleCheck(letterScaleIssues));

/** A named rating ("Mostly false"), optionally on an ordered `scale` listed best first. */
export const NamedScoreSchema = z
  .object({
    kind: z.literal('named'),
    value: text(80),
    scale: z.optional(z.array(text(80)).check(z.minLength(2), z.maxLength(30))),
    ...common,
  })
  .check(ruleCheck(namedScaleIssues));

/** One score on any scale. The score as written is kept; `normalizeScore` derives 0–100. */
export const ScoreSchema = z.discriminatedUnion('kind', [NumericScoreSchema, LetterScoreSchema, NamedScoreSchema]);

export type NumericScore = z.infer<typeof NumericScoreSchema>;
export type LetterScore = z.infer<typeof LetterScoreSchema>;
export type NamedScore = z.infer<typeof NamedScoreSchema>;
export type Score = z.infer<typeof ScoreSchema>;

