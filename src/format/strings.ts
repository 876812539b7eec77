/**
 * A string that depends on a count, one form per plural category of the language (CLDR: `zero`, `one`,
 * `two`, `few`, `many`, `other`), chosen with `Intl.PluralRules`; `other` is required and fills any gap.
 * A plain string serves every count.
 */
export type Plural = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

/**
 * Every UI string the elements show. Override per language with `registerStrings`. Every shipped table in
 * src/locales/ must have each key (the type and tests/unit/locales say which are missing). A key with an
 * underscore (`status_verdict`) is a map by code; the CDN's packed tables rely on that (format/pack.ts).
 */
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
  /** Byline of a review whose source names neither its author nor its outlet: "Reviewer and outlet not named". */
  reviewerNotNamed: string;
  /** Button that lists every claim of a review: "Show all {count} claims". */
  showAllClaims: Plural;
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
  /** The issues an error state does not list: "and {count} more" (count-agnostic in every table). */
  moreIssues: string;
  /** Link to a source's archived copy. */
  archived: string;
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
  /** A long list's disclosure, such as a review's good or bad points: "Show all {count}" (its button then says `showLess`). */
  showAll: string;
  /** A position's disclosure: its holders in full, its claims and sources. */
  moreOnPosition: string;
  /** Button that lists every statement of a controversy: "Show all {count} statements". */
  showAllStatements: Plural;
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

/** The tables shipped with the library, per language, once loaded or imported (complete, see `src/locales/`). */
const languages = new Map<string, Partial<UiStrings>>();
/** The page's own strings per lowercase language tag, as given; they win over a shipped table. */
const tables = new Map<string, Partial<UiStrings>>();
/** Merged strings per lowercase tag, then per element's English defaults; dropped on every registration. */
let merged = new Map<string, WeakMap<object, object>>();

/** Adds or overrides UI strings for a language (`ru`, `pt-BR`); missing keys fall back to a shipped table, then English. */
export function registerStrings(lang: string, table: Partial<UiStrings>): void {
  const tag = lang.toLowerCase();
  tables.set(tag, { ...tables.get(tag), ...table });
  merged = new Map();
}

/**
 * Installs one of the shipped tables (`review-cards/locales/uk.js` calls it, and the CDN build once it
 * has fetched one). Strings given to `registerStrings` keep winning over it, whichever came first.
 */
export function registerLanguage(lang: string, table: UiStrings): void {
  languages.set(lang.toLowerCase(), table);
  merged = new Map();
}

/** Whether a shipped table for the language is in place. */
export function hasLanguage(lang: string): boolean {
  return languages.has(lang.toLowerCase());
}

/**
 * The strings in `defaults` for a locale, from the most specific source that has each: the page's strings
 * for its exact tag, then for its language, then the shipped table of its language, then `defaults`
 * (English). Each element passes only the defaults it shows.
 */
export function localStrings<T extends Partial<UiStrings>>(locale: string, defaults: T): T {
  const tag = locale.toLowerCase();
  const lang = tag.split('-')[0]!;
  const layers = [languages.get(lang), tag === lang ? undefined : tables.get(lang), tables.get(tag)].filter((t) => t !== undefined);
  if (!layers.length) return defaults;
  let byDefaults = merged.get(tag);
  if (!byDefaults) merged.set(tag, (byDefaults = new WeakMap()));
  let strings = byDefaults.get(defaults) as T | undefined;
  if (!strings) {
    const all = [defaults, ...layers] as Record<string, unknown>[];
    const table: Record<string, unknown> = Object.assign({}, ...all);
    // Maps by code merge too, so a page can override one status name and keep the others.
    for (const key of Object.keys(table)) if (key.includes('_')) table[key] = Object.assign({}, ...all.map((layer) => layer[key]));
    byDefaults.set(defaults, (strings = table as T));
  }
  return strings;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
