// The CDN files load a language's interface strings on first use, from `locales/<lang>.js` beside them: a
// module import (allowed by `script-src 'self'`), one attempt per language. npm builds do not include this
// file; apps import `review-cards/locales/<lang>.js` instead.
import { setStringsLoader } from '../format/load-strings.js';
import { unpackStrings, type PackedStrings } from '../format/pack.js';

setStringsLoader(async (lang) => {
  const module = (await import(/* @vite-ignore */ new URL(`./locales/${lang}.js`, import.meta.url).href)) as { packed: PackedStrings };
  return unpackStrings(module.packed);
});
