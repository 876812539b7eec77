// `dist/cdn/autoloader.js`: the one script a page needs. It defines each review-cards tag the first time
// the page uses it, by importing only that element's file from beside this one (the elements share one copy
// of Lit and the core), and starts loading the page's language table at the same time. It watches the
// document for tags added later; tags inside other components' shadow roots are not seen (import the
// element's file, or use review-cards.js, there).

import { TAG_FOR_TYPE } from '../components/tags.js';

/** The tags this autoloader knows: each one's file is `<tag>.js` beside this script. */
const TAGS: readonly string[] = Object.values(TAG_FOR_TYPE);
/**
 * Languages with a table beside this script: the list in src/format/load-strings.ts, written again because
 * importing it would put the list in a chunk of its own, one more request before the first element.
 */
const LANGUAGES = ['ar', 'de', 'es', 'fr', 'he', 'it', 'ja', 'pl', 'pt', 'ru', 'uk', 'zh'];

const requested = new Set<string>();

const load = (path: string): Promise<unknown> => import(/* @vite-ignore */ new URL(path, import.meta.url).href);

function define(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  // One attempt per tag: a file that cannot be loaded leaves the tag undefined (its light-DOM fallback
  // stays readable) and says so once.
  load(`./${tag}.js`).catch((error: unknown) => console.warn(`[review-cards] <${tag}> could not be loaded: ${error instanceof Error ? error.message : String(error)}`));
}

function discover(root: ParentNode): void {
  for (const tag of TAGS) if (!requested.has(tag) && ((root as Element).localName === tag || root.querySelector(tag))) define(tag);
}

// The page's language table, fetched in parallel with the first element's file (the element imports the
// same module, so it is fetched once); failures are reported by the element, which falls back to English.
const lang = document.documentElement.lang.split('-')[0]!.toLowerCase();
if (LANGUAGES.includes(lang)) load(`./locales/${lang}.js`).catch(() => undefined);

discover(document);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
}).observe(document.documentElement, { childList: true, subtree: true });
