import type * as z from 'zod/mini';
import { isPlainObject } from './guards.js';

export type IssuePath = ReadonlyArray<string | number>;

/** One problem with a document: where it is and why, in plain language. */
export interface ValidationIssue {
  path: IssuePath;
  message: string;
  /** `error` makes the document invalid; `warning` (an unknown field) does not. */
  severity: 'error' | 'warning';
  /** zod's issue code, or `unknown-field`, `not-an-object`, `exception`. */
  code: string;
}

export type ValidationResult<T> =
  | { ok: true; value: T; warnings: ValidationIssue[] }
  | { ok: false; issues: ValidationIssue[]; warnings: ValidationIssue[] };

/** `reviewRating.value`, `positions[1].heldBy[0].name`; `(root)` for the document itself. */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out || '(root)';
}

const typeName = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;

/** A plain-language reason for one zod issue. */
function describe(issue: z.core.$ZodIssue): string {
  // A message written in the schema ("a claim needs at least one source") beats the generic one.
  if (issue.code !== 'custom' && issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is required (expected ${issue.expected})`;
      if (issue.expected === 'number' && typeof issue.input === 'number') return 'must be a finite number';
      return `must be ${issue.expected === 'array' || issue.expected === 'object' ? 'an' : 'a'} ${issue.expected}, not ${typeName(issue.input)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `is too long (at most ${issue.maximum} characters)`
        : issue.origin === 'array'
          ? `has too many items (at most ${issue.maximum})`
          : `must be at most ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string'
        ? issue.minimum === 1 ? 'must not be empty' : `is too short (at least ${issue.minimum} characters)`
        : issue.origin === 'array'
          ? `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
          : `must be at least ${issue.minimum}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.map((o) => JSON.stringify(o)).join(', ') : '';
        const given = isPlainObject(issue.input) ? issue.input[issue.discriminator] : undefined;
        if (!options) return `has an unknown ${String(issue.discriminator)}`;
        return given === undefined ? `is required (one of: ${options})` : `must be one of: ${options}`;
      }
      return 'does not match any allowed shape';
    case 'invalid_format':
      return `must be a valid ${issue.format}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is invalid';
  }
}

/** zod issues, flattened (union branches) and turned into plain-language errors. */
export function toIssues(zodIssues: readonly z.core.$ZodIssue[], base: IssuePath = []): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of zodIssues) {
    const path = [...base, ...(issue.path as Array<string | number>)];
    if (issue.code === 'invalid_union' && !('discriminator' in issue && issue.discriminator) && issue.errors.length) {
      // Report the branch that got furthest: the one with the fewest issues.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      out.push(...toIssues(best, path));
      continue;
    }
    out.push({ path, message: describe(issue), severity: 'error', code: issue.code });
  }
  return out;
}

/**
 * Fields the schema does not know. zod drops them from its output, so every key present in the
 * input but absent from the output at the same path is unknown: no second copy of the schema needed.
 */
export function unknownFields(input: unknown, output: unknown, path: IssuePath = []): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  if (Array.isArray(input) && Array.isArray(output)) {
    output.forEach((item, i) => found.push(...unknownFields(input[i], item, [...path, i])));
  } else if (isPlainObject(input) && isPlainObject(output)) {
    for (const key of Object.keys(input)) {
      if (!Object.prototype.hasOwnProperty.call(output, key)) {
        found.push({ path: [...path, key], message: 'is not a known field (ignored)', severity: 'warning', code: 'unknown-field' });
      } else {
        found.push(...unknownFields(input[key], output[key], [...path, key]));
      }
    }
  }
  return found;
}

/**
 * Validates untrusted input. Never throws: hostile objects (throwing getters, proxies, cycles)
 * become an `exception` issue. The input is never mutated; the value is zod's fresh copy.
 */
export function validate<T>(schema: z.ZodMiniType<T>, input: unknown): ValidationResult<T> {
  let result: ReturnType<typeof schema.safeParse>;
  try {
    // `reportInput` puts the offending value on each issue, so "missing" and "wrong type" can be told apart.
    result = schema.safeParse(input, { reportInput: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: [], message: `could not be read: ${reason}`, severity: 'error', code: 'exception' }], warnings: [] };
  }
  if (!result.success) return { ok: false, issues: toIssues(result.error.issues), warnings: [] };
  let warnings: ValidationIssue[] = [];
  try {
    warnings = unknownFields(input, result.data);
  } catch {
    // A getter that throws on the second read: the data itself parsed, so keep it.
  }
  return { ok: true, value: result.data as T, warnings };
}

/** `path: reason` lines, for messages and logs. */
export function describeIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('\n');
}
