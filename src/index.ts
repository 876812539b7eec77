// The side-effect-free entry: classes, schemas, types, adapters and helpers. Importing it registers no tag;
// import `review-cards/all.js` or an element's entry (`review-cards/score-badge.js`) for that.
export * from './schemas/index.js';
export * from './adapters/schema-org/index.js';
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
