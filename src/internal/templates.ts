import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { Source } from '../schemas/common.js';
import { formatIsoDate } from '../format/date.js';
import { safeHref } from '../format/url.js';
import type { UiStrings } from '../format/strings.js';

// Every `${}` binding costs a part object, a marker node and its committed value for the card's lifetime
// (about 50 bytes each; a nested template about twice that). Templates keep code constants such as tag
// and part names static (lit/static-html `literal`, or one template per name) and bind only data.

/** A heading level the host chose, clamped to 1–6 (cards land in unknown outlines). */
export const headingLevel = (level: number): number => Math.min(6, Math.max(1, Math.round(level) || 2));

const HEADING_TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The `<h1>`…`<h6>` tag for a level, for static templates (`staticHtml`) that inline their heading. */
export const headingTag = (level: number): StaticValue => HEADING_TAGS[headingLevel(level) - 1]!;

/** The part names a link can carry: a source's own links, or any other link from the data. */
export type LinkPart = 'link' | 'source-link';

/**
 * Text that becomes a link only for http(s) and relative URLs; anything else stays plain text. Plain text
 * is returned as it is, not wrapped in a template: a card shows dozens of names and sources without links,
 * and each wrapper would cost a cloned template, a marker and a part (heap and render time per card).
 */
export function link(url: string | undefined, content: unknown, part: LinkPart = 'link'): unknown {
  const href = safeHref(url);
  if (!href) return content;
  switch (part) {
    case 'source-link': return html`<a part="source-link" href=${href} rel="noopener noreferrer" target="_blank">${content}</a>`;
    default: return html`<a part="link" href=${href} rel="noopener noreferrer" target="_blank">${content}</a>`;
  }
}

/**
 * One source as a list item: "Title — Publisher, Author, date (archived) · note", with its links. The text
 * between the title and the date is one binding, and the date and note are inline in one of four templates,
 * so a source costs a handful of parts instead of a nest of small templates.
 */
function sourceItem(s: Source, locale: string, strings: UiStrings): TemplateResult {
  const label = link(s.url, s.title ?? s.publisher ?? s.url ?? '', 'source-link');
  const meta = [s.title ? s.publisher : undefined, s.author].filter(Boolean).join(', ');
  const lead = (meta ? ` — ${meta}` : '') + (s.datePublished ? ', ' : '');
  const archived = s.archivedUrl && safeHref(s.archivedUrl) ? html` (${link(s.archivedUrl, strings.archived, 'source-link')})` : nothing;
  const date = s.datePublished;
  if (date) {
    const when = formatIsoDate(date, locale);
    return s.note
      ? html`<li><cite class="source">${label}</cite>${lead}<time datetime=${date}>${when}</time>${archived}<span class="source-note"> · ${s.note}</span></li>`
      : html`<li><cite class="source">${label}</cite>${lead}<time datetime=${date}>${when}</time>${archived}</li>`;
  }
  return s.note
    ? html`<li><cite class="source">${label}</cite>${lead}${archived}<span class="source-note"> · ${s.note}</span></li>`
    : html`<li><cite class="source">${label}</cite>${lead}${archived}</li>`;
}

/** A labelled list of sources (`part="sources"`, or `part="evidence"` for a verdict's evidence); nothing when empty. */
export function sourceList(
  sources: readonly Source[] | undefined,
  locale: string,
  strings: UiStrings,
  label = strings.sources,
  part: 'sources' | 'evidence' = 'sources',
): TemplateResult | typeof nothing {
  if (!sources?.length) return nothing;
  const text = `${sources.length === 1 && label === strings.sources ? strings.source : label}:`;
  const items = sources.map((s) => sourceItem(s, locale, strings));
  return part === 'evidence'
    ? html`<div part="evidence" class="sources">
        <span class="sources-label">${text}</span>
        <ul>${items}</ul>
      </div>`
    : html`<div part="sources" class="sources">
        <span class="sources-label">${text}</span>
        <ul>${items}</ul>
      </div>`;
}

/** How a disclosure shows: open (the reader opened it, or `density="full"`), and its button's words. */
export interface DisclosureOptions {
  /** The reader opened it (its id is in the element's `expanded` set). */
  expanded: boolean;
  /** `density="full"`: the content shows and no button is rendered. */
  full?: boolean | undefined;
  /** The button's words while closed ("Details and sources (3)") and while open ("Hide details"). */
  label: string;
  openLabel: string;
}

/**
 * Content one step away: a region and the real button that opens it (`aria-expanded`, `aria-controls`).
 * The element's toggle listener records the id, renders again and gives focus back to the button; the
 * region is in the DOM either way, hidden by `.folded`, so a server-rendered page without scripts shows it.
 */
export function disclosure(id: string, options: DisclosureOptions, body: unknown): TemplateResult {
  const open = options.full === true || options.expanded;
  if (options.full === true) return html`<div part="details" id=${id} class="more">${body}</div>`;
  return html`<div part="details" id=${id} class=${open ? 'more' : 'more folded'}>${body}</div>${disclosureButton(id, options)}`;
}

/** The button of a disclosure whose region the caller renders itself (a list whose items fold in place). */
export function disclosureButton(id: string, options: DisclosureOptions): TemplateResult | typeof nothing {
  if (options.full === true) return nothing;
  return html`<button class="toggle more-toggle" part="toggle" type="button" aria-expanded=${options.expanded ? 'true' : 'false'} aria-controls=${id}>${options.expanded ? options.openLabel : options.label}</button>`;
}
