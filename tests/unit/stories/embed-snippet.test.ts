import { describe, expect, it } from 'vitest';
import { CDN_URL, embedSnippet, parsePasted, scriptJson, tagFor } from '../../../stories/embed-snippet.js';
import { exampleClaim, exampleControversy, exampleReview } from '../../../stories/examples.js';
import pkg from '../../../package.json' with { type: 'json' };

/** The JSON between the data script's tags. */
const dataIn = (snippet: string) => snippet.split(/<script type="application\/(?:ld\+)?json">/)[1]!.split('</script>')[0]!;

describe('embed snippet', () => {
  it('picks the element by type, by schema.org @type, or a score by kind', () => {
    expect(tagFor(exampleReview)).toBe('rc-review-card');
    expect(tagFor(exampleClaim)).toBe('rc-claim-quote');
    expect(tagFor(exampleControversy)).toBe('rc-controversy-summary');
    expect(tagFor({ kind: 'numeric', value: 6, best: 10 })).toBe('rc-score-badge');
    expect(tagFor({ '@type': 'ClaimReview' })).toBe('rc-claim-quote');
    expect(tagFor({ '@type': ['AggregateRating'] })).toBe('rc-score-badge');
    expect(tagFor({ '@type': 'Movie', review: {} })).toBe('rc-review-card');
  });

  it('tells JSON-LD from our JSON, and says why text is not JSON', () => {
    expect(parsePasted('{"@context":"https://schema.org","@type":"Review"}')).toMatchObject({ ok: true, jsonLd: true });
    expect(parsePasted(JSON.stringify(exampleReview))).toMatchObject({ ok: true, jsonLd: false });
    expect(parsePasted('<img src=x onerror=alert(1)>')).toMatchObject({ ok: false });
  });

  it('loads the CDN file of this version', () => {
    expect(CDN_URL).toBe(`https://cdn.jsdelivr.net/npm/review-cards@${pkg.version}/dist/cdn/review-cards.js`);
    expect(embedSnippet('rc-review-card', exampleReview).startsWith(`<script type="module" src="${CDN_URL}"></script>`)).toBe(true);
  });

  it('escapes what would end the script early, and the JSON still parses to the same value', () => {
    const hostile = { ...exampleReview, verdict: '</script><script>alert(1)</script><!-- & \u2028' };
    const snippet = embedSnippet('rc-review-card', hostile);
    const json = dataIn(snippet);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(hostile);
    // Two closing tags: the CDN script's and the data script's own, nothing from the data.
    expect(snippet.match(/<\/script/gi)).toHaveLength(2);
    expect(scriptJson('</SCRIPT>')).toBe('"\\u003c/SCRIPT\\u003e"');
  });

  it('leaves out a data/ file\'s $schema pointer, and writes JSON-LD as JSON-LD', () => {
    const snippet = embedSnippet('rc-review-card', { $schema: '../../schema/review-cards.schema.json', ...exampleReview });
    expect(JSON.parse(dataIn(snippet))).toEqual(exampleReview);
    expect(embedSnippet('rc-score-badge', { '@type': 'Rating', ratingValue: 4 }, { jsonLd: true })).toContain('<script type="application/ld+json">');
  });

  it('puts the language, direction and theme on the tag', () => {
    expect(embedSnippet('rc-claim-quote', exampleClaim, { lang: 'ar', theme: 'dark' })).toContain('<rc-claim-quote lang="ar" dir="rtl" theme="dark">');
    expect(embedSnippet('rc-claim-quote', exampleClaim)).toContain('<rc-claim-quote>');
  });
});
