// Fact checks: schema.org ClaimReview, MediaReview and Claim → our claim with its verification.
import type { Agent, Source } from '../../../schemas/common.js';
import type { AttributionStatus, Claim, MediaAuthenticityStatus, VerdictStatus } from '../../../schemas/claim.js';
import { LIMITS } from '../../../schemas/rules.js';
import type { Score } from '../../../schemas/score.js';
import type { IssuePath } from '../../../schemas/validate.js';
import { JsonLdReader, compact, first, hasType, isNode, items, literal, localName, prop, typesOf, type JsonLdNode, type Located } from '../json-ld.js';
import { clip, languageOf, quietLanguage, readDate, readText, readUrl } from '../json-ld-values.js';
import { ATTRIBUTION_ASPECT, ATTRIBUTION_LABEL, MEDIA_CATEGORY_TO_STATUS, MEDIA_TYPE_TO_KIND, STATUS_PROPERTY_ID, VERDICT_LABEL, attributionStatusForLabel, isAttributionOnlyLabel, verdictStatusForLabel } from '../vocabulary.js';
import { lookUpByType } from '../hierarchy.js';
import { optionalName, readAgent, readAgents, readSources } from './people.js';
import { readAssessmentRating } from './scores.js';

/** Speaker placeholder when a ClaimReview names nobody: our claims always have a speaker. */
const UNKNOWN_SPEAKER = 'Unknown';

interface AssessmentRead<S extends string> {
  status: S;
  by?: Agent;
  asOf?: string;
  reason?: string;
  publisherLabel?: string;
  rating?: Score;
  evidence?: Source[];
}

/** Our exact status, when the emitter recorded it in `identifier` (see STATUS_PROPERTY_ID). */
function statusIdentifier(reader: JsonLdReader, nodes: Array<JsonLdNode | undefined>, propertyId: string): string | undefined {
  for (const node of nodes) {
    if (!node) continue;
    for (const id of items(prop(node, 'identifier'), 10).map((v) => reader.resolve(v))) {
      if (isNode(id) && literal(first(prop(id, 'propertyID'))) === propertyId) {
        const value = literal(first(prop(id, 'value')));
        if (typeof value === 'string') return value;
      }
    }
  }
  return undefined;
}

/** What every judgement carries: who, when, why, the judge's own label and rating, and evidence. */
function readJudgement(reader: JsonLdReader, node: JsonLdNode, path: IssuePath): Omit<AssessmentRead<string>, 'status'> & { ratingNode?: JsonLdNode } {
  const ratingValue = reader.one(node, 'reviewRating');
  const ratingNode = isNode(ratingValue) ? ratingValue : undefined;
  const ratingPath = [...path, 'reviewRating'];
  const publisherLabel = ratingNode
    ? readText(reader, prop(ratingNode, 'alternateName') ?? prop(ratingNode, 'name'), [...ratingPath, 'alternateName'], 120)
    : readText(reader, ratingValue, ratingPath, 120);
  return compact({
    by: readAgents(reader, prop(node, 'author') ?? prop(node, 'creator'), [...path, 'author'], quietLanguage(node)),
    asOf: readDate(reader, prop(node, 'dateModified') ?? prop(node, 'datePublished'), [...path, 'datePublished']),
    reason: (ratingNode && readText(reader, prop(ratingNode, 'ratingExplanation'), [...ratingPath, 'ratingExplanation'], LIMITS.longText))
      ?? readText(reader, prop(node, 'reviewBody'), [...path, 'reviewBody'], LIMITS.longText, { html: true }),
    publisherLabel,
    rating: readAssessmentRating(reader, ratingNode, publisherLabel, ratingPath),
    evidence: readSources(reader, reader.all(node, 'citation', 50), [...path, 'citation']),
    ratingNode,
  });
}

function verdictFrom(reader: JsonLdReader, judgement: ReturnType<typeof readJudgement>, path: IssuePath, exact: string | undefined): AssessmentRead<VerdictStatus> {
  const { ratingNode, ...rest } = judgement;
  void ratingNode;
  let status = exact as VerdictStatus | undefined;
  if (!status && judgement.publisherLabel) {
    status = verdictStatusForLabel(judgement.publisherLabel);
    if (!status) reader.warn([...path, 'reviewRating', 'alternateName'], `"${judgement.publisherLabel}" is not a rating we know; status set to unverified, the label is kept`, 'unmapped-label');
  }
  if (!status && !judgement.publisherLabel) reader.warn([...path, 'reviewRating'], 'has no alternateName; status set to unverified', 'missing-label');
  const final = status ?? 'unverified';
  return compact({ ...rest, publisherLabel: ownLabel(judgement.publisherLabel, VERDICT_LABEL[final]), status: final });
}

