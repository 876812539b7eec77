// Property: a generated document survives toSchemaOrg → JSON text → fromSchemaOrg with every field the
// schema.org vocabulary carries, by the same rules as the round trip of our own documents
// (tests/unit/adapters/schema-org/round-trip-rules.ts), and a second trip changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReviewCardsDocument, Score } from '../../../src/schemas/index.js';
import { expectedAfterRoundTrip, hasAmbiguousName, hasHtmlLikeText, roundTrip, scoresIn } from '../adapters/schema-org/round-trip-rules.js';
import { claimArb, reviewArb, scoreArb } from '../../helpers/arbitraries.js';

const RUNS = 150;
const PAGE_URL = 'https://example.com/page';

// Outside the rules, as documented there: custom letter scales (they go out as numeric ranks), named
// ratings that read as letter grades or numbers, and text that reads as HTML.
const hasCustomLetterScale = (doc: unknown): boolean => scoresIn(doc).some((s) => s.kind === 'letter' && s.scale !== undefined);
const inRules = (doc: unknown): boolean => !hasCustomLetterScale(doc) && !hasAmbiguousName(doc) && !hasHtmlLikeText(doc);

describe('schema.org round trip of generated documents', () => {
  const cases = [
    ['score', scoreArb.filter(inRules)],
    ['review', reviewArb.filter(inRules)],
    ['claim', claimArb.filter(inRules)],
  ] as const;

  for (const [name, arb] of cases) {
    it(`a generated ${name} comes back with every field schema.org can carry`, () => {
      fc.assert(
        fc.property(arb as fc.Arbitrary<ReviewCardsDocument | Score>, (doc) => {
          expect(roundTrip(doc, PAGE_URL).value).toEqual(expectedAfterRoundTrip(doc, PAGE_URL));
        }),
        { numRuns: RUNS },
      );
    });

    it(`a generated ${name} is unchanged by a second round trip`, () => {
      fc.assert(
        fc.property(arb as fc.Arbitrary<ReviewCardsDocument | Score>, (doc) => {
          const once = roundTrip(doc, PAGE_URL).value;
          expect(roundTrip(once, PAGE_URL).value).toEqual(once);
        }),
        { numRuns: RUNS },
      );
    });
  }
});
