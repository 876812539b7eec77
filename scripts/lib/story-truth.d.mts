/** Every `name` string anywhere in a value. */
export function namesIn(value: unknown, found?: Set<string>): Set<string>;
/** The documents under `dir` (data/ by default), without their `$schema` pointer, keyed by path. */
export function loadDataDocuments(dir?: string): Map<string, Record<string, unknown>>;
/** Why a story's data breaks "stories tell no lies", or null when it keeps it. */
export function storyDataProblem(input: unknown, documents: Map<string, Record<string, unknown>>): string | null;