/** The judge's label, unless it is exactly our own label for the status (then it adds nothing). */
function ownLabel(label: string | undefined, ours: string): string | undefined {
  return label === ours ? undefined : label;
}

function attributionFrom(
  reader: JsonLdReader, node: JsonLdNode, path: IssuePath, read: ReturnType<typeof readJudgement> = readJudgement(reader, node, path),
): AssessmentRead<AttributionStatus> {
  const { ratingNode, ...judgement } = read;
  const exact = statusIdentifier(reader, [ratingNode, node], STATUS_PROPERTY_ID.attribution) as AttributionStatus | undefined;
  let status = exact ?? (judgement.publisherLabel ? attributionStatusForLabel(judgement.publisherLabel) : undefined);
  if (!status) {
    reader.warn([...path, 'reviewRating'], 'rates the attribution with a label we do not know; attribution set to unverified', 'unmapped-label');
    status = 'unverified';
  }
  return compact({ ...judgement, publisherLabel: ownLabel(judgement.publisherLabel, ATTRIBUTION_LABEL[status]), status });
}

function mediaFrom(reader: JsonLdReader, node: JsonLdNode, path: IssuePath): { assessment: AssessmentRead<MediaAuthenticityStatus>; media?: Claim['media'] } {
  const { ratingNode, ...judgement } = readJudgement(reader, node, path);
  const exact = statusIdentifier(reader, [ratingNode, node], STATUS_PROPERTY_ID.mediaAuthenticity) as MediaAuthenticityStatus | undefined;
  const category = literal(first(prop(node, 'mediaAuthenticityCategory')));
  const categoryName = isNode(category) ? category['@id'] : category;
  let status = exact ?? (typeof categoryName === 'string' ? MEDIA_CATEGORY_TO_STATUS.get(localName(categoryName)) : undefined);
  if (!status) {
    reader.warn([...path, 'mediaAuthenticityCategory'], 'is missing or not a MediaManipulationRatingEnumeration member; set to unverified', 'unmapped-category');
    status = 'unverified';
  }
  const reason = readText(reader, prop(node, 'originalMediaContextDescription'), [...path, 'originalMediaContextDescription'], LIMITS.longText) ?? judgement.reason;
  const originalLink = readUrl(reader, prop(node, 'originalMediaLink'), [...path, 'originalMediaLink']);
  const evidence = [...(judgement.evidence ?? [])];
  if (originalLink && !evidence.some((e) => e.url === originalLink)) evidence.push({ url: originalLink, title: 'Original media' });
  const item = reader.one(node, 'itemReviewed');
  return {
    assessment: compact({ ...judgement, reason, evidence, status }),
    media: isNode(item) ? readMediaItem(reader, item, [...path, 'itemReviewed']) : undefined,
  };
}

/** A MediaReviewItem's first appearance, or a MediaObject itself, as our `media`. */
function readMediaItem(reader: JsonLdReader, item: JsonLdNode, path: IssuePath): Claim['media'] {
  const appearance = reader.one(item, 'mediaItemAppearance');
  return readMedia(reader, isNode(appearance) ? appearance : item, isNode(appearance) ? [...path, 'mediaItemAppearance'] : path);
}

function readMedia(reader: JsonLdReader, node: JsonLdNode, path: IssuePath): Claim['media'] {
  let kind = lookUpByType(typesOf(node), MEDIA_TYPE_TO_KIND);
  if (!kind) {
    const format = literal(first(prop(node, 'encodingFormat')));
    const major = typeof format === 'string' ? format.split('/')[0]?.toLowerCase() : undefined;
    kind = major === 'video' || major === 'image' || major === 'audio' || major === 'text' ? major : undefined;
  }
  if (!kind) return undefined;
  return compact({
    kind,
    url: readUrl(reader, prop(node, 'url') ?? prop(node, 'contentUrl') ?? prop(node, 'embedUrl'), [...path, 'url']),
    description: readText(reader, prop(node, 'description') ?? prop(node, 'caption') ?? prop(node, 'name'), [...path, 'description'], 2_000),
  });
}

/** The claim's own fields, from a Claim node (ClaimReview.itemReviewed or MediaReviewItem.interpretedAsClaim). */
type ClaimFields = Partial<Pick<Claim, 'text' | 'speech' | 'speaker' | 'dateSaid' | 'inLanguage' | 'original' | 'translation' | 'location' | 'setting' | 'media' | 'sources'>>;

