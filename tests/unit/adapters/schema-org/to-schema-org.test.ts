import { describe, expect, it } from 'vitest';
import { schemaOrgScriptText, toSchemaOrg } from '../../../../src/adapters/schema-org/index.js';
import type { JsonLdObject } from '../../../../src/adapters/schema-org/index.js';
import type { Claim, Controversy, Review } from '../../../../src/schemas/index.js';
import { PAGE_URL, claimWithSurprisingLabels, fullClaim, fullReview } from './our-documents.js';

const at = (object: JsonLdObject, ...keys: Array<string | number>): unknown =>
  keys.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], object);

describe('toSchemaOrg: a review', () => {
  const jsonld = toSchemaOrg(fullReview());

  it('is a Review with the schema.org context', () => {
    expect(jsonld['@context']).toBe('https://schema.org');
    expect(jsonld['@type']).toBe('Review');
  });

  it('gives Google the author, item and rating it requires', () => {
    expect(jsonld.author).toEqual({
      '@type': 'Person', name: 'Jane Critic', jobTitle: 'Film critic',
      affiliation: { '@type': 'Organization', name: 'Example Films' }, url: 'https://blog.example/jane',
    });
    expect(at(jsonld, 'itemReviewed', '@type')).toBe('Movie');
    expect(at(jsonld, 'itemReviewed', 'name')).toBe('Cold Water Road');
    expect(jsonld.reviewRating).toEqual({
      '@type': 'Rating', ratingValue: 6, bestRating: 10, worstRating: 0, alternateName: '6/10', name: 'The final score',
      author: { name: 'Jane Critic' },
    });
  });

  it('writes the work the way IMDb does: genre for a documentary, ISO duration, countries, people by role', () => {
    const work = jsonld.itemReviewed as JsonLdObject;
    expect(work).toMatchObject({
      genre: 'Documentary', duration: 'PT129M', alternateName: 'Дорога холодной воды', datePublished: '2025-01-10', copyrightYear: 2024,
      countryOfOrigin: [{ '@type': 'Country', name: 'Canada' }, { '@type': 'Country', name: 'France' }],
      inLanguage: ['ru', 'en'],
      producer: { name: 'Cora Example' },
      author: { name: 'Rolf Example', url: 'https://example.com/rolf' },
      productionCompany: { '@type': 'Organization', name: 'Example Studio' },
    });
    expect(work.director).toEqual([
      { '@type': 'Person', name: 'Ada Example' },
      { '@type': 'Role', roleName: 'Director/Writer', director: { '@type': 'Person', name: 'Ada Example' } },
    ]);
    expect(work.contributor).toEqual([
      { '@type': 'Role', roleName: 'Cinematographer', contributor: { name: 'A Cinematographer' } },
      { name: 'Uncredited helper' },
    ]);
  });

  it('writes pros and cons as ItemLists of ListItems in order', () => {
    expect(jsonld.positiveNotes).toEqual({
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Rare access' },
        { '@type': 'ListItem', position: 2, name: 'Patient camera' },
      ],
    });
  });

  it('maps the review’s own fields: headline, verdict, synopsis, excerpt, sources, claims', () => {
    expect(jsonld).toMatchObject({
      headline: 'Humane, and one-sided', name: 'Humane, and one-sided', abstract: 'There is hope',
      description: 'A filmmaker follows a road crew for seven months.', reviewBody: fullReview().excerpt,
      citation: [{ '@type': 'CreativeWork', name: 'Print edition', datePublished: '2025-04-15', description: 'Page 12.' }],
      publisher: { '@type': 'Organization', name: 'Example Films', description: 'Independent film magazine' },
    });
    expect(at(jsonld, 'associatedClaimReview', '@type')).toBe('ClaimReview');
  });

  it('writes an author of unknown type as a Person, as Google needs a type', () => {
    const review: Review = { ...fullReview(), author: { name: 'Someone' } };
    expect(toSchemaOrg(review).author).toEqual({ '@type': 'Person', name: 'Someone' });
  });

  it('writes a letter grade as its rank with the letter as alternateName, and a percentage as "87%"', () => {
    const letter = toSchemaOrg({ ...fullReview(), reviewRating: { kind: 'letter', value: 'B+' } });
    expect(letter.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 10, bestRating: 13, worstRating: 1, alternateName: 'B+' });
    const percent = toSchemaOrg({ kind: 'numeric', value: 87, best: 100, display: 'percent' });
    expect(percent).toEqual({ '@context': 'https://schema.org', '@type': 'Rating', ratingValue: '87%', bestRating: 100, worstRating: 0 });
  });

  it('never writes undefined values or empty arrays', () => {
    const text = JSON.stringify(toSchemaOrg({ type: 'review', itemReviewed: { name: 'X', kind: 'film', people: [] } }));
    expect(text).toBe('{"@context":"https://schema.org","@type":"Review","itemReviewed":{"@type":"Movie","name":"X"}}');
  });
});

