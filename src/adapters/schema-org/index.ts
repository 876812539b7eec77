/**
 * schema.org JSON-LD in and out.
 *
 * In (`fromSchemaOrg`): Rating / AggregateRating → score; Review → review; ClaimReview → claim;
 * MediaReview → claim with `mediaAuthenticity` (verdict "unverified"); a CreativeWork with `review`
 * → its first review, with only `aggregateRating` → that score. Always through our zod schema.
 * Out (`toSchemaOrg`): the reverse; a controversy becomes a `@graph` of its statements' ClaimReviews.
 * Decisions, with the tables in vocabulary.ts:
 *  - numbers: "4,5" is 4.5, "1,234" is 1234; "6 / 10" and "60%" are read as Google reads them;
 *  - missing bestRating / worstRating are 5 / 1 (Google's defaults), unless the value rules them out;
 *  - a publisher's verdict label maps to our status by table, then by keyword; the label is kept in
 *    `publisherLabel` unless it is exactly our own wording; "Misattributed" / "Correct Attribution"
 *    feed the attribution axis;
 *  - unsafe URLs and unreadable values are dropped with a warning; text over our limits is clipped.
 * schema.org cannot carry: review `extras`, a controversy's own fields, score `bands` and star /
 * number display, a named score's `scale`, and the extras of a judge's rating (label, author…).
 */
export { fromSchemaOrg, parseJsonLd, SUPPORTED_TYPES, type FromSchemaOrgOptions } from './from-schema-org.js';
export { planSchemaOrg, type SchemaOrgNodeUse } from './plan.js';
export { unwrapScriptText } from './script-text.js';
export { toSchemaOrg, schemaOrgScriptText, type ToSchemaOrgOptions } from './to-schema-org.js';
export { lintSchemaOrg, describeLintWarnings, MAX_AUTHOR_NAME, MAX_CLAIM_REVIEWED, type SchemaOrgLintWarning } from './lint.js';
export { jsonForScript, SCHEMA_ORG_CONTEXT, type JsonLdObject, type JsonLdValue } from './json-ld.js';
export { verdictStatusForLabel, attributionStatusForLabel, VERDICT_LABEL, ATTRIBUTION_LABEL, MEDIA_LABEL } from './vocabulary.js';
