import { describe, expect, it } from 'vitest';
import { ENGLISH, stringsFor } from '../../../src/format/english.js';
import { BADGE_ENGLISH, fill, hasLanguage, localStrings, registerLanguage, registerStrings } from '../../../src/format/strings.js';
import { plural } from '../../../src/format/plural.js';

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

describe('plural', () => {
  it('picks the form of the count with Intl.PluralRules and fills the count in', () => {
    const claims = { one: '{count} claim', few: '{count} claims (few)', many: '{count} claims (many)', other: '{count} claims' };
    expect(plural(claims, 1, 'en')).toBe('1 claim');
    expect(plural(claims, 13, 'en')).toBe('13 claims');
    expect(plural(claims, 3, 'uk')).toBe('3 claims (few)');
    expect(plural(claims, 11, 'uk')).toBe('11 claims (many)');
    expect(plural(claims, 1500, 'de')).toBe('1.500 claims');
  });

  it('uses `other` for a category the table leaves out, and a plain string for every count', () => {
    expect(plural({ other: 'all {count}' }, 1, 'en')).toBe('all 1');
    expect(plural('and {count} more', 2, 'en')).toBe('and 2 more');
  });
});

describe('registerLanguage', () => {
  it('lets a page override one name of a map and keep the rest of the shipped table', () => {
    registerLanguage('qe', { ...ENGLISH, status_verdict: { ...ENGLISH.status_verdict, false: 'Shipped false' } });
    registerStrings('qe', { status_verdict: { misleading: 'Page misleading' } });
    expect(stringsFor('qe').status_verdict.misleading).toBe('Page misleading');
    expect(stringsFor('qe').status_verdict.false).toBe('Shipped false');
    expect(stringsFor('qe').status_verdict.opinion).toBe(ENGLISH.status_verdict.opinion);
  });

  it('installs a shipped table under the page strings, for the language and its regions', () => {
    registerStrings('qd', { showMore: 'Page' });
    registerLanguage('qd', { ...ENGLISH, showMore: 'Shipped', showLess: 'Shipped less' });
    expect(hasLanguage('QD')).toBe(true);
    expect(stringsFor('qd-XY').showMore).toBe('Page');
    expect(stringsFor('qd-XY').showLess).toBe('Shipped less');
  });
});
