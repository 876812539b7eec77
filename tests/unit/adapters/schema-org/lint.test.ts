import { describe, expect, it } from 'vitest';
import { describeLintWarnings, lintSchemaOrg } from '../../../../src/adapters/schema-org/index.js';
import type { SchemaOrgLintWarning } from '../../../../src/adapters/schema-org/index.js';
import { fullFactClaimReview, imdbMovie, politifactClaimReview, rottenTomatoesMovie, yoastGraph } from './fixtures.js';

const codesOf = (warnings: SchemaOrgLintWarning[], severity?: SchemaOrgLintWarning['severity']) =>
  warnings.filter((w) => severity === undefined || w.severity === severity).map((w) => w.code);

const goodReview = () => ({
  '@context': 'https://schema.org',
  '@type': 'Review',
  itemReviewed: { '@type': 'Movie', name: 'A film' },
  author: { '@type': 'Person', name: 'A. Critic' },
  datePublished: '2024-09-12',
  reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1 },
});

describe('lintSchemaOrg: review snippets', () => {
  it('finds nothing wrong with a complete review', () => {
    expect(lintSchemaOrg(goodReview()).filter((w) => w.severity !== 'info')).toEqual([]);
  });

  it.each([
    ['a missing author', { author: undefined }, 'missing-author'],
    ['an author without a name', { author: { '@type': 'Person' } }, 'missing-author-name'],
    ['an author name of 100 characters', { author: { '@type': 'Person', name: 'N'.repeat(100) } }, 'author-name-too-long'],
    ['an author that is neither Person nor Organization', { author: { '@type': 'Thing', name: 'X' } }, 'author-type'],
    ['a missing itemReviewed', { itemReviewed: undefined }, 'missing-item-reviewed'],
    ['an itemReviewed without a name', { itemReviewed: { '@type': 'Movie' } }, 'missing-item-reviewed-name'],
    ['an itemReviewed Google does not show reviews for', { itemReviewed: { '@type': 'Article', name: 'X' } }, 'item-reviewed-type'],
    ['a missing reviewRating', { reviewRating: undefined }, 'missing-review-rating'],
    ['a Rating without ratingValue', { reviewRating: { '@type': 'Rating', bestRating: 5 } }, 'missing-rating-value'],
    ['a ratingValue that is not a number', { reviewRating: { '@type': 'Rating', ratingValue: 'Fresh' } }, 'rating-value-not-numeric'],
    ['a ratingValue above bestRating', { reviewRating: { '@type': 'Rating', ratingValue: 8, bestRating: 5, worstRating: 1 } }, 'rating-value-out-of-range'],
    ['a ratingValue above Google’s default best of 5', { reviewRating: { '@type': 'Rating', ratingValue: 8 } }, 'rating-value-out-of-range'],
  ])('makes %s a required fix', (_, change, code) => {
    const warnings = lintSchemaOrg({ ...goodReview(), ...change });
    expect(codesOf(warnings, 'required')).toEqual([code]);
  });

  it('recommends a date, bestRating and worstRating', () => {
    const { datePublished: _, ...review } = goodReview();
    const warnings = lintSchemaOrg({ ...review, reviewRating: { '@type': 'Rating', ratingValue: 4 } });
    expect(codesOf(warnings, 'recommended').sort()).toEqual(['missing-best-rating', 'missing-date-published', 'missing-worst-rating']);
    expect(codesOf(warnings, 'required')).toEqual([]);
  });

  it('accepts "6 / 10" and "60%" as Google does', () => {
    for (const ratingValue of ['6 / 10', '60%']) {
      expect(codesOf(lintSchemaOrg({ ...goodReview(), reviewRating: { '@type': 'Rating', ratingValue, worstRating: 0 } }), 'required')).toEqual([]);
    }
  });

  it('takes the enclosing work as the item of a nested review without one, and checks its aggregate rating', () => {
    const movie = imdbMovie();
    const { itemReviewed: _, ...review } = movie.review;
    expect(codesOf(lintSchemaOrg({ ...movie, review }), 'required')).toEqual([]);
    expect(codesOf(lintSchemaOrg(rottenTomatoesMovie()), 'required')).toEqual([]);
  });

  it('flags IMDb’s nested review item that is only a URL, typed CreativeWork', () => {
    expect(codesOf(lintSchemaOrg(imdbMovie()), 'required')).toEqual(['missing-item-reviewed-name', 'item-reviewed-type']);
  });

  it('asks an aggregate rating for its count', () => {
    const movie = rottenTomatoesMovie();
    const { reviewCount: _, ...aggregate } = movie.aggregateRating;
    expect(codesOf(lintSchemaOrg({ ...movie, aggregateRating: aggregate }), 'required')).toEqual(['missing-rating-count']);
  });

  it('resolves @id references in a Yoast graph before judging the review', () => {
    expect(codesOf(lintSchemaOrg(yoastGraph()), 'required')).toEqual([]);
  });
});

