import { describe, expect, it } from 'vitest';
import { fromSchemaOrg } from '../../../../src/adapters/schema-org/index.js';
import { ofKind } from '../../../../src/schemas/guards.js';
import type { Claim, Review, Score, ValidationIssue } from '../../../../src/schemas/index.js';
import {
  fullFactClaimReview, imdbMovie, mediaReviewTransformed, messySeries, politifactClaimReview, rottenTomatoesMovie,
  snopesMisattributed, snopesMixture, wordpressPluginReview, yoastGraph,
} from './fixtures.js';

type Converted = Review | Claim | Score;

/** The converted value, failing the test with the issues when conversion failed. */
function convert(input: unknown): { value: Converted; warnings: ValidationIssue[] } {
  const result = fromSchemaOrg(input);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  return { value: result.value as Converted, warnings: result.warnings };
}
const review = (input: unknown) => convert(input).value as Review;
const claim = (input: unknown) => convert(input).value as Claim;
const codes = (warnings: ValidationIssue[]) => warnings.map((w) => w.code);

const claimReviewLabelled = (alternateName: string) => ({ ...politifactClaimReview(), reviewRating: { '@type': 'Rating', alternateName } });
const reviewRated = (reviewRating: unknown, itemReviewed: unknown = { '@type': 'Movie', name: 'A film' }) => ({
  '@context': 'https://schema.org', '@type': 'Review', itemReviewed, author: { '@type': 'Person', name: 'A. Critic' }, reviewRating,
});

