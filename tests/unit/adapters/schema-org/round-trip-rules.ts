// What a toSchemaOrg → fromSchemaOrg round trip keeps, as executable rules: shared by the round-trip
// tests of our own documents (round-trip.test.ts) and the property tests on generated documents.
import { ATTRIBUTION_LABEL, VERDICT_LABEL, fromSchemaOrg, toSchemaOrg } from '../../../../src/adapters/schema-org/index.js';
import { publisherDisplay } from '../../../../src/adapters/schema-org/from-schema-org/scores.js';
import {
  DEFAULT_LETTER_SCALE, describeIssues,
  type Agent, type Assessment, type Claim, type ReviewCardsDocument, type Score, type Work,
} from '../../../../src/schemas/index.js';
import { PEOPLE_PROPERTIES, propertyForRole } from '../../../../src/adapters/schema-org/vocabulary.js';

// What schema.org cannot carry, so a round trip drops or rewrites it. Everything else must come back
// field for field; `expectedAfterRoundTrip` applies exactly these rules and nothing more:
//  - review `extras` (no labelled key/value on a Review), `$schema`;
//  - a controversy as such (subject, summary, positions, timeline, status, parties, about, sources):
//    only its statements go out, each as a ClaimReview;
//  - score `bands` and the `stars` / `number` display (a percentage survives as "87%");
//    a named score's `scale`; a letter grade's `asWritten` and a custom letter scale;
//  - on a judge's own rating (verdict.rating …): all but kind, value, best and worst;
//  - a judge's letter grade comes back as its rank on the default letter scale (the rating's
//    `alternateName` carries the verdict's label, so the letter has nowhere to go);
//  - an empty list comes back absent; a work's originalName equal to its name is not kept;
//  - a named rating that reads as a letter grade ("a", "B+") or a number ("0", "4,5", "87%") comes
//    back as one (documents with one are outside these rules);
//  - text that reads as HTML (a tag such as `<b>`, an entity such as `&amp;`) does not come back as
//    written: publishers put HTML in reviewBody and descriptions, so the reader strips tags there and
//    decodes entities everywhere (documents with such text are outside these rules);
//  - defaults filled in: an author or speaker with no type becomes a Person, a publisher or judge an
//    Organization; a claim without url gets the page URL; a year-only work date becomes `year` when
//    the work has no other year and the year is one `Work.year` takes (1000–9999);
//  - a work's people come back grouped by the property their role is written under (director,
//    author, …, contributor), in their order within each group;
//  - a publisherLabel that is exactly our own label for the status ("Unverified") is not kept;
//  - a claim's `speech: 'direct'` comes back absent (the default); for reported and mixed speech,
//    `reportedBy` comes back as the verdict's judge (schema.org names no other reporter);
//  - a relative URL other than a root-relative one ("/x") comes back resolved against the page URL
//    (or, without one, does not come back): readers of JSON-LD take only links that lead somewhere;
//  - a numeric score without asWritten on a scale whose floor is above 0 and not 1 (a star scale
//    from 0.5) comes back with asWritten as its publisher shows it ("3.5/5");
//  - `editorNote` fields, for data authors only, are not published, and neither is a verification's
//    `caveat` (schema.org has no property for a source's own caveat).

const clone = <T>(value: T): T => structuredClone(value);

