import { html, nothing, type TemplateResult } from 'lit';
import type { Agent } from '../../schemas/common.js';
import type { Controversy, Position, TimelineEvent } from '../../schemas/controversy.js';
import type { Work } from '../../schemas/work.js';
import type { UiStrings } from '../../format/strings.js';
import { clampedText } from '../../internal/clamp.js';
import { agent, heading, link, sourceList, time } from '../../internal/templates.js';
import { renderClaim, renderClaimList } from '../claim-quote/claim-quote.template.js';

/** What the controversy template needs from its element. */
export interface ControversyContext {
  locale: string;
  strings: UiStrings;
  /** Level of the subject's heading; section headings are one below, position labels two below. */
  headingLevel: number;
  /** Ids of the clamped texts the reader has expanded. */
  expanded: ReadonlySet<string>;
  /** Toggles one clamped text. */
  onToggle: (id: string) => void;
}

function clamp(text: string, ctx: ControversyContext, id: string, part: string): TemplateResult {
  return clampedText(text, { id, expanded: ctx.expanded.has(id), onToggle: () => ctx.onToggle(id), strings: ctx.strings, part });
}

/** A section with a neutral heading from the strings table. */
function section(part: string, title: string, ctx: ControversyContext, body: unknown): TemplateResult {
  return html`<section part=${part} class="section ${part}">${heading(ctx.headingLevel + 1, title, 'subheading')}${body}</section>`;
}

/** "Russians at War (Documentary, 2024)", the title as a cited work and linked when it has a safe URL. */
function about(work: Work, ctx: ControversyContext): TemplateResult {
  const facts = [ctx.strings.work_kind[work.kind] ?? work.kind, work.year ?? (work.datePublished ? work.datePublished.slice(0, 4) : undefined)]
    .filter(Boolean)
    .join(', ');
  return html`<p class="about"><span class="about-label">${ctx.strings.about}:</span>
    <cite>${link(work.url, work.name)}</cite>${work.originalName ? html` <span class="original-name">(${work.originalName})</span>` : nothing}${facts ? ` — ${facts}` : ''}</p>`;
}

function agents(list: readonly Agent[], cls: string): TemplateResult {
  return html`<ul class="agents ${cls}" role="list">${list.map((who) => html`<li>${agent(who)}</li>`)}</ul>`;
}

/** One position. Every position gets exactly the same markup and classes, in data order: equal weight by construction. */
function position(p: Position, index: number, ctx: ControversyContext): TemplateResult {
  const { strings, locale } = ctx;
  const id = `position-${index}`;
  return html`<li part="position" class="position">
    ${heading(ctx.headingLevel + 2, p.label, 'position-label')}
    ${clamp(p.summary, ctx, `${id}-summary`, 'position-summary')}
    <div part="held-by" class="held-by"><span class="held-by-label">${strings.heldBy}:</span> ${agents(p.heldBy, 'holders')}</div>
    ${p.claims?.length
      ? html`<div class="position-claims">
          <p class="claims-label">${strings.claims}</p>
          <ul class="claim-list" role="list">
            ${p.claims.map(
              (claim, j) => html`<li>${renderClaim(claim, {
                locale, strings, headingLevel: ctx.headingLevel + 3, id: `${id}-claim-${j}`, expanded: ctx.expanded, onToggle: ctx.onToggle,
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
    <p class="event-head">${time(e.date, ctx.locale)}<span class="event-title">${e.title}</span></p>
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
  return html`<article part="base" class="controversy">
    <header part="header" class="header">
      ${heading(ctx.headingLevel, c.subject)}
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
            locale, strings, headingLevel: ctx.headingLevel + 2, listId: 'statement-list', expanded: ctx.expanded, onToggle: ctx.onToggle,
          }),
        )
      : nothing}
    ${c.status
      ? section(
          'status',
          strings.status,
          ctx,
          html`<p class="as-of">${strings.asOfStart} ${time(c.status.asOf, locale)}</p>${clamp(c.status.description, ctx, 'status', 'status-description')}`,
        )
      : nothing}
    ${c.parties?.length ? section('parties', strings.parties, ctx, agents(c.parties, 'party-list')) : nothing}
    ${sourceList(c.sources, locale, strings)}
  </article>`;
}
