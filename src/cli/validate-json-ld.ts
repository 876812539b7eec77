import { fromSchemaOrg, type FromSchemaOrgOptions } from '../adapters/schema-org/from-schema-org.js';
import { lintSchemaOrg } from '../adapters/schema-org/lint.js';
import { unwrapScriptText } from '../adapters/schema-org/script-text.js';
import { forKind, isJsonLd } from '../schemas/guards.js';
import type { IssuePath } from '../schemas/validate.js';
import type { LocatedIssue, TextReport } from './text-report.js';

/** The elements JSON-LD can feed, each with the kind of converted (and validated) value it shows. */
export const JSON_LD_ELEMENTS = {
  'rc-review-card': 'review',
  'rc-claim-quote': 'claim',
  'rc-score-badge': 'score',
} as const;

export type JsonLdElement = keyof typeof JSON_LD_ELEMENTS;

export interface JsonLdReportOptions {
  /** Report for this element (it shows the first node it can); without it, as `fromSchemaOrg` picks. */
  element?: JsonLdElement;
}

/** True for parsed JSON that is schema.org JSON-LD rather than our own document shape. */
export function looksLikeJsonLd(value: unknown): boolean {
  return isJsonLd(value) || (Array.isArray(value) && value.length > 0 && value.every(isJsonLd));
}

const SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** The ld+json scripts of an HTML page, with the 1-based line each script's text starts on. */
export function jsonLdScripts(html: string): Array<{ text: string; line: number }> {
  const found: Array<{ text: string; line: number }> = [];
  for (const match of html.matchAll(SCRIPT)) {
    const start = (match.index ?? 0) + match[0].indexOf('>') + 1;
    found.push({ text: match[1] ?? '', line: html.slice(0, start).split('\n').length });
  }
  return found;
}

const at = (prefix: IssuePath, line: number | undefined) => (issue: Omit<LocatedIssue, 'line' | 'column'>): LocatedIssue => ({
  ...issue, path: [...prefix, ...issue.path], ...(line === undefined ? {} : { line, column: 1 }),
});

/**
 * What a card makes of one JSON-LD document: an error when no card can show it, the adapter's warnings,
 * Google's rich-result problems (lintSchemaOrg, as warnings), and, as `info`, which node a card shows
 * and why each other candidate is skipped.
 */
export function reportJsonLd(text: string, options: JsonLdReportOptions = {}, prefix: IssuePath = [], line?: number): LocatedIssue[] {
  const kind = options.element && JSON_LD_ELEMENTS[options.element];
  // As the element converts: the first value of its kind, and that kind's problems when none is valid.
  const convertOptions: FromSchemaOrgOptions = kind ? forKind(kind) : {};
  const place = at(prefix, line);
  const issues: LocatedIssue[] = [];
  const result = fromSchemaOrg(text, convertOptions);
  const cannot = options.element ? `<${options.element}> cannot show this JSON-LD` : 'no card can show this JSON-LD';
  if (!result.ok) issues.push(...result.issues.map((i) => place({ ...i, message: `${cannot}: ${i.message}` })));
  // Skipped nodes are reported once, by the plan below.
  issues.push(...result.warnings.filter((w) => w.code !== 'skipped-node').map((w) => place(w)));
  for (const w of lintSchemaOrg(text, convertOptions)) {
    // Google's problems are warnings here: a card may still show what a rich result would not.
    const google = w.severity === 'info' ? '' : ` (Google: ${w.severity})`;
    issues.push(place({ path: w.path, message: `${w.message}${google}`, severity: w.severity === 'info' ? 'info' : 'warning', code: w.code }));
  }
  return issues;
}

/** Reports every ld+json script of an HTML page, each located at its line; a page with none is invalid. */
export function validateHtmlText(html: string, options: JsonLdReportOptions = {}): TextReport {
  const scripts = jsonLdScripts(html);
  if (scripts.length === 0) {
    return { status: 'invalid', issues: [{ path: [], message: 'has no <script type="application/ld+json">', severity: 'error', code: 'no-json-ld', line: 1, column: 1 }] };
  }
  const issues = scripts.flatMap((script, i) =>
    reportJsonLd(unwrapScriptText(script.text), options, scripts.length > 1 ? [`script ${i + 1}`] : [], script.line));
  return { status: issues.some((i) => i.severity === 'error') ? 'invalid' : 'valid', issues };
}
