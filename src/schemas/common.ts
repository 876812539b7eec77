import * as z from 'zod/mini';
import { LIMITS, isIsoDate, isSafeUrl, sourceHasUrlOrTitle, type RuleIssue } from './rules.js';

/** Non-empty text of at most `max` characters. */
export const text = (max: number = LIMITS.shortText) =>
  // Trim before the emptiness check, so whitespace alone is empty, not "".
  z.string().check(z.maxLength(max, { abort: true }), z.trim(), z.minLength(1));

/** Text of up to 20,000 characters: excerpts, summaries, reasons. */
export const longText = () => text(LIMITS.longText);

/** A bounded array; the length cap aborts before any item is checked. */
export const list = <T extends z.ZodMiniType>(item: T, max: number = LIMITS.listItems) =>
  z.array(item).check(z.maxLength(max, { abort: true }));

/** An `http(s)` or relative URL. zod's own `url()` accepts `javascript:`, so this is ours. */
export const SafeUrl = z
  .string()
  .check(
    z.maxLength(LIMITS.url, { abort: true }),
    z.refine(isSafeUrl, { message: 'must be an http(s) or relative URL' }),
  );

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
    /** A note for readers: what this source says about the fact, or its own caveat. Rendered. */
    note: z.optional(text(2_000)),
    /**
     * A note for data authors only (where in a seed the fact is, why it was read so). Kept by the validator,
     * the JSON Schema and round trips; never rendered.
     */
    editorNote: z.optional(text(2_000)),
  })
  .check(
    z.refine(sourceHasUrlOrTitle, { message: 'a source needs a url or a title' }),
  );

/** A labelled extra such as "Oscar prospects: None". */
export const ExtraSchema = z.object({ label: text(120), value: text(2_000) });

export type Agent = z.infer<typeof AgentSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Extra = z.infer<typeof ExtraSchema>;

/**
 * A check that runs `rule` and reports what it returns. The rule is kept on the check, so the
 * validator generator (scripts/generate-validators.ts) can call the same function in lean/.
 */
export function ruleCheck<T>(rule: (value: T) => RuleIssue[]) {
  return Object.assign(
    z.superRefine((value: T, ctx) => {
      for (const issue of rule(value)) ctx.addIssue({ code: 'custom', ...issue });
    }),
    { rule },
  );
}
