/** Every UI string the elements show. Override per language with `registerStrings`. */
export interface UiStrings {
  score: string;
  /** "{value} out of {best}" */
  outOf: string;
  /** "Rated {value} by {author}" */
  ratedBy: string;
  stars: string;
  loading: string;
  errorTitle: string;
  showMore: string;
  showLess: string;
  pros: string;
  cons: string;
  verdict: string;
  by: string;
  source: string;
  sources: string;
  readReview: string;
  runtime: string;
  /** "{minutes} min" */
  minutes: string;
  said: string;
  translation: string;
  original: string;
  verification: string;
  attribution: string;
  mediaAuthenticity: string;
  judgedBy: string;
  asOf: string;
  summary: string;
  positions: string;
  heldBy: string;
  timeline: string;
  statements: string;
  status: string;
  claims: string;
  /** Accessible name of the cast-and-crew list. */
  people: string;
  /** "Original title: {name}" */
  originalTitle: string;
  /** Heading of a review's synopsis. */
  synopsis: string;
  /** Lead-in of a review's byline: "Review by". */
  reviewBy: string;
  /** Button that lists every claim of a review: "Show all {count} claims". */
  showAllClaims: string;
  /** Button that folds a review's claims back: "Show fewer claims". */
  showFewerClaims: string;
  /** Accessible heading of one quoted claim: "Claim by {name}". */
  claimBy: string;
  /** Sentence-initial "As of", before a date. */
  asOfStart: string;
  evidence: string;
  /** "{label} ({language})", e.g. "Original (Russian)". */
  inLanguage: string;
  translatedBy: string;
  /** Link to the claim's own page. */
  claimPage: string;
  /** Caption before the work a controversy is about. */
  about: string;
  parties: string;
  media_kind: Record<string, string>;
  band: string;
  moreIssues: string;
  /** Caption before the speaker of reported speech: "Speaker". */
  speaker: string;
  /** Lead-in of reported speech: "According to {name}:". */
  accordingTo: string;
  /** Lead-in of reported speech whose reporter the data does not name. */
  reportedSpeech: string;
  /** The status of a claim no named party has judged. */
  notFactChecked: string;
  /** Label of the source's own caveat about an unchecked claim. */
  sourceCaveat: string;
  /** The claim's disclosure: "Details and sources ({count})". */
  detailsAndSources: string;
  /** The open disclosure's button: "Hide details". */
  hideDetails: string;
  /** A review's disclosure: "More from this review". */
  moreFromReview: string;
  /** A controversy section's disclosure: "Show all {count}". */
  showAll: string;
  /** A position's disclosure: its holders in full, its claims and sources. */
  moreOnPosition: string;
  /** Button that lists every statement of a controversy: "Show all {count} statements". */
  showAllStatements: string;
  /** The timeline's disclosure: "Show what happened and the sources". */
  eventDetails: string;
  /** Error state, for the page's author: "Details for the page's author". */
  errorDetails: string;
  status_attribution: Record<string, string>;
  status_media: Record<string, string>;
  status_verdict: Record<string, string>;
  work_kind: Record<string, string>;
}

/** The strings the score badge shows (its value, and its loading and error states). */
export type BadgeStrings = Pick<UiStrings, 'score' | 'outOf' | 'ratedBy' | 'stars' | 'loading' | 'errorTitle' | 'errorDetails' | 'moreIssues'>;

/** The badge's English strings, apart so that a page with only badges does not load the others. */
export const BADGE_ENGLISH: BadgeStrings = {
  score: 'Score',
  outOf: '{value} out of {best}',
  ratedBy: 'Rated {value} by {author}',
  stars: 'stars',
  loading: 'Loading…',
  errorTitle: 'This content could not be shown',
  moreIssues: 'and {count} more',
  errorDetails: "Details for the page's author",
};

