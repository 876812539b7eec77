// Registers every review-cards element under its default tag.
import './components/score-badge/score-badge.define.js';
import './components/claim-quote/claim-quote.define.js';
import './components/controversy-summary/controversy-summary.define.js';
import './components/review-card/review-card.define.js';

export * from './index.js';
