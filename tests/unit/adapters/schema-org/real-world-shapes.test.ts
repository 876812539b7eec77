// Issue 14's shapes, one behaviour each: the schema.org type hierarchy, script guards, several nodes,
// several authors, enumeration IRIs, links that lead somewhere, numbers as publishers show them, and
// claim wording (a fact checker's summary is reported speech).
import { describe, expect, it } from 'vitest';
import { fromSchemaOrg, planSchemaOrg, unwrapScriptText } from '../../../../src/adapters/schema-org/index.js';
import { ancestors, isA } from '../../../../src/adapters/schema-org/hierarchy.js';
import { ENUMERATION_MEMBERS, TYPE_PARENTS } from '../../../../src/adapters/schema-org/type-hierarchy.generated.js';
import { MEDIA_CATEGORY_TO_STATUS, agentTypeOf } from '../../../../src/adapters/schema-org/vocabulary.js';
import { validateClaim, validateReview } from '../../../../src/schemas/lean/validators.generated.js';
import type { Claim, Review, Score, ValidationIssue } from '../../../../src/schemas/index.js';

/** Any converted value's fields, read loosely: each test checks the kind it expects. */
type Converted = Partial<Omit<Review, 'type'>> & Partial<Omit<Claim, 'type' | 'text'>> & {
  type?: string; kind?: Score['kind']; value?: unknown; asWritten?: string; text?: string;
};

function ok(input: unknown, accept?: (v: unknown) => boolean) {
  const result = fromSchemaOrg(input, accept ? { accept } : {});
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  return { value: result.value as Converted, warnings: result.warnings };
}
const codes = (warnings: ValidationIssue[]) => warnings.map((w) => w.code);
const rating = (ratingValue: unknown, bestRating?: unknown, worstRating?: unknown) =>
  ({ '@type': 'Rating', ratingValue, ...(bestRating === undefined ? {} : { bestRating }), ...(worstRating === undefined ? {} : { worstRating }) });
const review = (extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org', '@type': 'Review', itemReviewed: { '@type': 'Movie', name: 'A Film' },
  author: { '@type': 'Person', name: 'Ann Critic' }, reviewRating: rating(7, 10, 1), ...extra,
});
const claimReview = (extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org', '@type': 'ClaimReview', url: 'https://check.example/1', claimReviewed: 'The lake is dry',
  author: { '@type': 'Organization', name: 'Check Example' }, reviewRating: { '@type': 'Rating', alternateName: 'False' },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Mayor Example' }, appearance: { '@type': 'CreativeWork', url: 'https://social.example/1' } },
  ...extra,
});

describe('the schema.org type hierarchy, generated from the vocabulary', () => {
  it('knows every subtype of the types the adapter reads, nearest supertype first', () => {
    expect(ancestors('CriticReview').slice(0, 3)).toEqual(['CriticReview', 'Review', 'CreativeWork']);
    expect(isA('EmployerAggregateRating', 'AggregateRating')).toBe(true);
    expect(isA('ComicIssue', 'CreativeWork')).toBe(true);
    expect(isA('NewsMediaOrganization', 'Organization')).toBe(true);
    expect(isA('Movie', 'Review')).toBe(false);
    expect(TYPE_PARENTS.split(',').length).toBeGreaterThan(200);
  });

  it('reads a Review subtype, a Rating subtype and a CreativeWork subtype as their supertypes', () => {
    const { value } = ok({ ...review({ '@type': 'Recommendation', itemReviewed: { '@type': 'ReviewNewsArticle', name: 'An article' } }) });
    expect(value.type).toBe('review');
    expect(value.itemReviewed?.kind).toBe('article');
    const score = ok({ '@context': 'https://schema.org', '@type': 'EmployerAggregateRating', ratingValue: 4, bestRating: 5, worstRating: 1, ratingCount: 3 }).value;
    expect(score).toMatchObject({ kind: 'numeric', value: 4, best: 5 });
    expect(agentTypeOf(['NewsMediaOrganization'])).toBe('organization');
  });

  it('maps every member of MediaManipulationRatingEnumeration', () => {
    for (const member of ENUMERATION_MEMBERS['MediaManipulationRatingEnumeration'] ?? []) expect(MEDIA_CATEGORY_TO_STATUS.has(member), member).toBe(true);
  });
});