export const ENGLISH: UiStrings = /* @__PURE__ */ Object.assign({}, BADGE_ENGLISH, {
  showMore: 'Show more',
  showLess: 'Show less',
  pros: 'The good',
  cons: 'The bad',
  verdict: 'Verdict',
  by: 'by',
  source: 'Source',
  sources: 'Sources',
  readReview: 'Read the full review',
  runtime: 'Running time',
  minutes: '{minutes} min',
  said: 'Said',
  translation: 'Translation',
  original: 'Original',
  verification: 'Verification',
  attribution: 'Attribution',
  mediaAuthenticity: 'Media',
  judgedBy: 'Judged by',
  asOf: 'as of',
  summary: 'Summary',
  positions: 'Positions',
  heldBy: 'Held by',
  timeline: 'Timeline',
  statements: 'Statements',
  status: 'Status',
  claims: 'Claims',
  people: 'Cast and crew',
  originalTitle: 'Original title: {name}',
  synopsis: 'The story',
  reviewBy: 'Review by',
  showAllClaims: 'Show all {count} claims',
  showFewerClaims: 'Show fewer claims',
  claimBy: 'Claim by {name}',
  asOfStart: 'As of',
  evidence: 'Evidence',
  inLanguage: '{label} ({language})',
  translatedBy: 'translated by',
  claimPage: 'More about this claim',
  about: 'About',
  parties: 'Parties',
  media_kind: { video: 'Video', image: 'Image', audio: 'Audio recording', text: 'Text' },
  band: 'Band',
  speaker: 'Speaker',
  accordingTo: 'According to {name}:',
  reportedSpeech: 'Reported speech, not a direct quotation:',
  notFactChecked: 'Not fact-checked',
  sourceCaveat: "The source's caveat",
  detailsAndSources: 'Details and sources ({count})',
  hideDetails: 'Hide details',
  moreFromReview: 'More from this review',
  showAll: 'Show all {count}',
  eventDetails: 'Accounts and sources',
  moreOnPosition: 'More on this position',
  showAllStatements: 'Show all {count} statements',
  status_attribution: {
    confirmed: 'Attribution confirmed',
    purported: 'Purported: not confirmed who said it',
    unverified: 'Attribution unverified',
    disputed: 'Attribution disputed',
    misattributed: 'Misattributed',
  },
  status_media: {
    original: 'Original media',
    decontextualized: 'Media out of context',
    'edited-or-cropped': 'Media edited or cropped',
    transformed: 'Media transformed',
    staged: 'Media staged',
    'satire-or-parody': 'Satire or parody',
    unverified: 'Media not verified',
  },
  status_verdict: {
    documented: 'Documented',
    verified: 'Verified',
    true: 'True',
    'mostly-true': 'Mostly true',
    mixed: 'Mixed',
    unverified: 'Unverified',
    disputed: 'Disputed',
    misleading: 'Misleading',
    'mostly-false': 'Mostly false',
    false: 'False',
    opinion: 'Opinion',
    satire: 'Satire',
    'research-in-progress': 'Research in progress',
    outdated: 'Outdated',
  },
  work_kind: {
    film: 'Film', documentary: 'Documentary', short: 'Short film', series: 'Series', episode: 'Episode',
    book: 'Book', article: 'Article', thread: 'Thread', video: 'Video', podcast: 'Podcast', game: 'Game',
    album: 'Album', play: 'Play', other: 'Work',
  },
});

/** Registered strings per lowercase language tag, as given (English fills the gaps when they are read). */
const tables = new Map<string, Partial<UiStrings>>();
/** Each registered table merged over each element's English defaults, made once. */
const merged = new WeakMap<object, WeakMap<object, object>>();

/** Adds or overrides UI strings for a language (`ru`, `pt-BR`); missing keys fall back to English. */
export function registerStrings(lang: string, table: Partial<UiStrings>): void {
  const tag = lang.toLowerCase();
  tables.set(tag, { ...tables.get(tag), ...table });
}

/**
 * The strings in `defaults` for a locale: the registered table of its exact tag, else of its language,
 * over the English defaults. Each element passes only the defaults it shows.
 */
export function localStrings<T extends Partial<UiStrings>>(locale: string, defaults: T): T {
  const tag = locale.toLowerCase();
  const table = tables.get(tag) ?? tables.get(tag.split('-')[0]!);
  if (!table) return defaults;
  let byDefaults = merged.get(table);
  if (!byDefaults) merged.set(table, (byDefaults = new WeakMap()));
  let strings = byDefaults.get(defaults) as T | undefined;
  if (!strings) byDefaults.set(defaults, (strings = { ...defaults, ...table }));
  return strings;
}

/** Every UI string for a locale: exact tag, then its language, then English. */
export function stringsFor(locale: string): UiStrings {
  return localStrings(locale, ENGLISH);
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
