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
