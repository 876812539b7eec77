import { describe, expect, it } from 'vitest';
import {
  ClaimSchema, ControversySchema, DocumentSchema, ReviewSchema, VerificationSchema, WorkSchema, describeIssues, validate,
} from '../../../src/schemas/index.js';
import { validClaim, validControversy, validReview } from './documents.js';
import { expectAccepted, expectRejected } from './expect-issues.js';

describe('DocumentSchema', () => {
  it.each([
    ['review', validReview()],
    ['claim', validClaim()],
    ['controversy', validControversy()],
  ])('accepts a valid %s', (type, doc) => {
    expect(expectAccepted(DocumentSchema, doc).type).toBe(type);
  });

  it('rejects an unknown type, listing the three', () => {
    expect(expectRejected(DocumentSchema, { ...validReview(), type: 'essay' }, 'type')).toBe(
      'type: must be one of: "review", "claim", "controversy"',
    );
  });

  it('reports a missing type as required', () => {
    const { type: _, ...untyped } = validReview();
    expect(expectRejected(DocumentSchema, untyped, 'type')).toContain('is required');
  });

  it.each([
    ['an array', []],
    ['a string', 'review'],
    ['null', null],
  ])('rejects %s at the root, saying what it got', (_, input) => {
    expect(expectRejected(DocumentSchema, input, '(root)')).toMatch(/must be an object, not (an array|a string|null)/);
  });

  it('reports nested errors with their full path', () => {
    const doc = validControversy();
    doc.positions[1]!.heldBy[0]!.name = '';
    doc.statements[0]!.verification.verdict.status = 'probably';
    const text = expectRejected(DocumentSchema, doc, 'positions[1].heldBy[0].name');
    expect(text).toContain('statements[0].verification.verdict.status: must be one of:');
  });
});

describe('ReviewSchema', () => {
  it('rejects a score above best inside the review, with its path', () => {
    expectRejected(ReviewSchema, { ...validReview(), reviewRating: { kind: 'numeric', value: 11, best: 10 } }, 'reviewRating.value');
  });

  it('rejects a javascript: link and a malformed date, each with its path', () => {
    const text = expectRejected(ReviewSchema, { ...validReview(), url: 'javascript:alert(1)', datePublished: '2024-02-30' }, 'url');
    expect(text).toContain('datePublished: must be an ISO 8601 date');
  });

  it('rejects wrong types: pros as a string, a year as text', () => {
    expect(expectRejected(ReviewSchema, { ...validReview(), pros: 'Good' }, 'pros')).toContain('must be an array, not a string');
    expectRejected(WorkSchema, { name: 'X', kind: 'film', year: '2024' }, 'year');
    expectRejected(WorkSchema, { name: 'X', kind: 'film', year: 2024.5 }, 'year');
    expectRejected(WorkSchema, { name: 'X', kind: 'opera' }, 'kind');
  });
});

describe('ClaimSchema and VerificationSchema', () => {
  it('takes a claim no one has fact-checked, with the source\'s caveat, but never one without a verification', () => {
    const unchecked = ClaimSchema.safeParse({ ...validClaim(), verification: { caveat: 'The video could not be independently verified.' } });
    expect(unchecked.success).toBe(true);
    expect(unchecked.data?.verification.verdict).toBeUndefined();
    expectRejected(ClaimSchema, { ...validClaim(), verification: undefined }, 'verification');
  });

  it.each([
    ['verdict.status', { verdict: { status: 'probably-true' } }],
    ['attribution.status', { verdict: { status: 'false' }, attribution: { status: 'verified' } }],
    ['mediaAuthenticity.status', { verdict: { status: 'false' }, mediaAuthenticity: { status: 'fake' } }],
  ])('rejects an unknown status at %s, listing the allowed ones', (path, verification) => {
    expect(expectRejected(VerificationSchema, verification, path)).toContain('must be one of:');
  });

  it('keeps each axis separate: purported, unverified media, opinion', () => {
    const value = expectAccepted(VerificationSchema, {
      attribution: { status: 'purported' },
      mediaAuthenticity: { status: 'unverified' },
      verdict: { status: 'opinion', asOf: '2024-09' },
    });
    expect([value.attribution?.status, value.mediaAuthenticity?.status, value.verdict?.status]).toEqual(['purported', 'unverified', 'opinion']);
  });

  it('needs at least one source', () => {
    expect(expectRejected(ClaimSchema, { ...validClaim(), sources: [] }, 'sources')).toContain('sources: a claim needs at least one source');
  });

  it('rejects a malformed assessment date', () => {
    expectRejected(ClaimSchema, { ...validClaim(), verification: { verdict: { status: 'false', asOf: 'yesterday' } } }, 'verification.verdict.asOf');
  });
});

describe('ControversySchema', () => {
  it('needs two positions, each held by someone, and every timeline event sourced', () => {
    const doc = validControversy();
    expectRejected(ControversySchema, { ...doc, positions: doc.positions.slice(0, 1) }, 'positions');
    expectRejected(ControversySchema, { ...doc, positions: [{ ...doc.positions[0]!, heldBy: [] }, doc.positions[1]] }, 'positions[0].heldBy');
    expectRejected(ControversySchema, { ...doc, timeline: [{ date: '2024', title: 'Something', sources: [] }] }, 'timeline[0].sources');
  });
});

describe('validate', () => {
  it('reports every unknown field as a warning with its path, and still accepts the document', () => {
    const doc = { ...validReview(), ratng: 5, itemReviewed: { ...validReview().itemReviewed, yaer: 2024 }, sources: [{ title: 'T', ur: 'x' }] };
    const result = validate(DocumentSchema, doc);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => [w.path, w.severity, w.code])).toEqual([
      [['itemReviewed', 'yaer'], 'warning', 'unknown-field'],
      [['sources', 0, 'ur'], 'warning', 'unknown-field'],
      [['ratng'], 'warning', 'unknown-field'],
    ]);
    expect(describeIssues(result.warnings)).toContain('sources[0].ur: is not a known field (ignored)');
  });

  it('keeps a __proto__ key from JSON.parse away from Object.prototype', () => {
    const input = JSON.parse('{"type":"claim","__proto__":{"polluted":true},"text":"x","speaker":{"name":"A","__proto__":{"isAdmin":true}},"sources":[{"title":"T"}],"verification":{"verdict":{"status":"false"}}}') as unknown;
    const result = validate(DocumentSchema, input);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(Object.hasOwn(result.value, '__proto__')).toBe(false);
    expect((result.value as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.warnings.map((w) => w.path)).toEqual([['__proto__'], ['speaker', '__proto__']]);
  });

  it('never mutates its input, valid or not', () => {
    for (const input of [
      { ...validControversy(), extra: { nested: [1, 2] } },
      { ...validReview(), itemReviewed: { name: '  padded  ', kind: 'film' }, reviewRating: { kind: 'numeric', value: 11, best: 10 } },
    ]) {
      const before = structuredClone(input);
      validate(DocumentSchema, input);
      expect(input).toEqual(before);
    }
  });

  it('returns a fresh copy, not the input object', () => {
    const input = validReview();
    const result = validate(DocumentSchema, input);
    expect(result.ok && result.value).not.toBe(input);
    expect(result.ok && result.value.type === 'review' && result.value.itemReviewed).not.toBe(input.itemReviewed);
  });

  it('turns a throwing getter into an issue instead of throwing', () => {
    const hostile = { type: 'review', get itemReviewed(): never { throw new Error('boom'); } };
    const result = validate(DocumentSchema, hostile);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues[0]?.message).toContain('boom');
  });
});
