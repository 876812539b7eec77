import type { fromSchemaOrg } from '../adapters/schema-org/from-schema-org.js';

/** Converts schema.org JSON-LD to our shape; the adapter's `fromSchemaOrg`. */
export type SchemaOrgAdapter = typeof fromSchemaOrg;

// The adapter is a third of the library's size and most pages never see JSON-LD, so elements load it
// on first use. The SSR entry provides it up front: a server render cannot wait for an import.
let adapter: SchemaOrgAdapter | undefined;
let pending: Promise<SchemaOrgAdapter> | undefined;

/** Makes the adapter available synchronously (the SSR entry does this). */
export function provideSchemaOrgAdapter(fn: SchemaOrgAdapter): void {
  adapter = fn;
}

/** The adapter if it is loaded, else `undefined`. */
export const loadedSchemaOrgAdapter = (): SchemaOrgAdapter | undefined => adapter;

/** Loads the adapter once; a failed load (a missing CDN chunk) is retried by the next caller. */
export function loadSchemaOrgAdapter(): Promise<SchemaOrgAdapter> {
  pending ??= import('../adapters/schema-org/from-schema-org.js').then(
    ({ fromSchemaOrg }) => (adapter = fromSchemaOrg),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