describe('toSchemaOrg: a claim', () => {
  const jsonld = toSchemaOrg(fullClaim());

  it('is a ClaimReview with the fields Google requires', () => {
    expect(jsonld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factcheck.example/claims/not-our-war',
      claimReviewed: fullClaim().text,
      datePublished: '2024-03-02',
      author: { '@type': 'Organization', name: 'Example Politics Check', url: 'https://www.politifact.example' },
      reviewRating: {
        '@type': 'Rating', alternateName: 'Pants on Fire!', ratingValue: 1, bestRating: 6, worstRating: 1,
        ratingExplanation: 'The figures in the video do not match the unit’s records.',
      },
    });
  });

  it('describes the Claim: who said it, when, where, in what words and where it appeared', () => {
    expect(jsonld.itemReviewed).toMatchObject({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Ivan Example', jobTitle: 'Soldier, from an example town' },
      datePublished: '2024-02',
      inLanguage: 'en',
      locationCreated: { '@type': 'Place', name: 'Eastern Ukraine' },
      description: 'Video message recorded at the front',
      associatedMedia: { '@type': 'VideoObject', url: 'https://video.example/watch?v=abc' },
      translationOfWork: { '@type': 'Claim', inLanguage: 'ru' },
      workTranslation: { '@type': 'Claim', inLanguage: 'uk', translator: { '@type': 'Organization' } },
    });
    expect(at(jsonld, 'itemReviewed', 'appearance', 0, 'archivedAt')).toBe(fullClaim().sources[0]?.archivedUrl);
  });

  it('writes the attribution as an associated ClaimReview with reviewAspect "attribution"', () => {
    expect(jsonld.associatedClaimReview).toMatchObject({
      '@type': 'ClaimReview', reviewAspect: 'attribution', reviewRating: { alternateName: 'Wrong person' },
    });
  });

  it('writes media authenticity as an associated MediaReview with its schema.org category', () => {
    expect(jsonld.associatedMediaReview).toMatchObject({
      '@type': 'MediaReview',
      mediaAuthenticityCategory: 'EditedOrCroppedContent',
      originalMediaContextDescription: 'The last ten seconds were cut.',
      itemReviewed: { '@type': 'MediaReviewItem', mediaItemAppearance: [{ '@type': 'VideoObject' }] },
    });
  });

  it('writes our own label when the judge gave none', () => {
    const claim: Claim = { ...fullClaim(), verification: { verdict: { status: 'mostly-false' } } };
    expect(at(toSchemaOrg(claim), 'reviewRating', 'alternateName')).toBe('Mostly false');
  });

  it('records our status beside a label that would read back as another', () => {
    const out = toSchemaOrg(claimWithSurprisingLabels());
    expect(at(out, 'reviewRating', 'identifier')).toEqual({ '@type': 'PropertyValue', propertyID: 'review-cards:verdict-status', value: 'mostly-false' });
    expect(at(out, 'associatedMediaReview', 'identifier', 'value')).toBe('unverified');
  });

  it('takes the page URL for a claim without one, and ignores an unsafe page URL', () => {
    const { url: _, ...claim } = fullClaim();
    expect(toSchemaOrg(claim, { pageUrl: PAGE_URL }).url).toBe(PAGE_URL);
    expect(toSchemaOrg(claim, { pageUrl: 'javascript:alert(1)' }).url).toBeUndefined();
  });
});

describe('toSchemaOrg: a controversy', () => {
  const controversy: Controversy = {
    type: 'controversy',
    subject: 'Screenings',
    summary: 'Two sides disagree.',
    positions: [
      { label: 'For', summary: 'Show it.', heldBy: [{ name: 'A' }], sources: [{ title: 'S' }] },
      { label: 'Against', summary: 'Pause it.', heldBy: [{ name: 'B' }], sources: [{ title: 'S' }] },
    ],
    statements: [fullClaim(), { ...fullClaim(), text: 'Second statement.' }],
    sources: [{ title: 'Overview' }],
  };

  it('emits its statements’ ClaimReviews as one @graph', () => {
    const out = toSchemaOrg(controversy, { pageUrl: PAGE_URL });
    expect(out['@context']).toBe('https://schema.org');
    const graph = out['@graph'] as JsonLdObject[];
    expect(graph.map((n) => [n['@type'], n.claimReviewed])).toEqual([['ClaimReview', fullClaim().text], ['ClaimReview', 'Second statement.']]);
    expect(graph.every((n) => !('@context' in n))).toBe(true);
  });

  it('emits an empty @graph when there are no statements', () => {
    const { statements: _, ...quiet } = controversy;
    expect(toSchemaOrg(quiet)).toEqual({ '@context': 'https://schema.org', '@graph': [] });
  });
});

describe('schemaOrgScriptText', () => {
  const hostile: Claim = {
    ...fullClaim(),
    text: 'He wrote </script><script>alert(1)</script> and <!-- a comment & more',
    context: 'Line\u2028separator',
  };

  it('cannot be broken out of by </script>, <!-- or U+2028 in the data', () => {
    const text = schemaOrgScriptText(hostile);
    expect(text).not.toMatch(/<|>|&|\u2028/);
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('is JSON that parses to exactly the JSON-LD toSchemaOrg returns', () => {
    expect(JSON.parse(schemaOrgScriptText(hostile, { pageUrl: PAGE_URL }))).toEqual(toSchemaOrg(hostile, { pageUrl: PAGE_URL }));
  });
});
