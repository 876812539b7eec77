import * as z from 'zod/mini';
import { AgentSchema, ExtraSchema, IsoDate, LanguageTag, SafeUrl, SourceSchema, list, longText, text } from './common.js';
import { ClaimSchema } from './claim.js';
import { ScoreSchema } from './score.js';
import { WorkSchema } from './work.js';

/** One review of one work, by one reviewer, optionally with a score. Critiques and threads are reviews too. */
export const ReviewSchema = z.object({
  type: z.literal('review'),
  $schema: z.optional(z.string().check(z.maxLength(500))),
  /** The work under review (schema.org `itemReviewed`). */
  itemReviewed: WorkSchema,
  /** The reviewer. */
  author: z.optional(AgentSchema),
  /** The outlet that published the review. */
  publisher: z.optional(AgentSchema),
  datePublished: z.optional(IsoDate),
  inLanguage: z.optional(LanguageTag),
  headline: z.optional(text(300)),
  /** The reviewer's one-line verdict ("There is hope"). */
  verdict: z.optional(text(1_000)),
  /** The score as the reviewer gave it (schema.org `reviewRating`). */
  reviewRating: z.optional(ScoreSchema),
  /** What the work is about, without judgement ("The story"). */
  synopsis: z.optional(longText()),
  /** The review's own words, abridged (schema.org `reviewBody`). */
  excerpt: z.optional(longText()),
  /** "The Good" (schema.org `positiveNotes`). */
  pros: z.optional(list(text(1_000), 50)),
  /** "The Bad" (schema.org `negativeNotes`). */
  cons: z.optional(list(text(1_000), 50)),
  /** Labelled extras such as "Oscar prospects: None". */
  extras: z.optional(list(ExtraSchema, 50)),
  /** Claims the review makes or quotes, each with its verification. */
  claims: z.optional(list(ClaimSchema, 50)),
  url: z.optional(SafeUrl),
  sources: z.optional(list(SourceSchema, 50)),
});

export type Review = z.infer<typeof ReviewSchema>;