describe('containers', () => {
  it('unwraps CDATA and HTML comment guards around a script’s JSON, and nothing inside it', () => {
    for (const guarded of ['/* <![CDATA[ */ {"a":1} /* ]]> */', '//<![CDATA[\n{"a":1}\n//]]>', '<!--\n{"a":1}\n-->', '<!-- {"a":1} //-->']) {
      expect(unwrapScriptText(guarded)).toBe('{"a":1}');
    }
    expect(unwrapScriptText('{"a":"]]>"}')).toBe('{"a":"]]>"}');
    expect(ok(`<!--\n${JSON.stringify(review())}\n-->`).value.type).toBe('review');
  });

  it('takes the first review from a top-level array and reports the second as skipped', () => {
    const { value, warnings } = ok([review(), review({ author: { '@type': 'Person', name: 'Second Critic' } })]);
    expect(value.author?.name).toBe('Ann Critic');
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'skipped-node', path: [1] }));
  });

  it('gives each element the first node it can show: the review for a review card, the claim for a claim quote', () => {
    const page = { '@context': 'https://schema.org', '@graph': [claimReview(), review()] };
    expect(ok(page, (v) => validateReview(v).ok).value.type).toBe('review');
    expect(ok(page, (v) => validateClaim(v).ok).value.type).toBe('claim');
    expect(ok(page).value.type).toBe('claim');
  });

  it('plans the page: which node is shown, which is skipped and why, which no card shows', () => {
    const page = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'A page' }, review(), review(), claimReview()] };
    const plan = planSchemaOrg(page, { accept: (v) => validateReview(v).ok });
    expect(plan.map((p) => [p.path.join('.'), p.use])).toEqual([
      ['@graph.0', 'not-shown'], ['@graph.1', 'shown'], ['@graph.2', 'skipped'], ['@graph.3', 'skipped'],
    ]);
    expect(plan[2]?.reason).toBe('another Review: an element shows one, the one at ["@graph"][1]');
  });
});

describe('several authors', () => {
  it('keeps them all, joined in the document’s language, with a warning', () => {
    const two = [{ '@type': 'Person', name: 'Ana Lima' }, { '@type': 'Person', name: 'Rui Costa' }];
    const { value, warnings } = ok(review({ author: two, inLanguage: 'pt' }));
    expect(value.author).toEqual({ name: 'Ana Lima e Rui Costa', type: 'person' });
    expect(codes(warnings)).toContain('agents-joined');
    expect(ok(review({ author: undefined, creator: two })).value.author?.name).toBe('Ana Lima and Rui Costa');
  });
});

describe('links that lead somewhere', () => {
  it('keeps absolute http(s), protocol-relative and path-absolute URLs', () => {
    for (const url of ['https://films.example/r/1', 'http://films.example/', '//films.example/r/1', '/r/1']) {
      expect(ok(review({ url })).value.url).toBe(url);
    }
  });

  it('drops a bare host name, a relative path and an entity-obfuscated scheme with a warning', () => {
    for (const url of ['www.films.example/r/1', 'films.example', 'reviews/1', '&#106;avascript:alert(1)', 'https://films.example/a b']) {
      const { value, warnings } = ok(review({ url }));
      expect(value.url, url).toBeUndefined();
      expect(warnings.some((w) => w.path.join('.') === 'url'), url).toBe(true);
    }
  });

  it('decodes the &amp; WordPress writes into URLs', () => {
    expect(ok(review({ url: 'https://films.example/?p=1&amp;lang=en' })).value.url).toBe('https://films.example/?p=1&lang=en');
  });
});

