import type { Agent, Source } from '../../schemas/common.js';
import type { Assessment, Claim } from '../../schemas/claim.js';
import type { Controversy } from '../../schemas/controversy.js';
import type { ReviewCardsDocument } from '../../schemas/document.js';
import type { Review } from '../../schemas/review.js';
import { DEFAULT_LETTER_SCALE, isSafeUrl } from '../../schemas/rules.js';
import type { Score } from '../../schemas/score.js';
import type { Work } from '../../schemas/work.js';
import { SCHEMA_ORG_CONTEXT, compact, jsonForScript, type JsonLdObject, type JsonLdValue } from './json-ld.js';
import { toIsoDuration, yearOf } from './json-ld-values.js';
import {
  ATTRIBUTION_ASPECT, ATTRIBUTION_LABEL, KIND_GENRE, KIND_TO_TYPE, MEDIA_KIND_TO_TYPE, MEDIA_STATUS_TO_CATEGORY,
  STATUS_PROPERTY_ID, VERDICT_LABEL, attributionStatusForLabel, canonicalRole, isAttributionOnlyLabel, propertyForRole,
  verdictStatusForLabel,
} from './vocabulary.js';

export interface ToSchemaOrgOptions {
  /**
   * The URL of the page the markup goes on. Google requires a ClaimReview `url`; a claim without
   * its own `url` gets this one. Ignored unless it is an http(s) or relative URL.
   */
  pageUrl?: string;
}

/**
 * Our data as schema.org JSON-LD, with `@context`: a score → `Rating`; a review → `Review` (its
 * claims as `associatedClaimReview`); a claim → `ClaimReview` (attribution as an associated
 * ClaimReview with `reviewAspect: "attribution"`, media authenticity as `associatedMediaReview`);
 * a controversy → a `@graph` of its statements' ClaimReviews, since schema.org has no controversy.
 * Written to meet Google's required and recommended properties where our data has them; see
 * `lintSchemaOrg` for what a given document still lacks.
 */
export function toSchemaOrg(data: ReviewCardsDocument | Score, options: ToSchemaOrgOptions = {}): JsonLdObject {
  const pageUrl = options.pageUrl !== undefined && isSafeUrl(options.pageUrl) ? options.pageUrl : undefined;
  return withAbsoluteUrls(emit(data, pageUrl), pageUrl) as JsonLdObject;
}

function emit(data: ReviewCardsDocument | Score, pageUrl: string | undefined): JsonLdObject {
  if ('kind' in data) return { '@context': SCHEMA_ORG_CONTEXT, ...ratingNode(data) };
  switch (data.type) {
    case 'review':
      return { '@context': SCHEMA_ORG_CONTEXT, ...reviewNode(data) };
    case 'claim':
      return { '@context': SCHEMA_ORG_CONTEXT, ...claimReviewNode(data, pageUrl) };
    case 'controversy':
      return { '@context': SCHEMA_ORG_CONTEXT, '@graph': controversyGraph(data, pageUrl) };
  }
}

const URL_KEYS = new Set(['url', 'sameAs', 'archivedAt', 'contentUrl', 'embedUrl', 'originalMediaLink']);
const LEADS_SOMEWHERE = /^(?:https?:\/\/|\/)/i;

/**
 * Relative URLs ("../review", "page.html") resolved against an absolute `pageUrl`: search engines and
 * our own reader take only absolute and root-relative URLs from JSON-LD. Without an absolute page
 * URL they are written as they are (and a reader drops them).
 */
function withAbsoluteUrls(value: JsonLdValue, pageUrl: string | undefined, key?: string): JsonLdValue {
  if (!pageUrl || !/^https?:\/\//i.test(pageUrl)) return value;
  if (typeof value === 'string') {
    if (key === undefined || !URL_KEYS.has(key) || LEADS_SOMEWHERE.test(value)) return value;
    try {
      return new URL(value, pageUrl).href;
    } catch {
      return value;
    }
  }
  if (Array.isArray(value)) return value.map((v) => withAbsoluteUrls(v, pageUrl, key));
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withAbsoluteUrls(v, pageUrl, k)]));
  }
  return value;
}

/** The text to put inside `<script type="application/ld+json">`, safe against `</script>` in data. */
export function schemaOrgScriptText(data: ReviewCardsDocument | Score, options: ToSchemaOrgOptions = {}): string {
  return jsonForScript(toSchemaOrg(data, options));
}

