import { ENGLISH } from './english.js';
import type { Plural, UiStrings } from './strings.js';

/**
 * A complete table as its values only, in the order of `ENGLISH`'s keys, with each map (a key with an
 * underscore, such as `status_verdict`) spread in the order of its English codes and each plural string
 * kept whole. The CDN's language files ship this form: the key names are most of a table's gzip size, and
 * the elements already hold them in `ENGLISH`.
 */
export type PackedStrings = ReadonlyArray<Plural>;

const isMap = (key: string): boolean => key.includes('_');

/** The values of a complete table in `ENGLISH`'s order (used at build time). */
export function packStrings(table: UiStrings): PackedStrings {
  const values: Plural[] = [];
  const source = table as unknown as Record<string, Plural | Record<string, string>>;
  for (const [key, english] of Object.entries(ENGLISH)) {
    if (isMap(key)) for (const code of Object.keys(english as object)) values.push((source[key] as Record<string, string>)[code]!);
    else values.push(source[key] as Plural);
  }
  return values;
}

/** The table `packStrings` packed; throws when the values do not fit this version's keys (a file from another version). */
export function unpackStrings(values: PackedStrings): UiStrings {
  let i = 0;
  const table: Record<string, unknown> = {};
  for (const [key, english] of Object.entries(ENGLISH)) {
    if (isMap(key)) table[key] = Object.fromEntries(Object.keys(english as object).map((code) => [code, values[i++]]));
    else table[key] = values[i++];
  }
  if (i !== values.length || values.some((v) => v === undefined || v === null)) throw new Error(`a table of ${values.length} strings does not fit this version's ${i}`);
  return table as unknown as UiStrings;
}
