import { TYPE_PARENTS } from './type-hierarchy.generated.js';

// schema.org's own type hierarchy (generated from the vocabulary, see scripts/generate-schema-org-types.mjs),
// so a subtype is read as its supertype is: a CriticReview as a Review, an EmployerAggregateRating as an
// AggregateRating, a ComicStory as a CreativeWork.

let parents: Map<string, readonly string[]> | undefined;

function parentTable(): Map<string, readonly string[]> {
  if (!parents) {
    parents = new Map();
    for (const row of TYPE_PARENTS.split(',')) {
      const [type, list] = row.split(':') as [string, string];
      parents.set(type, list.split('|'));
    }
  }
  return parents;
}

const ancestorCache = new Map<string, readonly string[]>();

/**
 * The type and its supertypes, nearest first (breadth first): `CriticReview` → CriticReview, Review,
 * CreativeWork. A type schema.org does not know is only itself.
 */
export function ancestors(type: string): readonly string[] {
  const cached = ancestorCache.get(type);
  if (cached) return cached;
  const table = parentTable();
  const out: string[] = [type];
  for (let i = 0; i < out.length; i++) {
    for (const parent of table.get(out[i] as string) ?? []) if (!out.includes(parent)) out.push(parent);
  }
  // Bounded by the table; the cache only ever holds names a document used, capped against hostile input.
  if (ancestorCache.size < 1_000) ancestorCache.set(type, out);
  return out;
}

/** True when `type` is `root` or one of its schema.org subtypes. */
export const isA = (type: string, root: string): boolean => ancestors(type).includes(root);

/** True when any of `types` is one of `roots` or a subtype of one. */
export const anyIsA = (types: readonly string[], ...roots: string[]): boolean =>
  types.some((type) => roots.some((root) => isA(type, root)));

/**
 * The first of a list of types found in a mapping, looking at each type and then its supertypes
 * (nearest first): `ReviewNewsArticle` finds `Article`'s kind when only `Article` is mapped.
 */
export function lookUpByType<V>(types: readonly string[], table: ReadonlyMap<string, V>): V | undefined {
  for (const type of types) {
    const direct = table.get(type);
    if (direct !== undefined) return direct;
  }
  for (const type of types) {
    for (const ancestor of ancestors(type)) {
      const value = table.get(ancestor);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}
