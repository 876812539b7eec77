/** The closest `lang` attribute (crossing shadow roots), then the page's, then the browser's, then `en`. */
export function resolveLocale(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.closest('[lang]')?.getAttribute('lang');
      if (lang) return canonicalLocale(lang);
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    } else {
      node = null;
    }
  }
  return canonicalLocale(document.documentElement.lang || navigator.language || 'en');
}

/** A locale Intl accepts, or `en` for a malformed tag (never throws). */
export function canonicalLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

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
