// Everything public except the schema.org adapter: classes, schemas, types and helpers. `all.js` and
// the CDN file export this; `review-cards` (index.ts) adds the adapter.
export * from './schemas/index.js';
export { RcElement, type Theme } from './internal/rc-element.js';
export { RcErrorEvent, type RcErrorDetail, type DataChannel } from './internal/events.js';
export { DataController, type DataState, type DataHost, type DataControllerOptions } from './controller/data-controller.js';
export { registerStrings, stringsFor, ENGLISH, type UiStrings } from './format/strings.js';
export { formatIsoDate, formatNumber } from './format/date.js';
export { describeScore, scoreText } from './format/score.js';
export { safeHref } from './format/url.js';
export { ScoreBadge } from './components/score-badge/score-badge.js';
export { ClaimQuote } from './components/claim-quote/claim-quote.js';
export { ControversySummary } from './components/controversy-summary/controversy-summary.js';
export { ReviewCard } from './components/review-card/review-card.js';
