// How a valid score is shown: its place on 0–100 and the band that colours it. Display logic, not a
// rule of the schemas; no zod here, so the badge's template can use it without pulling zod in.
import { DEFAULT_LETTER_SCALE, type BandPresetName } from './rules.js';
import type { Score } from './score.js';

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
  /**
   * The scale owner's own words for the band, e.g. Metacritic's "Generally favorable". Only presets of a
   * scale whose publisher defines such words have them; the default preset colours a score and says nothing.
   */
  label?: string;
  tone: BandTone;
  /** Lowest normalised value in the band (inclusive). */
  min: number;
}

/**
 * Band presets, highest band first. Metacritic film bands 81/61/40/20 and Rotten Tomatoes' 60 % line carry
 * their owners' words; the default preset only picks a colour (a 6/10 is not "Middling" unless its critic said so).
 */
export const BAND_PRESETS: Record<BandPresetName, readonly Band[]> = {
  default: [
    { id: 'high', tone: 'positive', min: 70 },
    { id: 'mid', tone: 'mixed', min: 40 },
    { id: 'low', tone: 'negative', min: 0 },
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