const node = (object: Record<string, JsonLdValue | undefined>): JsonLdObject => compact(object) as JsonLdObject;

/** One value or an array, the way publishers write single values. */
const oneOrMany = (values: JsonLdValue[] | undefined): JsonLdValue | undefined =>
  values === undefined || values.length === 0 ? undefined : values.length === 1 ? values[0] : values;

interface AgentNodeOptions {
  /** The schema.org type when ours is unknown; Google needs Person or Organization on authors. */
  defaultType?: 'Person' | 'Organization';
  /** Cast and crew carry their role by property (`director`, `Role`), not on the agent. */
  roleByProperty?: boolean;
}

function agentNode(agent: Agent, options: AgentNodeOptions = {}): JsonLdObject {
  const type = agent.type === 'person' ? 'Person' : agent.type === 'organization' ? 'Organization' : options.defaultType;
  const isOrganization = type === 'Organization';
  const role = options.roleByProperty ? undefined : agent.role;
  const affiliation = agent.affiliation ? { '@type': 'Organization', name: agent.affiliation } : undefined;
  return node({
    '@type': type,
    name: agent.name,
    // A person's role is a `jobTitle`; an organisation has none, so its role is its `description`.
    jobTitle: isOrganization ? undefined : role,
    description: isOrganization ? role : undefined,
    // A person's employer is `affiliation`; an organisation's is its `parentOrganization`.
    affiliation: isOrganization ? undefined : affiliation,
    parentOrganization: isOrganization ? affiliation : undefined,
    url: agent.url,
  });
}

function sourceNode(source: Source): JsonLdObject {
  return node({
    '@type': 'CreativeWork',
    url: source.url,
    name: source.title,
    publisher: source.publisher ? { '@type': 'Organization', name: source.publisher } : undefined,
    // Who wrote a source is often a handle or an outlet: name only, no guessed type.
    author: source.author ? { name: source.author } : undefined,
    datePublished: source.datePublished,
    archivedAt: source.archivedUrl,
    description: source.note,
  });
}

const sourceNodes = (sources: readonly Source[] | undefined): JsonLdValue[] | undefined => sources?.map(sourceNode);

// ---------------------------------------------------------------------------------------------
// Scores

/** Where a score sits on its scale, for letters and ranked names: 1 (worst) … n (best). */
function rankOnScale(score: Extract<Score, { kind: 'letter' | 'named' }>): { value: number; best: number } | undefined {
  const scale: readonly string[] | undefined = score.scale ?? (score.kind === 'letter' ? DEFAULT_LETTER_SCALE : undefined);
  const index = scale?.indexOf(score.value) ?? -1;
  return scale && index >= 0 ? { value: scale.length - index, best: scale.length } : undefined;
}

/**
 * `ratingValue`, `bestRating`, `worstRating`. Google assumes worst 1 when it is absent and ours
 * defaults to 0, so `worstRating` is always written. A letter grade goes out as its rank (Google
 * wants a number) with the letter as `alternateName`; a named rating goes out as text.
 */
function ratingNumbers(score: Score): Record<string, JsonLdValue | undefined> {
  if (score.kind === 'numeric') {
    const worst = score.worst ?? 0;
    // "87%" is a ratingValue Google reads, and it keeps the percent display.
    const asPercent = score.display === 'percent' && score.best === 100 && worst === 0;
    return { ratingValue: asPercent ? `${score.value}%` : score.value, bestRating: score.best, worstRating: worst };
  }
  const rank = score.kind === 'letter' ? rankOnScale(score) : undefined;
  if (rank) return { ratingValue: rank.value, bestRating: rank.best, worstRating: 1 };
  return { ratingValue: score.value };
}

function ratingNode(score: Score): JsonLdObject {
  return node({
    '@type': 'Rating',
    ...ratingNumbers(score),
    alternateName: score.kind === 'letter' ? score.value : score.asWritten,
    name: score.label,
    author: score.author ? agentNode(score.author) : undefined,
  });
}

// ---------------------------------------------------------------------------------------------
// Works and reviews

