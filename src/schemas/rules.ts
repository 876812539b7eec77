// The rules behind the schemas that are code, not shape: URL safety, ISO dates, score ranges and
// scales, band preset names. No zod here, so the elements' validators (lean/) and formatters can use
// them without pulling in zod; the zod schemas call the same functions. How a valid score is shown
// (normalisation, bands) is not a rule: it lives in score-bands.ts.

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
