import { afterEach, describe, expect, it } from 'vitest';
import { fromSchemaOrg, lintSchemaOrg, schemaOrgScriptText } from '../../../../src/adapters/schema-org/index.js';
import type { Claim, Review } from '../../../../src/schemas/index.js';
import { JSON_LD_LIMITS } from '../../../../src/adapters/schema-org/json-ld.js';
import { politifactClaimReview } from './fixtures.js';
import { fullClaim } from './our-documents.js';

const baseReview = () => ({
  '@context': 'https://schema.org',
  '@type': 'Review',
  itemReviewed: { '@type': 'Movie', name: 'A film' },
  author: { '@type': 'Person', name: 'A. Critic' },
  reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1 },
});

function converted(input: unknown) {
  const result = fromSchemaOrg(input);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result;
}

afterEach(() => {
  // A polluted prototype would leak into every later test; fail loudly here instead.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('unsafe URLs', () => {
  it.each([
    'javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd',
  ])('drops %j with a warning and still converts the review', (url) => {
    const { value, warnings } = converted({ ...baseReview(), url, author: { '@type': 'Person', name: 'A. Critic', url } });
    expect((value as Review).url).toBeUndefined();
    expect((value as Review).author?.url).toBeUndefined();
    expect(warnings.filter((w) => w.code === 'unsafe-url')).toHaveLength(2);
  });

  it('drops unsafe URLs in sources, media and the fact check, keeping the safe ones', () => {
    const input = {
      ...politifactClaimReview(),
      url: 'javascript:alert(1)',
      itemReviewed: {
        '@type': 'Claim',
        author: 'Jane Senator',
        appearance: [{ '@type': 'CreativeWork', url: 'javascript:alert(2)', name: 'A post' }, { '@type': 'CreativeWork', url: 'https://ok.example/' }],
        associatedMedia: { '@type': 'VideoObject', url: 'javascript:alert(3)', description: 'A clip' },
      },
    };
    const claim = converted(input).value as Claim;
    expect(claim.url).toBeUndefined();
    expect(claim.sources).toEqual([{ title: 'A post' }, { url: 'https://ok.example/' }]);
    expect(claim.media).toEqual({ kind: 'video', description: 'A clip' });
    expect(JSON.stringify(claim)).not.toContain('javascript:');
  });
});

