// The elements' validator: the zod schemas compiled (scripts/generate-validators.ts) into small
// closures with the same semantics, so a page gets validation without zod's runtime (8 kB gzip).
// Issues have zod's shape and go through the same toIssues(), so messages and paths match; a unit
// test runs both validators on the same corpus and requires identical results.
import type * as z from 'zod/mini';
import type { RuleIssue } from '../rules.js';
import { isPlainObject as isObject } from '../guards.js';
import { toIssues, unknownFields, type ValidationResult } from '../validate.js';

/** A zod-shaped issue while it is being collected; `continue: true` lets later checks run. */
interface Issue {
  code: string;
  path: Array<string | number>;
  input?: unknown;
  message?: string;
  continue?: boolean;
  [key: string]: unknown;
}

interface Payload {
  value: unknown;
  issues: Issue[];
}

/** Parses `payload.value` in place, as a zod schema's `run` does. */
export type Node = ((payload: Payload) => void) & { optional?: true };

/** A check on a value that passed its type; `when` checks also run after a continuable failure. */
export interface Check {
  (payload: Payload): void;
  when?: (payload: Payload) => boolean;
  /** Length checks: the maximum, or -1 for a minimum. */
  size?: number;
}

/** zod's capSize: an array over a leading maximum fails on length alone, before its items are read. */
function overCap(p: Payload, checks: readonly Check[]): boolean {
  const input = p.value as unknown[];
  for (const check of checks) {
    if (check.size === undefined) break;
    if (check.size >= 0 && input.length > check.size) {
      const start = p.issues.length;
      check(p);
      p.issues[start]!.continue = false;
      return true;
    }
  }
  return false;
}

// zod's util.aborted / explicitlyAborted: an issue without `continue: true` stops later checks.
function aborted(p: Payload, from = 0): boolean {
  for (let i = from; i < p.issues.length; i++) if (p.issues[i]!.continue !== true) return true;
  return false;
}
const explicitlyAborted = (p: Payload) => p.issues.some((i) => i.continue === false);

function runChecks(p: Payload, checks: readonly Check[]): void {
  let stop = aborted(p);
  for (const check of checks) {
    if (check.when) {
      if (explicitlyAborted(p) || !check.when(p)) continue;
    } else if (stop) continue;
    const before = p.issues.length;
    check(p);
    if (p.issues.length !== before && !stop) stop = aborted(p, before);
  }
}

const typeIssue = (expected: string, input: unknown): Issue => ({ code: 'invalid_type', expected, input, path: [] });

/** A string; `checks` run in order. */
export const str = (checks: readonly Check[]): Node => (p) => {
  if (typeof p.value !== 'string') p.issues.push(typeIssue('string', p.value));
  runChecks(p, checks);
};

/** A finite number (`int` also rejects fractions and unsafe integers). */
export const num = (checks: readonly Check[]): Node => (p) => {
  const v = p.value;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    const received = typeof v === 'number' ? (Number.isNaN(v) ? 'NaN' : String(v)) : undefined;
    p.issues.push({ ...typeIssue('number', v), ...(received ? { received } : {}) });
  }
  runChecks(p, checks);
};

/** One of `values` (a literal or an enum). */
export const oneOf = (values: readonly unknown[]): Node => (p) => {
  if (!values.includes(p.value)) p.issues.push({ code: 'invalid_value', values: [...values], input: p.value, path: [] });
};

export const optional = (inner: Node): Node =>
  Object.assign((p: Payload) => {
    if (p.value !== undefined) inner(p);
  }, { optional: true as const });

/** Issues of a child, under `key`. */
const prefixed = (key: string | number, issues: Issue[]) => issues.map((i) => ({ ...i, path: [key, ...i.path] }));

export const array = (item: Node, checks: readonly Check[]): Node => (p) => {
  const input = p.value;
  if (Array.isArray(input) && overCap(p, checks)) return;
  if (!Array.isArray(input)) {
    p.issues.push(typeIssue('array', input));
  } else {
    const out: unknown[] = new Array(input.length);
    input.forEach((value: unknown, i) => {
      const child: Payload = { value, issues: [] };
      item(child);
      p.issues.push(...prefixed(i, child.issues));
      out[i] = child.value;
    });
    p.value = out;
  }
  runChecks(p, checks);
};

export const object = (shape: Readonly<Record<string, Node>>, checks: readonly Check[] = []): Node => {
  const keys = Object.keys(shape).filter((key) => key !== '__proto__');
  return (p) => {
    const input = p.value;
    if (!isObject(input)) {
      p.issues.push(typeIssue('object', input));
    } else {
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        const node = shape[key]!;
        const present = key in input;
        const child: Payload = { value: input[key], issues: [] };
        node(child);
        // zod's handlePropertyResult: an absent optional key contributes nothing.
        if (!present && node.optional) continue;
        p.issues.push(...prefixed(key, child.issues));
        if (!present && !node.optional) {
          if (!child.issues.length) p.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: undefined, path: [key] });
          continue;
        }
        out[key] = child.value;
      }
      p.value = out;
    }
    runChecks(p, checks);
  };
};

