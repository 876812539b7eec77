// The per-element CDN files' language loader: as src/cdn/strings.ts, but the unpacker and the full English
// table it reads the keys from load with the first table, so a page in English with only badges never
// downloads them.
import { setStringsLoader } from '../format/load-strings.js';
import type { PackedStrings } from '../format/pack.js';

// The base in a variable: Vite rewrites `new URL(`./dir/${x}`, import.meta.url)` into a glob of files
// under src/, which would find none.
const base = import.meta.url;

setStringsLoader(async (lang) => {
  const [table, { unpackStrings }] = await Promise.all([
    import(/* @vite-ignore */ new URL(`./locales/${lang}.js`, base).href) as Promise<{ packed: PackedStrings }>,
    import('../format/pack.js'),
  ]);
  return unpackStrings(table.packed);
});
