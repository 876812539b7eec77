import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../src/components/claim-quote/claim-quote.define.js';
import type { ClaimQuote } from '../src/components/claim-quote/claim-quote.js';
import {
  ATTRIBUTION_STATUSES,
  MEDIA_AUTHENTICITY_STATUSES,
  VERDICT_STATUSES,
  type Claim,
} from '../src/schemas/claim.js';
import { LONG_TEXT, claim, snippet, withChildScript } from './support.js';

const { args, argTypes, template } = getStorybookHelpers<ClaimQuote>('rc-claim-quote');

/**
 * One quoted claim, never without its verification: attribution (did this person
 * say it), media authenticity (is the recording original) and verdict (is it
 * true), each with who judged it and as of when.
 */
const meta: Meta<ClaimQuote & typeof args> = {
  title: 'Components/Claim quote',
  component: 'rc-claim-quote',
  // `data` unset, so that attribute and `src` stories are not overridden by an empty object.
  args: { ...args, data: undefined },
  argTypes,
  render: (a) => template(a),
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<ClaimQuote & typeof args>;

const dataStory = (data: Claim, extra: Partial<Story['args']> = {}): Story => ({
  args: { data, ...extra } as Story['args'],
  parameters: { docs: { source: { code: snippet('rc-claim-quote', data) } } },
});

const video = claim('alexei-smirnov-video-message');
const un = claim('un-reading-soldier-texts-to-mother');

export const VideoMessage: Story = dataStory(video);
/** "Purportedly" from a dead soldier's phone: the caveat is the attribution status. */
export const PurportedTextMessages: Story = dataStory(un);
export const CapturedSoldierCall: Story = dataStory(claim('captured-soldier-call-to-family'));
export const CrossedTheBorder: Story = dataStory(claim('conscript-crossed-the-border-at-night'));
export const KneelingPrisoner: Story = dataStory(claim('kneeling-prisoner-no-one-wanted-to-go'));
/** Reported speech with no date: the article's account of Ukraine's figure, which the article calls unverified. */
export const NoDate: Story = dataStory(claim('edge-no-date'));
/** A spoken answer at a festival, in her exact words, with no outlet or exact date and no one's verdict. */
export const AnswerAtAFestival: Story = dataStory(claim('trofimova-on-songs-of-slow-burning-earth'));

const gallery = (claims: Claim[]) =>
  html`<div style="display: grid; gap: 1rem;">
    ${claims.map((c) => html`<rc-claim-quote .data=${c}></rc-claim-quote>`)}
  </div>`;
const judge = { name: 'Example Fact Check', type: 'organization' as const };

/** Every verdict status, as of a date and with a judge. */
export const EveryVerdict: Story = {
  render: () =>
    gallery(
      VERDICT_STATUSES.map((status) => ({
        ...video,
        text: `A claim whose verdict is “${status}”.`,
        verification: { verdict: { status, by: judge, asOf: '2024-09-13', reason: `Judged ${status}.` } },
      })),
    ),
};
/** Every attribution status: did this person say it? */
export const EveryAttribution: Story = {
  render: () =>
    gallery(
      ATTRIBUTION_STATUSES.map((status) => ({
        ...video,
        text: `Attribution “${status}”.`,
        verification: { attribution: { status, by: judge }, verdict: { status: 'unverified' } },
      })),
    ),
};
/** Every media authenticity status: is the recording original? */
export const EveryMediaAuthenticity: Story = {
  render: () =>
    gallery(
      MEDIA_AUTHENTICITY_STATUSES.map((status) => ({
        ...video,
        text: `Media authenticity “${status}”.`,
        verification: { mediaAuthenticity: { status, by: judge }, verdict: { status: 'unverified' } },
      })),
    ),
};

/** Said in Russian, shown with its English translation. */
export const OriginalAndTranslation: Story = dataStory({
  ...video,
  text: 'We were told it would be a training exercise.',
  inLanguage: 'en',
  original: { text: 'Нам сказали, что это будут учения.', inLanguage: 'ru' },
});
export const Cyrillic: Story = {
  render: () =>
    withChildScript(
      'rc-claim-quote',
      {
        ...video,
        text: 'Нам сказали, что это будут учения.',
        inLanguage: 'ru',
        translation: { text: 'We were told it would be a training exercise.', inLanguage: 'en' },
      },
      { attributes: { lang: 'ru' } },
    ),
};
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl" lang="ar">
    ${withChildScript('rc-claim-quote', {
      ...un,
      text: 'قيل لنا إنها مجرد تدريبات.',
      inLanguage: 'ar',
      translation: { text: 'We were told it was just exercises.', inLanguage: 'en' },
    })}
  </div>`,
};
export const LongText: Story = dataStory({ ...video, text: LONG_TEXT, context: LONG_TEXT });
export const Dark: Story = dataStory(un, { theme: 'dark' });

export const FromSrc: Story = { args: { src: 'json/claims/alexei-smirnov-video-message.json' } as Story['args'] };
/** A fact-checker's schema.org ClaimReview, wrapped as it is. */
export const FromSchemaOrgClaimReview: Story = {
  render: () =>
    withChildScript(
      'rc-claim-quote',
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: 'https://example.org/fact-check/5000',
        claimReviewed: 'It has killed more than 5,000 Russian combatants.',
        itemReviewed: { '@type': 'Claim', author: { '@type': 'Organization', name: 'Ukraine' } },
        author: { '@type': 'Organization', name: 'Example Fact Check' },
        datePublished: '2022-03-01',
        reviewRating: { '@type': 'Rating', alternateName: 'Unverified' },
      },
      { type: 'application/ld+json' },
    ),
};

export const Loading: Story = { render: () => html`<rc-claim-quote></rc-claim-quote>` };
/** A claim with no verification is an error, never a bare quote. */
export const ErrorWithoutVerification: Story = {
  render: () => {
    const { verification: _dropped, ...bare } = video;
    return withChildScript('rc-claim-quote', bare);
  },
};
