// Stars are drawn only where they can be counted: found by the browser property test, where a valid
// stars score on a scale below zero made render() throw (String.prototype.repeat with a negative count).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { starCounts } from '../../../src/format/score.js';
import { scoreArb } from '../../helpers/arbitraries.js';

describe('starCounts', () => {
  it('counts 3.5 of 5 as three full, one half and one empty star', () => {
    expect(starCounts({ kind: 'numeric', value: 3.5, best: 5, display: 'stars' })).toEqual({ full: 3, half: 1, empty: 1 });
  });

  it('draws no stars for a scale that starts below zero, so the badge shows the number', () => {
    expect(starCounts({ kind: 'numeric', value: -1, best: -0.5, worst: -1, display: 'stars' })).toBeUndefined();
    expect(starCounts({ kind: 'numeric', value: 2, best: 5, worst: -5, display: 'stars' })).toBeUndefined();
  });

  it('never gives a negative or fractional count for any valid score', () => {
    fc.assert(
      fc.property(scoreArb, (score) => {
        const stars = starCounts({ ...score, ...(score.kind === 'numeric' ? { display: 'stars' } : {}) });
        if (!stars) return;
        for (const count of Object.values(stars)) expect(Number.isInteger(count) && count >= 0).toBe(true);
        expect(() => '★'.repeat(stars.full) + '☆'.repeat(stars.empty)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
