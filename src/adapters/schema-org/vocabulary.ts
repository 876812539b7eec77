import type { AttributionStatus, MediaAuthenticityStatus, VerdictStatus } from '../../schemas/claim.js';
import type { WorkKind } from '../../schemas/work.js';
import { anyIsA } from './hierarchy.js';

// Mapping tables between schema.org and our vocabulary. Maps, not object literals, so a label such
// as "constructor" or "__proto__" finds nothing instead of a prototype member.

/** schema.org types of reviewed works → our `Work.kind`. Anything else is `other`. */
export const TYPE_TO_KIND = new Map<string, WorkKind>([
  ['Movie', 'film'],
  ['TVSeries', 'series'], ['MovieSeries', 'series'], ['CreativeWorkSeries', 'series'], ['RadioSeries', 'series'],
  ['VideoGameSeries', 'series'], ['BookSeries', 'series'], ['Periodical', 'series'],
  ['TVSeason', 'series'], ['CreativeWorkSeason', 'series'], ['RadioSeason', 'series'],
  ['TVEpisode', 'episode'], ['Episode', 'episode'], ['RadioEpisode', 'episode'],
  ['PodcastSeries', 'podcast'], ['PodcastSeason', 'podcast'], ['PodcastEpisode', 'podcast'],
  ['Book', 'book'], ['Audiobook', 'book'],
  ['Article', 'article'], ['NewsArticle', 'article'], ['ScholarlyArticle', 'article'], ['Report', 'article'],
  ['BlogPosting', 'article'], ['LiveBlogPosting', 'article'], ['OpinionNewsArticle', 'article'],
  ['AnalysisNewsArticle', 'article'], ['ReportageNewsArticle', 'article'], ['BackgroundNewsArticle', 'article'],
  ['ReviewNewsArticle', 'article'], ['AskPublicNewsArticle', 'article'], ['SatiricalArticle', 'article'],
  ['TechArticle', 'article'],
  ['SocialMediaPosting', 'thread'], ['DiscussionForumPosting', 'thread'], ['Conversation', 'thread'],
  ['VideoObject', 'video'], ['Clip', 'video'], ['MovieClip', 'video'], ['TVClip', 'video'], ['VideoGallery', 'video'],
  ['VideoGame', 'game'], ['Game', 'game'],
  ['MusicAlbum', 'album'], ['MusicRelease', 'album'],
  ['Play', 'play'], ['TheaterEvent', 'play'],
]);

/**
 * Our kinds → the schema.org type we emit. Documentaries and shorts are `Movie`s told apart by
 * `genre` ("Documentary", "Short"), the way IMDb marks them.
 */
export const KIND_TO_TYPE: Record<WorkKind, string> = {
  film: 'Movie', documentary: 'Movie', short: 'Movie', series: 'TVSeries', episode: 'TVEpisode', book: 'Book',
  article: 'Article', thread: 'SocialMediaPosting', video: 'VideoObject', podcast: 'PodcastSeries', game: 'Game',
  album: 'MusicAlbum', play: 'Play', other: 'CreativeWork',
};

export const KIND_GENRE: Partial<Record<WorkKind, string>> = { documentary: 'Documentary', short: 'Short' };

/**
 * Types Google shows review snippets for (and the subtypes we emit or meet), from its Review
 * snippet documentation: Book, Course, CreativeWorkSeason, CreativeWorkSeries, Episode, Event,
 * Game, HowTo, LocalBusiness, MediaObject, Movie, MusicPlaylist, MusicRecording, Organization,
 * Product, Recipe, SoftwareApplication.
 */
export const GOOGLE_REVIEWABLE_TYPES = new Set([
  'Book', 'Audiobook', 'Course', 'CreativeWorkSeason', 'TVSeason', 'RadioSeason', 'PodcastSeason',
  'CreativeWorkSeries', 'TVSeries', 'MovieSeries', 'RadioSeries', 'PodcastSeries', 'BookSeries', 'VideoGameSeries', 'Periodical',
  'Episode', 'TVEpisode', 'RadioEpisode', 'PodcastEpisode', 'Event', 'TheaterEvent', 'ScreeningEvent', 'Festival',
  'Game', 'VideoGame', 'HowTo', 'LocalBusiness', 'Restaurant', 'MediaObject', 'VideoObject', 'AudioObject', 'ImageObject',
  'Movie', 'MusicPlaylist', 'MusicAlbum', 'MusicRecording', 'Organization', 'Product', 'Recipe',
  'SoftwareApplication', 'MobileApplication', 'WebApplication',
]);