describe('fact-checkers’ ClaimReview', () => {
  it('reads a PolitiFact ruling: the claim, its speaker and setting, the Truth-O-Meter label and number', () => {
    const c = claim(politifactClaimReview());
    expect(c).toMatchObject({
      type: 'claim',
      text: 'The moon is made of cheese.',
      speaker: { name: 'Jane Senator', type: 'person', role: 'U.S. Senator' },
      dateSaid: '2024-03-01',
      sources: [{ url: 'https://x.example/janesenator/status/1' }],
      url: 'https://www.politifact.example/factchecks/2024/mar/05/jane-senator/moon-made-of-cheese/',
    });
    expect(c.verification.verdict).toEqual({
      status: 'false',
      publisherLabel: 'Pants on Fire!',
      rating: { kind: 'numeric', value: 1, best: 6, worst: 1 },
      by: { name: 'Example Politics Check', type: 'organization', url: 'https://www.politifact.example' },
      asOf: '2024-03-05',
    });
  });

  it('sends Snopes’ "Misattributed" to the attribution axis and leaves the truth unverified', () => {
    const { value, warnings } = convert(snopesMisattributed());
    const v = (value as Claim).verification;
    expect(v.attribution).toMatchObject({ status: 'misattributed', by: { name: 'Example Rumour Check' } });
    expect(v.verdict!.status).toBe('unverified');
    expect(v.verdict!.reason).toContain('rated who said it');
    // Snopes' -1 is outside its own 1–5 scale: the number is dropped, the card is not.
    expect(v.attribution?.rating).toBeUndefined();
    expect(codes(warnings)).toContain('invalid-rating');
  });

  it('reads the verdict as of the last modification, and the first appearance first without repeating it', () => {
    const c = claim(snopesMisattributed());
    expect(c.verification.verdict!.asOf).toBe('2023-06-02T09:30:00+00:00');
    expect(c.sources).toEqual([
      { url: 'https://archive.example/narcotics-anonymous-1981', title: 'Narcotics Anonymous (1981)' },
      { url: 'https://social.example/post/123' },
    ]);
  });

  it('keeps Snopes’ "Mixture" as the label with our status "mixed" and its number', () => {
    expect(claim(snopesMixture()).verification.verdict).toMatchObject({
      status: 'mixed', publisherLabel: 'Mixture', rating: { kind: 'numeric', value: 3, best: 5, worst: 1 },
    });
  });

  it('reads a Full Fact sentence-long rating by its first sentence', () => {
    const v = claim(fullFactClaimReview()).verification.verdict!;
    expect(v.status).toBe('false');
    expect(v.publisherLabel).toBe('This is incorrect. There is no evidence that coffee prevents or cures Covid-19.');
  });

  it.each([
    // PolitiFact Truth-O-Meter
    ['True', 'true'], ['Mostly True', 'mostly-true'], ['Half True', 'mixed'], ['Mostly False', 'mostly-false'],
    ['False', 'false'], ['Pants on Fire!', 'false'], ['pants-on-fire', 'false'],
    // Snopes
    ['Mixture', 'mixed'], ['Unproven', 'unverified'], ['Miscaptioned', 'misleading'], ['Outdated', 'outdated'],
    ['Satire', 'satire'], ['Labeled Satire', 'satire'], ['Originated as Satire', 'satire'],
    ['Research In Progress', 'research-in-progress'], ['Legend', 'unverified'], ['Scam', 'false'], ['Fake', 'false'],
    // The Washington Post
    ['Four Pinocchios', 'false'], ['Two Pinocchios', 'mixed'], ['Geppetto Checkmark', 'true'],
    // AFP, Reuters and generic wording
    ['Misleading', 'misleading'], ['Missing context', 'misleading'], ['Partly false', 'mixed'], ['Altered', 'false'],
    ['Unverified', 'unverified'], ['Disputed', 'disputed'], ['Opinion', 'opinion'], ['No evidence', 'unverified'],
    ['Mostly inaccurate, says the record', 'mostly-false'], ['Not true', 'false'],
  ])('maps the label "%s" to the verdict %s and keeps the label', (label, status) => {
    const verdict = claim(claimReviewLabelled(label)).verification.verdict;
    expect(verdict!.status).toBe(status);
    // The label is kept unless it is exactly our own wording for that status.
    expect(verdict!.publisherLabel === label || verdict!.publisherLabel === undefined).toBe(true);
  });

  it('keeps an unknown label, sets the status to unverified and says so', () => {
    const { value, warnings } = convert(claimReviewLabelled('Zombie claim'));
    expect((value as Claim).verification.verdict).toMatchObject({ status: 'unverified', publisherLabel: 'Zombie claim' });
    expect(codes(warnings)).toContain('unmapped-label');
  });

  it('reads "Correct Attribution" as a confirmed attribution', () => {
    expect(claim(claimReviewLabelled('Correct Attribution')).verification.attribution?.status).toBe('confirmed');
  });

  it('reads an associated ClaimReview about the attribution and an associated MediaReview', () => {
    const input = {
      ...politifactClaimReview(),
      associatedClaimReview: { '@type': 'ClaimReview', reviewAspect: 'attribution', reviewRating: { '@type': 'Rating', alternateName: 'Purported' } },
      associatedMediaReview: { '@type': 'MediaReview', mediaAuthenticityCategory: 'StagedContent' },
    };
    const v = claim(input).verification;
    expect(v.attribution?.status).toBe('purported');
    expect(v.mediaAuthenticity?.status).toBe('staged');
    expect(v.verdict!.status).toBe('false');
  });

  it('uses the fact check itself as the source when the claim lists no appearance', () => {
    const input = { ...politifactClaimReview(), headline: 'Senator’s cheese claim', itemReviewed: { '@type': 'Claim', author: 'Jane Senator' } };
    expect(claim(input).sources).toEqual([{
      url: 'https://www.politifact.example/factchecks/2024/mar/05/jane-senator/moon-made-of-cheese/',
      title: 'Senator’s cheese claim', publisher: 'Example Politics Check', datePublished: '2024-03-05',
    }]);
  });

  it('names an unnamed speaker "Unknown" with a warning, since a claim always has one', () => {
    const { itemReviewed: _, ...input } = politifactClaimReview();
    const { value, warnings } = convert(input);
    expect((value as Claim).speaker).toEqual({ name: 'Unknown' });
    expect(codes(warnings)).toContain('missing-speaker');
  });

  it('sets the verdict to unverified with a warning when there is no rating at all', () => {
    const { reviewRating: _, ...input } = politifactClaimReview();
    const { value, warnings } = convert(input);
    expect((value as Claim).verification.verdict!.status).toBe('unverified');
    expect(codes(warnings)).toContain('missing-label');
  });
});

