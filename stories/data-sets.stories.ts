import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/all.js';
import { TAG_FOR_TYPE, dataSets, snippet, withChildScript } from './support.js';

/**
 * Every document under `data/` rendered by its element, fed the way a page
 * author would: a child `<script type="application/json">`. Add a file to
 * `data/` and it appears here.
 */
const meta: Meta<{ file: string }> = {
  title: 'Data sets',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<{ file: string }>;

const files = Object.keys(dataSets);
const render = (file: string) => {
  const doc = dataSets[file];
  if (!doc) return html`<p>No such file: data/${file}</p>`;
  return withChildScript(TAG_FOR_TYPE[doc.type], doc);
};

/** All documents, one after another, each under its file name. */
export const AllDocuments: Story = {
  render: () => html`${files.map(
    (file) => html`<section style="margin-block-end: 2rem;">
      <h2 style="font: 600 0.9rem/1.4 ui-monospace, monospace; margin: 0 0 0.5rem;">data/${file}</h2>
      ${render(file)}
    </section>`,
  )}`,
};

/** Pick one document with the `file` control; the snippet below is ready to paste. */
export const OneDocument: Story = {
  args: { file: files[0] ?? '' },
  argTypes: { file: { control: 'select', options: files } },
  render: ({ file }) => render(file),
  parameters: {
    docs: {
      source: {
        transform: (_code: string, ctx: { args: { file: string } }) => {
          const doc = dataSets[ctx.args.file];
          return doc ? snippet(TAG_FOR_TYPE[doc.type], doc) : '';
        },
      },
    },
  },
};