/** The types in Google's list, whose schema.org subtypes get review snippets too. */
const GOOGLE_REVIEWABLE_ROOTS = [
  'Book', 'Course', 'CreativeWorkSeason', 'CreativeWorkSeries', 'Episode', 'Event', 'Game', 'HowTo', 'LocalBusiness',
  'MediaObject', 'Movie', 'MusicPlaylist', 'MusicRecording', 'Organization', 'Product', 'Recipe', 'SoftwareApplication',
];

/** True when Google shows review snippets for one of `types` (a listed type or a subtype of one). */
export const isGoogleReviewable = (types: readonly string[]): boolean =>
  types.some((t) => GOOGLE_REVIEWABLE_TYPES.has(t)) || anyIsA(types, ...GOOGLE_REVIEWABLE_ROOTS);

// ---------------------------------------------------------------------------------------------
// People in a work: schema.org property ⇄ our `Agent.role`.

/** Work properties that list people, in reading order, with the role they imply. */
export const PEOPLE_PROPERTIES: ReadonlyArray<{ property: string; role: string | undefined }> = [
  { property: 'director', role: 'Director' },
  { property: 'directors', role: 'Director' },
  { property: 'author', role: 'Writer' },
  { property: 'creator', role: 'Creator' },
  { property: 'producer', role: 'Producer' },
  { property: 'actor', role: 'Actor' },
  { property: 'actors', role: 'Actor' },
  { property: 'musicBy', role: 'Composer' },
  { property: 'editor', role: 'Editor' },
  { property: 'productionCompany', role: 'Production company' },
  { property: 'contributor', role: undefined },
];

/** Role names (lower case) → the property they are emitted under. Other roles go under `contributor`. */
const ROLE_TO_PROPERTY = new Map<string, string>([
  ['director', 'director'], ['co-director', 'director'], ['codirector', 'director'], ['film director', 'director'],
  ['writer', 'author'], ['screenwriter', 'author'], ['screenplay', 'author'], ['author', 'author'], ['co-writer', 'author'],
  ['creator', 'creator'], ['showrunner', 'creator'],
  ['producer', 'producer'], ['executive producer', 'producer'], ['co-producer', 'producer'],
  ['actor', 'actor'], ['actress', 'actor'], ['cast', 'actor'], ['star', 'actor'],
  ['composer', 'musicBy'], ['music', 'musicBy'],
  ['editor', 'editor'], ['film editor', 'editor'],
  ['production company', 'productionCompany'], ['studio', 'productionCompany'],
]);

/** "Director/Writer" and "Director and writer" go under their first role's property (`director`). */
export function propertyForRole(role: string | undefined): string {
  if (!role) return 'contributor';
  const whole = ROLE_TO_PROPERTY.get(role.trim().toLowerCase());
  if (whole) return whole;
  const firstRole = role.split(/\s*(?:\/|,|&|\band\b)\s*/i)[0]?.trim().toLowerCase() ?? '';
  return ROLE_TO_PROPERTY.get(firstRole) ?? 'contributor';
}

/** The role a plain value under `property` is read back as; a book's `author` is its Author. */
export function canonicalRole(property: string, kind: WorkKind): string | undefined {
  if (property === 'author' && kind === 'book') return 'Author';
  return PEOPLE_PROPERTIES.find((p) => p.property === property)?.role;
}

// ---------------------------------------------------------------------------------------------
// Verdict labels. Publishers keep their own ratings; ours is a closed set. The publisher's words
// are always kept in `publisherLabel`; this table only decides our `status`.

