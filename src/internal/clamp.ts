import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { UiStrings } from '../format/strings.js';

/** Text longer than this (in characters) is clamped behind a "Show more" button. */
export const CLAMP_THRESHOLD = 600;

export interface ClampOptions {
  id: string;
  expanded: boolean;
  strings: UiStrings;
  part: string;
  lang?: string | undefined;
  /** Writing direction of the text, for quotations in a right-to-left (or left-to-right) language. */
  dir?: 'ltr' | 'rtl' | 'auto' | undefined;
  /** Render the text as a `<blockquote>` (an excerpt, a quotation) instead of a paragraph. */
  quote?: boolean;
  /** With `quote`: the part name of the paragraph inside the `<blockquote>` (which carries `part`). */
  textPart?: string;
  /** With `quote`: the text brings its own quotation marks, so the styling adds none. */
  ownQuotes?: boolean;
  /** Characters above which the text is clamped; default `CLAMP_THRESHOLD`. */
  threshold?: number;
}

/**
 * Long text, clamped with a real button that toggles `aria-expanded`. The decision uses the text length,
 * not a layout measurement, so the render stays pure and server-renderable.
 */
export function clampedText(text: string, options: ClampOptions): TemplateResult {
  const { part, lang, dir } = options;
  if (text.length <= (options.threshold ?? CLAMP_THRESHOLD)) {
    // Short text, the common case: no id, class or button, and no lang/dir bindings when neither is set.
    if (options.quote) {
      const quoted = options.ownQuotes ? 'own-quotes' : undefined;
      return lang === undefined && dir === undefined
        ? html`<blockquote part=${part}><p part=${ifDefined(options.textPart)} class=${ifDefined(quoted)}>${text}</p></blockquote>`
        : html`<blockquote part=${part} lang=${ifDefined(lang)} dir=${ifDefined(dir)}><p part=${ifDefined(options.textPart)} class=${ifDefined(quoted)}>${text}</p></blockquote>`;
    }
    return lang === undefined && dir === undefined
      ? html`<p part=${part}>${text}</p>`
      : html`<p part=${part} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${text}</p>`;
  }
  // Long text: the body and its button in one template, so the pair costs one template instance.
  const { id, expanded, strings } = options;
  // Text under CLAMP_THRESHOLD is clamped only for narrow boxes: a wide card (a container query in
  // baseStyles) shows it whole and hides its button, which would otherwise reveal nothing.
  const medium = text.length <= CLAMP_THRESHOLD ? 'clamp-medium' : '';
  const cls = [expanded ? '' : `clamped ${medium}`, options.quote && options.ownQuotes ? 'own-quotes' : ''].join(' ').trim() || undefined;
  const label = expanded ? strings.showLess : strings.showMore;
  const toggleClass = medium ? 'toggle clamp-medium' : 'toggle';
  return options.quote
    ? html`<blockquote part=${part} id=${id} lang=${ifDefined(lang)} dir=${ifDefined(dir)}><p part=${ifDefined(options.textPart)} class=${ifDefined(cls)}>${text}</p></blockquote>
    <button class=${toggleClass} part="toggle" type="button" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${id}>
      ${label}
    </button>`
    : html`<p part=${part} id=${id} class=${ifDefined(cls)} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${text}</p>
    <button class=${toggleClass} part="toggle" type="button" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${id}>
      ${label}
    </button>`;
}
