import * as z from 'zod/mini';
import { ClaimSchema } from './claim.js';
import { ControversySchema } from './controversy.js';
import { ReviewSchema } from './review.js';

/** Any top-level review-cards document, told apart by `type`. */
export const DocumentSchema = z.discriminatedUnion('type', [ReviewSchema, ClaimSchema, ControversySchema]);
export type ReviewCardsDocument = z.infer<typeof DocumentSchema>;
export type DocumentType = ReviewCardsDocument['type'];
