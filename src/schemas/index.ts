// The schemas' public barrel, for the package's entries only: nothing in src/ imports it.
export * from './rules.js';
export * from './common.js';
export * from './score.js';
export * from './score-bands.js';
export * from './work.js';
export * from './claim.js';
export * from './review.js';
export * from './controversy.js';
export * from './document.js';
export * from './validate.js';
export { validateClaim, validateControversy, validateDocument, validateReview, validateScore } from './lean/validators.generated.js';