function readClaimNode(reader: JsonLdReader, claim: JsonLdNode | undefined, path: IssuePath): ClaimFields {
  if (!claim) return {};
  const translationOf = reader.one(claim, 'translationOfWork');
  const translated = reader.one(claim, 'workTranslation');
  const version = (node: unknown, at: IssuePath) => {
    if (!isNode(node)) return undefined;
    const text = readText(reader, prop(node, 'text') ?? prop(node, 'name'), [...at, 'text'], LIMITS.longText);
    const inLanguage = languageOf(reader, node, at);
    if (text && !inLanguage) reader.warn([...at, 'inLanguage'], 'is missing, so this version of the words was ignored', 'missing-language');
    return text && inLanguage ? { text, inLanguage } : undefined;
  };
  const original = version(translationOf, [...path, 'translationOfWork']);
  const translationBase = version(translated, [...path, 'workTranslation']);
  const translator = isNode(translated) ? readAgent(reader, prop(translated, 'translator'), [...path, 'workTranslation', 'translator'], { single: true }) : undefined;
  const associatedMedia = reader.one(claim, 'associatedMedia');
  return compact<ClaimFields>({
    ...claimWords(reader, claim, path),
    speaker: readAgents(reader, prop(claim, 'author') ?? prop(claim, 'creator'), [...path, 'author'], quietLanguage(claim)),
    dateSaid: readDate(reader, prop(claim, 'datePublished') ?? prop(claim, 'dateCreated'), [...path, 'datePublished']),
    inLanguage: languageOf(reader, claim, path),
    original,
    translation: translationBase ? compact({ ...translationBase, by: translator }) : undefined,
    location: optionalName(reader, prop(claim, 'locationCreated') ?? prop(claim, 'spatialCoverage'), [...path, 'locationCreated']),
    setting: readText(reader, prop(claim, 'description'), [...path, 'description'], 500),
    media: isNode(associatedMedia) ? readMedia(reader, associatedMedia, [...path, 'associatedMedia']) : undefined,
    sources: claimSources(reader, claim, path),
  });
}

/**
 * The claim's words and whether they are the speaker's own. A Claim's `text`, or the `text` of a
 * Quotation among its appearances, is what the claimant said (`direct`, the default, so `speech` is
 * left out); its `name` is a title someone gave it (`reported`). An exact `speech` recorded by our
 * own emitter (`identifier`, see STATUS_PROPERTY_ID) wins.
 */
function claimWords(reader: JsonLdReader, claim: JsonLdNode, path: IssuePath): Pick<ClaimFields, 'text' | 'speech'> {
  const exact = statusIdentifier(reader, [claim], STATUS_PROPERTY_ID.speech);
  const speech = exact === 'direct' || exact === 'reported' || exact === 'mixed' ? exact : undefined;
  const own = readText(reader, prop(claim, 'text'), [...path, 'text'], LIMITS.longText);
  if (own) return compact({ text: own, speech: speech === 'direct' ? undefined : speech });
  const quotation = [...reader.all(claim, 'firstAppearance', 50), ...reader.all(claim, 'appearance', 50)]
    .find((a): a is JsonLdNode => isNode(a) && hasType(a, 'Quotation') && prop(a, 'text') !== undefined);
  const quoted = quotation ? readText(reader, prop(quotation, 'text'), [...path, 'appearance', 'text'], LIMITS.longText) : undefined;
  if (quoted) return { text: quoted };
  const named = readText(reader, prop(claim, 'name'), [...path, 'name'], LIMITS.longText);
  return named ? { text: named, speech: speech ?? 'reported' } : {};
}

/** firstAppearance first (where the claim was made), then appearances not already listed. */
function claimSources(reader: JsonLdReader, claim: JsonLdNode, path: IssuePath): Source[] {
  const firsts = readSources(reader, reader.all(claim, 'firstAppearance', 50), [...path, 'firstAppearance']);
  const seen = new Set(firsts.map((s) => JSON.stringify(s)));
  const rest = readSources(reader, reader.all(claim, 'appearance', 50), [...path, 'appearance']).filter((s) => !seen.has(JSON.stringify(s)));
  return [...firsts, ...rest].slice(0, 50);
}

