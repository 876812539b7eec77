/**
 * The JSON inside a `<script type="application/ld+json">` as search engines read it: CMS templates
 * still wrap it in a CDATA section (`/* <![CDATA[ *\/ … /* ]]> *\/`, `//<![CDATA[ … //]]>`) or an HTML
 * comment (`<!-- … -->`) from the days of XHTML and script-blind browsers, and Google reads through
 * both. Only guards around the whole text are removed; anything else is left for the JSON parser.
 * Kept apart from the adapter (and tiny), because the data controller calls it before parsing.
 */
export function unwrapScriptText(text: string): string {
  let s = text.trim();
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s
      .replace(/^(?:\/\/\s*|\/\*\s*)?<!\[CDATA\[(?:\s*\*\/)?/, '')
      .replace(/(?:\/\/\s*|\/\*\s*)?\]\]>(?:\s*\*\/)?$/, '')
      .replace(/^<!--/, '')
      .replace(/(?:\/\/\s*)?-->$/, '')
      .trim();
    if (s === before) break;
  }
  return s;
}
