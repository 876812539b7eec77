import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../src/components/score-badge/score-badge.define.js';
import type { ScoreBadge } from '../src/components/score-badge/score-badge.js';
import type { Score } from '../src/schemas/score.js';
import { review, snippet, withChildScript } from './support.js';

const { args, argTypes, template } = getStorybookHelpers<ScoreBadge>('rc-score-badge');

/**
 * One score on its own scale. Set `value` / `best` (and `label` for a named
 * rating) as attributes, or give a typed score through `data`, a child JSON
 * script or schema.org JSON-LD.
 */
const meta: Meta<ScoreBadge & typeof args> = {
  title: 'Components/Score badge',
  component: 'rc-score-badge',
  // `data` unset, so that attribute and `src` stories are not overridden by an empty object.
  args: { ...args, data: undefined },
  argTypes,
  render: (a) => template(a),
};
export default meta;
type Story = StoryObj<ScoreBadge & typeof args>;

const dataStory = (data: Score): Story => ({
  args: { data } as Story['args'],
  parameters: { docs: { source: { code: snippet('rc-score-badge', data) } } },
});

export const OutOfTen: Story = { args: { value: 6, best: 10 } };
/** The score of data/reviews/faces-of-the-resistance.json, as written there. */
export const Decimal: Story = { ...dataStory(review('faces-of-the-resistance').reviewRating as Score) };
export const FiveStars: Story = { ...dataStory({ kind: 'numeric', value: 4.5, best: 5, display: 'stars' }) };
export const Percent: Story = { ...dataStory({ kind: 'numeric', value: 87, best: 100, display: 'percent' }) };
export const LetterGrade: Story = { ...dataStory({ kind: 'letter', value: 'B+' }) };
export const NamedRatingOnAScale: Story = {
  ...dataStory({
    kind: 'named',
    // An invented fact-checker's scale: scale words come only from their owner, and this one is made up.
    value: 'Mostly false',
    scale: ['True', 'Mostly true', 'Half true', 'Mostly false', 'False'],
    label: 'Example Fact Check rating',
  }),
};
export const NamedRatingWithoutScale: Story = { ...dataStory({ kind: 'named', value: 'Opinion' }) };
export const MetacriticBands: Story = { args: { value: 85, best: 100, bands: 'metacritic' } };
export const RottenTomatoesBands: Story = { args: { value: 59, best: 100, bands: 'rotten-tomatoes', display: 'percent' } };

/** Each band of the default preset, low to high, with a scale that does not start at zero. */
export const EveryBand: Story = {
  render: () => html`<div style="display: flex; gap: 1rem; flex-wrap: wrap; align-items: center;">
    ${[1, 3, 5, 7, 9, 10].map((v) => html`<rc-score-badge value=${v} best="10"></rc-score-badge>`)}
    <rc-score-badge value="2" best="5" worst="1"></rc-score-badge>
  </div>`,
};

/** Attributes only: what a CMS template would write. */
export const FromAttributes: Story = {
  render: () => html`<rc-score-badge value="3.5" best="5" display="stars" label="Reader score"></rc-score-badge>`,
};
export const FromJsonChild: Story = {
  render: () => withChildScript('rc-score-badge', { kind: 'numeric', value: 6, best: 10, label: 'Final score' }),
};
export const FromSchemaOrgRating: Story = {
  render: () =>
    withChildScript(
      'rc-score-badge',
      { '@context': 'https://schema.org', '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1 },
      { type: 'application/ld+json' },
    ),
};

export const Dark: Story = { args: { value: 8, best: 10, theme: 'dark' } };
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl" lang="ar">
    <rc-score-badge value="7" best="10"></rc-score-badge>
    <rc-score-badge label="غير دقيق"></rc-score-badge>
  </div>`,
};
export const Cyrillic: Story = {
  render: () =>
    withChildScript('rc-score-badge', { kind: 'named', value: 'Скорее ложь', label: 'Оценка проверки фактов' }, {
      attributes: { lang: 'ru' },
    }),
};
export const LongLabel: Story = {
  ...dataStory({
    kind: 'named',
    value: 'Needs context: the figure is accurate but the comparison omits the base year',
    label: 'A caption long enough to wrap onto a second line in a narrow column',
  }),
};

/** Nothing to show yet: the badge reserves its space (no layout shift) and says it is loading. */
export const Loading: Story = { render: () => html`<rc-score-badge></rc-score-badge>` };
/** 11 out of 10: the error state names the field and the reason, and `rc-error` fires. */
export const ErrorOutOfRange: Story = { args: { value: 11, best: 10 } };
export const ErrorInvalidJson: Story = {
  render: () => {
    const el = document.createElement('rc-score-badge');
    el.innerHTML = '<script type="application/json">{ "kind": "numeric", "value": 6, </script>';
    return el;
  },
};
