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
  status_attribution: Record<string, string>;
  status_media: Record<string, string>;
  status_verdict: Record<string, string>;
  work_kind: Record<string, string>;
}

export const ENGLISH: UiStrings = {
  score: 'Score',
  outOf: '{value} out of {best}',
  ratedBy: 'Rated {value} by {author}',
  stars: 'stars',
  loading: 'Loading…',
  errorTitle: 'This content could not be shown',
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
  moreIssues: 'and {count} more',
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
};

const tables = new Map<string, UiStrings>([['en', ENGLISH]]);

/** Adds or overrides UI strings for a language (`ru`, `pt-BR`); missing keys fall back to English. */
export function registerStrings(lang: string, table: Partial<UiStrings>): void {
  const tag = lang.toLowerCase();
  tables.set(tag, { ...ENGLISH, ...tables.get(tag), ...table });
}

/** The UI strings for a locale: exact tag, then its language, then English. */
export function stringsFor(locale: string): UiStrings {
  const tag = locale.toLowerCase();
  return tables.get(tag) ?? tables.get(tag.split('-')[0]!) ?? ENGLISH;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
