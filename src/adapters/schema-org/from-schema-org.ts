import type { ReviewCardsDocument } from '../../schemas/index.js';
import type { Score } from '../../schemas/score.js';
import type { ValidationResult } from '../../schemas/validate.js';

/** Converts schema.org JSON-LD (Review, ClaimReview, MediaReview, Rating, CreativeWork) to our validated data. */
export function fromSchemaOrg(jsonld: unknown): ValidationResult<ReviewCardsDocument | Score> {
  void jsonld;
  return {
    ok: false,
    issues: [{ path: [], message: 'schema.org conversion is not implemented yet', severity: 'error', code: 'unsupported-type' }],
    warnings: [],
  };
}
