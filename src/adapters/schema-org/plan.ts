import { formatPath, type IssuePath } from '../../schemas/validate.js';
import { convertCandidate, parseJsonLd, type Converted, type FromSchemaOrgOptions } from './from-schema-org.js';
import { candidatesOf, topNodes, type Candidate } from './from-schema-org/pick.js';
import { JsonLdReader, typesOf, type JsonLdNode } from './json-ld.js';

// Kept apart from from-schema-org.ts, which elements load lazily: only lint and the CLI plan a page.

/** What a card would make of each top-level node of a page's JSON-LD: which it shows, which it skips and why. */
export interface SchemaOrgNodeUse {
  path: IssuePath;
  types: string[];
  use: 'shown' | 'part' | 'skipped' | 'not-shown';
  /** For `shown`: the document type it becomes (`review`, `claim`, `score`). */
  becomes?: 'review' | 'claim' | 'score';
  reason: string;
}

/**
 * For each node of a page's JSON-LD, what an element (`accept`, as in `fromSchemaOrg`) makes of it:
 * the node it shows, the nodes read as part of it, the nodes of the same kind it skips (it shows one),
 * and the nodes no card shows, each with the reason.
 */
export function planSchemaOrg(jsonld: unknown, options: FromSchemaOrgOptions = {}): SchemaOrgNodeUse[] {
  const parsed = parseJsonLd(jsonld);
  if (!parsed.ok) return [];
  const reader = new JsonLdReader(parsed.root);
  const top = topNodes(reader, parsed.root);
  const candidates = candidatesOf(reader, top);
  let taken: Candidate | undefined;
  let takenValue: Converted | undefined;
  const failed = new Map<Candidate, string>();
  for (const candidate of candidates.slice(0, 50)) {
    const result = convertCandidate(new JsonLdReader(parsed.root), candidate);
    if (result.ok && (!options.accept || options.accept(result.value))) {
      taken = candidate;
      takenValue = result.value;
      break;
    }
    const issue = result.ok ? undefined : result.issues[0];
    failed.set(candidate, issue ? `${formatPath(issue.path)}: ${issue.message}` : 'is not what this element shows');
  }
  const uses: SchemaOrgNodeUse[] = [];
  const seen = new Set<JsonLdNode>();
  for (const c of candidates) {
    const types = typesOf(c.node);
    if (c === taken) {
      const becomes = 'type' in (takenValue as object) ? ((takenValue as { type: 'review' | 'claim' }).type) : 'score';
      uses.push({ path: c.path, types, use: 'shown', becomes, reason: `shown as a ${becomes}` });
    } else if (c.partOf && taken && formatPath(c.partOf) === formatPath(taken.path)) {
      uses.push({ path: c.path, types, use: 'part', reason: `read as the media check of the ClaimReview at ${formatPath(c.partOf)}` });
    } else if (taken && c.kind === taken.kind) {
      uses.push({ path: c.path, types, use: 'skipped', reason: `another ${c.what}: an element shows one, the one at ${formatPath(taken.path)}` });
    } else if (failed.has(c)) {
      uses.push({ path: c.path, types, use: 'skipped', reason: failed.get(c) as string });
    } else {
      uses.push({ path: c.path, types, use: 'skipped', reason: `${/^[AEIOU]/.test(c.what) ? 'an' : 'a'} ${c.what} (${c.kind}); this element shows the ${taken?.kind ?? 'first'} at ${taken ? formatPath(taken.path) : '?'}` });
    }
    seen.add(c.node);
  }
  for (const t of top) {
    if (seen.has(t.node)) continue;
    const types = typesOf(t.node);
    const role = types.length === 0 ? 'has no @type' : `a ${types.join(', ')}: not something a card shows`;
    uses.push({ path: t.path, types, use: 'not-shown', reason: role });
  }
  return uses.sort((a, b) => comparePaths(a.path, b.path));
}

function comparePaths(a: IssuePath, b: IssuePath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
