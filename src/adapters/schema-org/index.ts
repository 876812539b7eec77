export { fromSchemaOrg } from './from-schema-org.js';
