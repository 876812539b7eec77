import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../src/components/controversy-summary/controversy-summary.define.js';
import type { ControversySummary } from '../src/components/controversy-summary/controversy-summary.js';
import type { Controversy } from '../src/schemas/controversy.js';
import { LONG_TEXT, controversy, snippet, withChildScript } from './support.js';

const { args, argTypes, template } = getStorybookHelpers<ControversySummary>('rc-controversy-summary');

/**
 * One contested subject: a neutral summary, the positions side by side with who
 * holds them, the key events on a timeline, statements as claim quotes, outcome
 * and sources.
 */
const meta: Meta<ControversySummary & typeof args> = {
  title: 'Components/Controversy summary',
  component: 'rc-controversy-summary',
  // `data` unset, so that attribute and `src` stories are not overridden by an empty object.
  args: { ...args, data: undefined },
  argTypes,
  render: (a) => template(a),
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<ControversySummary & typeof args>;

const dataStory = (data: Controversy, extra: Partial<Story['args']> = {}): Story => ({
  args: { data, ...extra } as Story['args'],
  parameters: { docs: { source: { code: snippet('rc-controversy-summary', data) } } },
});

const venice = controversy('russians-at-war');

/** The Venice premiere and the TIFF pause: two positions, dated events, statements. */
export const VeniceAndToronto: Story = dataStory(venice);
/** Only what is required: a subject, a summary, two sourced positions and sources. */
export const Minimal: Story = dataStory({
  type: 'controversy',
  subject: venice.subject,
  summary: venice.summary,
  positions: venice.positions.map(({ label, summary, heldBy, sources }) => ({ label, summary, heldBy, sources })),
  sources: venice.sources,
});
export const LongText: Story = dataStory({
  ...venice,
  summary: `${LONG_TEXT}\n\n${LONG_TEXT}`,
  positions: venice.positions.map((p) => ({ ...p, summary: LONG_TEXT })),
});
export const Cyrillic: Story = {
  render: () =>
    withChildScript(
      'rc-controversy-summary',
      {
        type: 'controversy',
        subject: 'Показ фильма «Русские на войне» в Торонто',
        summary: 'Фестиваль приостановил показы после протестов, сославшись на угрозы безопасности.',
        positions: venice.positions.map((p, i) => ({
          ...p,
          label: i === 0 ? 'Фильм обеляет вторжение' : 'Показы должны продолжаться',
          summary: i === 0 ? 'Сторонники считают фильм пропагандой.' : 'Сторонники считают фильм антивоенным.',
          claims: undefined,
        })),
        timeline: venice.timeline?.slice(0, 2),
        sources: venice.sources,
      },
      { attributes: { lang: 'ru' } },
    ),
};
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl" lang="ar">
    ${withChildScript('rc-controversy-summary', {
      ...venice,
      subject: 'عرض فيلم «روس في الحرب»',
      summary: 'أوقف المهرجان العروض بعد احتجاجات.',
      statements: undefined,
    })}
  </div>`,
};
export const Dark: Story = dataStory(venice, { theme: 'dark' });
export const FromSrc: Story = { args: { src: 'json/controversies/russians-at-war.json' } as Story['args'] };
export const FromJsonChild: Story = { render: () => withChildScript('rc-controversy-summary', venice) };

export const Loading: Story = { render: () => html`<rc-controversy-summary></rc-controversy-summary>` };
/** One position is not a controversy: the error state says so. */
export const ErrorOnePosition: Story = {
  render: () => withChildScript('rc-controversy-summary', { ...venice, positions: venice.positions.slice(0, 1) }),
};
