import type { IssuePath, ValidationIssue } from '../../schemas/validate.js';
import { isPlainObject } from '../../schemas/guards.js';
import { anyIsA } from './hierarchy.js';

/** A JSON-LD node object, as parsed: nothing about it is trusted. */
export type JsonLdNode = Record<string, unknown>;

/** A JSON value we emit. */
export type JsonLdValue = string | number | boolean | JsonLdObject | JsonLdValue[];
export interface JsonLdObject {
  [key: string]: JsonLdValue;
}

export const SCHEMA_ORG_CONTEXT = 'https://schema.org';

/** Bounds on hostile input: how deep, how many nodes and how much text we are willing to read. */
export const JSON_LD_LIMITS = {
  /** Characters of JSON text accepted by `fromSchemaOrg` / `lintSchemaOrg`. */
  jsonChars: 2_000_000,
  /** Nesting depth scanned for `@id` nodes. */
  depth: 32,
  /** Objects scanned for `@id` nodes. */
  nodes: 10_000,
  /** Items read from any one array. */
  arrayItems: 500,
  /** Warnings kept; beyond this the input is hostile or hopeless. */
  warnings: 100,
} as const;

export const isNode: (value: unknown) => value is JsonLdNode = isPlainObject;

const PROPERTY_PREFIXES = ['', 'schema:', 'https://schema.org/', 'http://schema.org/'] as const;

/** A property by its schema.org name, also when written as `schema:name` or a full IRI. Own properties only. */
export function prop(node: JsonLdNode, name: string): unknown {
  for (const prefix of PROPERTY_PREFIXES) {
    const key = prefix + name;
    if (Object.hasOwn(node, key)) {
      const value = node[key];
      if (value !== undefined && value !== null) return value;
    }
  }
  return undefined;
}

const SCHEMA_IRI = /^(?:https?:\/\/(?:www\.)?schema\.org\/|schema:)/i;

/** `https://schema.org/Movie`, `schema:Movie` and `Movie` all become `Movie`. */
export function localName(iri: string): string {
  return iri.trim().replace(SCHEMA_IRI, '');
}

/** The node's types as local names, at most 20 (an `@type` array is common). */
export function typesOf(node: JsonLdNode): string[] {
  const raw = prop(node, '@type');
  const list = Array.isArray(raw) ? raw.slice(0, 20) : [raw];
  return list.filter((t): t is string => typeof t === 'string' && t.length <= 200).map(localName);
}

/** True when the node is of one of `types` or of a schema.org subtype of one (a CriticReview is a Review). */
export const hasType = (node: JsonLdNode, ...types: string[]): boolean => anyIsA(typesOf(node), ...types);

/** The items of a value that may or may not be an array, at most `max`, without null holes. */
export function items(value: unknown, max: number = JSON_LD_LIMITS.arrayItems): unknown[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value.slice(0, max) : [value];
  return list.filter((v) => v !== undefined && v !== null);
}

/** Where an array is given and one value is expected: the first one present. */
export const first = (value: unknown): unknown => items(value, 1)[0];

/** `{"@value": "x"}` becomes `"x"`. */
export const literal = (value: unknown): unknown => (isNode(value) && Object.hasOwn(value, '@value') ? value['@value'] : value);

/**
 * Reads one JSON-LD document: indexes its `@id` nodes once, resolves references, and collects
 * warnings. All reading is bounded, so deep nesting, huge arrays and cycles cannot hang it.
 */
export class JsonLdReader {
  readonly warnings: ValidationIssue[] = [];
  private readonly byId = new Map<string, JsonLdNode>();
  /** A review node → the work that lists it under `review` (a review nested in, or referenced by, its work). */
  private readonly reviewParents = new Map<JsonLdNode, JsonLdNode>();
  private readonly allNodes: JsonLdNode[] = [];
  private scanned = 0;

  constructor(readonly root: unknown) {
    this.scan(root, 0, new WeakSet());
    // Second pass, now that every id is known: reviews pointed to from a work's `review`.
    for (const node of this.allNodes) {
      for (const review of items(prop(node, 'review'))) {
        const resolved = this.resolve(review);
        if (isNode(resolved) && resolved !== node && !this.reviewParents.has(resolved)) this.reviewParents.set(resolved, node);
      }
    }
  }

  private scan(value: unknown, depth: number, seen: WeakSet<object>): void {
    if (depth > JSON_LD_LIMITS.depth) {
      this.warn([], `nesting deeper than ${JSON_LD_LIMITS.depth} levels was not read`, 'too-deep');
      return;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    if (++this.scanned > JSON_LD_LIMITS.nodes) {
      if (this.scanned === JSON_LD_LIMITS.nodes + 1) this.warn([], `more than ${JSON_LD_LIMITS.nodes} objects; the rest was not read`, 'too-many-nodes');
      return;
    }
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value.slice(0, JSON_LD_LIMITS.arrayItems)) this.scan(item, depth + 1, seen);
      return;
    }
    const node = value as JsonLdNode;
    this.allNodes.push(node);
    const id = node['@id'];
    if (typeof id === 'string' && !isReference(node) && !this.byId.has(id)) this.byId.set(id, node);
    for (const key of Object.keys(node)) this.scan(node[key], depth + 1, seen);
  }

  /** A reference `{"@id": "…"}` becomes the node it names; anything else is returned as is. */
  resolve(value: unknown): unknown {
    if (typeof value === 'string' && this.byId.has(value) && value.includes('#')) return this.byId.get(value);
    if (!isNode(value) || !isReference(value)) return value;
    const id = value['@id'];
    return (typeof id === 'string' && this.byId.get(id)) || value;
  }

  /** The first value of a property, resolved. */
  one(node: JsonLdNode, name: string): unknown {
    return this.resolve(literal(first(prop(node, name))));
  }

  /** Every value of a property (bounded), resolved. */
  all(node: JsonLdNode, name: string, max: number = JSON_LD_LIMITS.arrayItems): unknown[] {
    return items(prop(node, name), max).map((v) => this.resolve(literal(v)));
  }

  /** The node whose `review` names this review, if any. */
  parentOfReview(review: JsonLdNode): JsonLdNode | undefined {
    return this.reviewParents.get(review);
  }

  warn(path: IssuePath, message: string, code: string): void {
    if (this.warnings.length < JSON_LD_LIMITS.warnings) this.warnings.push({ path, message, severity: 'warning', code });
  }
}

/** A node and where it is in the document. */
export interface Located {
  node: JsonLdNode;
  path: IssuePath;
}

/** A node that only names another: `{"@id": "…"}`, perhaps with its `@type`. */
function isReference(node: JsonLdNode): boolean {
  if (typeof node['@id'] !== 'string') return false;
  return Object.keys(node).every((key) => key === '@id' || key === '@type');
}

export function compact<T extends Record<string, unknown>>(object: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as T;
}

/**
 * JSON for inside `<script type="application/ld+json">`: `<`, `>` and `&` as `\u003c`, `\u003e`,
 * `\u0026`, so `</script>` or `<!--` in data cannot end the script; U+2028/2029 escaped for old
 * parsers. Still valid JSON that parses to the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