function peopleProperties(work: Work): Record<string, JsonLdValue[]> {
  const byProperty: Record<string, JsonLdValue[]> = {};
  for (const person of work.people ?? []) {
    const property = propertyForRole(person.role);
    const plain = agentNode(person, { roleByProperty: true });
    // A role that the property does not say by itself is kept with schema.org's Role pattern.
    const value: JsonLdObject = person.role === undefined || person.role === canonicalRole(property, work.kind)
      ? plain
      : { '@type': 'Role', roleName: person.role, [property]: plain };
    (byProperty[property] ??= []).push(value);
  }
  return byProperty;
}

function workNode(work: Work): JsonLdObject {
  const datePublished = work.datePublished ?? (work.year !== undefined ? String(work.year) : undefined);
  const yearDiffers = work.year !== undefined && work.datePublished !== undefined && yearOf(work.datePublished) !== work.year;
  const people = Object.fromEntries(Object.entries(peopleProperties(work)).map(([p, values]) => [p, oneOrMany(values)]));
  return node({
    '@type': KIND_TO_TYPE[work.kind],
    name: work.name,
    alternateName: work.originalName,
    genre: KIND_GENRE[work.kind],
    datePublished,
    copyrightYear: yearDiffers ? work.year : undefined,
    duration: work.runtimeMinutes !== undefined ? toIsoDuration(work.runtimeMinutes) : undefined,
    ...people,
    countryOfOrigin: oneOrMany(work.countries?.map((name) => ({ '@type': 'Country', name }))),
    inLanguage: oneOrMany(work.inLanguage),
    description: work.description,
    url: work.url,
    sameAs: oneOrMany(work.sameAs),
  });
}

const itemList = (notes: readonly string[] | undefined): JsonLdObject | undefined =>
  notes?.length
    ? { '@type': 'ItemList', itemListElement: notes.map((name, i) => ({ '@type': 'ListItem', position: i + 1, name })) }
    : undefined;

function reviewNode(review: Review): JsonLdObject {
  return node({
    '@type': 'Review',
    itemReviewed: workNode(review.itemReviewed),
    author: review.author ? agentNode(review.author, { defaultType: 'Person' }) : undefined,
    publisher: review.publisher ? agentNode(review.publisher, { defaultType: 'Organization' }) : undefined,
    datePublished: review.datePublished,
    inLanguage: review.inLanguage,
    headline: review.headline,
    name: review.headline,
    // The reviewer's one-line verdict: schema.org's "short description that summarizes" a work.
    abstract: review.verdict,
    description: review.synopsis,
    reviewBody: review.excerpt,
    reviewRating: review.reviewRating ? ratingNode(review.reviewRating) : undefined,
    positiveNotes: itemList(review.pros),
    negativeNotes: itemList(review.cons),
    url: review.url,
    citation: sourceNodes(review.sources),
    associatedClaimReview: oneOrMany(review.claims?.map((claim) => claimReviewNode(claim, undefined))),
  });
}

// ---------------------------------------------------------------------------------------------
// Claims

/** Our exact status, written only when the label alone would read back as another status. */
const statusIdentifier = (propertyID: string, value: string): JsonLdObject => ({ '@type': 'PropertyValue', propertyID, value });

/** Who judged, when, why, with what label and rating, on what evidence: ClaimReview / MediaReview fields. */
function judgementFields(assessment: Assessment, label: string | undefined, identifier?: JsonLdObject): Record<string, JsonLdValue | undefined> {
  const rating = label !== undefined || assessment.rating !== undefined || identifier !== undefined
    ? node({
        '@type': 'Rating',
        alternateName: label,
        ...(assessment.rating ? ratingNumbers(assessment.rating) : {}),
        ratingExplanation: assessment.reason,
        identifier,
      })
    : undefined;
  return {
    author: assessment.by ? agentNode(assessment.by, { defaultType: 'Organization' }) : undefined,
    datePublished: assessment.asOf,
    reviewRating: rating,
    citation: sourceNodes(assessment.evidence),
  };
}

function mediaNode(media: NonNullable<Claim['media']>): JsonLdObject {
  return node({ '@type': MEDIA_KIND_TO_TYPE[media.kind], url: media.url, description: media.description });
}

/**
 * The claim's words on the Claim: the speaker's own (direct) as its `text`, which readers take as
 * the claimant's words; an account of them (reported, mixed) as its `name`, with `mixed` recorded
 * exactly, since schema.org has no word for it. Whose account it is has no schema.org property.
 */
