// A work's year derived from JSON-LD dates must never fail the whole document: found by the property
// test on generated documents (a valid review of a work dated "0950" did not survive a round trip).
import { describe, expect, it } from 'vitest';
import { fromSchemaOrg } from '../../../../src/adapters/schema-org/index.js';

const review = (work: Record<string, unknown>) => ({
  '@context': 'https://schema.org', '@type': 'Review', author: { '@type': 'Person', name: 'A critic' },
  itemReviewed: { '@type': 'Book', name: 'An old book', ...work },
});

const itemReviewed = (work: Record<string, unknown>) => {
  const result = fromSchemaOrg(review(work));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { work: (result.value as { itemReviewed: Record<string, unknown> }).itemReviewed, warnings: result.warnings };
};

describe('fromSchemaOrg: the year of a reviewed work', () => {
  it('keeps a year-only date before 1000 as the date, without a year', () => {
    expect(itemReviewed({ datePublished: '0950' }).work).toEqual({ name: 'An old book', kind: 'book', datePublished: '0950' });
  });

  it('keeps a full date before 1000 and derives no year', () => {
    expect(itemReviewed({ datePublished: '0950-03-01' }).work).toEqual({ name: 'An old book', kind: 'book', datePublished: '0950-03-01' });
  });

  it('ignores a copyrightYear outside 1000–9999 with a warning, and still converts', () => {
    const { work, warnings } = itemReviewed({ copyrightYear: 50_000, datePublished: '2024-05-01' });
    expect(work).toEqual({ name: 'An old book', kind: 'book', year: 2024, datePublished: '2024-05-01' });
    expect(warnings.map((w) => w.code)).toContain('invalid-year');
  });

  it('keeps a year-only date that differs from copyrightYear instead of dropping it', () => {
    expect(itemReviewed({ copyrightYear: 2023, datePublished: '2024' }).work).toEqual({
      name: 'An old book', kind: 'book', year: 2023, datePublished: '2024',
    });
  });

  it('still turns a year-only date into the year when nothing else gives one', () => {
    expect(itemReviewed({ datePublished: '1999' }).work).toEqual({ name: 'An old book', kind: 'book', year: 1999 });
  });
});
