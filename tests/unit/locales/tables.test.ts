import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../../src/format/english.js';
import { type Plural, type UiStrings } from '../../../src/format/strings.js';
import { plural } from '../../../src/format/plural.js';
import { LANGUAGES } from '../../../src/format/load-strings.js';
import { packStrings, unpackStrings } from '../../../src/format/pack.js';

const files = readdirSync(new URL('../../../src/locales/', import.meta.url)).filter((f) => /^[a-z]{2,3}\.ts$/.test(f));
const tables: [string, UiStrings][] = await Promise.all(
  files.map(async (f) => [f.slice(0, -3), ((await import(`../../../src/locales/${f}`)) as { strings: UiStrings }).strings] as [string, UiStrings]),
);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (value: Plural) => (typeof value === 'string' ? [value] : Object.values(value));
const isMap = (key: string) => key.includes('_');

describe('shipped language tables', () => {
  it('ship the twelve languages the loader knows, each in its own file', () => {
    expect(tables.map(([lang]) => lang).sort()).toEqual([...LANGUAGES].sort());
    expect(LANGUAGES).toEqual(expect.arrayContaining(['uk', 'ru', 'de', 'fr', 'es', 'pt', 'it', 'pl', 'ar', 'he', 'ja', 'zh']));
  });

  describe.each(tables)('%s', (lang, table) => {
    it('has every key of the English table and no other, and every code of each map', () => {
      expect(Object.keys(table).sort()).toEqual(Object.keys(ENGLISH).sort());
      for (const key of Object.keys(ENGLISH).filter(isMap)) {
        expect(Object.keys(table[key as keyof UiStrings] as object).sort(), key).toEqual(Object.keys(ENGLISH[key as keyof UiStrings] as object).sort());
      }
    });

    it('has no empty string and keeps the placeholders of the English string', () => {
      for (const [key, english] of Object.entries(ENGLISH)) {
        const value = table[key as keyof UiStrings];
        if (isMap(key)) {
          for (const text of Object.values(value as Record<string, string>)) expect(text.trim(), key).not.toBe('');
          continue;
        }
        const expected = placeholders(forms(english as Plural).at(-1)!);
        for (const text of forms(value as Plural)) {
          expect(text.trim(), key).not.toBe('');
          // A form for one item may spell the count out ("Show one claim"); every other form keeps it.
          if (placeholders(text).length) expect(placeholders(text), `${key}: ${text}`).toEqual(expected);
        }
        if (typeof value !== 'string') expect(placeholders((value as { other: string }).other), key).toEqual(expected);
      }
    });

    it("gives plural forms only for the language's own plural categories", () => {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [key, value] of Object.entries(table)) {
        if (isMap(key) || typeof value === 'string') continue;
        expect(value, key).toHaveProperty('other');
        for (const category of Object.keys(value as object)) expect(categories, `${key}.${category}`).toContain(category);
      }
    });

    it('has no English interface word left in it (names of things such as "Podcast" aside)', () => {
      // Words a table may share with English because the language uses them too.
      const shared = new Set(['Original', 'Video', 'Film', 'Podcast', 'Album', 'Thread', 'Text', 'Satire', 'Opinion', 'Verdict', 'Source', 'Sources', 'Attribution', 'Positions', 'Image', 'Article', 'Parties', 'Serie', 'Material', 'Media', 'Score', '{minutes} min']);
      if (lang === 'en') return;
      const english = new Map<string, string>();
      for (const [key, value] of Object.entries(ENGLISH)) {
        if (isMap(key)) for (const [code, text] of Object.entries(value as Record<string, string>)) english.set(`${key}.${code}`, text);
        else for (const text of forms(value as Plural)) english.set(key, text);
      }
      for (const [key, value] of Object.entries(table)) {
        const entries = isMap(key) ? Object.entries(value as Record<string, string>).map(([c, t]) => [`${key}.${c}`, t] as const) : forms(value as Plural).map((t) => [key, t] as const);
        for (const [where, text] of entries) {
          if (text === english.get(where) && !shared.has(text) && /[A-Za-z]/.test(text.replace(/\{\w+\}/g, ''))) {
            // Same as English: allowed only for the shared words above (checked per language by a reader).
            expect.soft(`${lang} ${where}: "${text}"`).toBe('translated');
          }
        }
      }
    });

    it('survives packing for the CDN: the same table back, in fewer bytes', () => {
      const packed = packStrings(table);
      expect(unpackStrings(packed)).toEqual(table);
      expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(table).length);
    });
  });

  it('refuses a packed table of another length (a language file from another version)', () => {
    const packed = packStrings(tables[0]![1]);
    expect(() => unpackStrings(packed.slice(1))).toThrow(/does not fit/);
    expect(() => unpackStrings([...packed, 'extra'])).toThrow(/does not fit/);
  });

  it('says "Show all 13 claims" in the grammar of each language', () => {
    const byLang = Object.fromEntries(tables);
    expect(plural(ENGLISH.showAllClaims, 13, 'en')).toBe('Show all 13 claims');
    expect(plural(byLang.uk!.showAllClaims, 13, 'uk')).toBe('Показати всі 13 тверджень');
    expect(plural(byLang.uk!.showAllClaims, 3, 'uk')).toBe('Показати всі 3 твердження');
    expect(plural(byLang.ru!.showAllClaims, 21, 'ru')).toBe('Показать все 21 утверждение');
    expect(plural(byLang.ru!.showAllClaims, 5, 'ru')).toBe('Показать все 5 утверждений');
    expect(plural(byLang.pl!.showAllClaims, 22, 'pl')).toBe('Pokaż wszystkie 22 twierdzenia');
    expect(plural(byLang.pl!.showAllClaims, 13, 'pl')).toBe('Pokaż wszystkie 13 twierdzeń');
    expect(plural(byLang.de!.showAllClaims, 13, 'de')).toBe('Alle 13 Behauptungen anzeigen');
    expect(plural(byLang.he!.showAllClaims, 2, 'he')).toBe('הצגת שתי הטענות');
  });
});