describe('prototype pollution', () => {
  it('ignores __proto__ keys from JSON text and pollutes nothing', () => {
    const text = '{"@type":"Review","__proto__":{"polluted":true},"itemReviewed":{"@type":"Movie","name":"X","__proto__":{"polluted":true}},'
      + '"author":{"name":"A","constructor":{"prototype":{"polluted":true}}},"reviewRating":{"ratingValue":4,"__proto__":{"bestRating":10}}}';
    const { value } = converted(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect((value as Review).reviewRating).toEqual({ kind: 'numeric', value: 4, best: 5, worst: 1 });
    expect(JSON.stringify(value)).not.toContain('polluted');
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('treats %j as an unknown type and label', (word) => {
    expect(fromSchemaOrg({ '@type': word }).ok).toBe(false);
    const labelled = converted({ ...politifactClaimReview(), reviewRating: { '@type': 'Rating', alternateName: word } });
    expect((labelled.value as Claim).verification.verdict).toMatchObject({ status: 'unverified', publisherLabel: word });
  });

  it('does not resolve an @id to a prototype member', () => {
    const result = fromSchemaOrg({ '@graph': [{ ...baseReview(), itemReviewed: { '@id': 'constructor' } }] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.path[0]).toBe('itemReviewed');
  });
});

describe('hostile shapes', () => {
  it('survives a cyclic object graph', () => {
    const movie: Record<string, unknown> = { '@type': 'Movie', name: 'Loop' };
    const review: Record<string, unknown> = { ...baseReview(), itemReviewed: movie };
    movie.review = review;
    movie.self = movie;
    expect((converted(movie).value as Review).itemReviewed.name).toBe('Loop');
    expect(() => lintSchemaOrg(movie)).not.toThrow();
  });

  it('survives @id references that point at each other', () => {
    const graph = {
      '@graph': [
        { '@id': '#a', '@type': 'Review', itemReviewed: { '@id': '#b' }, author: { '@id': '#a' }, reviewRating: 4 },
        { '@id': '#b', '@type': 'Movie', name: 'B', review: { '@id': '#a' }, director: { '@id': '#b' } },
      ],
    };
    const result = fromSchemaOrg(graph);
    expect(result.ok).toBe(true);
    expect(result.ok && (result.value as Review).itemReviewed.name).toBe('B');
  });

  it('returns, without throwing, for nesting 100,000 levels deep', () => {
    let deep: Record<string, unknown> = { '@type': 'Movie', name: 'Bottom' };
    for (let i = 0; i < 100_000; i++) deep = { '@type': 'Movie', name: `Level ${i}`, hasPart: deep };
    const result = fromSchemaOrg({ ...baseReview(), itemReviewed: deep });
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.code)).toContain('too-deep');
  });

  it('returns, without throwing, for deeply nested JSON text', () => {
    const text = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(fromSchemaOrg(text).ok).toBe(false);
    expect(() => lintSchemaOrg(text)).not.toThrow();
  });

  it('reads only a bounded part of huge arrays', () => {
    // Arrays that count the items read: the converter must stop early, not walk a million entries.
    let reads = 0;
    const counting = <T,>(items: T[]): T[] =>
      new Proxy(items, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key, receiver);
        },
      });
    const many = Array.from({ length: 1_000_000 }, (_, i) => `Point ${i}`);
    const { value } = converted({ ...baseReview(), positiveNotes: counting(many), author: counting(many.map((name) => ({ name }))) });
    expect((value as Review).pros).toHaveLength(50);
    // Several authors are kept whole, as one name; only the first 20 are read.
    expect((value as Review).author?.name).toMatch(/^Point 0, Point 1, .*Point 19$/);
    // Each array is read once up to the JSON-LD item limit, then again for the items kept (50 and 20).
    expect(reads).toBeLessThanOrEqual(2 * (JSON_LD_LIMITS.arrayItems + 50));
  });

  // A hang fails by the test's own timeout; how long it takes on a loaded machine is not the point.
  it('clips a 10 MB review body instead of failing or hanging', { timeout: 20_000 }, () => {
    const { value } = converted({ ...baseReview(), reviewBody: 'x'.repeat(10_000_000) });
    expect((value as Review).excerpt?.length).toBe(20_000);
  });

  it('refuses JSON text over its size limit', () => {
    const result = fromSchemaOrg(`"${'x'.repeat(2_000_001)}"`);
    expect(!result.ok && result.issues[0]?.code).toBe('too-large');
  });

  it('turns a throwing getter into an issue', () => {
    const review = baseReview();
    Object.defineProperty(review, 'itemReviewed', { enumerable: true, get: () => { throw new Error('boom'); } });
    const result = fromSchemaOrg(review);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({ code: 'exception', message: 'could not be read: boom' });
    expect(lintSchemaOrg(review)[0]?.code).toBe('unreadable');
  });

  it.each([['NaN', Number.NaN], ['Infinity', Number.POSITIVE_INFINITY], ['1e400', '1e400'], ['an object', { value: 4 }]])(
    'does not take %s as a rating value',
    (_, ratingValue) => {
      const result = fromSchemaOrg({ ...baseReview(), reviewRating: { '@type': 'Rating', ratingValue } });
      expect(result.ok && (result.value as Review).reviewRating).toBeFalsy();
    },
  );
});

describe('script text', () => {
  it('carries </script> in data through the page and back unchanged', () => {
    const claim: Claim = { ...fullClaim(), text: 'Quote: </script><script>alert(1)</script>' };
    const text = schemaOrgScriptText(claim);
    expect(text.toLowerCase()).not.toContain('</script');
    expect((converted(text).value as Claim).text).toBe(claim.text);
  });
});
