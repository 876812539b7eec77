// The JSON-LD corpus: one HTML fragment per document, as a page publishes it, headed by a comment that
// names the tool or site whose output it imitates (the data is invented, on example domains) and what a
// reader must see. Read by the Node tests (tests/unit/adapters/schema-org/corpus.test.ts) and the
// Chromium test (tests/browser/json-ld-corpus.test.ts), so both check the same documents.

export type CorpusElement = 'rc-review-card' | 'rc-claim-quote' | 'rc-score-badge';

export interface CorpusDocument {
  /** File name without `.html`. */
  name: string;
  /** The tool or site whose output shape this imitates. */
  imitates: string;
  /** BCP 47 tag of the page, given to the element as `lang`. */
  language: string;
  element: CorpusElement;
  /** Text a reader must see: the work (or claim), the rating as written, the author (or judge). */
  shows: string[];
  /** Genuinely unusable markup: the element must show its error state. */
  error: boolean;
  /** The script's text, exactly as published (guards and all). */
  script: string;
}

const ELEMENTS: readonly string[] = ['rc-review-card', 'rc-claim-quote', 'rc-score-badge'];

/** Parses one corpus file; throws with the file name when its header is incomplete. */
export function parseCorpusFile(name: string, html: string): CorpusDocument {
  const header = /^<!--\n([\s\S]*?)\n-->\n/.exec(html);
  const script = /<script type="application\/ld\+json">\n([\s\S]*)\n<\/script>\s*$/.exec(html);
  if (!header?.[1] || script?.[1] === undefined) throw new Error(`${name}: needs a header comment and one ld+json script`);
  const fields = header[1].split('\n').map((line) => /^([a-z-]+): (.*)$/.exec(line)).filter((m): m is RegExpExecArray => m !== null);
  const one = (key: string): string => {
    const found = fields.find((m) => m[1] === key)?.[2];
    if (!found) throw new Error(`${name}: header has no "${key}:" line`);
    return found;
  };
  const element = one('element');
  if (!ELEMENTS.includes(element)) throw new Error(`${name}: unknown element ${element}`);
  return {
    name,
    imitates: one('imitates'),
    language: one('language'),
    element: element as CorpusElement,
    shows: fields.filter((m) => m[1] === 'shows').map((m) => m[2] as string),
    error: fields.some((m) => m[1] === 'expect' && m[2] === 'error'),
    script: script[1],
  };
}
