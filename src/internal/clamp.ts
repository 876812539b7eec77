import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { UiStrings } from '../format/strings.js';

/** Text longer than this (in characters) is clamped behind a "Show more" button. */
export const CLAMP_THRESHOLD = 600;

/**
 * Long text, clamped with a real button that toggles `aria-expanded`. The decision uses the text length,
 * not a layout measurement, so the render stays pure and server-renderable.
 */
export function clampedText(
  text: string,
  options: { id: string; expanded: boolean; onToggle: () => void; strings: UiStrings; part: string; lang?: string | undefined },
): TemplateResult {
  if (text.length <= CLAMP_THRESHOLD) return html`<p part=${options.part} lang=${ifDefined(options.lang)}>${text}</p>`;
  return html`<p part=${options.part} id=${options.id} class=${options.expanded ? '' : 'clamped'} lang=${ifDefined(options.lang)}>${text}</p>
    <button class="toggle" part="toggle" type="button" aria-expanded=${options.expanded ? 'true' : 'false'} aria-controls=${options.id} @click=${options.onToggle}>
      ${options.expanded ? options.strings.showLess : options.strings.showMore}
    </button>`;
}
