// The CDN file: every element registered, and the run-time API without zod and without the schema.org
// adapter. Validation uses the compiled validators (same results as the zod schemas, which stay in the
// npm package); the adapter is a lazy chunk beside this file (schema-org-[hash].js), fetched when an
// element first meets JSON-LD.
// Interface strings in the page's languages, fetched on first use from locales/ beside this file; set up
// before the elements register, so their first render already waits for the page's language.
import './cdn/strings.js';
import './all.js';

export * from './runtime.js';
export type * from './schemas/index.js';