/** When a fact check lists no appearance, the fact check itself is the claim's source. */
function factCheckAsSource(reader: JsonLdReader, node: JsonLdNode, by: Agent | undefined, path: IssuePath): Source[] {
  const url = readUrl(reader, prop(node, 'url'), [...path, 'url']);
  const title = readText(reader, prop(node, 'headline') ?? prop(node, 'name'), [...path, 'name'], LIMITS.shortText)
    ?? (by ? `Fact check by ${by.name}` : undefined);
  if (!url && !title) return [];
  return [compact<Source>({ url, title: title ? clip(title, LIMITS.shortText) : undefined, publisher: by?.name, datePublished: readDate(reader, prop(node, 'datePublished'), path) })];
}

function defaultSpeaker(reader: JsonLdReader, path: IssuePath): Agent {
  reader.warn(path, `names no speaker; shown as "${UNKNOWN_SPEAKER}"`, 'missing-speaker');
  return { name: UNKNOWN_SPEAKER };
}

export function claimFromClaimReview(reader: JsonLdReader, node: JsonLdNode, path: IssuePath, extraMediaReview?: Located): Record<string, unknown> {
  const claimValue = reader.one(node, 'itemReviewed');
  const claimNode = isNode(claimValue) ? claimValue : undefined;
  const claimPath = [...path, 'itemReviewed'];
  const fields = readClaimNode(reader, claimNode, claimPath);
  const judgement = readJudgement(reader, node, path);
  const ratingNode = judgement.ratingNode;

  // The verdict: our exact status if recorded; a label that only judges who said it goes to attribution.
  const exactVerdict = statusIdentifier(reader, [ratingNode, node], STATUS_PROPERTY_ID.verdict);
  let attribution: AssessmentRead<AttributionStatus> | undefined;
  let verdict: AssessmentRead<VerdictStatus>;
  if (!exactVerdict && judgement.publisherLabel && isAttributionOnlyLabel(judgement.publisherLabel)) {
    attribution = attributionFrom(reader, node, path, judgement);
    verdict = compact({
      status: 'unverified' as const,
      by: judgement.by,
      asOf: judgement.asOf,
      reason: `${judgement.by?.name ?? 'The fact-checker'} rated who said it (“${judgement.publisherLabel}”), not whether it is true.`,
    });
  } else {
    verdict = verdictFrom(reader, judgement, path, exactVerdict);
  }

  for (const [i, associated] of reader.all(node, 'associatedClaimReview', 10).entries()) {
    if (!isNode(associated) || attribution) continue;
    const aspect = readText(reader, prop(associated, 'reviewAspect'), [], 80)?.toLowerCase();
    const label = judgementLabel(reader, associated);
    if (aspect === ATTRIBUTION_ASPECT || (label !== undefined && isAttributionOnlyLabel(label))) {
      attribution = attributionFrom(reader, associated, [...path, 'associatedClaimReview', i]);
    }
  }

  let mediaAuthenticity: AssessmentRead<MediaAuthenticityStatus> | undefined;
  let media = fields.media;
  const associatedMedia = reader.one(node, 'associatedMediaReview');
  const mediaReview = isNode(associatedMedia)
    ? { node: associatedMedia, path: [...path, 'associatedMediaReview'] }
    : extraMediaReview;
  if (mediaReview) {
    const read = mediaFrom(reader, mediaReview.node, mediaReview.path);
    mediaAuthenticity = read.assessment;
    media ??= read.media;
  }

  // The claimant's own words where the markup gives them (fields.speech absent); otherwise the fact
  // checker's summary (claimReviewed), which is its account of what was said: reported, by the checker.
  const summary = readText(reader, prop(node, 'claimReviewed'), [...path, 'claimReviewed'], LIMITS.longText)
    ?? readText(reader, prop(node, 'headline') ?? prop(node, 'name'), [...path, 'name'], LIMITS.longText);
  const direct = fields.text !== undefined && fields.speech === undefined;
  const text = direct ? fields.text : summary ?? fields.text;
  const speech = direct ? undefined : fields.speech && text === fields.text ? fields.speech : text === undefined ? undefined : 'reported';
  const reportedBy = speech ? judgement.by : undefined;
  const sources = fields.sources?.length ? fields.sources : factCheckAsSource(reader, node, judgement.by, path);

  return compact<Record<string, unknown>>({
    type: 'claim',
    text,
    speech,
    reportedBy,
    inLanguage: fields.inLanguage ?? languageOf(reader, node, path),
    original: fields.original,
    translation: fields.translation,
    speaker: fields.speaker ?? defaultSpeaker(reader, [...claimPath, 'author']),
    dateSaid: fields.dateSaid,
    location: fields.location,
    setting: fields.setting,
    media,
    context: readText(reader, prop(node, 'description'), [...path, 'description'], LIMITS.longText, { html: true }),
    sources,
    verification: compact({ attribution, mediaAuthenticity, verdict }),
    url: readUrl(reader, prop(node, 'url'), [...path, 'url']),
  });
}

