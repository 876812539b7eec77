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

/** Whether `text` is long enough to be clamped behind a button (above `threshold`, default `CLAMP_THRESHOLD`). */
export const isClampable = (text: string, threshold: number = CLAMP_THRESHOLD): boolean => text.length > threshold;

/**
 * Text under CLAMP_THRESHOLD is clamped only for narrow boxes: a wide card (a container query in
 * cardBaseStyles) shows it whole and hides its button, which would otherwise reveal nothing.
 */
const isMedium = (text: string): boolean => text.length <= CLAMP_THRESHOLD;

/**
 * The class of a clampable text's box: `clamped` (with `clamp-medium` for text that is clamped only in a narrow
 * box) until the reader expands it, then none. For templates that render the box themselves (a labelled
 * verdict, a list item); `clampedText` uses it too.
 */
export function clampClass(text: string, expanded: boolean): string | undefined {
  if (expanded) return undefined;
  return isMedium(text) ? 'clamped clamp-medium' : 'clamped';
}

const toggleClassFor = (text: string): string => (isMedium(text) ? 'toggle clamp-medium' : 'toggle');

/** The real button of a clampable text: "Show more" / "Show less", `aria-expanded`, `aria-controls` its box's id. */
export function clampToggle(id: string, text: string, expanded: boolean, strings: UiStrings): TemplateResult {
  return html`<button class=${toggleClassFor(text)} part="toggle" type="button" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${id}>
      ${expanded ? strings.showLess : strings.showMore}
    </button>`;
}

/**
 * Long text, clamped with a real button that toggles `aria-expanded`. The decision uses the text length,
 * not a layout measurement, so the render stays pure and server-renderable.
 */
export function clampedText(text: string, options: ClampOptions): TemplateResult {
  const { part, lang, dir } = options;
  if (!isClampable(text, options.threshold)) {
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
  const cls = [clampClass(text, expanded) ?? '', options.quote && options.ownQuotes ? 'own-quotes' : ''].join(' ').trim() || undefined;
  const label = expanded ? strings.showLess : strings.showMore;
  const toggleClass = toggleClassFor(text);
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
