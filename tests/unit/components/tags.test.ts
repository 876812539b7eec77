import { describe, expect, it } from 'vitest';
import { TAG_FOR_TYPE } from '../../../src/components/tags.js';
import { ScoreBadge } from '../../../src/components/score-badge/score-badge.js';
import { ReviewCard } from '../../../src/components/review-card/review-card.js';
import { ClaimQuote } from '../../../src/components/claim-quote/claim-quote.js';
import { ControversySummary } from '../../../src/components/controversy-summary/controversy-summary.js';

describe('TAG_FOR_TYPE', () => {
  it('names the tag each element class declares for its kind of document', () => {
    const classes = { score: ScoreBadge, review: ReviewCard, claim: ClaimQuote, controversy: ControversySummary };
    for (const [kind, element] of Object.entries(classes)) {
      expect(TAG_FOR_TYPE[kind as keyof typeof TAG_FOR_TYPE], kind).toBe(element.tagName);
    }
    expect(Object.keys(TAG_FOR_TYPE).sort()).toEqual(Object.keys(classes).sort());
  });
});
