// What every example shows: a seed review, and a document that fails validation (as an API might send),
// to show that `rc-error` reaches the framework's handler.
import type { Review } from 'review-cards';
import faces from '../../data/reviews/faces-of-the-resistance.json';
import russians from '../../data/reviews/russians-at-war.json';

// The files under data/ are validated by `npm test`; JSON imports are typed loosely, hence the casts.
export const reviews = {
  faces: faces as unknown as Review,
  russians: russians as unknown as Review,
  // A score above its scale: the card shows its error state and fires rc-error.
  broken: { type: 'review', itemReviewed: { name: 'Untitled', kind: 'film' }, reviewRating: { kind: 'numeric', value: 11, best: 10 } } as unknown as Review,
};

export type ReviewKey = keyof typeof reviews;
