// Facts about languages that the cards' templates need (direction, names, quotation marks), apart from
// locale.ts, which every element needs to find its own locale: a page with only badges does not load these.

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Whether a language is written right to left; used for `dir` on quoted text in another language. */
export function isRtlLanguage(tag: string): boolean {
  return RTL_LANGUAGES.has(tag.split('-')[0]!.toLowerCase());
}

/** The language's name in `locale` ("Russian", "русский"), or the tag itself when Intl does not know it. */
const displayNames = new Map<string, Intl.DisplayNames>();

export function languageName(tag: string, locale: string): string {
  try {
    let names = displayNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'language' });
      if (displayNames.size >= 64) displayNames.clear();
      displayNames.set(locale, names);
    }
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * Quotation marks per language, from CLDR's `delimiters` (quotationStart, quotationEnd) for the languages
 * the library ships tables for. Text, not CSS `quotes`, so server-rendered HTML and copied text carry them.
 */
const QUOTE_MARKS: Record<string, readonly [string, string]> = {
  en: ['“', '”'],
  uk: ['«', '»'],
  ru: ['«', '»'],
  de: ['„', '“'],
  fr: ['«', '»'],
  es: ['“', '”'],
  pt: ['“', '”'],
  it: ['«', '»'],
  pl: ['„', '”'],
  ar: ['”', '“'],
  he: ['”', '”'],
  ja: ['「', '」'],
  zh: ['“', '”'],
};

/**
 * The opening and closing quotation marks of a locale's language (`quoteMarks('de')` is `['„', '“']`);
 * English marks for a language without an entry or a malformed tag. Regional forms follow CLDR where they
 * differ: `pt-PT` uses « », `zh-Hant` and `zh-TW`/`zh-HK` use 「 」, `de-CH` uses « ».
 */
export function quoteMarks(locale: string): readonly [string, string] {
  const tag = locale.toLowerCase();
  if (tag === 'pt-pt' || tag === 'de-ch') return ['«', '»'];
  if (/^zh-(hant|tw|hk|mo)\b/.test(tag)) return ['「', '」'];
  return QUOTE_MARKS[tag.split('-')[0]!] ?? QUOTE_MARKS.en!;
}