describe('lintSchemaOrg: fact checks', () => {
  it('finds nothing required missing in a PolitiFact or Full Fact ClaimReview', () => {
    expect(codesOf(lintSchemaOrg(politifactClaimReview()), 'required')).toEqual([]);
    expect(codesOf(lintSchemaOrg(fullFactClaimReview()), 'required')).toEqual([]);
  });

  it.each([
    ['a missing claimReviewed', { claimReviewed: undefined }, 'missing-claim-reviewed'],
    ['a missing reviewRating', { reviewRating: undefined }, 'missing-review-rating'],
    ['a rating without alternateName', { reviewRating: { '@type': 'Rating', ratingValue: 1 } }, 'missing-alternate-name'],
    ['a missing url', { url: undefined }, 'missing-url'],
    ['a relative url', { url: '/fact-checks/1' }, 'url-not-absolute'],
  ])('makes %s a required fix', (_, change, code) => {
    expect(codesOf(lintSchemaOrg({ ...politifactClaimReview(), ...change }), 'required')).toEqual([code]);
  });

  it.each([
    ['a claimReviewed of 75 characters', { claimReviewed: 'c'.repeat(75) }, ['claim-reviewed-too-long']],
    ['a missing author', { author: undefined }, ['missing-author']],
    ['a missing date', { datePublished: undefined }, ['missing-date-published']],
    ['a missing Claim', { itemReviewed: undefined }, ['missing-claim']],
    ['a Claim without author, date or appearance', { itemReviewed: { '@type': 'Claim' } }, ['missing-claim-author', 'missing-claim-date', 'missing-appearance']],
  ])('recommends fixing %s', (_, change, codes) => {
    const warnings = lintSchemaOrg({ ...politifactClaimReview(), ...change });
    expect(codesOf(warnings, 'recommended')).toEqual(codes);
    expect(codesOf(warnings, 'required')).toEqual([]);
  });

  it('warns that several ClaimReviews on one page lose the single fact check result', () => {
    const warnings = lintSchemaOrg({ '@context': 'https://schema.org', '@graph': [politifactClaimReview(), fullFactClaimReview()] });
    expect(codesOf(warnings, 'required')).toEqual(['several-claim-reviews']);
  });
});

describe('lintSchemaOrg: input', () => {
  it('says when nothing is eligible for a rich result', () => {
    expect(codesOf(lintSchemaOrg({ '@type': 'WebPage', name: 'Page' }))).toEqual(['no-rich-result-item']);
  });

  it('reads JSON text and reports unreadable input instead of throwing', () => {
    expect(lintSchemaOrg(JSON.stringify(goodReview())).filter((w) => w.severity !== 'info')).toEqual([]);
    expect(codesOf(lintSchemaOrg('{not json'))).toEqual(['unreadable']);
  });

  it('describes warnings as path: message lines with their severity', () => {
    expect(describeLintWarnings(lintSchemaOrg({ ...goodReview(), author: { '@type': 'Person' } })))
      .toBe('author.name: is missing: the author needs a name (required)\n(root): Review: a card shows this, shown as a review (info)');
  });
});

describe('lintSchemaOrg: what a card makes of the page', () => {
  const second = { ...goodReview(), author: { '@type': 'Person', name: 'B. Critic' } };
  const claimReview = {
    '@type': 'ClaimReview', url: 'https://check.example/1', claimReviewed: 'The lake is dry', author: { '@type': 'Organization', name: 'Check Example' },
    reviewRating: { '@type': 'Rating', alternateName: 'False' },
    itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'A Mayor' }, appearance: { '@type': 'CreativeWork', url: 'https://social.example/1' } },
  };
  const page = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'A page' }, goodReview(), second, claimReview] };
  const notes = (warnings: SchemaOrgLintWarning[]) => warnings.filter((w) => w.severity === 'info').map((w) => `${w.code} ${w.path.join('.')}`);

  it('names the node a card shows and each candidate it skips, in document order, leaving the page’s other pieces alone', () => {
    expect(notes(lintSchemaOrg(page))).toEqual(['card-skips @graph.1', 'card-skips @graph.2', 'card-shows @graph.3']);
  });

  it('says why, for the element it is asked about: a review card shows the first review', () => {
    const warnings = lintSchemaOrg(page, { accept: (v) => typeof v === 'object' && v !== null && (v as { type?: string }).type === 'review' });
    expect(notes(warnings)).toEqual(['card-shows @graph.1', 'card-skips @graph.2', 'card-skips @graph.3']);
    expect(warnings.find((w) => w.code === 'card-skips' && w.path[1] === 2)?.message).toBe('Review: skipped: another Review: an element shows one, the one at ["@graph"][1]');
  });
});
