// Registers every review-cards element under its default tag, and exports the API except the
// schema.org adapter: elements load that on first meeting JSON-LD, so a page that never uses JSON-LD
// never downloads it. Import the adapter from `review-cards` (the full API) when you need it.
import './components/score-badge/score-badge.define.js';
import './components/claim-quote/claim-quote.define.js';
import './components/controversy-summary/controversy-summary.define.js';
import './components/review-card/review-card.define.js';

export * from './core.js';
