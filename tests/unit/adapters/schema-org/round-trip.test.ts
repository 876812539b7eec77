import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_LABEL, VERDICT_LABEL, fromSchemaOrg, lintSchemaOrg, toSchemaOrg } from '../../../../src/adapters/schema-org/index.js';
import type { JsonLdObject } from '../../../../src/adapters/schema-org/index.js';
import {
  DEFAULT_LETTER_SCALE, DocumentSchema, ScoreSchema, describeIssues, validate,
  type Agent, type Assessment, type Claim, type ReviewCardsDocument, type Score, type Work,
} from '../../../../src/schemas/index.js';
import { PEOPLE_PROPERTIES, propertyForRole } from '../../../../src/adapters/schema-org/vocabulary.js';
import { PAGE_URL, claimWithSurprisingLabels, fullClaim, fullReview, scores } from './our-documents.js';

// What schema.org cannot carry, so a round trip drops or rewrites it. Everything else must come back
// field for field; `expectedAfterRoundTrip` applies exactly these rules and nothing more:
//  - review `extras` (no labelled key/value on a Review), `$schema`;
//  - a controversy as such (subject, summary, positions, timeline, status, parties, about, sources):
//    only its statements go out, each as a ClaimReview;
//  - score `bands` and the `stars` / `number` display (a percentage survives as "87%");
//    a named score's `scale`; a letter grade's `asWritten` and a custom letter scale;
//  - on a judge's own rating (verdict.rating …): all but kind, value, best and worst;
//  - defaults filled in: an author or speaker with no type becomes a Person, a publisher or judge an
//    Organization; a claim without url gets the page URL; a year-only work date becomes `year`;
//  - a work's people come back grouped by the property their role is written under (director,
//    author, …, contributor), in their order within each group;
//  - a publisherLabel that is exactly our own label for the status ("Unverified") is not kept.

const clone = <T>(value: T): T => structuredClone(value);

function expectedScore(score: Score): Score {
  const out = clone(score) as Score & Record<string, unknown>;
  delete out.bands;
  if (out.kind === 'numeric') {
    if (out.worst === 0) delete out.worst;
    if (!(out.display === 'percent' && out.best === 100 && (out.worst ?? 0) === 0)) delete out.display;
  } else if (out.kind === 'letter') {
    delete out.asWritten;
    if (out.scale && out.scale.join() === DEFAULT_LETTER_SCALE.join()) delete out.scale;
    if (out.scale) throw new Error('custom letter scales become numeric ranks; not covered here');
  } else {
    delete out.scale;
    if (out.asWritten === out.value) delete out.asWritten;
  }
  return out;
}

function expectedJudgeRating(rating: Score, label: string | undefined): Score | undefined {
  if (rating.kind !== 'numeric') return rating.value === label ? undefined : { kind: rating.kind, value: rating.value } as Score;
  return { kind: 'numeric', value: rating.value, best: rating.best, ...(rating.worst ? { worst: rating.worst } : {}) };
}

const typed = (agent: Agent, type: 'person' | 'organization'): Agent => ({ ...agent, type: agent.type ?? type });

function expectedAssessment<A extends Assessment>(assessment: A, ownLabel: string): A {
  const out = clone(assessment);
  if (out.by) out.by = typed(out.by, 'organization');
  if (out.publisherLabel === ownLabel) delete out.publisherLabel;
  if (out.rating) {
    const rating = expectedJudgeRating(out.rating, assessment.publisherLabel ?? ownLabel);
    if (rating) out.rating = rating;
    else delete out.rating;
  }
  return out;
}

function expectedClaim(claim: Claim, pageUrl: string | undefined): Claim {
  const out = clone(claim) as Claim & { $schema?: string };
  delete out.$schema;
  out.url ??= pageUrl;
  out.speaker = typed(out.speaker, 'person');
  const v = out.verification;
  v.verdict = expectedAssessment(v.verdict, VERDICT_LABEL[v.verdict.status]);
  if (v.attribution) v.attribution = expectedAssessment(v.attribution, ATTRIBUTION_LABEL[v.attribution.status]);
  if (v.mediaAuthenticity) v.mediaAuthenticity = expectedAssessment(v.mediaAuthenticity, '');
  return out;
}

const propertyRank = (agent: Agent): number => PEOPLE_PROPERTIES.findIndex((p) => p.property === propertyForRole(agent.role));

function expectedWork(work: Work): Work {
  const out = clone(work);
  if (out.people) out.people = out.people.map((p, i) => ({ p, i })).sort((a, b) => propertyRank(a.p) - propertyRank(b.p) || a.i - b.i).map(({ p }) => p);
  if (out.datePublished) {
    out.year ??= Number(out.datePublished.slice(0, 4));
    if (/^\d{4}$/.test(out.datePublished)) delete out.datePublished;
  }
  return out;
}

/** Our document after toSchemaOrg → fromSchemaOrg, by the rules above. */
function expectedAfterRoundTrip(doc: ReviewCardsDocument | Score, pageUrl?: string): unknown {
  if (!('type' in doc)) return expectedScore(doc);
  if (doc.type === 'claim') return expectedClaim(doc, pageUrl);
  if (doc.type !== 'review') throw new Error('a controversy goes out as its statements');
  const out = clone(doc) as Record<string, unknown> & typeof doc;
  delete out.$schema;
  delete out.extras;
  out.itemReviewed = expectedWork(doc.itemReviewed);
  if (out.author) out.author = typed(out.author, 'person');
  if (out.publisher) out.publisher = typed(out.publisher, 'organization');
  if (out.reviewRating) out.reviewRating = expectedScore(out.reviewRating);
  if (out.claims) out.claims = out.claims.map((c) => expectedClaim(c, undefined));
  return out;
}

function roundTrip(doc: ReviewCardsDocument | Score, pageUrl?: string) {
  const jsonld = toSchemaOrg(doc, pageUrl === undefined ? {} : { pageUrl });
  // Through JSON text, as a page would carry it.
  const back = fromSchemaOrg(JSON.stringify(jsonld));
  if (!back.ok) throw new Error(describeIssues(back.issues));
  return { jsonld, value: back.value, warnings: back.warnings };
}

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
  if (doc.type === 'controversy') {
    const n = doc.statements?.length ?? 0;
    return n === 0 ? ['no-rich-result-item'] : n > 1 ? ['several-claim-reviews'] : [];
  }
  return [];
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
