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
import { exampleClaim, exampleFactChecker } from './examples.js';
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
const judge = exampleFactChecker;

// The galleries and the language stories below use an invented claim by an invented speaker
// (stories/examples.ts): no real person's words get a status or a translation they never had.

/** Every verdict status, as of a date and with a judge. */
export const EveryVerdict: Story = {
  render: () =>
    gallery(
      VERDICT_STATUSES.map((status) => ({
        ...exampleClaim,
        text: `A claim whose verdict is “${status}”.`,
        verification: { verdict: { status, by: judge, asOf: '2025-02-12', reason: `Judged ${status}.` } },
      })),
    ),
};
/** Every attribution status: did this person say it? No verdict, so each also reads "not fact-checked". */
export const EveryAttribution: Story = {
  render: () =>
    gallery(
      ATTRIBUTION_STATUSES.map((status) => ({
        ...exampleClaim,
        text: `Attribution “${status}”.`,
        verification: { attribution: { status, by: judge } },
      })),
    ),
};
/** Every media authenticity status: is the recording original? */
export const EveryMediaAuthenticity: Story = {
  render: () =>
    gallery(
      MEDIA_AUTHENTICITY_STATUSES.map((status) => ({
        ...exampleClaim,
        text: `Media authenticity “${status}”.`,
        verification: { mediaAuthenticity: { status, by: judge } },
      })),
    ),
};

/** Said in Russian, shown with its English translation. */
export const OriginalAndTranslation: Story = dataStory({
  ...exampleClaim,
  speaker: { name: 'Иван Примеров', type: 'person', role: 'Harbour master', affiliation: 'Port of Exampleton' },
  text: 'The harbour has had no ferry since the spring.',
  inLanguage: 'en',
  original: { text: 'В гавани нет парома с весны.', inLanguage: 'ru' },
});
export const Cyrillic: Story = {
  render: () =>
    withChildScript(
      'rc-claim-quote',
      {
        ...exampleClaim,
        speaker: { name: 'Иван Примеров', type: 'person', role: 'Начальник порта' },
        setting: 'Заседание городского совета',
        text: 'В гавани нет парома с весны.',
        inLanguage: 'ru',
        translation: { text: 'The harbour has had no ferry since the spring.', inLanguage: 'en' },
      },
      { attributes: { lang: 'ru' } },
    ),
};
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl" lang="ar">
    ${withChildScript('rc-claim-quote', {
      ...exampleClaim,
      speaker: { name: 'سامي مثال', type: 'person', role: 'مدير الميناء' },
      setting: 'اجتماع مجلس المدينة',
      text: 'لا توجد عبّارة في الميناء منذ الربيع.',
      inLanguage: 'ar',
      translation: { text: 'The harbour has had no ferry since the spring.', inLanguage: 'en' },
    })}
  </div>`,
};
export const LongText: Story = dataStory({ ...exampleClaim, text: LONG_TEXT, context: LONG_TEXT });
export const Dark: Story = dataStory(un, { theme: 'dark' });

export const FromSrc: Story = { args: { src: 'json/claims/alexei-smirnov-video-message.json' } as Story['args'] };
/** A fact-checker's schema.org ClaimReview, wrapped as it is (an invented one). */
export const FromSchemaOrgClaimReview: Story = {
  render: () =>
    withChildScript(
      'rc-claim-quote',
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: 'https://example.org/fact-check/ferry',
        claimReviewed: 'The harbour has had no ferry since the spring.',
        itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Sam Placeholder' } },
        author: { '@type': 'Organization', name: 'Example Fact Check' },
        datePublished: '2025-02-12',
        reviewRating: { '@type': 'Rating', alternateName: 'Unverified' },
      },
      { type: 'application/ld+json' },
    ),
};

export const Loading: Story = { render: () => html`<rc-claim-quote></rc-claim-quote>` };
/** A claim with no verification is an error, never a bare quote. */
export const ErrorWithoutVerification: Story = {
  render: () => {
    const { verification: _dropped, ...bare } = exampleClaim;
    return withChildScript('rc-claim-quote', bare);
  },
};