describe('MediaReview', () => {
  it('turns a MediaReview into a claim with its media authenticity, and an unverified verdict', () => {
    const { value, warnings } = convert(mediaReviewTransformed());
    const c = value as Claim;
    expect(c.text).toBe('The speaker was drunk at the press conference.');
    expect(c.speaker.name).toBe('Uploader One');
    expect(c.media).toEqual({ kind: 'video', url: 'https://video.example/slowed.mp4', description: 'Slowed clip of the press conference' });
    expect(c.verification.mediaAuthenticity).toMatchObject({
      status: 'transformed',
      reason: 'The original video plays at normal speed; this copy was slowed to 75 percent.',
      evidence: [{ url: 'https://video.example/original.mp4', title: 'Original media' }],
    });
    expect(c.verification.verdict!.status).toBe('unverified');
    expect(codes(warnings)).toContain('media-only');
  });

  it.each([
    ['OriginalMediaContent', 'original'], ['DecontextualizedContent', 'decontextualized'],
    ['EditedOrCroppedContent', 'edited-or-cropped'], ['TransformedContent', 'transformed'],
    ['StagedContent', 'staged'], ['SatireOrParodyContent', 'satire-or-parody'],
    ['https://schema.org/StagedContent', 'staged'], ['schema:OriginalMediaContent', 'original'],
  ])('maps %s to %s', (category, status) => {
    const input = { ...mediaReviewTransformed(), mediaAuthenticityCategory: { '@id': category } };
    expect(claim(input).verification.mediaAuthenticity?.status).toBe(status);
  });

  it('merges a MediaReview beside a ClaimReview in one @graph into the claim', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [politifactClaimReview(), mediaReviewTransformed()] };
    const c = claim(graph);
    expect(c.verification.verdict!.status).toBe('false');
    expect(c.verification.mediaAuthenticity?.status).toBe('transformed');
    expect(c.media?.kind).toBe('video');
  });
});