/** Told apart by `key`; unknown or missing discriminators name the options. */
export const union = (key: string, options: Readonly<Record<string, Node>>): Node => (p) => {
  const input = p.value;
  if (!isObject(input)) {
    p.issues.push(typeIssue('object', input));
    return;
  }
  const tag = input[key];
  const node = typeof tag === 'string' && Object.prototype.hasOwnProperty.call(options, tag) ? options[tag] : undefined;
  if (node) return node(p);
  p.issues.push({ code: 'invalid_union', errors: [], discriminator: key, options: Object.keys(options), input, path: [key] });
};

// Checks. Lengths count code points once the UTF-16 length is over the limit, as zod does.
const codePoints = (v: string) => [...v].length;
const hasLength = (p: Payload) => p.value != null && (p.value as { length?: unknown }).length !== undefined;
const originOf = (v: unknown) => (typeof v === 'string' ? 'string' : Array.isArray(v) ? 'array' : 'unknown');

export const maxLength = (maximum: number, abort?: boolean, message?: string): Check =>
  Object.assign((p: Payload) => {
    const v = p.value as string | unknown[];
    const length = typeof v === 'string' && v.length > maximum ? codePoints(v) : v.length;
    if (length > maximum) p.issues.push({ code: 'too_big', origin: originOf(v), maximum, inclusive: true, input: v, path: [], continue: !abort, ...(message ? { message } : {}) });
  }, { when: hasLength, size: maximum });

export const minLength = (minimum: number, abort?: boolean, message?: string): Check =>
  Object.assign((p: Payload) => {
    const v = p.value as string | unknown[];
    const length = typeof v === 'string' && v.length >= minimum && v.length < minimum * 2 ? codePoints(v) : v.length;
    if (length < minimum) p.issues.push({ code: 'too_small', origin: originOf(v), minimum, inclusive: true, input: v, path: [], continue: !abort, ...(message ? { message } : {}) });
  }, { when: hasLength, size: -1 });

export const trim: Check = (p) => {
  p.value = (p.value as string).trim();
};

export const pattern = (re: RegExp, message?: string): Check => (p) => {
  re.lastIndex = 0;
  if (!re.test(p.value as string)) {
    p.issues.push({ code: 'invalid_format', origin: 'string', format: 'regex', pattern: String(re), input: p.value, path: [], continue: true, ...(message ? { message } : {}) });
  }
};

export const int: Check = (p) => {
  const v = p.value as number;
  if (!Number.isInteger(v)) {
    p.issues.push({ code: 'invalid_type', expected: 'int', format: 'safeint', input: v, path: [], continue: false });
  } else if (!Number.isSafeInteger(v)) {
    p.issues.push({ code: v > 0 ? 'too_big' : 'too_small', origin: 'int', input: v, path: [], continue: true, ...(v > 0 ? { maximum: Number.MAX_SAFE_INTEGER } : { minimum: Number.MIN_SAFE_INTEGER }), inclusive: true });
  }
};

export const gte = (minimum: number): Check => (p) => {
  if (!((p.value as number) >= minimum)) p.issues.push({ code: 'too_small', origin: 'number', minimum, inclusive: true, input: p.value, path: [], continue: true });
};

export const lte = (maximum: number): Check => (p) => {
  if (!((p.value as number) <= maximum)) p.issues.push({ code: 'too_big', origin: 'number', maximum, inclusive: true, input: p.value, path: [], continue: true });
};

/** zod's `refine`: `test` false is one custom issue with `message`. */
export const refine = (test: (value: never) => unknown, message?: string): Check => (p) => {
  if (!test(p.value as never)) p.issues.push({ code: 'custom', input: p.value, path: [], continue: true, ...(message ? { message } : {}) });
};

/** A schema rule (rules.ts) reporting its own issues, as `ruleCheck` does for zod. */
export const rule = (find: (value: never) => RuleIssue[]): Check => (p) => {
  for (const issue of find(p.value as never)) p.issues.push({ code: 'custom', ...issue, continue: true });
};

/** Validates like validate(zodSchema, input): never throws, unknown fields as warnings. */
export function validateWith<T>(node: Node, input: unknown): ValidationResult<T> {
  const payload: Payload = { value: input, issues: [] };
  try {
    node(payload);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: [], message: `could not be read: ${reason}`, severity: 'error', code: 'exception' }], warnings: [] };
  }
  if (payload.issues.length) {
    const issues = payload.issues.map(({ continue: _, ...issue }) => ({ message: 'Invalid input', ...issue }));
    return { ok: false, issues: toIssues(issues as unknown as z.core.$ZodIssue[]), warnings: [] };
  }
  let warnings: ValidationResult<T>['warnings'] = [];
  try {
    warnings = unknownFields(input, payload.value);
  } catch {
    // A getter that throws on the second read: the data itself parsed, so keep it.
  }
  return { ok: true, value: payload.value as T, warnings };
}
