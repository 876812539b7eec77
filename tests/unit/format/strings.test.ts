import { describe, expect, it } from 'vitest';
import { BADGE_ENGLISH, ENGLISH, fill, localStrings, registerStrings, stringsFor } from '../../../src/format/strings.js';

describe('UI strings', () => {
  it('gives English for a language nobody registered', () => {
    expect(stringsFor('en')).toBe(ENGLISH);
    expect(stringsFor('xx-YY')).toBe(ENGLISH);
    expect(localStrings('xx', BADGE_ENGLISH)).toBe(BADGE_ENGLISH);
  });

  it('keeps the badge table a subset of the full one, word for word', () => {
    for (const [key, value] of Object.entries(BADGE_ENGLISH)) expect(ENGLISH[key as keyof typeof ENGLISH]).toBe(value);
    expect(Object.keys(BADGE_ENGLISH).length).toBeLessThan(Object.keys(ENGLISH).length / 4);
  });

  it('fills the gaps of a registered language with English, and matches a region to its language', () => {
    registerStrings('qa', { score: 'Wertung', showMore: 'Mehr' });
    expect(stringsFor('qa').score).toBe('Wertung');
    expect(stringsFor('QA-at').showMore).toBe('Mehr');
    expect(stringsFor('qa').showLess).toBe(ENGLISH.showLess);
    // The badge gets its own keys only, with the override.
    const badge = localStrings('qa-AT', BADGE_ENGLISH);
    expect(badge.score).toBe('Wertung');
    expect(badge.outOf).toBe(BADGE_ENGLISH.outOf);
    expect(Object.keys(badge).sort()).toEqual([...Object.keys(BADGE_ENGLISH), 'showMore'].sort());
  });

  it('prefers the exact tag over its language, and merges repeated registrations', () => {
    registerStrings('qb', { score: 'Language' });
    registerStrings('qb-XY', { score: 'Region' });
    expect(stringsFor('qb-xy').score).toBe('Region');
    expect(stringsFor('qb-ZZ').score).toBe('Language');
    registerStrings('qb', { stars: 'Sterne' });
    expect(stringsFor('qb').score).toBe('Language');
    expect(stringsFor('qb').stars).toBe('Sterne');
  });

  it('merges a table once per element kind, and again after a new registration', () => {
    registerStrings('qc', { score: 'One' });
    const first = localStrings('qc', BADGE_ENGLISH);
    expect(localStrings('qc', BADGE_ENGLISH)).toBe(first);
    registerStrings('qc', { score: 'Two' });
    const second = localStrings('qc', BADGE_ENGLISH);
    expect(second).not.toBe(first);
    expect(second.score).toBe('Two');
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(fill(ENGLISH.outOf, { value: 6, best: 10 })).toBe('6 out of 10');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