/**
 * A Claim on its own: its words, speaker and appearances. No one has judged whether it is true, so it
 * has no verdict; a ClaimReview of its attribution or a MediaReview of its media may sit in its `review`.
 */
export function claimFromClaim(reader: JsonLdReader, node: JsonLdNode, path: IssuePath): Record<string, unknown> {
  const fields = readClaimNode(reader, node, path);
  let attribution: AssessmentRead<AttributionStatus> | undefined;
  let mediaAuthenticity: AssessmentRead<MediaAuthenticityStatus> | undefined;
  let media = fields.media;
  for (const [i, review] of reader.all(node, 'review', 10).entries()) {
    if (!isNode(review)) continue;
    const at = [...path, 'review', i];
    if (hasType(review, 'MediaReview') && !mediaAuthenticity) {
      const read = mediaFrom(reader, review, at);
      mediaAuthenticity = read.assessment;
      media ??= read.media;
    } else if (hasType(review, 'ClaimReview') && !attribution) {
      attribution = attributionFrom(reader, review, at);
    }
  }
  return compact<Record<string, unknown>>({
    type: 'claim',
    ...fields,
    media,
    speaker: fields.speaker ?? defaultSpeaker(reader, [...path, 'author']),
    context: readText(reader, prop(node, 'abstract'), [...path, 'abstract'], LIMITS.longText, { html: true }),
    verification: compact({ attribution, mediaAuthenticity }),
    url: readUrl(reader, prop(node, 'url'), [...path, 'url']),
  });
}

function judgementLabel(reader: JsonLdReader, node: JsonLdNode): string | undefined {
  const rating = reader.one(node, 'reviewRating');
  return isNode(rating) ? readText(reader, prop(rating, 'alternateName') ?? prop(rating, 'name'), [], 120) : undefined;
}

/** A MediaReview on its own rates the media, not the claim's truth: the verdict is "unverified". */
export function claimFromMediaReview(reader: JsonLdReader, node: JsonLdNode, path: IssuePath): Record<string, unknown> {
  const { assessment, media } = mediaFrom(reader, node, path);
  const itemValue = reader.one(node, 'itemReviewed');
  const item = isNode(itemValue) ? itemValue : undefined;
  const interpreted = item ? reader.one(item, 'interpretedAsClaim') : undefined;
  const fields = readClaimNode(reader, isNode(interpreted) ? interpreted : undefined, [...path, 'itemReviewed', 'interpretedAsClaim']);
  const appearances = item ? reader.all(item, 'mediaItemAppearance', 50) : [];
  const creator = item ? readAgents(reader, prop(item, 'creator') ?? prop(item, 'author'), [...path, 'itemReviewed', 'creator'], undefined) : undefined;
  let sources = fields.sources?.length ? fields.sources : readSources(reader, appearances, [...path, 'itemReviewed', 'mediaItemAppearance']);
  if (!sources.length) sources = factCheckAsSource(reader, node, assessment.by, path);
  // The interpreted claim's own words when given; else the reviewer's account of it, or of the media.
  const summary = readText(reader, prop(node, 'claimReviewed') ?? prop(node, 'headline') ?? prop(node, 'name'), [...path, 'name'], LIMITS.longText)
    ?? media?.description;
  const direct = fields.text !== undefined && fields.speech === undefined;
  const text = direct ? fields.text : fields.text ?? summary;
  const speech = direct || text === undefined ? undefined : fields.speech ?? 'reported';
  const reportedBy = speech ? assessment.by : undefined;
  reader.warn(path, 'is a MediaReview: it rates the media, not whether the claim is true, so the verdict is unverified', 'media-only');
  return compact<Record<string, unknown>>({
    type: 'claim',
    text,
    speech,
    reportedBy,
    inLanguage: fields.inLanguage,
    original: fields.original,
    translation: fields.translation,
    speaker: fields.speaker ?? creator ?? defaultSpeaker(reader, [...path, 'itemReviewed', 'creator']),
    dateSaid: fields.dateSaid,
    location: fields.location,
    setting: fields.setting,
    media: fields.media ?? media,
    sources,
    verification: {
      mediaAuthenticity: assessment,
      verdict: compact({ status: 'unverified' as const, by: assessment.by, asOf: assessment.asOf }),
    },
    url: readUrl(reader, prop(node, 'url'), [...path, 'url']),
  });
}
