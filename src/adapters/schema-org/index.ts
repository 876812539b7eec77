export { fromSchemaOrg, SUPPORTED_TYPES } from './from-schema-org.js';
export { toSchemaOrg, schemaOrgScriptText, type ToSchemaOrgOptions } from './to-schema-org.js';
export { lintSchemaOrg, describeLintWarnings, MAX_AUTHOR_NAME, MAX_CLAIM_REVIEWED, type SchemaOrgLintWarning } from './lint.js';
export { jsonForScript, SCHEMA_ORG_CONTEXT, type JsonLdObject, type JsonLdValue } from './json-ld.js';
export { verdictStatusForLabel, attributionStatusForLabel, VERDICT_LABEL, ATTRIBUTION_LABEL, MEDIA_LABEL } from './vocabulary.js';
