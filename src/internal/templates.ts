import { html, nothing, type TemplateResult } from 'lit';
import type { Agent, Source } from '../schemas/common.js';
import { formatIsoDate } from '../format/date.js';
import { safeHref } from '../format/url.js';
import type { UiStrings } from '../format/strings.js';

/**
 * Text that becomes a link only for http(s) and relative URLs; anything else stays plain text. Plain text
 * is returned as it is, not wrapped in a template: a card shows dozens of names and sources without links,
 * and each wrapper would cost a cloned template, a marker and a part (heap and render time per card).
 */
export function link(url: string | undefined, content: unknown, part = 'link'): unknown {
  const href = safeHref(url);
  return href ? html`<a part=${part} href=${href} rel="noopener noreferrer" target="_blank">${content}</a>` : content;
}

/** A `<time>` with a machine-readable `datetime` and the date formatted for the locale. */
export function time(iso: string | undefined, locale: string): TemplateResult | typeof nothing {
  return iso ? html`<time datetime=${iso}>${formatIsoDate(iso, locale)}</time>` : nothing;
}

/** "Name, Role, Affiliation", the name linked when it has a safe URL. */
export function agent(who: Agent | undefined): TemplateResult | typeof nothing {
  if (!who) return nothing;
  const details = [who.role, who.affiliation].filter(Boolean).join(', ');
  return html`<span class="agent">${link(who.url, who.name)}${details ? html`<span class="agent-details">, ${details}</span>` : nothing}</span>`;
}

/** A source as "Title — Publisher, Author, date" with its link and archive link. */
export function source(s: Source, locale: string): TemplateResult {
  const label = s.title ?? s.publisher ?? s.url ?? '';
  const meta = [s.title ? s.publisher : undefined, s.author].filter(Boolean).join(', ');
  return html`<cite class="source">${link(s.url, label, 'source-link')}</cite>${meta ? html` — ${meta}` : nothing}${
    s.datePublished ? html`, ${time(s.datePublished, locale)}` : nothing
  }${s.archivedUrl && safeHref(s.archivedUrl) ? html` (${link(s.archivedUrl, 'archived', 'source-link')})` : nothing}${
    s.note ? html`<span class="source-note"> · ${s.note}</span>` : nothing
  }`;
}

/** A labelled list of sources; nothing when empty. */
export function sourceList(
  sources: readonly Source[] | undefined,
  locale: string,
  strings: UiStrings,
  label = strings.sources,
  part = 'sources',
): TemplateResult | typeof nothing {
  if (!sources?.length) return nothing;
  return html`<div part=${part} class="sources">
    <span class="sources-label">${sources.length === 1 && label === strings.sources ? strings.source : label}:</span>
    <ul>${sources.map((s) => html`<li>${source(s, locale)}</li>`)}</ul>
  </div>`;
}

/** A heading at the level the host chose (`heading-level`), clamped to 1–6, since cards land in unknown outlines. */
export function heading(level: number, content: unknown, part = 'heading'): TemplateResult {
  switch (Math.min(6, Math.max(1, Math.round(level) || 2))) {
    case 1: return html`<h1 part=${part} class="heading">${content}</h1>`;
    case 2: return html`<h2 part=${part} class="heading">${content}</h2>`;
    case 3: return html`<h3 part=${part} class="heading">${content}</h3>`;
    case 4: return html`<h4 part=${part} class="heading">${content}</h4>`;
    case 5: return html`<h5 part=${part} class="heading">${content}</h5>`;
    default: return html`<h6 part=${part} class="heading">${content}</h6>`;
  }
}