function claimWordsNode(claim: Claim): JsonLdObject {
  if (!claim.speech || claim.speech === 'direct') return { text: claim.text };
  return node({
    name: claim.text,
    identifier: claim.speech === 'mixed' ? statusIdentifier(STATUS_PROPERTY_ID.speech, 'mixed') : undefined,
  });
}

function claimNode(claim: Claim): JsonLdObject {
  return node({
    '@type': 'Claim',
    ...claimWordsNode(claim),
    author: agentNode(claim.speaker, { defaultType: 'Person' }),
    datePublished: claim.dateSaid,
    inLanguage: claim.inLanguage,
    locationCreated: claim.location ? { '@type': 'Place', name: claim.location } : undefined,
    description: claim.setting,
    associatedMedia: claim.media ? mediaNode(claim.media) : undefined,
    translationOfWork: claim.original ? { '@type': 'Claim', text: claim.original.text, inLanguage: claim.original.inLanguage } : undefined,
    workTranslation: claim.translation
      ? node({
          '@type': 'Claim',
          text: claim.translation.text,
          inLanguage: claim.translation.inLanguage,
          translator: claim.translation.by ? agentNode(claim.translation.by) : undefined,
        })
      : undefined,
    appearance: oneOrMany(sourceNodes(claim.sources)),
  });
}

function attributionReview(claim: Claim): JsonLdObject | undefined {
  const attribution = claim.verification.attribution;
  if (!attribution) return undefined;
  const label = attribution.publisherLabel ?? ATTRIBUTION_LABEL[attribution.status];
  const exact = attributionStatusForLabel(label) === attribution.status
    ? undefined
    : statusIdentifier(STATUS_PROPERTY_ID.attribution, attribution.status);
  return node({
    '@type': 'ClaimReview',
    reviewAspect: ATTRIBUTION_ASPECT,
    claimReviewed: claim.text,
    ...judgementFields(attribution, label, exact),
  });
}

function mediaReview(claim: Claim): JsonLdObject | undefined {
  const media = claim.verification.mediaAuthenticity;
  if (!media) return undefined;
  const category = MEDIA_STATUS_TO_CATEGORY[media.status];
  const { reviewRating, ...fields } = judgementFields({ ...media, reason: undefined }, media.publisherLabel);
  return node({
    '@type': 'MediaReview',
    mediaAuthenticityCategory: category,
    originalMediaContextDescription: media.reason,
    ...fields,
    reviewRating,
    identifier: category ? undefined : statusIdentifier(STATUS_PROPERTY_ID.mediaAuthenticity, media.status),
    itemReviewed: claim.media ? { '@type': 'MediaReviewItem', mediaItemAppearance: [mediaNode(claim.media)] } : undefined,
  });
}

/** A ClaimReview for a fact-checked claim; a claim no one has checked is published as the Claim alone. */
function claimReviewNode(claim: Claim, pageUrl: string | undefined): JsonLdObject {
  const verdict = claim.verification.verdict;
  if (!verdict) {
    // The Claim alone; who said it and whether the media is original, where judged, go in its `review`.
    // With no ClaimReview to carry it, the context goes in the Claim's `abstract` (its `description` is the setting).
    return node({
      ...claimNode(claim),
      abstract: claim.context,
      url: claim.url ?? pageUrl,
      review: oneOrMany([attributionReview(claim), mediaReview(claim)].filter((r): r is JsonLdObject => r !== undefined)),
    });
  }
  const label = verdict.publisherLabel ?? VERDICT_LABEL[verdict.status];
  const readsBack = verdictStatusForLabel(label) === verdict.status && !isAttributionOnlyLabel(label);
  return node({
    '@type': 'ClaimReview',
    url: claim.url ?? pageUrl,
    claimReviewed: claim.text,
    description: claim.context,
    ...judgementFields(verdict, label, readsBack ? undefined : statusIdentifier(STATUS_PROPERTY_ID.verdict, verdict.status)),
    itemReviewed: claimNode(claim),
    associatedClaimReview: attributionReview(claim),
    associatedMediaReview: mediaReview(claim),
  });
}

/** One ClaimReview per statement. Google shows a single fact check only for pages with one ClaimReview. */
function controversyGraph(controversy: Controversy, pageUrl: string | undefined): JsonLdValue[] {
  return (controversy.statements ?? []).map((claim) => claimReviewNode(claim, pageUrl));
}
