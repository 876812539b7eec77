import * as z from 'zod/mini';
import { ClaimSchema } from './claim.js';
import { ControversySchema } from './controversy.js';
import { ReviewSchema } from './review.js';

export * from './common.js';
export * from './score.js';
export * from './work.js';
export * from './claim.js';
export * from './review.js';
export * from './controversy.js';
export * from './validate.js';
export * from './rules.js';
export { validateClaim, validateControversy, validateDocument, validateReview, validateScore } from './lean/validators.generated.js';

/** Any top-level review-cards document, told apart by `type`. */
export const DocumentSchema = z.discriminatedUnion('type', [ReviewSchema, ClaimSchema, ControversySchema]);
export type ReviewCardsDocument = z.infer<typeof DocumentSchema>;
export type DocumentType = ReviewCardsDocument['type'];
