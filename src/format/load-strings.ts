import { hasLanguage, registerLanguage, type UiStrings } from './strings.js';
import { warnOnce } from '../internal/warn.js';
import { setStringsWait } from './strings-hook.js';

/** The languages the library ships a table for, besides English (`src/locales/<lang>.ts`). */
export const LANGUAGES: readonly string[] = ['ar', 'de', 'es', 'fr', 'he', 'it', 'ja', 'pl', 'pt', 'ru', 'uk', 'zh'];

/** Loads a shipped table by language; the CDN builds install one that imports it from beside the file. */
export type StringsLoader = (lang: string) => Promise<UiStrings>;

let loader: StringsLoader | undefined;
/** One attempt per language for the page's lifetime: a load in flight, and the languages that failed (never retried). */
const loads = new Map<string, Promise<void>>();
const failed = new Set<string>();

/** Lets elements fetch the table of a language on first use (the CDN files call this; npm imports register tables instead). */
export function setStringsLoader(load: StringsLoader): void {
  loader = load;
  setStringsWait(loadStrings);
}

/**
 * Starts loading the shipped table of a locale's language when there is a loader, the language is shipped
 * and its table is not in place yet. Returns the load to wait for, or `undefined` when there is nothing to
 * wait for (English, an unknown language, no loader, or the table already here). A failed load leaves
 * English in place and warns once; it resolves, never rejects.
 */
export function loadStrings(locale: string): Promise<void> | undefined {
  const lang = locale.split('-')[0]!.toLowerCase();
  if (!loader || !LANGUAGES.includes(lang) || hasLanguage(lang) || failed.has(lang)) return undefined;
  let load = loads.get(lang);
  if (!load) {
    load = loader(lang).then(
      (table) => registerLanguage(lang, table),
      (error: unknown) => {
        failed.add(lang);
        warnOnce(`strings:${lang}`, `the "${lang}" interface strings could not be loaded (${error instanceof Error ? error.message : String(error)}); showing English.`);
      },
    );
    loads.set(lang, load);
  }
  return load;
}