describe('numbers as readers expect them', () => {
  it('shows an unrounded average to one decimal on a small scale, keeping the exact value', () => {
    const score = ok({ '@context': 'https://schema.org', '@type': 'AggregateRating', ratingValue: 4.3567, bestRating: 5, worstRating: 1, ratingCount: 9 }).value;
    expect(score).toMatchObject({ value: 4.3567, asWritten: '4.4/5' });
  });

  it('rounds an average to whole numbers on a 100-point scale, in the page’s language', () => {
    const movie = (ratingValue: number, bestRating: number) => ({
      '@context': 'https://schema.org', '@type': 'Movie', name: 'Ein Film', inLanguage: 'de',
      aggregateRating: { '@type': 'AggregateRating', ratingValue, bestRating, worstRating: 1, ratingCount: 40 },
    });
    expect(ok(movie(86.75, 100)).value).toMatchObject({ value: 86.75, asWritten: '87/100' });
    expect(ok(movie(3.75, 5)).value).toMatchObject({ value: 3.75, asWritten: '3,8/5' });
  });

  it('shows a reviewer’s own rating as given, unrounded', () => {
    expect(ok(review({ reviewRating: rating(86.75, 100, 0) })).value.reviewRating).toEqual({ kind: 'numeric', value: 86.75, best: 100 });
  });

  it('shows a scale whose floor is its lowest star as the publisher does, without the floor', () => {
    expect(ok(review({ reviewRating: rating(3.5, 5, 0.5) })).value.reviewRating).toMatchObject({ worst: 0.5, asWritten: '3.5/5' });
    expect(ok(review({ reviewRating: rating(8.1, 10, 2) })).value.reviewRating).toMatchObject({ worst: 2, asWritten: '8.1/10' });
  });

  it('leaves a plain score to the default display', () => {
    expect(ok(review()).value.reviewRating).toEqual({ kind: 'numeric', value: 7, best: 10, worst: 1 });
  });
});

describe('whose words a claim is', () => {
  it('reads claimReviewed as the fact checker’s account: reported, by the review’s author', () => {
    const { value } = ok(claimReview());
    expect(value).toMatchObject({ text: 'The lake is dry', speech: 'reported', reportedBy: { name: 'Check Example' } });
  });

  it('keeps a Claim’s own text, or a Quotation’s, as the claimant’s direct words', () => {
    const withText = claimReview({ itemReviewed: { ...claimReview().itemReviewed, text: 'The lake has gone dry.' } });
    const direct = ok(withText).value;
    expect(direct.text).toBe('The lake has gone dry.');
    expect(direct.speech).toBeUndefined();
    expect(direct.reportedBy).toBeUndefined();
    const quotation = { '@type': 'Quotation', text: 'It is dry, completely dry.', url: 'https://video.example/1' };
    const quoted = ok(claimReview({ itemReviewed: { ...claimReview().itemReviewed, appearance: quotation } })).value;
    expect(quoted.text).toBe('It is dry, completely dry.');
    expect(quoted.speech).toBeUndefined();
  });

  it('reads the claim of a MediaReview from its MediaReviewItem, with the category as a full or compact IRI', () => {
    for (const category of ['https://schema.org/TransformedContent', 'schema:TransformedContent', { '@id': 'http://schema.org/TransformedContent' }]) {
      const { value } = ok({
        '@context': 'https://schema.org', '@type': 'MediaReview', url: 'https://check.example/m', author: { '@type': 'Organization', name: 'Check Example' },
        mediaAuthenticityCategory: category,
        itemReviewed: { '@type': 'MediaReviewItem', creator: { '@type': 'Person', name: 'A Poster' }, interpretedAsClaim: { '@type': 'Claim', name: 'The photo shows the flood' }, mediaItemAppearance: { '@type': 'ImageObject', contentUrl: 'https://images.example/1.jpg' } },
      });
      expect(value.verification?.mediaAuthenticity?.status).toBe('transformed');
      expect(value).toMatchObject({ text: 'The photo shows the flood', speech: 'reported', reportedBy: { name: 'Check Example' } });
    }
  });

  it('reads a bare Claim, which no one has checked, as a claim without a verdict', () => {
    const { value } = ok({ '@context': 'https://schema.org', '@type': 'Claim', text: 'We will win.', author: { '@type': 'Person', name: 'A Speaker' }, appearance: { '@type': 'CreativeWork', url: 'https://video.example/2' } });
    expect(value.verification).toEqual({});
    expect(value.text).toBe('We will win.');
  });
});
