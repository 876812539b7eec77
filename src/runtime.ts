// The API a page needs at run time, without zod and without the schema.org adapter: the element
// classes, the data controller, the compiled validators, the rules, the formatters and the UI strings.
// The CDN file exports exactly this; core.ts adds the zod schemas.
export { ScoreBadge } from './components/score-badge/score-badge.js';
export { ClaimQuote } from './components/claim-quote/claim-quote.js';
export { ControversySummary } from './components/controversy-summary/controversy-summary.js';
export { ReviewCard } from './components/review-card/review-card.js';
export { RcElement, type Theme } from './internal/rc-element.js';
export { DataElement } from './internal/data-element.js';
export { CardElement, type CardContext } from './internal/card-element.js';
export type { DocumentKind } from './schemas/guards.js';
export { RcErrorEvent, type RcErrorDetail, type DataChannel } from './internal/events.js';
export { DataController, type DataState, type DataHost, type DataControllerOptions } from './controller/data-controller.js';
export { registerStrings, registerLanguage, type UiStrings, type Plural } from './format/strings.js';
export { plural } from './format/plural.js';
export { ENGLISH, stringsFor } from './format/english.js';
export { quoteMarks } from './format/language.js';
export { formatIsoDate, formatNumber } from './format/date.js';
export { describeScore, scoreText } from './format/score.js';
export { safeHref } from './format/url.js';
export { validateClaim, validateControversy, validateDocument, validateReview, validateScore } from './schemas/lean/validators.generated.js';
export * from './schemas/rules.js';
export * from './schemas/score-bands.js';
export { describeIssues, formatPath, type IssuePath, type ValidationIssue, type ValidationResult } from './schemas/validate.js';
