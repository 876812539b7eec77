import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromSchemaOrg, lintSchemaOrg, toSchemaOrg } from '../../../../src/adapters/schema-org/index.js';
import type { JsonLdObject } from '../../../../src/adapters/schema-org/index.js';
import {
  DocumentSchema, ScoreSchema, describeIssues, validate, type Claim, type ReviewCardsDocument, type Score,
} from '../../../../src/schemas/index.js';
import { PAGE_URL, claimWithSurprisingLabels, fullClaim, fullReview, scores } from './our-documents.js';
import { expectedAfterRoundTrip, expectedClaim, roundTrip } from './round-trip-rules.js';

const requiredWarnings = (jsonld: unknown) => lintSchemaOrg(jsonld).filter((w) => w.severity === 'required').map((w) => w.code);

/** Required lint codes a document of ours earns by what it lacks, not by how we write it. */
function requiredCodesFor(doc: ReviewCardsDocument): string[] {
  if (doc.type === 'review') {
    const codes: string[] = [];
    if (!doc.author) codes.push('missing-author');
    if (['article', 'thread', 'play', 'other'].includes(doc.itemReviewed.kind)) codes.push('item-reviewed-type');
    if (!doc.reviewRating) codes.push('missing-review-rating');
    else if (doc.reviewRating.kind === 'named') codes.push('rating-value-not-numeric');
    return codes;
  }
  // Only a fact-checked claim (one with a verdict) goes out as a ClaimReview; an unchecked one is a bare Claim.
  if (doc.type === 'controversy') {
    const n = doc.statements?.filter((s) => s.verification.verdict).length ?? 0;
    return n === 0 ? ['no-rich-result-item'] : n > 1 ? ['several-claim-reviews'] : [];
  }
  return doc.verification.verdict ? [] : ['no-rich-result-item'];
}

describe('round trip of our own documents', () => {
  it('keeps every field of a review that schema.org can carry', () => {
    const { value, warnings } = roundTrip(fullReview());
    expect(value).toEqual(expectedAfterRoundTrip(fullReview()));
    expect(warnings).toEqual([]);
  });

  it('keeps a claim’s three axes, translations, media and sources', () => {
    const { value, warnings } = roundTrip(fullClaim());
    expect(value).toEqual(expectedAfterRoundTrip(fullClaim()));
    expect(warnings).toEqual([]);
  });

  it('keeps statuses that the publisher labels alone would read differently', () => {
    const { jsonld, value } = roundTrip(claimWithSurprisingLabels(), PAGE_URL);
    expect(value).toEqual(expectedAfterRoundTrip(claimWithSurprisingLabels(), PAGE_URL));
    expect(JSON.stringify(jsonld)).toContain('review-cards:verdict-status');
  });

  it.each(scores())('keeps %s', (_, score) => {
    const { value } = roundTrip(score);
    expect(value).toEqual(expectedAfterRoundTrip(score));
  });

  it('gives a claim without a url the page URL, as Google requires one', () => {
    const { url: _, ...claim } = fullClaim();
    expect((roundTrip(claim, PAGE_URL).value as Claim).url).toBe(PAGE_URL);
  });

  it('turns a year-only work date into the year', () => {
    const review = { ...fullReview(), itemReviewed: { name: 'Old film', kind: 'film' as const, datePublished: '1999' } };
    expect((roundTrip(review).value as typeof review).itemReviewed).toEqual({ name: 'Old film', kind: 'film', year: 1999 });
  });

  it('keeps a work’s year when it differs from its publication date, via copyrightYear', () => {
    const { jsonld, value } = roundTrip(fullReview());
    expect((jsonld.itemReviewed as JsonLdObject).copyrightYear).toBe(2024);
    expect((value as ReturnType<typeof fullReview>).itemReviewed).toMatchObject({ year: 2024, datePublished: '2025-01-10' });
  });

  it('loses what schema.org has no property for, and only that', () => {
    const review = { ...fullReview(), extras: [{ label: 'Oscar prospects', value: 'None' }] };
    const back = roundTrip(review).value as Record<string, unknown>;
    expect(back.extras).toBeUndefined();
    const stars: Score = { kind: 'numeric', value: 4, best: 5, display: 'stars', bands: 'metacritic' };
    expect(roundTrip(stars).value).toEqual({ kind: 'numeric', value: 4, best: 5 });
    const ranked: Score = { kind: 'named', value: 'Mostly false', scale: ['True', 'Mostly false', 'False'] };
    expect(roundTrip(ranked).value).toEqual({ kind: 'named', value: 'Mostly false' });
  });
});

// ---------------------------------------------------------------------------------------------
// Every document in data/, whatever another helper has put there.

const DATA = join(dirname(fileURLToPath(import.meta.url)), '../../../../data');

function dataFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return dataFiles(path);
    return entry.name.endsWith('.json') && entry.name !== 'index.json' ? [relative(DATA, path).split(sep).join('/')] : [];
  });
}

function readDocument(file: string): ReviewCardsDocument {
  const result = validate(DocumentSchema, JSON.parse(readFileSync(join(DATA, file), 'utf8')));
  if (!result.ok) throw new Error(`${file}:\n${describeIssues(result.issues)}`);
  return result.value;
}

const files = dataFiles(DATA);

describe('round trip of every document in data/', () => {
  it('finds documents to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  describe.each(files)('%s', (file) => {
    const doc = readDocument(file);

    it('comes back with every field schema.org can carry', () => {
      if (doc.type === 'controversy') {
        const jsonld = toSchemaOrg(doc, { pageUrl: PAGE_URL });
        const graph = (jsonld['@graph'] ?? []) as JsonLdObject[];
        expect(graph).toHaveLength(doc.statements?.length ?? 0);
        graph.forEach((claimReview, i) => {
          const back = fromSchemaOrg({ '@context': 'https://schema.org', ...claimReview });
          expect(back.ok && back.warnings).toEqual([]);
          expect(back.ok && back.value).toEqual(expectedClaim(doc.statements?.[i] as Claim, PAGE_URL));
        });
        return;
      }
      const { value, warnings } = roundTrip(doc, PAGE_URL);
      expect(value).toEqual(expectedAfterRoundTrip(doc, PAGE_URL));
      expect(warnings).toEqual([]);
    });

    it('emits JSON-LD that fails none of Google’s required checks it could meet', () => {
      expect(requiredWarnings(toSchemaOrg(doc, { pageUrl: PAGE_URL })).sort()).toEqual(requiredCodesFor(doc).sort());
    });
  });
});

describe('lint of what we emit', () => {
  it('passes the required checks for a full review and a full claim', () => {
    expect(requiredWarnings(toSchemaOrg(fullReview()))).toEqual([]);
    expect(requiredWarnings(toSchemaOrg(fullClaim()))).toEqual([]);
  });

  it.each(scores().filter(([, s]) => s.kind !== 'named'))('writes %s as a rating Google can read', (_, score) => {
    const review = { ...fullReview(), reviewRating: score };
    expect(requiredWarnings(toSchemaOrg(review))).toEqual([]);
    expect(validate(ScoreSchema, score).ok).toBe(true);
  });
});
