import { expect } from 'vitest';
import type * as z from 'zod/mini';
import { describeIssues, validate } from '../../../src/schemas/index.js';

/** Asserts the schema rejects `input` with a message line starting `path: `, and returns the text. */
export function expectRejected(schema: z.ZodMiniType, input: unknown, path: string): string {
  const result = validate(schema, input);
  expect(result.ok, `expected ${JSON.stringify(input)?.slice(0, 200)} to be rejected`).toBe(false);
  const text = result.ok ? '' : describeIssues(result.issues);
  expect(text.split('\n').some((line) => line.startsWith(`${path}: `)), text).toBe(true);
  return text;
}

/** Asserts the schema accepts `input` and returns the parsed value. */
export function expectAccepted<T>(schema: z.ZodMiniType<T>, input: unknown): T {
  const result = validate(schema, input);
  expect(result.ok ? '' : describeIssues(result.issues)).toBe('');
  if (!result.ok) throw new Error('unreachable');
  return result.value;
}
