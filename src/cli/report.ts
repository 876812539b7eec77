import { formatPath } from '../schemas/validate.js';
import type { LocatedIssue, TextStatus } from './text-report.js';

/**
 * One checked argument. Beyond the text statuses: `unreadable` (exists but cannot be read as
 * UTF-8 text) and `missing` (names no file; `file` is then the argument as given).
 */
export interface FileResult {
  file: string;
  status: TextStatus | 'unreadable' | 'missing';
  issues: LocatedIssue[];
}

export interface Summary {
  /** Files found and read or attempted; arguments that named no file are `missing`. */
  files: number;
  valid: number;
  invalid: number;
  /** Unreadable or not JSON. */
  unreadable: number;
  /** Arguments that named no file. */
  missing: number;
  errors: number;
  warnings: number;
}

export function summarize(results: readonly FileResult[]): Summary {
  const summary: Summary = { files: 0, valid: 0, invalid: 0, unreadable: 0, missing: 0, errors: 0, warnings: 0 };
  for (const result of results) {
    if (result.status === 'missing') summary.missing++;
    else summary.files++;
    if (result.status === 'valid') summary.valid++;
    else if (result.status === 'invalid') summary.invalid++;
    else if (result.status !== 'missing') summary.unreadable++;
    for (const issue of result.issues) {
      if (issue.severity === 'error') summary.errors++;
      else if (issue.severity === 'warning') summary.warnings++;
    }
  }
  return summary;
}

/** 0 when every document is valid, 1 when any is invalid, 2 when a file is missing, unreadable or not JSON. */
export function exitCodeFor(summary: Summary): 0 | 1 | 2 {
  if (summary.unreadable > 0 || summary.missing > 0) return 2;
  return summary.invalid > 0 ? 1 : 0;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `file:line:column: severity: path: reason`, the shape editors and terminals turn into links. */
export function formatIssueLine(file: string, issue: LocatedIssue): string {
  const where = issue.line === undefined ? file : `${file}:${issue.line}:${issue.column ?? 1}`;
  // A syntax error or an unreadable file is about the text, not about a place in the document.
  const what = issue.code === 'syntax' || issue.code === 'io' ? issue.message : `${formatPath(issue.path)}: ${issue.message}`;
  return `${where}: ${issue.severity}: ${what}`;
}

export function formatText(results: readonly FileResult[]): string {
  const lines = results.flatMap((result) => result.issues.map((issue) => formatIssueLine(result.file, issue)));
  const s = summarize(results);
  const counts = [`${s.valid} valid`, `${s.invalid} invalid`];
  if (s.unreadable) counts.push(`${s.unreadable} unreadable`);
  const missing = s.missing ? `; ${plural(s.missing, 'argument')} named no file` : '';
  lines.push(`${plural(s.files, 'file')} checked: ${counts.join(', ')}${missing}; ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}.`);
  return `${lines.join('\n')}\n`;
}

export function formatJson(results: readonly FileResult[]): string {
  const summary = summarize(results);
  const files = results.map((result) => ({
    file: result.file,
    status: result.status,
    issues: result.issues.map((issue) => ({
      severity: issue.severity,
      code: issue.code,
      path: issue.path,
      pathText: formatPath(issue.path),
      message: issue.message,
      line: issue.line,
      column: issue.column,
    })),
  }));
  return `${JSON.stringify({ ok: exitCodeFor(summary) === 0, summary, files }, null, 2)}\n`;
}