describe('film sites and CMS plugins', () => {
  it('reads an IMDb movie: its first review, with the movie as the item reviewed', () => {
    const { value, warnings } = convert(imdbMovie());
    const r = value as Review;
    expect(r.itemReviewed).toMatchObject({
      name: 'Cold Water Road', kind: 'documentary', originalName: 'Дорога холодной воды', year: 2024,
      datePublished: '2024-09-05', runtimeMinutes: 129, countries: ['Canada', 'France'], url: '/title/tt0000001/',
    });
    expect(r.itemReviewed.people?.[0]).toEqual({ name: 'Rosa Invented', type: 'person', role: 'Director', url: '/name/nm0000001/' });
    expect(r).toMatchObject({
      author: { name: 'filmfan_42' }, datePublished: '2024-10-01', inLanguage: 'en', headline: 'Hard to watch',
      excerpt: 'It is hard to watch & harder to forget.', reviewRating: { kind: 'numeric', value: 8, best: 10, worst: 1 },
    });
    // IMDb lists production companies under `creator` without a name: skipped, and said so.
    expect(codes(warnings)).toContain('missing-name');
  });

  it('reads the aggregate rating as a score when a movie has no review', () => {
    const { review: _, ...movie } = imdbMovie();
    expect(convert(movie).value).toEqual({ kind: 'numeric', value: 7.6, best: 10, worst: 1, label: '12,345 ratings' });
  });

  it('reads a Rotten Tomatoes Tomatometer given as strings', () => {
    expect(convert(rottenTomatoesMovie()).value).toEqual({ kind: 'numeric', value: 87, best: 100, label: 'Tomatometer' });
  });

  it('resolves a Yoast @graph: the review, its movie, author and publisher by @id, despite the cycle', () => {
    const { value, warnings } = convert(yoastGraph());
    const r = value as Review;
    expect(r.itemReviewed).toEqual({ name: 'Cold Water Road', kind: 'film', sameAs: ['https://www.imdb.example/title/tt0000001/'] });
    expect(r.author).toEqual({ name: 'Jane Critic', type: 'person', affiliation: 'Example Films', url: 'https://blog.example/author/jane/' });
    expect(r.publisher).toEqual({ name: 'Example Films', type: 'organization', url: 'https://blog.example/' });
    expect(r.reviewRating).toEqual({ kind: 'numeric', value: 4.5, best: 5, worst: 1 });
    expect(r.datePublished).toBe('2024-09-12T08:00:00');
    expect(r.excerpt).toBe('It’s patient and humane.\nIt is also one-sided.');
    expect(r.pros).toEqual(['Patient camera', 'Rare access']);
    expect(r.cons).toEqual(['One-sided']);
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'unsafe-url', path: ['@graph', 5, 'itemReviewed', 'sameAs', 1] }));
  });

  it('reads a WordPress plugin’s strings: author name, numbers, an English date, "32 min"', () => {
    const { value, warnings } = convert(wordpressPluginReview());
    expect(value).toEqual({
      type: 'review',
      itemReviewed: { name: 'The Quiet Harbour', kind: 'film', runtimeMinutes: 32 },
      author: { name: 'Jane Example' },
      datePublished: '2024-09-12',
      headline: 'The Quiet Harbour review',
      reviewRating: { kind: 'numeric', value: 7.5, best: 10 },
      synopsis: 'A short documentary about Ukrainian volunteers.',
    });
    expect(codes(warnings)).toEqual(['date-reformatted']);
  });

  it('copes with @type arrays and prefixes, prefixed keys, @value, "6 / 10", several authors and reviews', () => {
    const { value, warnings } = convert(messySeries());
    expect(value).toEqual({
      type: 'review',
      itemReviewed: { name: 'Example Series', kind: 'series' },
      author: { name: 'First Critic and Second Critic', type: 'person' },
      datePublished: '2024-01-02T10:00:00Z',
      reviewRating: { kind: 'numeric', value: 6, best: 10, worst: 1 },
    });
    expect(codes(warnings)).toEqual(expect.arrayContaining(['skipped-node', 'agents-joined', 'unsafe-url', 'defaulted']));
  });
});

describe('ratings', () => {
  it.each([
    ['a number', { '@type': 'Rating', ratingValue: 4 }, { kind: 'numeric', value: 4, best: 5, worst: 1 }],
    ['a decimal comma', { '@type': 'Rating', ratingValue: '4,5', bestRating: '5' }, { kind: 'numeric', value: 4.5, best: 5, worst: 1 }],
    ['a fraction', { '@type': 'Rating', ratingValue: '6 / 10' }, { kind: 'numeric', value: 6, best: 10, worst: 1 }],
    ['"out of"', { '@type': 'Rating', ratingValue: '3.5 out of 4', worstRating: 0 }, { kind: 'numeric', value: 3.5, best: 4 }],
    ['a percentage', { '@type': 'Rating', ratingValue: '60%', worstRating: 0 }, { kind: 'numeric', value: 60, best: 100, display: 'percent' }],
    ['a letter grade', { '@type': 'Rating', ratingValue: 'b+' }, { kind: 'letter', value: 'B+' }],
    ['a named rating', { '@type': 'Rating', ratingValue: 'Fresh' }, { kind: 'named', value: 'Fresh' }],
    ['only an alternateName', { '@type': 'Rating', alternateName: 'Must see' }, { kind: 'named', value: 'Must see' }],
    ['a bare number', 3, { kind: 'numeric', value: 3, best: 5, worst: 1 }],
  ])('reads %s', (_, rating, expected) => {
    expect(review(reviewRated(rating)).reviewRating).toEqual(expected);
  });

  it('guesses a 10-point scale for 8 without bestRating instead of failing Google’s default of 5', () => {
    const { value, warnings } = convert(reviewRated({ '@type': 'Rating', ratingValue: 8 }));
    expect((value as Review).reviewRating).toEqual({ kind: 'numeric', value: 8, best: 10, worst: 1 });
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'defaulted', path: ['reviewRating', 'bestRating'] }));
  });

  it('takes worst 0 for a rating of 0 without worstRating', () => {
    expect(review(reviewRated({ '@type': 'Rating', ratingValue: 0, bestRating: 10 })).reviewRating).toEqual({ kind: 'numeric', value: 0, best: 10 });
  });

  it('reports a rating above its own best through our schema', () => {
    const result = fromSchemaOrg(reviewRated({ '@type': 'Rating', ratingValue: 9, bestRating: 5 }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({ path: ['reviewRating', 'value'], message: 'value 9 is above the best score 5' });
  });

  it('reports a bare Rating without a value in schema.org terms', () => {
    const result = fromSchemaOrg({ '@type': 'Rating', bestRating: 5 });
    expect(!result.ok && result.issues[0]).toMatchObject({ code: 'missing-rating-value', message: 'ratingValue: is missing or not a number' });
  });

  it('converts a bare Rating and an AggregateRating to a score, with the count as label', () => {
    expect(convert({ '@context': 'https://schema.org', '@type': 'Rating', ratingValue: 7, bestRating: 10, worstRating: 0, name: 'Our score' }).value)
      .toEqual({ kind: 'numeric', value: 7, best: 10, label: 'Our score' });
    expect(convert({ '@type': 'AggregateRating', ratingValue: '4.2', reviewCount: '1' }).value)
      .toEqual({ kind: 'numeric', value: 4.2, best: 5, worst: 1, label: '1 review' });
  });
});

