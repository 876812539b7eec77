// Property: every document the hand-written arbitraries generate is valid, and validation returns an
// equal copy (nothing dropped, nothing changed, input untouched).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimSchema, ControversySchema, DocumentSchema, ReviewSchema, ScoreSchema, validate } from '../../../src/schemas/index.js';
import { claimArb, controversyArb, documentArb, reviewArb, scoreArb } from '../../helpers/arbitraries.js';

const RUNS = 120;

const cases = [
  ['score', ScoreSchema, scoreArb],
  ['review', ReviewSchema, reviewArb],
  ['claim', ClaimSchema, claimArb],
  ['controversy', ControversySchema, controversyArb],
  ['document (any type)', DocumentSchema, documentArb],
] as const;

describe('generated valid documents', () => {
  for (const [name, schema, arb] of cases) {
    it(`a generated ${name} validates, and validation returns an equal copy without warnings`, () => {
      fc.assert(
        fc.property(arb, (doc) => {
          const before = structuredClone(doc);
          const result = validate(schema as never, doc);
          if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.issues)}`);
          expect(result.value).toStrictEqual(doc);
          expect(result.value).not.toBe(doc);
          expect(result.warnings).toEqual([]);
          expect(doc).toStrictEqual(before);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('a generated document survives JSON serialisation unchanged, so every channel can carry it', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const result = validate(DocumentSchema, JSON.parse(JSON.stringify(doc)));
        expect(result.ok && result.value).toStrictEqual(doc);
      }),
      { numRuns: RUNS },
    );
  });
});