function expectedScore(score: Score, language?: string): Score {
  const out = clone(score) as Score & Record<string, unknown>;
  delete out.bands;
  if (out.kind === 'numeric') {
    if (out.worst === 0) delete out.worst;
    if (!(out.display === 'percent' && out.best === 100 && (out.worst ?? 0) === 0)) delete out.display;
    // A scale whose floor is its lowest star comes back shown as its publisher shows it ("3.5/5").
    if (out.asWritten === undefined && out.display === undefined) {
      const shown = publisherDisplay(out, false, language);
      if (shown !== undefined) out.asWritten = shown;
    }
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
  if (rating.kind === 'letter') {
    const rank = DEFAULT_LETTER_SCALE.indexOf(rating.value as (typeof DEFAULT_LETTER_SCALE)[number]);
    return { kind: 'numeric', value: DEFAULT_LETTER_SCALE.length - rank, best: DEFAULT_LETTER_SCALE.length, worst: 1 };
  }
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

export function expectedClaim(claim: Claim, pageUrl: string | undefined): Claim {
  const out = withUrlsAsPublished(withoutEditorNotes(clone(claim)), pageUrl) as Claim & { $schema?: string };
  delete out.$schema;
  out.url ??= pageUrl;
  out.speaker = typed(out.speaker, 'person');
  const v = out.verification;
  if (v.verdict) v.verdict = expectedAssessment(v.verdict, VERDICT_LABEL[v.verdict.status]) as typeof v.verdict;
  // A source's caveat has no schema.org property: on a fact-checked claim it is not published either.
  delete v.caveat;
  // Direct speech is the default; an account (reported, mixed) is the fact checker's, the only
  // reporter schema.org markup names, so reportedBy comes back as the verdict's judge.
  if (out.speech === 'direct') delete out.speech;
  if (out.speech) {
    if (v.verdict?.by) out.reportedBy = v.verdict.by;
    else delete out.reportedBy;
  } else delete out.reportedBy;
  if (v.attribution) v.attribution = expectedAssessment(v.attribution, ATTRIBUTION_LABEL[v.attribution.status]);
  if (v.mediaAuthenticity) v.mediaAuthenticity = expectedAssessment(v.mediaAuthenticity, '');
  return out;
}

const propertyRank = (agent: Agent): number => PEOPLE_PROPERTIES.findIndex((p) => p.property === propertyForRole(agent.role));

function expectedWork(work: Work): Work {
  const out = clone(work);
  if (out.originalName === out.name) delete out.originalName;
  if (out.people) out.people = out.people.map((p, i) => ({ p, i })).sort((a, b) => propertyRank(a.p) - propertyRank(b.p) || a.i - b.i).map(({ p }) => p);
  if (out.datePublished) {
    const year = Number(out.datePublished.slice(0, 4));
    if (year >= 1000) out.year ??= year;
    if (/^\d{4}$/.test(out.datePublished) && out.year === year) delete out.datePublished;
  }
  return out;
}

/** True when some text in `doc` would be read as HTML markup on the way back (see the rules above). */
export const hasHtmlLikeText = (doc: unknown): boolean => /<\/?[a-z]|&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/i.test(JSON.stringify(doc));

/** Every score (an object with a `kind` of numeric, letter or named) anywhere in `doc`. */
export function scoresIn(doc: unknown): Score[] {
  if (Array.isArray(doc)) return doc.flatMap(scoresIn);
  if (doc === null || typeof doc !== 'object') return [];
  const own = ['numeric', 'letter', 'named'].includes((doc as { kind?: string }).kind ?? '') ? [doc as Score] : [];
  return [...own, ...Object.values(doc).flatMap(scoresIn)];
}

/** True when a named rating in `doc` reads as a letter grade or a number (see the rules above). */
export const hasAmbiguousName = (doc: unknown): boolean =>
  scoresIn(doc).some((s) => s.kind === 'named' && /^\s*(?:[a-f][+-]?|[+-]?[\d.,\s]*\d[\d.,\s]*%?)\s*$/i.test(s.value));

/** A copy without empty lists. */
function withoutEmptyLists<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutEmptyLists) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([, v]) => !(Array.isArray(v) && v.length === 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, withoutEmptyLists(v)])) as T;
}

/** Our document after toSchemaOrg → fromSchemaOrg, by the rules above. */
export function expectedAfterRoundTrip(doc: ReviewCardsDocument | Score, pageUrl?: string): unknown {
  return expectedFields(withoutEmptyLists(withUrlsAsPublished(withoutEditorNotes(doc), pageUrl)), pageUrl);
}

const URL_FIELDS = new Set(['url', 'archivedUrl', 'sameAs']);

/**
 * URLs as a reader of published JSON-LD takes them: absolute and root-relative ones as they are,
 * other relative ones resolved against the page URL (the emitter does so), or dropped without one.
 */
function withUrlsAsPublished<T>(value: T, pageUrl: string | undefined, key?: string): T {
  if (typeof value === 'string' && key !== undefined && URL_FIELDS.has(key)) {
    if (/^(?:https?:\/\/[^\s/?#]+|\/\/[^\s/?#]+|\/(?!\/))[^\s]*$/i.test(value)) return value;
    return (pageUrl && /^https?:\/\//i.test(pageUrl) ? new URL(value, pageUrl).href : undefined) as T;
  }
  if (Array.isArray(value)) {
    return value.map((v) => withUrlsAsPublished(v, pageUrl, key)).filter((v) => v !== undefined) as T;
  }
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value)
    .map(([k, v]) => [k, withUrlsAsPublished(v, pageUrl, k)])
    .filter(([, v]) => v !== undefined)) as T;
}

/** `editorNote` is for data authors only and is never published. */
function withoutEditorNotes<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutEditorNotes) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'editorNote').map(([key, v]) => [key, withoutEditorNotes(v)])) as T;
}

function expectedFields(doc: ReviewCardsDocument | Score, pageUrl?: string): unknown {
  if (!('type' in doc)) return expectedScore(doc);
  if (doc.type === 'claim') return expectedClaim(doc, pageUrl);
  if (doc.type !== 'review') throw new Error('a controversy goes out as its statements');
  const out = clone(doc) as Record<string, unknown> & typeof doc;
  delete out.$schema;
  delete out.extras;
  out.itemReviewed = expectedWork(doc.itemReviewed);
  if (out.author) out.author = typed(out.author, 'person');
  if (out.publisher) out.publisher = typed(out.publisher, 'organization');
  if (out.reviewRating) out.reviewRating = expectedScore(out.reviewRating, out.inLanguage);
  if (out.claims) out.claims = out.claims.map((c) => expectedClaim(c, undefined));
  return out;
}

export function roundTrip(doc: ReviewCardsDocument | Score, pageUrl?: string) {
  const jsonld = toSchemaOrg(doc, pageUrl === undefined ? {} : { pageUrl });
  // Through JSON text, as a page would carry it.
  const back = fromSchemaOrg(JSON.stringify(jsonld));
  if (!back.ok) throw new Error(describeIssues(back.issues));
  return { jsonld, value: back.value, warnings: back.warnings };
}