describe('works', () => {
  it.each([
    ['Movie', 'film'], ['TVSeries', 'series'], ['TVEpisode', 'episode'], ['Book', 'book'], ['NewsArticle', 'article'],
    ['SocialMediaPosting', 'thread'], ['VideoObject', 'video'], ['PodcastSeries', 'podcast'], ['VideoGame', 'game'],
    ['MusicAlbum', 'album'], ['TheaterEvent', 'play'], ['CreativeWork', 'other'], ['Product', 'other'],
    ['https://schema.org/Book', 'book'], ['http://schema.org/TVSeries', 'series'], ['schema:Movie', 'film'],
  ])('maps @type %s to kind %s', (type, kind) => {
    expect(review(reviewRated(4, { '@type': type, name: 'X' })).itemReviewed.kind).toBe(kind);
  });

  it.each([
    ['PT95M', 95], ['PT1H35M', 95], ['PT1H35M20S', 95], ['P0DT2H', 120], ['PT1,5H', 90], [95, 95], ['95 min', 95], ['1h 35m', 95],
  ])('reads the duration %s as %i minutes', (duration, minutes) => {
    expect(review(reviewRated(4, { '@type': 'Movie', name: 'X', duration })).itemReviewed.runtimeMinutes).toBe(minutes);
  });

  it('ignores a duration in years or months, with a warning', () => {
    const { value, warnings } = convert(reviewRated(4, { '@type': 'Movie', name: 'X', duration: 'P1Y' }));
    expect((value as Review).itemReviewed.runtimeMinutes).toBeUndefined();
    expect(codes(warnings)).toContain('invalid-duration');
  });

  it('tells documentaries and shorts apart by genre', () => {
    expect(review(reviewRated(4, { '@type': 'Movie', name: 'X', genre: 'Documentary' })).itemReviewed.kind).toBe('documentary');
    expect(review(reviewRated(4, { '@type': 'Movie', name: 'X', genre: ['Short'] })).itemReviewed.kind).toBe('short');
  });

  it('keeps a role given with schema.org’s Role pattern', () => {
    const work = { '@type': 'Movie', name: 'X', contributor: { '@type': 'Role', roleName: 'Cinematographer', contributor: { '@type': 'Person', name: 'C. Amera' } } };
    expect(review(reviewRated(4, work)).itemReviewed.people).toEqual([{ name: 'C. Amera', type: 'person', role: 'Cinematographer' }]);
  });

  it('reads a plain string item as a work of kind other', () => {
    expect(review(reviewRated(4, 'Some film')).itemReviewed).toEqual({ name: 'Some film', kind: 'other' });
  });

  it('reports a review of nothing through our schema', () => {
    const { itemReviewed: _, ...input } = reviewRated(4);
    const result = fromSchemaOrg(input);
    expect(!result.ok && result.issues[0]?.path).toEqual(['itemReviewed']);
  });
});

