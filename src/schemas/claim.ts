import * as z from 'zod/mini';
import { AgentSchema, IsoDate, LanguageTag, SafeUrl, SourceSchema, list, longText, text } from './common.js';
import { ScoreSchema } from './score.js';

/** Did this person really say it? */
export const ATTRIBUTION_STATUSES = [
  'confirmed', 'purported', 'unverified', 'disputed', 'misattributed',
] as const;

/** Is the video or image original? schema.org MediaReview's categories, plus "unverified". */
export const MEDIA_AUTHENTICITY_STATUSES = [
  'original', 'decontextualized', 'edited-or-cropped', 'transformed', 'staged', 'satire-or-parody', 'unverified',
] as const;

/** Is the claim true? A closed vocabulary; the publisher's own label goes in `publisherLabel`. */
export const VERDICT_STATUSES = [
  'documented', 'verified', 'true', 'mostly-true', 'mixed', 'unverified', 'disputed',
  'misleading', 'mostly-false', 'false', 'opinion', 'satire', 'research-in-progress', 'outdated',
] as const;

const assessment = <S extends readonly [string, ...string[]]>(statuses: S) =>
  z.object({
    status: z.enum(statuses),
    /** Who judged it: a party the sources name (a fact-checker, the outlet that calls it "unverified"). */
    by: z.optional(AgentSchema),
    /** When the judgement was made; a verdict holds as of this date. */
    asOf: z.optional(IsoDate),
    /** Why, in a sentence or two. */
    reason: z.optional(longText()),
    /** The judge's own wording, e.g. a Truth-O-Meter "Pants on Fire" or a Snopes rating. */
    publisherLabel: z.optional(text(120)),
    /** The judge's rating on its own scale, when it has one. */
    rating: z.optional(ScoreSchema),
    evidence: z.optional(list(SourceSchema, 50)),
    /** For data authors only: how this judgement was read from the sources. Never rendered. */
    editorNote: z.optional(text(2_000)),
  });

export const AttributionSchema = assessment(ATTRIBUTION_STATUSES);
export const MediaAuthenticitySchema = assessment(MEDIA_AUTHENTICITY_STATUSES);
export const VerdictSchema = assessment(VERDICT_STATUSES);

/**
 * Three separate questions: who said it, is the media original, is it true. Each is answered only where a
 * party the sources name has judged it; a claim no one has fact-checked has no `verdict` and reads "Not
 * fact-checked", with the source's own `caveat` when it gives one.
 */
export const VerificationSchema = z.object({
  attribution: z.optional(AttributionSchema),
  mediaAuthenticity: z.optional(MediaAuthenticitySchema),
  verdict: z.optional(VerdictSchema),
  /** The source's own caveat about the claim, in its words ("could not be independently verified"). */
  caveat: z.optional(longText()),
});

/**
 * What the words are: the speaker's own (`direct`, shown in quotation marks), a source's account of what was
 * said (`reported`, shown as reported, no quotation marks), or such an account that quotes some of the
 * speaker's words (`mixed`: the quoted fragments carry their own quotation marks in `text`).
 */
export const SPEECH_KINDS = ['direct', 'reported', 'mixed'] as const;

/** A quoted claim with its speaker, setting, sources and verification. */
export const ClaimSchema = z.object({
  type: z.literal('claim'),
  $schema: z.optional(z.string().check(z.maxLength(500))),
  /** The words: exactly as said when `speech` is `direct`, else the source's account of them. */
  text: longText(),
  /** Direct (exact words; the default), reported, or mixed (reported with quoted fragments). */
  speech: z.optional(z.enum(SPEECH_KINDS)),
  /** Whose account `text` is, for reported and mixed speech: the outlet or person reporting what was said. */
  reportedBy: z.optional(AgentSchema),
  /** Language of `text`. */
  inLanguage: z.optional(LanguageTag),
  /** The words in the language they were said in, when `text` is a translation. */
  original: z.optional(z.object({ text: longText(), inLanguage: LanguageTag })),
  /** A translation of `text` for readers of another language. */
  translation: z.optional(z.object({ text: longText(), inLanguage: LanguageTag, by: z.optional(AgentSchema) })),
  /** Who said or wrote it, with role and affiliation; a description when unnamed. */
  speaker: AgentSchema,
  /** When it was said, to any precision. */
  dateSaid: z.optional(IsoDate),
  /** Where: a place or a venue ("UN General Assembly, New York"). */
  location: z.optional(text()),
  /** In what setting: "video message from the front", "text messages read aloud". */
  setting: z.optional(text(500)),
  /** The recording or image the claim appears in, when there is one. */
  media: z.optional(
    z.object({
      kind: z.enum(['video', 'image', 'audio', 'text']),
      url: z.optional(SafeUrl),
      description: z.optional(text(2_000)),
    }),
  ),
  /** Short context for readers. */
  context: z.optional(longText()),
  sources: list(SourceSchema, 50).check(z.minLength(1, { message: 'a claim needs at least one source' })),
  verification: VerificationSchema,
  url: z.optional(SafeUrl),
  /** For data authors only: how the claim was read from its sources. Never rendered. */
  editorNote: z.optional(text(2_000)),
});

export type AttributionStatus = (typeof ATTRIBUTION_STATUSES)[number];
export type MediaAuthenticityStatus = (typeof MEDIA_AUTHENTICITY_STATUSES)[number];
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];
export type SpeechKind = (typeof SPEECH_KINDS)[number];
export type Assessment = z.infer<typeof VerdictSchema> | z.infer<typeof AttributionSchema> | z.infer<typeof MediaAuthenticitySchema>;
export type Verification = z.infer<typeof VerificationSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
