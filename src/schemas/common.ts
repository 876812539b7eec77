import * as z from 'zod/mini';

/** Limits shared by every schema; checked before any pattern so hostile input fails fast. */
export const LIMITS = {
  shortText: 300,
  longText: 20_000,
  url: 2_048,
  listItems: 200,
  people: 100,
} as const;

/** Non-empty text of at most `max` characters. */
export const text = (max: number = LIMITS.shortText) =>
  // Trim before the emptiness check, so whitespace alone is empty, not "".
  z.string().check(z.maxLength(max, { abort: true }), z.trim(), z.minLength(1));

/** Text of up to 20,000 characters: excerpts, summaries, reasons. */
export const longText = () => text(LIMITS.longText);

/** A bounded array; the length cap aborts before any item is checked. */
export const list = <T extends z.ZodMiniType>(item: T, max: number = LIMITS.listItems) =>
  z.array(item).check(z.maxLength(max, { abort: true }));

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

/** An `http(s)` or relative URL. zod's own `url()` accepts `javascript:`, so this is ours. */
export const SafeUrl = z
  .string()
  .check(
    z.maxLength(LIMITS.url, { abort: true }),
    z.refine(isSafeUrl, { message: 'must be an http(s) or relative URL' }),
  );

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

/** ISO 8601 with partial precision: `2024`, `2024-09`, `2024-09-12`, `2024-09-12T14:30Z`. */
export const IsoDate = z
  .string()
  .check(
    z.maxLength(40, { abort: true }),
    z.refine(isIsoDate, { message: 'must be an ISO 8601 date such as 2024, 2024-09 or 2024-09-12' }),
  );

/** A BCP 47 language tag such as `en`, `ru`, `uk`, `pt-BR`. */
export const LanguageTag = z
  .string()
  .check(
    z.maxLength(35, { abort: true }),
    z.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, { message: 'must be a language tag such as en or pt-BR' }),
  );

/** A person or an organisation: who reviewed, said, judged or holds a position. */
export const AgentSchema = z.object({
  name: text(),
  /** `person` or `organization`; schema.org's Person / Organization. */
  type: z.optional(z.enum(['person', 'organization'])),
  /** Role in this context: "Director", "Ambassador to the UN", "Film critic". */
  role: z.optional(text()),
  /** Employer, outlet, unit or body the agent speaks for. */
  affiliation: z.optional(text()),
  url: z.optional(SafeUrl),
});

/** Where a fact comes from. At least a URL or a title. */
export const SourceSchema = z
  .object({
    url: z.optional(SafeUrl),
    title: z.optional(text()),
    /** The publication: "Next Best Picture", "Euronews", "X (Twitter)". */
    publisher: z.optional(text()),
    author: z.optional(text()),
    datePublished: z.optional(IsoDate),
    /** A snapshot, e.g. on the Wayback Machine. */
    archivedUrl: z.optional(SafeUrl),
    /** What in this source supports the fact, or a caveat about it. */
    note: z.optional(text(2_000)),
  })
  .check(
    z.refine((s) => s.url !== undefined || s.title !== undefined, {
      message: 'a source needs a url or a title',
    }),
  );

/** A labelled extra such as "Oscar prospects: None". */
export const ExtraSchema = z.object({ label: text(120), value: text(2_000) });

export type Agent = z.infer<typeof AgentSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Extra = z.infer<typeof ExtraSchema>;
