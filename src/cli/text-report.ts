import type { ValidationIssue } from '../schemas/validate.js';

/**
 * A validation issue with where it is in the source text (1-based line and column). `info` is a
 * note, not a problem: for JSON-LD, which node a card shows and which it skips.
 */
export interface LocatedIssue extends Omit<ValidationIssue, 'severity'> {
  severity: ValidationIssue['severity'] | 'info';
  line?: number;
  column?: number;
}

/**
 * `valid`: no errors (warnings allowed, unless strict). `invalid`: the schema rejects it.
 * `not-json`: the text is not JSON at all; its one issue has code `syntax` and a position.
 */
export type TextStatus = 'valid' | 'invalid' | 'not-json';

export interface TextReport {
  status: TextStatus;
  /** Errors and warnings, in source order. */
  issues: LocatedIssue[];
}
