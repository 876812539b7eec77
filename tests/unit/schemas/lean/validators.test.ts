// The elements validate with the compiled validators (src/schemas/lean), not zod. They must give
// exactly what validate(zodSchema, …) gives — ok, value, every issue's path, message and code, and
// the unknown-field warnings — on valid documents, generated documents and thousands of mutations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leanValidatorsSources } from '../../../../scripts/lib/compile-validators.js';
import { ClaimSchema, ControversySchema, DocumentSchema, ReviewSchema, ScoreSchema, validate } from '../../../../src/schemas/index.js';
import {
  validateClaim,
  validateControversy,
  validateDocument,
  validateReview,
  validateScore,
} from '../../../../src/schemas/lean/validators.generated.js';
import { claimArb, controversyArb, documentArb, reviewArb, scoreArb } from '../../../helpers/arbitraries.js';
import { validClaim, validControversy, validReview } from '../documents.js';

const ROOT = join(import.meta.dirname, '../../../..');
const seeds = (JSON.parse(readFileSync(join(ROOT, 'data/index.json'), 'utf8')) as Array<{ file: string }>).map(
  ({ file }) => JSON.parse(readFileSync(join(ROOT, 'data', file), 'utf8')) as Record<string, unknown>,
);

const PAIRS = [
  ['Score', ScoreSchema, validateScore],
  ['Review', ReviewSchema, validateReview],
  ['Claim', ClaimSchema, validateClaim],
  ['Controversy', ControversySchema, validateControversy],
  ['Document', DocumentSchema, validateDocument],
] as const;

/** Both validators on one input; they must agree on everything they report. */
function expectSame(input: unknown, pairs: ReadonlyArray<(typeof PAIRS)[number]> = PAIRS): void {
  for (const [name, schema, lean] of pairs) {
    const expected = validate(schema as Parameters<typeof validate>[0], input);
    const actual = lean(input);
    // Vitest's toEqual costs milliseconds on a large document; the strict check passes first in
    // almost every case, and toEqual then explains any difference.
    if (!isDeepStrictEqual(actual, expected)) expect(actual, `${name} on ${JSON.stringify(input)?.slice(0, 300)}`).toEqual(expected);
  }
}

/** Values that break a field in every way the schemas know. */
const BAD_VALUES: unknown[] = [
  undefined, null, true, 0, -1, 1.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2,
  '', '   ', 'x', 'x'.repeat(61), 'x'.repeat(301), 'é'.repeat(200), '😀'.repeat(200), '😀'.repeat(301), 'a\u0301'.repeat(160),
  'javascript:alert(1)', 'java\tscript:alert(1)', 'https://example.com/a', '/relative', '2024-02-30', '2024-13', '2024-09-12T25:00Z', '0000',
  'en', 'not a tag!', 'A+', 'Z', 'numeric', 'review',
  [], ['x'], [1, 2], new Array(201).fill('x'), {}, { name: 'x' }, { __proto__: { polluted: true } },
];

/** Every path to a value in `doc`, arrays included. */
function paths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [path];
  if (Array.isArray(value)) value.slice(0, 3).forEach((item, i) => out.push(...paths(item, [...path, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...path, k]));
  return out;
}

/** A copy of `doc` with the value at `path` replaced (or deleted, for undefined). */
function mutate(doc: unknown, path: Array<string | number>, replacement: unknown): unknown {
  if (!path.length) return replacement;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

describe('compiled validators', () => {
  it('are exactly what the zod schemas compile to (run `npm run generate` when this fails)', () => {
    const sources = leanValidatorsSources();
    expect(readFileSync(join(ROOT, 'src/schemas/lean/score-validator.generated.ts'), 'utf8')).toBe(sources.score);
    expect(readFileSync(join(ROOT, 'src/schemas/lean/validators.generated.ts'), 'utf8')).toBe(sources.documents);
  });

  it('agree with zod on every seed document and the minimal documents', () => {
    for (const doc of [...seeds, validReview(), validClaim(), validControversy()]) expectSame(doc);
  });

  // One test per document and top-level field: the large seeds take seconds each, and small tests
  // keep every one far from the timeout and say where zod and the compiled validators disagreed.
  let pathIndex = 0;
  const corpus = [...seeds, validReview(), validClaim(), validControversy()].flatMap((doc, d) => {
    const groups = new Map<string, Array<readonly [number, Array<string | number>]>>();
    paths(doc).forEach((path) => {
      const key = path.length ? String(path[0]) : '(the document)';
      groups.set(key, [...(groups.get(key) ?? []), [pathIndex++, path] as const]);
    });
    return [...groups].map(([key, group]) => [`${doc['type']} #${d}, ${key}`, doc, group] as const);
  });
  // Each path gets deletion and a rotating share of the bad values, so every value meets every kind
  // of field across the corpus while the run stays in seconds.
  const replacements = (i: number) => [undefined, ...Array.from({ length: 8 }, (_, k) => BAD_VALUES[(i * 8 + k) % BAD_VALUES.length])];
  it.each(corpus)('agree with zod on %s, with each field broken in several ways', (_label, doc, group) => {
    const own = PAIRS.find(([name]) => name.toLowerCase() === doc['type'])!;
    for (const [i, path] of group) for (const value of replacements(i)) expectSame(mutate(doc, path, value), [own, PAIRS[4]]);
  });

  it('break more than 5,000 documents in all', () => {
    const cases = corpus.reduce((sum, [, , group]) => sum + group.reduce((n, [i]) => n + replacements(i).length, 0), 0);
    expect(cases).toBeGreaterThan(5_000);
  });

  it('agree with zod on unknown fields, including __proto__ and constructor keys', () => {
    const review = validReview() as Record<string, unknown>;
    expectSame({ ...review, extra: 1, itemReviewed: { ...(review['itemReviewed'] as object), mystery: true } });
    expectSame(JSON.parse('{"type":"review","itemReviewed":{"name":"X","kind":"film"},"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}'));
  });

  it('agree with zod on top-level values that are not documents', () => {
    for (const value of BAD_VALUES) expectSame(value);
    expectSame({ type: 'nope' });
    expectSame({ kind: 'stars', value: 3 });
  });

  it('agree with zod on generated documents and scores', () => {
    fc.assert(fc.property(fc.oneof(documentArb, reviewArb, claimArb, controversyArb, scoreArb), (doc) => expectSame(doc)), { numRuns: 300 });
  });

  it('never throw: a throwing getter becomes an exception issue, as with zod', () => {
    const hostile = { type: 'review', get itemReviewed(): never { throw new Error('boom'); } };
    expect(validateReview(hostile)).toEqual(validate(ReviewSchema, hostile));
  });
});
