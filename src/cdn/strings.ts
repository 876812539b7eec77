// The CDN files load a language's interface strings on first use, from `locales/<lang>.js` beside them: a
// module import (allowed by `script-src 'self'`), one attempt per language. npm builds do not include this
// file; apps import `review-cards/locales/<lang>.js` instead.
import { setStringsLoader } from '../format/load-strings.js';
import { unpackStrings, type PackedStrings } from '../format/pack.js';

// The base in a variable: Vite rewrites `new URL(`./dir/${x}`, import.meta.url)` into a glob of files
// under src/, which would find none.
const base = import.meta.url;

setStringsLoader(async (lang) => {
  const module = (await import(/* @vite-ignore */ new URL(`./locales/${lang}.js`, base).href)) as { packed: PackedStrings };
  return unpackStrings(module.packed);
});
