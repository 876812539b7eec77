// The side-effect-free entry: classes, schemas, types, adapters and helpers. Importing it registers no tag;
// import `review-cards/all.js` or an element's entry (`review-cards/score-badge.js`) for that.
export * from './core.js';
export * from './adapters/schema-org/index.js';
