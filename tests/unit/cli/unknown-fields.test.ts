import { describe, expect, it } from 'vitest';
import { unknownFieldsIn } from '../../../src/cli/unknown-fields.js';
import { DocumentSchema, validate } from '../../../src/schemas/index.js';
import { validClaim, validControversy, validReview } from '../schemas/documents.js';

/** Every object in `doc`, each in its own copy with one extra key added to that object. */
function withExtraKeyEverywhere(doc: unknown): unknown[] {
  const copies: unknown[] = [];
  const paths: Array<Array<string | number>> = [];
  const walk = (value: unknown, path: Array<string | number>) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (typeof value === 'object' && value !== null) {
      paths.push(path);
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(doc, []);
  for (const path of paths) {
    const copy = structuredClone(doc) as Record<string | number, unknown>;
    let target = copy;
    for (const key of path) target = target[key] as Record<string | number, unknown>;
    target.zzExtra = true;
    copies.push(copy);
  }
  return copies;
}

describe('unknownFieldsIn', () => {
  it('finds exactly the unknown fields validate finds, at every depth of every document type', () => {
    const docs = [validReview(), validClaim(), validControversy()].flatMap(withExtraKeyEverywhere);
    expect(docs.length).toBeGreaterThan(25);
    for (const doc of docs) {
      const result = validate(DocumentSchema, doc);
      expect(result.ok).toBe(true);
      expect(unknownFieldsIn(DocumentSchema, doc)).toEqual(result.warnings);
      expect(result.warnings).toHaveLength(1);
    }
  });

  it('finds a misspelt field in a document the schema rejects', () => {
    const { itemReviewed, ...rest } = validReview();
    const doc = { ...rest, itemReviewd: itemReviewed, reviewRating: { kind: 'numeric', value: 6, best: 10, scale: 'x' } };
    expect(validate(DocumentSchema, doc).ok).toBe(false);
    expect(unknownFieldsIn(DocumentSchema, doc).map((w) => w.path)).toEqual([['reviewRating', 'scale'], ['itemReviewd']]);
  });

  it('says nothing where the type is unknown or the value has the wrong shape', () => {
    expect(unknownFieldsIn(DocumentSchema, { type: 'essay', anything: 1 })).toEqual([]);
    expect(unknownFieldsIn(DocumentSchema, { type: 'review', itemReviewed: 'a string', pros: 'x' })).toEqual([]);
    expect(unknownFieldsIn(DocumentSchema, null)).toEqual([]);
  });
});