describe('input forms', () => {
  it('accepts JSON text', () => {
    expect(claim(JSON.stringify(politifactClaimReview())).text).toBe('The moon is made of cheese.');
  });

  it('accepts a top-level array of nodes', () => {
    expect(claim([{ '@type': 'WebPage', name: 'Page' }, politifactClaimReview()]).text).toBe('The moon is made of cheese.');
  });

  it('finds a review under a WebPage’s mainEntity', () => {
    expect(review({ '@type': 'WebPage', mainEntity: reviewRated(4) }).author?.name).toBe('A. Critic');
  });

  it('says why the thing of the element’s kind cannot be shown, when told the kind, rather than that nothing is for it', () => {
    const page = { '@context': 'https://schema.org', '@graph': [politifactClaimReview(), reviewRated({ '@type': 'Rating', ratingValue: 11, bestRating: 10 })] };
    const accept = ofKind('review');
    const told = fromSchemaOrg(page, { accept, kind: 'review' });
    expect(told.ok).toBe(false);
    const issues = told.ok ? [] : told.issues;
    expect(issues.map((i) => i.code)).not.toContain('not-for-this-element');
    expect(issues.some((i) => i.path.includes('reviewRating') && /11/.test(i.message)), JSON.stringify(issues)).toBe(true);
    // Without the kind, the adapter cannot tell which failure matters to the element.
    const untold = fromSchemaOrg(page, { accept });
    expect(!untold.ok && untold.issues[0]?.code).toBe('not-for-this-element');
  });

  it('reports invalid JSON text', () => {
    const result = fromSchemaOrg('{"@type": "Review",');
    expect(!result.ok && result.issues[0]?.code).toBe('invalid-json');
  });

  it('names the types found and those supported when nothing can be shown', () => {
    const result = fromSchemaOrg({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Recipe', name: 'Soup' }, { '@type': ['WebPage', 'schema:ItemPage'] }] });
    expect(result.ok).toBe(false);
    const issue = !result.ok ? result.issues[0] : undefined;
    expect(issue?.code).toBe('unsupported-type');
    expect(issue?.message).toBe(
      'unsupported @type "Recipe", "WebPage", "ItemPage"; supported: Review, ClaimReview, MediaReview, Claim, Rating, AggregateRating, a CreativeWork (Movie, TVSeries, Book, …) with review or aggregateRating (and their schema.org subtypes)',
    );
  });

  it('says when there is no @type at all', () => {
    const result = fromSchemaOrg({ name: 'Untyped' });
    expect(!result.ok && result.issues[0]?.message).toMatch(/^no @type found; supported: Review/);
  });

  it.each([['null', null], ['a number', 42], ['a JSON string literal', '"Review"']])('rejects %s', (_, input) => {
    expect(fromSchemaOrg(input).ok).toBe(false);
  });

  it('clips text longer than our limits, with a warning, rather than failing the card', () => {
    const { value, warnings } = convert({ ...reviewRated(4), reviewBody: 'word '.repeat(5_000), headline: 'H'.repeat(400) });
    const r = value as Review;
    expect(r.excerpt?.length).toBeLessThanOrEqual(20_000);
    expect(r.excerpt?.endsWith('…')).toBe(true);
    expect(r.headline).toHaveLength(300);
    expect(codes(warnings).filter((c) => c === 'clipped')).toHaveLength(2);
  });

  it('does not change its input', () => {
    const input = yoastGraph();
    const copy = structuredClone(input);
    fromSchemaOrg(input);
    expect(input).toEqual(copy);
  });
});
