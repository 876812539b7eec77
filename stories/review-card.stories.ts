import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../src/components/review-card/review-card.define.js';
import type { ReviewCard } from '../src/components/review-card/review-card.js';
import type { Review } from '../src/schemas/review.js';
import { LONG_TEXT, review, snippet, withChildScript } from './support.js';

const { args, argTypes, template } = getStorybookHelpers<ReviewCard>('rc-review-card');

/**
 * One review of one work: the work, reviewer and outlet, date, score, verdict,
 * pros and cons, labelled extras, excerpt and source. The stories below use the
 * documents in `data/reviews/`.
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

export const StarsScore: Story = dataStory({
  ...faces,
  reviewRating: { kind: 'numeric', value: 3.5, best: 5, display: 'stars', label: 'Critic rating' },
});
export const PercentScore: Story = dataStory({
  ...faces,
  reviewRating: { kind: 'numeric', value: 87, best: 100, display: 'percent', bands: 'rotten-tomatoes' },
});
export const LetterGrade: Story = dataStory({ ...faces, reviewRating: { kind: 'letter', value: 'B-' } });
export const NamedRating: Story = dataStory({
  ...faces,
  reviewRating: { kind: 'named', value: 'Recommended', scale: ['Essential', 'Recommended', 'Skip'] },
});

export const LongText: Story = dataStory({
  ...russiansAtWar,
  headline: `${russiansAtWar.headline ?? 'Review'}: ${LONG_TEXT.slice(0, 250)}`,
  verdict: LONG_TEXT.slice(0, 900),
  excerpt: `${LONG_TEXT}\n\n${LONG_TEXT}`,
  pros: [LONG_TEXT.slice(0, 600), 'Short point'],
});

/** The same review written in Russian: Cyrillic text, dates and numbers formatted for `ru`. */
export const Cyrillic: Story = {
  render: () =>
    withChildScript(
      'rc-review-card',
      {
        type: 'review',
        inLanguage: 'ru',
        itemReviewed: { name: 'Русские на войне', kind: 'documentary', year: 2024, runtimeMinutes: 129, countries: ['Канада', 'Франция'] },
        author: { name: 'Анна Петрова', type: 'person' },
        datePublished: '2025-04-15',
        headline: 'Фильм, который ничего не объясняет',
        verdict: 'Снято честно, но без контекста.',
        reviewRating: { kind: 'numeric', value: 6, best: 10, label: 'Итоговая оценка' },
        pros: ['Редкий доступ к фронту'],
        cons: ['Нет голоса украинской стороны'],
        extras: [{ label: 'Шансы на «Оскар»', value: 'Нет' }],
      },
      { attributes: { lang: 'ru' } },
    ),
};
/** An Arabic review in a right-to-left page. */
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl" lang="ar">
    ${withChildScript('rc-review-card', {
      type: 'review',
      inLanguage: 'ar',
      itemReviewed: { name: 'وجوه المقاومة', kind: 'documentary', year: 2023 },
      author: { name: 'آلان نج', type: 'person' },
      datePublished: '2023-08-08',
      verdict: 'رسالته واضحة: هناك أمل.',
      reviewRating: { kind: 'numeric', value: 7.5, best: 10, label: 'تقييم الفيلم' },
      pros: ['مقابلات صادقة'],
      cons: ['قصير جدًا'],
    })}
  </div>`,
};
export const Dark: Story = dataStory(faces, { theme: 'dark' });

/** Fed by `src`: the element fetches the JSON (here, a file from data/, which Storybook serves under json/). */
export const FromSrc: Story = { args: { src: 'json/reviews/faces-of-the-resistance.json' } as Story['args'] };
export const FromJsonChild: Story = { render: () => withChildScript('rc-review-card', faces) };
/** A publisher's existing schema.org Review, wrapped as it is. */
export const FromSchemaOrgReview: Story = {
  render: () =>
    withChildScript(
      'rc-review-card',
      {
        '@context': 'https://schema.org',
        '@type': 'Review',
        itemReviewed: { '@type': 'Movie', name: 'Faces of the Resistance', dateCreated: '2023' },
        author: { '@type': 'Person', name: 'Alan Ng' },
        publisher: { '@type': 'Organization', name: 'Film Threat' },
        datePublished: '2023-08-08',
        reviewRating: { '@type': 'Rating', ratingValue: 7.5, bestRating: 10 },
        reviewBody: 'His message is clear: there is hope.',
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
