// Everything public except the schema.org adapter: the run-time API and the zod schemas. `all.js`
// exports this; `review-cards` (index.ts) adds the adapter.
export * from './runtime.js';
export * from './schemas/index.js';
