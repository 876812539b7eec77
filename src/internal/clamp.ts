import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { UiStrings } from '../format/strings.js';

/** Text longer than this (in characters) is clamped behind a "Show more" button. */
export const CLAMP_THRESHOLD = 600;

export interface ClampOptions {
  id: string;
  expanded: boolean;
  onToggle: () => void;
  strings: UiStrings;
  part: string;
  lang?: string | undefined;
  /** Writing direction of the text, for quotations in a right-to-left (or left-to-right) language. */
  dir?: 'ltr' | 'rtl' | 'auto' | undefined;
  /** Render the text as a `<blockquote>` (an excerpt, a quotation) instead of a paragraph. */
  quote?: boolean;
  /** With `quote`: the part name of the paragraph inside the `<blockquote>` (which carries `part`). */
  textPart?: string;
}

/**
 * Long text, clamped with a real button that toggles `aria-expanded`. The decision uses the text length,
 * not a layout measurement, so the render stays pure and server-renderable.
 */
export function clampedText(text: string, options: ClampOptions): TemplateResult {
  const long = text.length > CLAMP_THRESHOLD;
  const id = long ? options.id : undefined;
  const cls = long && !options.expanded ? 'clamped' : undefined;
  const body = options.quote
    ? html`<blockquote part=${options.part} id=${ifDefined(id)} lang=${ifDefined(options.lang)} dir=${ifDefined(options.dir)}><p part=${ifDefined(options.textPart)} class=${ifDefined(cls)}>${text}</p></blockquote>`
    : html`<p part=${options.part} id=${ifDefined(id)} class=${ifDefined(cls)} lang=${ifDefined(options.lang)} dir=${ifDefined(options.dir)}>${text}</p>`;
  if (!long) return body;
  return html`${body}
    <button class="toggle" part="toggle" type="button" aria-expanded=${options.expanded ? 'true' : 'false'} aria-controls=${options.id} @click=${options.onToggle}>
      ${options.expanded ? options.strings.showLess : options.strings.showMore}
    </button>`;
}
