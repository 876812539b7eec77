import { describe, expect, it } from 'vitest';
import { loadDataDocuments, namesIn, storyDataProblem } from '../../../scripts/lib/story-truth.mjs';
import { exampleClaim, exampleControversy, exampleReview, exampleReviewAr, exampleReviewRu } from '../../../stories/examples.js';

const documents = loadDataDocuments();
const problem = (input: unknown) => storyDataProblem(input, documents);
const doc = (path: string) => structuredClone(documents.get(path)) as Record<string, unknown>;

describe('story data truth check', () => {
  it('reads every data/ document', () => {
    expect([...documents.keys()]).toEqual(
      expect.arrayContaining(['reviews/faces-of-the-resistance.json', 'claims/alexei-smirnov-video-message.json', 'controversies/russians-at-war.json']),
    );
    expect(documents.has('index.json')).toBe(false);
    expect(namesIn(doc('reviews/faces-of-the-resistance.json'))).toContain('Alan Ng');
  });

  it('accepts every data/ document as it is, with or without its $schema pointer', () => {
    for (const [path, d] of documents) {
      expect(problem(d), path).toBeNull();
      expect(problem({ $schema: '../../schema/review-cards.schema.json', ...d }), path).toBeNull();
    }
  });

  it('accepts the invented examples, which name no one from data/', () => {
    for (const example of [exampleReview, exampleReviewRu, exampleReviewAr, exampleClaim, exampleControversy]) {
      expect(problem(example)).toBeNull();
    }
  });

  it('rejects a real review given another score', () => {
    const review = doc('reviews/faces-of-the-resistance.json');
    expect(problem({ ...review, reviewRating: { kind: 'numeric', value: 3.5, best: 5, display: 'stars' } })).toMatch(/Alan Ng/);
  });

  it('rejects invented words attributed to a real speaker', () => {
    const claim = doc('claims/alexei-smirnov-video-message.json');
    expect(problem({ ...claim, text: 'We were told it would be a training exercise.' })).toMatch(/Alexei Smirnov/);
  });

  it('rejects a real speaker lent to an invented claim', () => {
    expect(problem({ ...exampleClaim, speaker: { name: 'Alexei Smirnov', type: 'person' } })).toMatch(/Alexei Smirnov/);
  });

  it('rejects schema.org JSON-LD that names a real outlet', () => {
    const jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'Review',
      author: { '@type': 'Person', name: 'Jane Example' },
      publisher: { '@type': 'Organization', name: 'Film Threat' },
      reviewRating: { '@type': 'Rating', ratingValue: 3, bestRating: 5 },
    };
    expect(problem(jsonLd)).toMatch(/Film Threat/);
  });

  it('rejects part of a real controversy with its positions rewritten', () => {
    const controversy = doc('controversies/russians-at-war.json') as { positions: Array<Record<string, unknown>> };
    const positions = controversy.positions.map((p) => ({ ...p, summary: 'Invented.' }));
    expect(problem({ ...controversy, positions })).not.toBeNull();
  });
});
