// The rules behind the schemas that are code, not shape: URL safety, ISO dates, score ranges and
// scales, band presets. No zod here, so the elements' validators (lean/) and formatters can use them
// without pulling in zod; the zod schemas call the same functions.
import type { Score } from './score.js';

/** Limits shared by every schema; checked before any pattern so hostile input fails fast. */
export const LIMITS = {
  shortText: 300,
  longText: 20_000,
  url: 2_048,
  listItems: 200,
  people: 100,
} as const;

// Scheme-less (relative) or http(s). Control characters and whitespace are never allowed, so
// obfuscations such as "java\tscript:" cannot slip past the scheme test.
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const UNSAFE_CHARS = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/;

/** True for `http:`, `https:` and relative URLs; the same rule guards rendering. */
export function isSafeUrl(value: string): boolean {
  if (value.length === 0 || value.length > LIMITS.url || UNSAFE_CHARS.test(value)) return false;
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  // No scheme: a relative reference, resolved against the page's own http(s) URL.
  if (scheme === undefined) return true;
  return scheme === 'http' || scheme === 'https';
}

const ISO_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** True for ISO 8601 dates of year, month or day precision, optionally with a time. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m;
  const year = Number(y);
  if (year < 1) return false;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return false;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)))
    return false;
  return true;
}

/** The years `Work.year` accepts. */
export const WORK_YEARS = { min: 1000, max: 9999 } as const;

/** A source needs a URL or a title. */
export function sourceHasUrlOrTitle(source: { url?: string | undefined; title?: string | undefined }): boolean {
  return source.url !== undefined || source.title !== undefined;
}

/** A problem a rule finds inside a value, relative to it. */
export interface RuleIssue {
  path: Array<string | number>;
  message: string;
  input: unknown;
}

/** `best` above `worst`, and `value` between them. */
export function numericScoreIssues(s: { value: number; best: number; worst?: number | undefined }): RuleIssue[] {
  const worst = s.worst ?? 0;
  if (!(s.best > worst)) return [{ path: ['best'], message: `best (${s.best}) must be above worst (${worst})`, input: s.best }];
  if (s.value > s.best) return [{ path: ['value'], message: `value ${s.value} is above the best score ${s.best}`, input: s.value }];
  if (s.value < worst) return [{ path: ['value'], message: `value ${s.value} is below the worst score ${worst}`, input: s.value }];
  return [];
}

/** School grades from best to worst; the default letter scale. */
export const DEFAULT_LETTER_SCALE = ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-', 'F'] as const;

const onScale = (value: string, scale: readonly string[] | undefined): RuleIssue[] =>
  scale && !scale.includes(value)
    ? [{ path: ['value'], message: `"${value}" is not on the scale (${scale.join(', ')})`, input: value }]
    : [];

/** A letter grade must be on its scale (default A+ … F). */
export const letterScaleIssues = (s: { value: string; scale?: string[] | undefined }): RuleIssue[] =>
  onScale(s.value, s.scale ?? DEFAULT_LETTER_SCALE);

/** A named rating must be on its scale, when it has one. */
export const namedScaleIssues = (s: { value: string; scale?: string[] | undefined }): RuleIssue[] => onScale(s.value, s.scale);

/** Preset names for mapping a normalised 0–100 value to a band. */
export const BAND_PRESET_NAMES = ['default', 'metacritic', 'rotten-tomatoes'] as const;

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
