import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTION_STATUSES, DocumentSchema, MEDIA_AUTHENTICITY_STATUSES, VERDICT_STATUSES, WORK_KINDS, isIsoDate, isSafeUrl, validate,
} from '../../../src/schemas/index.js';
import { ISO_DATE_PATTERN, JSON_SCHEMA_ID, SAFE_URL_PATTERN, buildJsonSchema, jsonSchemaText } from '../../../src/schemas/json-schema.js';
import { validClaim, validControversy, validReview } from './documents.js';
import { evaluate, type JsonSchema } from './json-schema-evaluator.js';

const committedPath = new URL('../../../schema/review-cards.schema.json', import.meta.url);
const schema = buildJsonSchema();
const defs = schema.$defs as Record<string, Record<string, unknown>>;

describe('the committed JSON Schema file', () => {
  it('is exactly what the zod schemas generate (run `npm run generate` when this fails)', () => {
    expect(readFileSync(committedPath, 'utf8')).toBe(jsonSchemaText());
  });
});

describe('buildJsonSchema', () => {
  it('names itself: draft 2020-12, $id, title and description', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(JSON_SCHEMA_ID);
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.description).toEqual(expect.any(String));
  });

  it('accepts any of the three document types at the root, told apart by a `type` constant', () => {
    expect(schema.oneOf).toEqual([{ $ref: '#/$defs/Review' }, { $ref: '#/$defs/Claim' }, { $ref: '#/$defs/Controversy' }]);
    const typeOf = (name: string) => (defs[name]?.properties as Record<string, unknown>).type;
    expect(typeOf('Review')).toEqual({ type: 'string', const: 'review' });
    expect(typeOf('Claim')).toEqual({ type: 'string', const: 'claim' });
    expect(typeOf('Controversy')).toEqual({ type: 'string', const: 'controversy' });
  });

  it('lists the required fields of each document type', () => {
    expect(defs.Review?.required).toEqual(['type', 'itemReviewed']);
    expect(defs.Claim?.required).toEqual(['type', 'text', 'speaker', 'sources', 'verification']);
    expect(defs.Controversy?.required).toEqual(['type', 'subject', 'summary', 'positions', 'sources']);
    // A claim no one has judged has no verdict; the verification object itself is required.
    expect(defs.Verification?.required).toBeUndefined();
  });

  it('carries the closed vocabularies as enums', () => {
    const enumOf = (name: string, field: string) => (defs[name]?.properties as Record<string, { enum: unknown } | undefined>)[field]?.enum;
    const statusOf = (name: string) => enumOf(name, 'status');
    expect(enumOf('Work', 'kind')).toEqual([...WORK_KINDS]);
    expect(statusOf('Attribution')).toEqual([...ATTRIBUTION_STATUSES]);
    expect(statusOf('MediaAuthenticity')).toEqual([...MEDIA_AUTHENTICITY_STATUSES]);
    expect(statusOf('Verdict')).toEqual([...VERDICT_STATUSES]);
  });

  it('keeps objects open, like the elements, so a newer document still validates', () => {
    expect(JSON.stringify(schema)).not.toContain('additionalProperties');
  });

  it('resolves every $ref to a definition', () => {
    const refs = [...JSON.stringify(schema).matchAll(/"\$ref":"#\/\$defs\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) expect(defs, ref).toHaveProperty(ref);
  });
});

describe('what the JSON Schema accepts', () => {
  const check = (doc: unknown) => evaluate(schema as JsonSchema, doc);

  it.each([
    ['a review', validReview()],
    ['a claim', validClaim()],
    ['a controversy', validControversy()],
    ['a document with a field it does not know', { ...validReview(), rating: 5 }],
  ])('accepts %s', (_, doc) => {
    expect(check(doc)).toEqual([]);
  });

  it.each([
    ['an array', []],
    ['a document without a type', { ...validReview(), type: undefined }],
    ['an unknown type', { ...validReview(), type: 'essay' }],
    ['a review without the reviewed work', { ...validReview(), itemReviewed: undefined }],
    ['a score given as a string', { ...validReview(), reviewRating: '6/10' }],
    ['an unknown work kind', { ...validReview(), itemReviewed: { name: 'X', kind: 'opera' } }],
    ['a javascript: URL', { ...validReview(), url: 'javascript:alert(1)' }],
    ['a month 13', { ...validReview(), datePublished: '2024-13' }],
    ['a source with neither url nor title', { ...validReview(), sources: [{ publisher: 'Somewhere' }] }],
    ['a claim without a verification', { ...validClaim(), verification: undefined }],
    ['a verdict without a status', { ...validClaim(), verification: { verdict: { by: { name: 'Example Check' } } } }],
    ['an unknown verdict status', { ...validClaim(), verification: { verdict: { status: 'probably' } } }],
  ])('rejects %s', (_, doc) => {
    const json = JSON.parse(JSON.stringify(doc)) as unknown;
    expect(check(json)).not.toEqual([]);
    // The zod schema, which the validator uses, rejects it too.
    expect(validate(DocumentSchema, json).ok).toBe(false);
  });
});

describe('patterns that stand in for refinements', () => {
  const safeUrl = new RegExp(SAFE_URL_PATTERN, 'u');
  const isoDate = new RegExp(ISO_DATE_PATTERN, 'u');

  it('the URL pattern agrees with isSafeUrl', () => {
    const schemeish = fc.constantFrom('http:', 'https:', 'HTTPS:', 'hTTp:', 'javascript:', 'JavaScript:', 'data:', 'vbscript:', 'ftp:', 'a:', '1a:', 'http+x:', 'httpx:', '', '/', '//', './', '?', '#');
    const chars = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ':', '/', '.', '+', '-', ' ', '\t', '\n', '\u0000', '\u007f', '\u0085', '\u2028', '\u00e9', '%', '#', '?', 'j', 's', 'h', 't', 'p') });
    fc.assert(
      fc.property(fc.oneof(fc.tuple(schemeish, chars).map(([a, b]) => a + b), fc.string(), chars), (url) => {
        expect(safeUrl.test(url), JSON.stringify(url)).toBe(isSafeUrl(url));
      }),
      { numRuns: 5_000 },
    );
  });

  it('the date pattern accepts every date isIsoDate accepts, and rejects the rest but impossible days', () => {
    const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
    const date = fc
      .tuple(digits(4), fc.option(digits(2)), fc.option(digits(2)), fc.option(fc.tuple(digits(2), digits(2), fc.option(digits(2)), fc.constantFrom('', 'Z', '+02:00', '-0530'))))
      .map(([y, m, d, t]) => {
        let out = y;
        if (m === null) return out;
        out += `-${m}`;
        if (d === null) return out;
        out += `-${d}`;
        if (t === null) return out;
        return `${out}T${t[0]}:${t[1]}${t[2] === null ? '' : `:${t[2]}`}${t[3]}`;
      });
    fc.assert(
      fc.property(fc.oneof(date, fc.string({ maxLength: 30 })), (value) => {
        if (isIsoDate(value)) expect(isoDate.test(value), value).toBe(true);
        else if (isoDate.test(value)) expect(value, 'only a day past the end of its month may slip through').toMatch(/^\d{4}-\d{2}-(29|30|31)/);
      }),
      { numRuns: 5_000 },
    );
  });
});
