// The CDN file: every element registered, the API without the schema.org adapter. The adapter's
// reader is a lazy chunk beside it (schema-org-[hash].js), fetched when an element meets JSON-LD.
export * from './all.js';
