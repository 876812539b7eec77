/**
 * The default tag of each kind of document's element. The lookups (the server renderer's `tagFor`, the
 * CDN autoloader) read it here; each element class declares its own `tagName`, and a unit test holds
 * the two together.
 */
export const TAG_FOR_TYPE = {
  review: 'rc-review-card',
  claim: 'rc-claim-quote',
  controversy: 'rc-controversy-summary',
  score: 'rc-score-badge',
} as const;
