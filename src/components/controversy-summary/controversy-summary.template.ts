import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { Agent } from '../../schemas/common.js';
import type { Controversy, Position, TimelineEvent } from '../../schemas/controversy.js';
import type { Work } from '../../schemas/work.js';
import type { UiStrings } from '../../format/strings.js';
import { clampedText } from '../../internal/clamp.js';
import { headingTag, link, sourceList } from '../../internal/templates.js';
import { formatIsoDate } from '../../format/date.js';
import { renderClaim, renderClaimList } from '../claim-quote/claim-quote.template.js';

/** What the controversy template needs from its element. */
export interface ControversyContext {
  locale: string;
  strings: UiStrings;
  /** Level of the subject's heading; section headings are one below, position labels two below. */
  headingLevel: number;
  /** Ids of the clamped texts the reader has expanded. */
  expanded: ReadonlySet<string>;
}

function clamp(text: string, ctx: ControversyContext, id: string, part: string): TemplateResult {
  return clampedText(text, { id, expanded: ctx.expanded.has(id), strings: ctx.strings, part });
}

type SectionPart = 'positions-section' | 'timeline' | 'statements' | 'status' | 'parties';
// Part and class names as static values, so a section binds only its heading text and body.
const SECTION_PARTS: Record<SectionPart, StaticValue> = {
  'positions-section': literal`positions-section`,
  timeline: literal`timeline`,
  statements: literal`statements`,
  status: literal`status`,
  parties: literal`parties`,
};

/** A section with a neutral heading from the strings table. */
function section(part: SectionPart, title: string, ctx: ControversyContext, body: unknown): TemplateResult {
  const p = SECTION_PARTS[part];
  const h = headingTag(ctx.headingLevel + 1);
  return staticHtml`<section part="${p}" class="section ${p}"><${h} part="subheading" class="heading">${title}</${h}>${body}</section>`;
}

/** "Russians at War (Documentary, 2024)", the title as a cited work and linked when it has a safe URL. */
function about(work: Work, ctx: ControversyContext): TemplateResult {
  const facts = [ctx.strings.work_kind[work.kind] ?? work.kind, work.year ?? (work.datePublished ? work.datePublished.slice(0, 4) : undefined)]
    .filter(Boolean)
    .join(', ');
  return html`<p class="about"><span class="about-label">${ctx.strings.about}:</span>
    <cite>${link(work.url, work.name)}</cite>${work.originalName ? html` <span class="original-name">(${work.originalName})</span>` : nothing}${facts ? ` — ${facts}` : ''}</p>`;
}

/** One agent per item, the item and its "Name, details" in one template. */
function agentItem(who: Agent): TemplateResult {
  const details = [who.role, who.affiliation].filter(Boolean).join(', ');
  return details
    ? html`<li><span class="agent">${link(who.url, who.name)}<span class="agent-details">, ${details}</span></span></li>`
    : html`<li><span class="agent">${link(who.url, who.name)}</span></li>`;
}

function agents(list: readonly Agent[], cls: 'holders' | 'party-list'): TemplateResult {
  return cls === 'holders'
    ? html`<ul class="agents holders" role="list">${list.map(agentItem)}</ul>`
    : html`<ul class="agents party-list" role="list">${list.map(agentItem)}</ul>`;
}

/** One position. Every position gets exactly the same markup and classes, in data order: equal weight by construction. */
function position(p: Position, index: number, ctx: ControversyContext): TemplateResult {
  const { strings, locale } = ctx;
  const id = `position-${index}`;
  const h = headingTag(ctx.headingLevel + 2);
  return staticHtml`<li part="position" class="position">
    <${h} part="position-label" class="heading">${p.label}</${h}>
    ${clamp(p.summary, ctx, `${id}-summary`, 'position-summary')}
    <div part="held-by" class="held-by"><span class="held-by-label">${strings.heldBy}:</span> ${agents(p.heldBy, 'holders')}</div>
    ${p.claims?.length
      ? html`<div class="position-claims">
          <p class="claims-label">${strings.claims}</p>
          <ul class="claim-list" role="list">
            ${p.claims.map(
              (claim, j) => html`<li>${renderClaim(claim, {
                locale, strings, headingLevel: ctx.headingLevel + 3, id: `${id}-claim-${j}`, expanded: ctx.expanded,
              })}</li>`,
            )}
          </ul>
        </div>`
      : nothing}
    ${sourceList(p.sources, locale, strings)}
  </li>`;
}

/** One dated event with its sources: the timeline is sourced throughout. */
function event(e: TimelineEvent, index: number, ctx: ControversyContext): TemplateResult {
  return html`<li part="event" class="event">
    <p class="event-head"><time datetime=${e.date}>${formatIsoDate(e.date, ctx.locale)}</time><span class="event-title">${e.title}</span></p>
    ${e.description ? clamp(e.description, ctx, `event-${index}`, 'event-description') : nothing}
    ${sourceList(e.sources, ctx.locale, ctx.strings)}
  </li>`;
}

/**
 * One contested subject as a pure template: neutral summary, the positions side by side with equal weight
 * and named holders, a sourced timeline, statements as claim quotes (the claim template, not a copy), where
 * things stand as of a date, the parties and the sources.
 */
export function renderControversy(c: Controversy, ctx: ControversyContext): TemplateResult {
  const { strings, locale } = ctx;
  const h = headingTag(ctx.headingLevel);
  return staticHtml`<article part="base" class="controversy">
    <header part="header" class="header">
      <${h} part="heading" class="heading">${c.subject}</${h}>
      ${c.about ? about(c.about, ctx) : nothing}
    </header>
    ${clamp(c.summary, ctx, 'summary', 'summary')}
    ${section(
      'positions-section',
      strings.positions,
      ctx,
      html`<ul part="positions" class="positions" role="list" data-count=${c.positions.length}>
        ${c.positions.map((p, i) => position(p, i, ctx))}
      </ul>`,
    )}
    ${c.timeline?.length
      ? section('timeline', strings.timeline, ctx, html`<ol class="events">${c.timeline.map((e, i) => event(e, i, ctx))}</ol>`)
      : nothing}
    ${c.statements?.length
      ? section(
          'statements',
          strings.statements,
          ctx,
          renderClaimList(c.statements, {
            locale, strings, headingLevel: ctx.headingLevel + 2, listId: 'statement-list', expanded: ctx.expanded,
          }),
        )
      : nothing}
    ${c.status
      ? section(
          'status',
          strings.status,
          ctx,
          html`<p class="as-of">${`${strings.asOfStart} `}<time datetime=${c.status.asOf}>${formatIsoDate(c.status.asOf, locale)}</time></p>${clamp(c.status.description, ctx, 'status', 'status-description')}`,
        )
      : nothing}
    ${c.parties?.length ? section('parties', strings.parties, ctx, agents(c.parties, 'party-list')) : nothing}
    ${sourceList(c.sources, locale, strings)}
  </article>`;
}
