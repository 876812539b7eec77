import { describe, expect, it } from 'vitest';
import { JsonLdReader, jsonForScript, localName } from '../../../../src/adapters/schema-org/json-ld.js';
import { clip, decodeEntities, parseDurationMinutes, parseNumber, parseRatingText, readDate, readLanguage, stripTags } from '../../../../src/adapters/schema-org/json-ld-values.js';

describe('parseNumber', () => {
  it.each([
    [4, 4], ['4', 4], ['4.5', 4.5], ['4,5', 4.5], ['7,25', 7.25], [' 8 ', 8], ['-1', -1],
    ['1,234', 1234], ['12,345,678', 12345678], ['1.234,5', 1234.5], ['1,234.5', 1234.5], ['1 234', 1234],
  ])('reads %j as %d', (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });

  it.each([['abc'], ['4 stars'], [''], [Number.NaN], [Number.POSITIVE_INFINITY], ['1e400'], [null], [{}], ['9'.repeat(50)]])(
    'refuses %j',
    (input) => {
      expect(parseNumber(input)).toBeUndefined();
    },
  );
});

describe('parseRatingText', () => {
  it.each([
    ['6 / 10', { value: 6, best: 10 }], ['6/10', { value: 6, best: 10 }], ['4.5 out of 5', { value: 4.5, best: 5 }],
    ['3 of 4', { value: 3, best: 4 }], ['60%', { value: 60, best: 100, percent: true }], ['7', { value: 7 }],
  ])('reads %j', (input, expected) => {
    expect(parseRatingText(input)).toEqual(expected);
  });
});

describe('parseDurationMinutes', () => {
  it.each([
    ['PT129M', 129], ['PT2H9M', 129], ['PT1H35M29S', 95], ['PT1H35M30S', 96], ['P1DT1H', 1500], ['P1W', 10080], ['pt90m', 90],
  ])('reads %s', (input, expected) => {
    expect(parseDurationMinutes(input)).toBe(expected);
  });

  it.each(['P', 'PT', 'P1Y', 'P2M', 'PT-5M', 'ninety minutes', -5])('refuses %j', (input) => {
    expect(parseDurationMinutes(input)).toBeUndefined();
  });
});

describe('readDate', () => {
  const read = (value: unknown) => {
    const reader = new JsonLdReader(null);
    return { date: readDate(reader, value, []), codes: reader.warnings.map((w) => w.code) };
  };

  it.each(['2024', '2024-09', '2024-09-12', '2024-09-12T14:30Z', '2024-09-12T14:30:00.123+02:00'])('keeps ISO %s as written', (date) => {
    expect(read(date)).toEqual({ date, codes: [] });
  });

  it('mends a WordPress space between date and time', () => {
    expect(read('2024-09-12 08:00:00').date).toBe('2024-09-12T08:00:00');
    expect(read('2024-09-12 08:00:00 +02:00').date).toBe('2024-09-12T08:00:00+02:00');
  });

  it('reads an English date with a warning and drops what is not a date', () => {
    expect(read('12 September 2024')).toEqual({ date: '2024-09-12', codes: ['date-reformatted'] });
    expect(read('last Tuesday')).toEqual({ date: undefined, codes: ['invalid-date'] });
    expect(read('2024-02-30')).toEqual({ date: undefined, codes: ['invalid-date'] });
  });
});

describe('readLanguage', () => {
  it.each([['en', 'en'], ['en_US', 'en-US'], ['English', 'en'], [{ '@type': 'Language', name: 'Russian' }, 'ru'], [{ '@type': 'Language', name: 'Ukrainian', alternateName: 'uk' }, 'uk']])(
    'reads %j as %s',
    (input, tag) => {
      expect(readLanguage(new JsonLdReader(null), input, [])).toBe(tag);
    },
  );
});

describe('text helpers', () => {
  it('decodes the entities WordPress writes, and leaves invalid ones alone', () => {
    expect(decodeEntities('It&#8217;s &amp; &quot;good&quot; &#x2014; &hellip;')).toBe('It’s & "good" — …');
    expect(decodeEntities('&#0; &#xD800; &bogus;')).toBe('&#0; &#xD800; &bogus;');
  });

  it('strips tags and keeps paragraphs apart, but leaves a lone "<" in text', () => {
    expect(stripTags('<p>One <em>two</em></p><p>Three<br>four</p>')).toBe('One two\nThree\nfour\n');
    expect(stripTags('a < b and c > d')).toBe('a < b and c > d');
  });

  it('clips at a code point boundary with an ellipsis', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('ab😀cd', 4)).toBe('ab…');
    expect(clip('abc', 4)).toBe('abc');
  });

  it('reads schema.org type IRIs as local names', () => {
    expect(['https://schema.org/Movie', 'http://schema.org/Movie', 'http://www.schema.org/Movie', 'schema:Movie', 'Movie'].map(localName))
      .toEqual(['Movie', 'Movie', 'Movie', 'Movie', 'Movie']);
  });

  it('writes script-safe JSON that parses back to the same value', () => {
    const value = { text: '</script><!-- & \u2028 \u2029' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
