// The CDN file: every element registered, and the API a page script needs, without zod and without
// the schema.org adapter. Validation uses the compiled validators (same results as the zod schemas,
// which stay in the npm package); the adapter is a lazy chunk beside this file (schema-org-[hash].js),
// fetched when an element first meets JSON-LD.
import './all.js';

export { ScoreBadge } from './components/score-badge/score-badge.js';
export { ClaimQuote } from './components/claim-quote/claim-quote.js';
export { ControversySummary } from './components/controversy-summary/controversy-summary.js';
export { ReviewCard } from './components/review-card/review-card.js';
export { RcElement, type Theme } from './internal/rc-element.js';
export { RcErrorEvent, type RcErrorDetail, type DataChannel } from './internal/events.js';
export { DataController, type DataState, type DataHost, type DataControllerOptions } from './controller/data-controller.js';
export { registerStrings, stringsFor, ENGLISH, type UiStrings } from './format/strings.js';
export { formatIsoDate, formatNumber } from './format/date.js';
export { describeScore, scoreText } from './format/score.js';
export { safeHref } from './format/url.js';
export { validateClaim, validateControversy, validateDocument, validateReview, validateScore } from './schemas/lean/validators.generated.js';
export * from './schemas/rules.js';
export { describeIssues, formatPath, type IssuePath, type ValidationIssue, type ValidationResult } from './schemas/validate.js';
export type * from './schemas/index.js';
