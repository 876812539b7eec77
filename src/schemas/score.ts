import * as z from 'zod/mini';
import { AgentSchema, text } from './common.js';

const finite = () => z.number().check(z.refine(Number.isFinite, { message: 'must be a finite number' }));

/** Preset names for mapping a normalised 0–100 value to a band. */
export const BAND_PRESET_NAMES = ['default', 'metacritic', 'rotten-tomatoes'] as const;

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
  .check(
    z.superRefine((s, ctx) => {
      const worst = s.worst ?? 0;
      if (!(s.best > worst)) {
        ctx.addIssue({ code: 'custom', path: ['best'], message: `best (${s.best}) must be above worst (${worst})`, input: s.best });
      } else if (s.value > s.best) {
        ctx.addIssue({ code: 'custom', path: ['value'], message: `value ${s.value} is above the best score ${s.best}`, input: s.value });
      } else if (s.value < worst) {
        ctx.addIssue({ code: 'custom', path: ['value'], message: `value ${s.value} is below the worst score ${worst}`, input: s.value });
      }
    }),
  );

/** School grades from best to worst; the default letter scale. */
export const DEFAULT_LETTER_SCALE = ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-', 'F'] as const;

const rankedScale = (kind: 'letter' | 'named') =>
  z.superRefine((s: { value: string; scale?: string[] | undefined }, ctx) => {
    const scale: readonly string[] | undefined = s.scale ?? (kind === 'letter' ? DEFAULT_LETTER_SCALE : undefined);
    if (scale && !scale.includes(s.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `"${s.value}" is not on the scale (${scale.join(', ')})`, input: s.value });
    }
  });

/** A letter grade ("B+"), on `scale` listed best first (default A+ … F). */
export const LetterScoreSchema = z
  .object({
    kind: z.literal('letter'),
    value: text(8),
    scale: z.optional(z.array(text(8)).check(z.minLength(2), z.maxLength(30))),
    ...common,
  })
  .check(rankedScale('letter'));

/** A named rating ("Mostly false"), optionally on an ordered `scale` listed best first. */
export const NamedScoreSchema = z
  .object({
    kind: z.literal('named'),
    value: text(80),
    scale: z.optional(z.array(text(80)).check(z.minLength(2), z.maxLength(30))),
    ...common,
  })
  .check(rankedScale('named'));

/** One score on any scale. The score as written is kept; `normalizeScore` derives 0–100. */
export const ScoreSchema = z.discriminatedUnion('kind', [NumericScoreSchema, LetterScoreSchema, NamedScoreSchema]);

export type NumericScore = z.infer<typeof NumericScoreSchema>;
export type LetterScore = z.infer<typeof LetterScoreSchema>;
export type NamedScore = z.infer<typeof NamedScoreSchema>;
export type Score = z.infer<typeof ScoreSchema>;
export type BandPresetName = (typeof BAND_PRESET_NAMES)[number];

/** The score on 0–100, or `undefined` when it has no ordered scale (a named rating without `scale`). */
export function normalizeScore(score: Score): number | undefined {
  if (score.kind === 'numeric') {
    const worst = score.worst ?? 0;
    return ((score.value - worst) / (score.best - worst)) * 100;
  }
  const scale: readonly string[] | undefined = score.scale ?? (score.kind === 'letter' ? DEFAULT_LETTER_SCALE : undefined);
  if (!scale) return undefined;
  const rank = scale.indexOf(score.value);
  if (rank < 0) return undefined;
  return ((scale.length - 1 - rank) / (scale.length - 1)) * 100;
}

/** How a band reads: used for colour and for the text that keeps colour from being the only signal. */
export type BandTone = 'positive' | 'mixed' | 'negative';

export interface Band {
  /** Stable id, e.g. `universal-acclaim`; used as `data-band` in the DOM. */
  id: string;
  /** Plain-language name, e.g. "Generally favorable". */
  label: string;
  tone: BandTone;
  /** Lowest normalised value in the band (inclusive). */
  min: number;
}

/** Band presets, highest band first. Metacritic film bands 81/61/40/20; Rotten Tomatoes' 60 % line. */
export const BAND_PRESETS: Record<BandPresetName, readonly Band[]> = {
  default: [
    { id: 'high', label: 'High', tone: 'positive', min: 70 },
    { id: 'mid', label: 'Middling', tone: 'mixed', min: 40 },
    { id: 'low', label: 'Low', tone: 'negative', min: 0 },
  ],
  metacritic: [
    { id: 'universal-acclaim', label: 'Universal acclaim', tone: 'positive', min: 81 },
    { id: 'generally-favorable', label: 'Generally favorable', tone: 'positive', min: 61 },
    { id: 'mixed', label: 'Mixed or average', tone: 'mixed', min: 40 },
    { id: 'generally-unfavorable', label: 'Generally unfavorable', tone: 'negative', min: 20 },
    { id: 'overwhelming-dislike', label: 'Overwhelming dislike', tone: 'negative', min: 0 },
  ],
  'rotten-tomatoes': [
    { id: 'fresh', label: 'Fresh', tone: 'positive', min: 60 },
    { id: 'rotten', label: 'Rotten', tone: 'negative', min: 0 },
  ],
};

/** The band a score falls in under its preset (or `preset`), or `undefined` when it cannot be ranked. */
export function scoreBand(score: Score, preset: BandPresetName = score.bands ?? 'default'): Band | undefined {
  const normalized = normalizeScore(score);
  if (normalized === undefined) return undefined;
  return BAND_PRESETS[preset].find((band) => normalized >= band.min);
}
