// "Stories tell no lies" (issue 13): a story shows a data/ document as it is, or an
// invented example with invented names. This finds the data a story gives an
// element that names a person, outlet or work from data/ and is not, field for
// field, one of the data/ documents. scripts/check-stories.mjs runs it on every
// story's elements; tests/unit/scripts/story-truth.test.ts checks the rule itself.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

/** Every `name` string anywhere in a value: agents, works, and schema.org's Person / Organization / Movie. */
export function namesIn(value, found = new Set()) {
  if (Array.isArray(value)) for (const item of value) namesIn(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'name' && typeof item === 'string') found.add(item.trim());
      else namesIn(item, found);
    }
  }
  return found;
}

/** The documents under `dir` (data/ by default), without their `$schema` pointer, keyed by path. */
export function loadDataDocuments(dir = 'data') {
  const documents = new Map();
  for (const folder of readdirSync(dir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(dir, folder.name))) {
      if (!file.endsWith('.json')) continue;
      const { $schema: _pointer, ...doc } = JSON.parse(readFileSync(join(dir, folder.name, file), 'utf8'));
      documents.set(`${folder.name}/${file}`, doc);
    }
  }
  return documents;
}

/**
 * Why `input` (what a story gave an element: a typed object or parsed JSON / JSON-LD) breaks the
 * rule, or null when it keeps it: it names nobody from `documents`, or it is one of them unchanged.
 */
export function storyDataProblem(input, documents) {
  const real = new Set();
  for (const doc of documents.values()) namesIn(doc, real);
  const named = [...namesIn(input)].filter((name) => real.has(name));
  if (named.length === 0) return null;
  const { $schema: _pointer, ...doc } = input && typeof input === 'object' && !Array.isArray(input) ? input : { value: input };
  for (const candidate of documents.values()) if (isDeepStrictEqual(doc, candidate)) return null;
  return `names ${named.map((n) => `“${n}”`).join(', ')} from data/ but is not a data/ document as it is; show the document unchanged or use invented names (stories/examples.ts)`;
}
