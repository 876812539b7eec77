import { describe, expect, it } from 'vitest';
import { canonicalLocale } from '../../../src/format/locale.js';
import { quoteMarks } from '../../../src/format/language.js';

describe('quoteMarks', () => {
  it("gives each shipped language CLDR's quotation marks", () => {
    expect(quoteMarks('en')).toEqual(['“', '”']);
    expect(quoteMarks('uk')).toEqual(['«', '»']);
    expect(quoteMarks('ru-RU')).toEqual(['«', '»']);
    expect(quoteMarks('de')).toEqual(['„', '“']);
    expect(quoteMarks('pl')).toEqual(['„', '”']);
    expect(quoteMarks('ja')).toEqual(['「', '」']);
    expect(quoteMarks('ar')).toEqual(['”', '“']);
    expect(quoteMarks('he')).toEqual(['”', '”']);
  });

  it('follows CLDR where a region or script differs from its language', () => {
    expect(quoteMarks('pt-BR')).toEqual(['“', '”']);
    expect(quoteMarks('pt-PT')).toEqual(['«', '»']);
    expect(quoteMarks('zh')).toEqual(['“', '”']);
    expect(quoteMarks('zh-Hant-TW')).toEqual(['「', '」']);
  });

  it('falls back to English marks for an unknown language or a malformed tag', () => {
    expect(quoteMarks('xx')).toEqual(['“', '”']);
    expect(quoteMarks(canonicalLocale('not a tag!'))).toEqual(['“', '”']);
  });
});