const VERDICT_LABELS = new Map<string, VerdictStatus>([
  // Ours, as we emit them.
  ['documented', 'documented'], ['verified', 'verified'], ['true', 'true'], ['mostly true', 'mostly-true'],
  ['mixed', 'mixed'], ['unverified', 'unverified'], ['disputed', 'disputed'], ['misleading', 'misleading'],
  ['mostly false', 'mostly-false'], ['false', 'false'], ['opinion', 'opinion'], ['satire', 'satire'],
  ['research in progress', 'research-in-progress'], ['outdated', 'outdated'],
  // PolitiFact Truth-O-Meter.
  ['half true', 'mixed'], ['pants on fire', 'false'], ['pants on fire!', 'false'],
  // Snopes.
  ['mixture', 'mixed'], ['unproven', 'unverified'], ['unfounded', 'unverified'], ['miscaptioned', 'misleading'],
  ['labeled satire', 'satire'], ['originated as satire', 'satire'], ['legend', 'unverified'], ['lost legend', 'unverified'],
  ['scam', 'false'], ['fake', 'false'], ['legit', 'true'], ['correct', 'true'],
  // The Washington Post Fact Checker.
  ['geppetto checkmark', 'true'], ['one pinocchio', 'mostly-true'], ['two pinocchios', 'mixed'],
  ['three pinocchios', 'mostly-false'], ['four pinocchios', 'false'], ['bottomless pinocchio', 'false'],
  // AFP, Reuters, Full Fact, Lead Stories and generic wording.
  ['partly false', 'mixed'], ['partly true', 'mixed'], ['partially true', 'mixed'], ['partially false', 'mixed'],
  ['half truth', 'mixed'], ['missing context', 'misleading'], ['lacks context', 'misleading'], ['needs context', 'misleading'],
  ['out of context', 'misleading'], ['exaggerated', 'misleading'], ['cherry picks', 'misleading'],
  ['altered', 'false'], ['altered photo', 'false'], ['altered video', 'false'], ['fabricated', 'false'], ['hoax', 'false'],
  ['incorrect', 'false'], ['inaccurate', 'false'], ['wrong', 'false'], ['untrue', 'false'], ['not true', 'false'],
  ['accurate', 'true'], ['confirmed', 'verified'], ['no evidence', 'unverified'], ['unsubstantiated', 'unverified'],
  ['unsupported', 'unverified'], ['contested', 'disputed'], ['parody', 'satire'], ['in progress', 'research-in-progress'],
  ['needs investigation', 'research-in-progress'],
  // The commonest labels of fact-checkers writing in other languages (the label itself is always kept
  // and shown; this only picks the status). Keys go through normalizeLabel like every lookup.
  ...([
    // es, pt, it
    ['falso', 'false'], ['falsa', 'false'], ['verdadero', 'true'], ['verdadeiro', 'true'], ['vero', 'true'],
    ['engañoso', 'misleading'], ['enganoso', 'misleading'], ['exagerado', 'misleading'], ['fuera de contexto', 'misleading'],
    ['sem contexto', 'misleading'], ['fuorviante', 'misleading'], ['impreciso', 'mixed'], ['parcialmente falso', 'mixed'],
    ['sátira', 'satire'], ['satira', 'satire'], ['sin evidencia', 'unverified'], ['insustentável', 'unverified'],
    // fr, de, nl
    ['faux', 'false'], ['vrai', 'true'], ['trompeur', 'misleading'], ['plutôt faux', 'mostly-false'], ['infondé', 'unverified'],
    ['falsch', 'false'], ['richtig', 'true'], ['irreführend', 'misleading'], ['größtenteils falsch', 'mostly-false'],
    ['teilweise falsch', 'mixed'], ['fehlender kontext', 'misleading'], ['unbelegt', 'unverified'], ['onwaar', 'false'], ['waar', 'true'],
    // pl, tr
    ['fałsz', 'false'], ['prawda', 'true'], ['manipulacja', 'misleading'], ['nieweryfikowalne', 'unverified'],
    ['yanlış', 'false'], ['doğru', 'true'], ['yanıltıcı', 'misleading'], ['kısmen doğru', 'mixed'],
    // ru, uk (Cyrillic)
    ['неправда', 'false'], ['ложь', 'false'], ['фейк', 'false'], ['правда', 'true'], ['манипуляция', 'misleading'],
    ['полуправда', 'mixed'], ['маніпуляція', 'misleading'], ['напівправда', 'mixed'], ['не підтверджено', 'unverified'],
    // ar, hi, ja, zh, ko
    ['زائف', 'false'], ['كاذب', 'false'], ['مضلل', 'misleading'], ['صحيح', 'true'], ['ساخر', 'satire'],
    ['फ़र्ज़ी', 'false'], ['फर्जी', 'false'], ['झूठ', 'false'], ['भ्रामक', 'misleading'], ['सच', 'true'],
    ['誤り', 'false'], ['不正確', 'mostly-false'], ['ミスリード', 'misleading'], ['正確', 'true'], ['根拠不明', 'unverified'],
    ['错误', 'false'], ['謠言', 'false'], ['谣言', 'false'], ['误导', 'misleading'], ['錯誤', 'false'],
    ['거짓', 'false'], ['사실', 'true'], ['대체로 거짓', 'mostly-false'],
  ] as const).map(([label, status]): [string, VerdictStatus] => [normalizeLabel(label), status]),
]);

