// Shape tests shared by the validators, the controller, the adapters, the server renderer and the CLI.
// Not validation: they say what a value looks like, so it can be sent to the right validator.

/** An object that is not an array (or null): a JSON object. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Schema.org JSON-LD rather than our own shape: an object with `@context`, `@type` or `@graph`. */
export const isJsonLd = (value: unknown): boolean =>
  isPlainObject(value) && ('@context' in value || '@type' in value || '@graph' in value);

/** The kinds of document the elements show: one element each. */
export type DocumentKind = 'review' | 'claim' | 'controversy' | 'score';

/** Which kind of document a value says it is (its `type`, or a score's `kind`); `undefined` when neither. */
export function documentKind(value: unknown): DocumentKind | undefined {
  if (!isPlainObject(value)) return undefined;
  const type = value['type'];
  if (type === 'review' || type === 'claim' || type === 'controversy') return type;
  if (type === undefined && typeof value['kind'] === 'string') return 'score';
  return undefined;
}

/**
 * A test for values of one kind: what an element that shows `kind` takes from JSON-LD holding several
 * things (`fromSchemaOrg`'s `accept`), so the browser's data controller and the server renderer take the same node.
 */
export const ofKind = (kind: DocumentKind) => (value: unknown): boolean => documentKind(value) === kind;

/**
 * `fromSchemaOrg`'s options for an element that shows `kind`: the first value of that kind, and, when none
 * is valid, the problems of the first thing of that kind. The data controller, the server renderer and the
 * CLI convert with these, so all three take and judge the same node.
 */
export const forKind = (kind: DocumentKind) => ({ accept: ofKind(kind), kind });
