import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../src/components/review-card/review-card.define.js';
import type { ReviewCard } from '../src/components/review-card/review-card.js';
import type { Review } from '../src/schemas/review.js';
import { exampleReview, exampleReviewAr, exampleReviewRu } from './examples.js';
import { LONG_TEXT, review, snippet, withChildScript } from './support.js';

const { args, argTypes, template } = getStorybookHelpers<ReviewCard>('rc-review-card');

/**
 * One review of one work: the work, reviewer and outlet, date, score, verdict,
 * pros and cons, labelled extras, excerpt and source. The stories show the
 * documents in `data/reviews/` as they are; those that need another scale or
 * language use an invented review (stories/examples.ts).
 */
const meta: Meta<ReviewCard & typeof args> = {
  title: 'Components/Review card',
  component: 'rc-review-card',
  // `data` unset, so that attribute and `src` stories are not overridden by an empty object.
  args: { ...args, data: undefined },
  argTypes,
  render: (a) => template(a),
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<ReviewCard & typeof args>;

const dataStory = (data: Review, extra: Partial<Story['args']> = {}): Story => ({
  args: { data, ...extra } as Story['args'],
  parameters: { docs: { source: { code: snippet('rc-review-card', data) } } },
});

const russiansAtWar = review('russians-at-war');
const faces = review('faces-of-the-resistance');

/** Film review with synopsis, team, runtime, the good and the bad, extras and a 6/10. */
export const FilmReviewOutOfTen: Story = dataStory(russiansAtWar);
/** 7.5/10 with a "Movie score" caption. */
export const DecimalScore: Story = dataStory(faces);
/** A critique thread: no score, its assertions as claims with their verification. */
export const CritiqueThreadWithClaims: Story = dataStory(review('vatniksoup-russians-at-war-thread'));

/** The scales below are shown on an invented review: no real critic gave these scores. */
export const StarsScore: Story = dataStory(exampleReview);
export const PercentScore: Story = dataStory({
  ...exampleReview,
  reviewRating: { kind: 'numeric', value: 87, best: 100, display: 'percent', label: 'Critic score' },
});
export const LetterGrade: Story = dataStory({ ...exampleReview, reviewRating: { kind: 'letter', value: 'B-' } });
export const NamedRating: Story = dataStory({
  ...exampleReview,
  reviewRating: { kind: 'named', value: 'Recommended', scale: ['Essential', 'Recommended', 'Skip'] },
});

export const LongText: Story = dataStory({
  ...exampleReview,
  headline: `${exampleReview.headline ?? 'Review'}: ${LONG_TEXT.slice(0, 250)}`,
  verdict: LONG_TEXT.slice(0, 900),
  excerpt: `${LONG_TEXT}\n\n${LONG_TEXT}`,
  pros: [LONG_TEXT.slice(0, 600), 'Short point'],
});

/** An invented review written in Russian: Cyrillic text, dates and numbers formatted for `ru`. */
export const Cyrillic: Story = {
  render: () => withChildScript('rc-review-card', exampleReviewRu, { attributes: { lang: 'ru' } }),
};
/** An invented Arabic review in a right-to-left page. */
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl" lang="ar">${withChildScript('rc-review-card', exampleReviewAr)}</div>`,
};
export const Dark: Story = dataStory(faces, { theme: 'dark' });

/** Fed by `src`: the element fetches the JSON (here, a file from data/, which Storybook serves under json/). */
export const FromSrc: Story = { args: { src: 'json/reviews/faces-of-the-resistance.json' } as Story['args'] };
export const FromJsonChild: Story = { render: () => withChildScript('rc-review-card', faces) };
/** A publisher's existing schema.org Review, wrapped as it is (an invented one). */
export const FromSchemaOrgReview: Story = {
  render: () =>
    withChildScript(
      'rc-review-card',
      {
        '@context': 'https://schema.org',
        '@type': 'Review',
        url: 'https://example.org/reviews/the-quiet-harbour',
        itemReviewed: { '@type': 'Movie', name: 'The Quiet Harbour', dateCreated: '2024' },
        author: { '@type': 'Person', name: 'Jane Example' },
        publisher: { '@type': 'Organization', name: 'Example Film Weekly' },
        datePublished: '2025-03-02',
        reviewRating: { '@type': 'Rating', ratingValue: 3.5, bestRating: 5 },
        reviewBody: 'Patient and well shot, if a little long.',
      },
      { type: 'application/ld+json' },
    ),
};

/** Before data arrives: reserved space, a busy status, no layout shift. */
export const Loading: Story = { render: () => html`<rc-review-card></rc-review-card>` };
/** A review without the work it reviews: the error state names the path. */
export const ErrorMissingWork: Story = {
  render: () => withChildScript('rc-review-card', { type: 'review', verdict: 'No work named' }),
};
/** A `src` that is not http(s) is never requested. */
export const ErrorBlockedSrc: Story = { render: () => html`<rc-review-card src="javascript:alert(1)"></rc-review-card>` };