/** Last resort for free-text ratings (Full Fact writes sentences): first keyword wins, most specific first. */
const VERDICT_KEYWORDS: ReadonlyArray<[RegExp, VerdictStatus]> = [
  [/\bmostly (false|inaccurate|incorrect|wrong)\b/, 'mostly-false'],
  [/\bmostly (true|accurate|correct)\b/, 'mostly-true'],
  [/\b(half|partly|partially|part) (true|false|accurate|correct)|\bmix/, 'mixed'],
  [/\b(misleading|missing context|lacks context|out of context|exaggerat|cherry|distort)/, 'misleading'],
  [/\b(unproven|unverified|unsubstantiated|no evidence|unsupported|insufficient evidence|cannot be verified|can t be verified)/, 'unverified'],
  [/\b(satir|parody)/, 'satire'],
  [/\bopinion/, 'opinion'],
  [/\b(disputed|contested)/, 'disputed'],
  [/\b(outdated|out of date)/, 'outdated'],
  [/\b(false|fake|fabricated|hoax|incorrect|inaccurate|wrong|untrue|not true|not correct|pants on fire|altered|doctored|manipulated|scam|debunked|bogus|baseless)/, 'false'],
  [/\b(true|correct|accurate|legit)\b/, 'true'],
];

/** Who-said-it ratings (Snopes' "Misattributed" / "Correct Attribution"): they feed the attribution axis. */
const ATTRIBUTION_LABELS = new Map<string, AttributionStatus>([
  ['correct attribution', 'confirmed'], ['correctly attributed', 'confirmed'], ['confirmed attribution', 'confirmed'],
  ['misattributed', 'misattributed'], ['misattribution', 'misattributed'], ['wrongly attributed', 'misattributed'],
  ['incorrect attribution', 'misattributed'], ['fake quote', 'misattributed'], ['fabricated quote', 'misattributed'],
  ['purported', 'purported'], ['unverified attribution', 'unverified'], ['disputed attribution', 'disputed'],
  ['confirmed', 'confirmed'], ['unverified', 'unverified'], ['disputed', 'disputed'],
]);

/** Labels that, on a top-level ClaimReview, rate who said it rather than whether it is true. */
const ATTRIBUTION_ONLY_LABELS = new Set([
  'correct attribution', 'correctly attributed', 'confirmed attribution', 'misattributed', 'misattribution',
  'wrongly attributed', 'incorrect attribution', 'fake quote', 'fabricated quote', 'unverified attribution', 'disputed attribution',
]);

/** schema.org MediaManipulationRatingEnumeration ⇄ our `mediaAuthenticity` statuses. */
export const MEDIA_CATEGORY_TO_STATUS = new Map<string, MediaAuthenticityStatus>([
  ['OriginalMediaContent', 'original'],
  ['DecontextualizedContent', 'decontextualized'],
  ['EditedOrCroppedContent', 'edited-or-cropped'],
  ['TransformedContent', 'transformed'],
  ['StagedContent', 'staged'],
  ['SatireOrParodyContent', 'satire-or-parody'],
  // Names from the MediaReview drafts some publishers still emit.
  ['AuthenticContent', 'original'],
  ['MissingContext', 'decontextualized'],
]);

/** `unverified` has no schema.org category; it is carried by the status identifier instead. */
export const MEDIA_STATUS_TO_CATEGORY: Partial<Record<MediaAuthenticityStatus, string>> = {
  original: 'OriginalMediaContent',
  decontextualized: 'DecontextualizedContent',
  'edited-or-cropped': 'EditedOrCroppedContent',
  transformed: 'TransformedContent',
  staged: 'StagedContent',
  'satire-or-parody': 'SatireOrParodyContent',
};

/** The label we emit as `alternateName` when the judge gave none of its own. */
export const VERDICT_LABEL: Record<VerdictStatus, string> = {
  documented: 'Documented', verified: 'Verified', true: 'True', 'mostly-true': 'Mostly true', mixed: 'Mixed',
  unverified: 'Unverified', disputed: 'Disputed', misleading: 'Misleading', 'mostly-false': 'Mostly false',
  false: 'False', opinion: 'Opinion', satire: 'Satire', 'research-in-progress': 'Research in progress', outdated: 'Outdated',
};

