import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../src/components/controversy-summary/controversy-summary.define.js';
import type { ControversySummary } from '../src/components/controversy-summary/controversy-summary.js';
import type { Controversy } from '../src/schemas/controversy.js';
import { exampleControversy } from './examples.js';
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
// The stories that change the document use an invented controversy (stories/examples.ts), so
// that no real person holds a position, or says a thing, that the sources do not give them.
const example = exampleControversy;

/** Only what is required: a subject, a summary, two sourced positions and sources. */
export const Minimal: Story = dataStory({
  type: 'controversy',
  subject: example.subject,
  summary: example.summary,
  positions: example.positions.map(({ label, summary, heldBy, sources }) => ({ label, summary, heldBy, sources })),
  sources: example.sources,
});
export const LongText: Story = dataStory({
  ...example,
  summary: `${LONG_TEXT}\n\n${LONG_TEXT}`,
  positions: example.positions.map((p) => ({ ...p, summary: LONG_TEXT })),
});
export const Cyrillic: Story = {
  render: () =>
    withChildScript(
      'rc-controversy-summary',
      {
        type: 'controversy',
        subject: 'Показы фильма «Тихая гавань» на фестивале «Пример»',
        summary: 'Фестиваль приостановил показы после протестов семей рыбаков.',
        positions: [
          {
            label: 'Фильм искажает жизнь города',
            summary: 'Семьи считают, что фильм умалчивает о причинах.',
            heldBy: [{ name: 'Ассоциация семей рыбаков Примерска', type: 'organization' }],
            sources: [{ url: 'https://example.org/ru/news/letter', title: 'Письмо семей фестивалю' }],
          },
          {
            label: 'Показы должны продолжаться',
            summary: 'Авторы фильма считают, что показали город таким, каким его описали жители.',
            heldBy: [{ name: 'Роза Выдуманная', type: 'person', role: 'Режиссёр' }],
            sources: [{ url: 'https://example.org/ru/news/director', title: 'Ответ режиссёра' }],
          },
        ],
        timeline: [
          {
            date: '2025-03-04',
            title: 'Фестиваль приостанавливает показы',
            sources: [{ url: 'https://example.org/ru/festival/statement', title: 'Заявление фестиваля' }],
          },
        ],
        sources: [{ url: 'https://example.org/ru/festival/statement', title: 'Заявление фестиваля' }],
      },
      { attributes: { lang: 'ru' } },
    ),
};
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl" lang="ar">
    ${withChildScript('rc-controversy-summary', {
      ...example,
      subject: 'عروض فيلم «الميناء الهادئ» في مهرجان المثال',
      summary: 'علّق المهرجان العروض مؤقتًا بعد احتجاجات عائلات الصيادين.',
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
  render: () => withChildScript('rc-controversy-summary', { ...example, positions: example.positions.slice(0, 1) }),
};