export const ATTRIBUTION_LABEL: Record<AttributionStatus, string> = {
  confirmed: 'Correct attribution', purported: 'Purported', unverified: 'Unverified attribution',
  disputed: 'Disputed attribution', misattributed: 'Misattributed',
};

export const MEDIA_LABEL: Record<MediaAuthenticityStatus, string> = {
  original: 'Original', decontextualized: 'Decontextualized', 'edited-or-cropped': 'Edited or cropped',
  transformed: 'Transformed', staged: 'Staged', 'satire-or-parody': 'Satire or parody', unverified: 'Unverified',
};

/** "Pants-on-Fire!" and "pants on fire" are the same label. */
// A function declaration, so the label tables above can normalise their keys with it. Combining marks
// (\p{M}) are kept: Devanagari and Arabic words lose letters' parts without them.
export function normalizeLabel(label: string): string {
  return label.toLowerCase().replace(/[\u2010-\u2015_-]+/g, ' ').replace(/[^\p{L}\p{M}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Our verdict status for a publisher's label: the table, then keywords; `undefined` when neither knows it. */
export function verdictStatusForLabel(label: string): VerdictStatus | undefined {
  const key = normalizeLabel(label);
  const exact = VERDICT_LABELS.get(key);
  if (exact) return exact;
  // A sentence-long rating states its verdict first ("This is incorrect. There is no evidence…").
  const firstSentence = normalizeLabel(label.split(/[.!?](?:\s|$)/)[0] ?? '');
  const byKeyword = (text: string) => VERDICT_KEYWORDS.find(([pattern]) => pattern.test(text))?.[1];
  return VERDICT_LABELS.get(firstSentence) ?? byKeyword(firstSentence) ?? byKeyword(key);
}

export const attributionStatusForLabel = (label: string): AttributionStatus | undefined =>
  ATTRIBUTION_LABELS.get(normalizeLabel(label));

/** True when a label on a ClaimReview judges the attribution only ("Misattributed"). */
export const isAttributionOnlyLabel = (label: string): boolean => ATTRIBUTION_ONLY_LABELS.has(normalizeLabel(label));

/**
 * `Rating.identifier` property IDs that carry our exact status when the label alone would not map
 * back to it (a publisher label our table reads differently, or media `unverified`).
 */
export const STATUS_PROPERTY_ID = {
  verdict: 'review-cards:verdict-status',
  attribution: 'review-cards:attribution-status',
  mediaAuthenticity: 'review-cards:media-authenticity-status',
  /** A claim's `speech`, on the Claim, where its own properties do not say it (`mixed`). */
  speech: 'review-cards:speech',
} as const;

/** `reviewAspect` on an associated ClaimReview that judges who said the claim. */
export const ATTRIBUTION_ASPECT = 'attribution';

/** Media kinds ⇄ MediaObject subtypes. */
export const MEDIA_KIND_TO_TYPE = { video: 'VideoObject', image: 'ImageObject', audio: 'AudioObject', text: 'TextObject' } as const;
export const MEDIA_TYPE_TO_KIND = new Map<string, keyof typeof MEDIA_KIND_TO_TYPE>([
  ['VideoObject', 'video'], ['Clip', 'video'], ['MovieClip', 'video'], ['TVClip', 'video'],
  ['ImageObject', 'image'], ['Photograph', 'image'], ['Barcode', 'image'],
  ['AudioObject', 'audio'], ['Audiobook', 'audio'], ['MusicRecording', 'audio'],
  ['TextObject', 'text'], ['Article', 'text'], ['SocialMediaPosting', 'text'], ['DigitalDocument', 'text'],
]);

/** Types read as an organisation beside schema.org's own subtypes of Organization; "…Organization" counts too. */
const ORGANIZATION_TYPES = new Set(['LocalBusiness', 'OnlineBusiness', 'Project', 'FundingScheme']);

export function agentTypeOf(types: readonly string[]): 'person' | 'organization' | undefined {
  if (anyIsA(types, 'Person')) return 'person';
  if (anyIsA(types, 'Organization') || types.some((t) => ORGANIZATION_TYPES.has(t) || t.endsWith('Organization'))) return 'organization';
  return undefined;
}
