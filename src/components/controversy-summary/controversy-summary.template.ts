import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { Agent } from '../../schemas/common.js';
import type { Controversy, Position, TimelineEvent } from '../../schemas/controversy.js';
import type { Work } from '../../schemas/work.js';
import type { UiStrings } from '../../format/strings.js';
import { clampedText } from '../../internal/clamp.js';
import { disclosure, disclosureButton, headingTag, link, sourceList } from '../../internal/templates.js';
import { formatIsoDate } from '../../format/date.js';
import { renderClaim, renderClaimList } from '../claim-quote/claim-quote.template.js';

/** What the controversy template needs from its element. */
export interface ControversyContext {
  locale: string;
  strings: UiStrings;
  /** Level of the subject's heading; section headings are one below, position labels two below. */
  headingLevel: number;
  /** Ids of the clamped texts and disclosures the reader has expanded. */
  expanded: ReadonlySet<string>;
  /** Everything open, no disclosure (the element's `density="full"`). */
  open?: boolean | undefined;
}

/** Summaries are clamped sooner than the card default, so the controversy's first screen holds its positions. */
const SUMMARY_THRESHOLD = 200;

function clamp(text: string, ctx: ControversyContext, id: string, part: string, threshold?: number): TemplateResult {
  return clampedText(text, { id, expanded: ctx.open === true || ctx.expanded.has(id), strings: ctx.strings, part, threshold: ctx.open ? Infinity : threshold });
}

/** A disclosure of this controversy, open when the reader opened it or `density="full"`. */
function fold(id: string, ctx: ControversyContext, label: string, body: unknown): TemplateResult {
  return disclosure(id, { expanded: ctx.expanded.has(id), full: ctx.open, label, openLabel: ctx.strings.hideDetails }, body);
}

/** Statements shown before "Show all {count} statements": two claim quotes keep the first screens short. */
export const STATEMENTS_SHOWN = 2;

/** Holders shown by name in a position's glance line; the rest are counted ("+3") and listed in its fold. */
export const HOLDERS_SHOWN = 3;

/** "Held by A, B, C +3": who holds a position is always visible, names only. */
function holdersLine(list: readonly Agent[], strings: UiStrings): TemplateResult {
  const names = list.slice(0, HOLDERS_SHOWN).map((a) => a.name).join(', ');
  const rest = list.length - HOLDERS_SHOWN;
  return html`<p part="held-by" class="held-by"><span class="held-by-label">${strings.heldBy}:</span> ${names}${rest > 0 ? ` +${rest}` : ''}</p>`;
}

/** "Parties (4) · Sources (5)": what a fold holds. */
function countLabel(parts: Array<[string, number]>): string {
  return parts.filter(([, n]) => n > 0).map(([label, n]) => `${label} (${n})`).join(' · ');
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

/**
 * One position. Every position gets exactly the same markup and classes, in data order: equal weight by
 * construction. At a glance: its label, its summary (clamped) and who holds it; its holders in full, its
 * claims and its sources one disclosure away.
 */
function position(p: Position, index: number, ctx: ControversyContext): TemplateResult {
  const { strings, locale } = ctx;
  const id = `position-${index}`;
  const h = headingTag(ctx.headingLevel + 2);
  const label = strings.moreOnPosition;
  return staticHtml`<li part="position" class="position">
    <${h} part="position-label" class="heading">${p.label}</${h}>
    ${clamp(p.summary, ctx, `${id}-summary`, 'position-summary', SUMMARY_THRESHOLD)}
    ${holdersLine(p.heldBy, strings)}
    ${fold(`${id}-more`, ctx, label, html`
      ${agents(p.heldBy, 'holders')}
      ${p.claims?.length
        ? html`<ul class="claim-list" role="list">
            ${p.claims.map(
              (claim, j) => html`<li>${renderClaim(claim, {
                locale, strings, headingLevel: ctx.headingLevel + 3, id: `${id}-claim-${j}`, expanded: ctx.expanded, open: ctx.open, compact: true,
              })}</li>`,
            )}
          </ul>`
        : nothing}
      ${sourceList(p.sources, locale, strings)}`)}
  </li>`;
}

/** One dated event: its date and title at a glance; its description and sources in the timeline's fold. */
function event(e: TimelineEvent, index: number, ctx: ControversyContext): TemplateResult {
  return html`<li part="event" class="event">
    <p class="event-head"><time datetime=${e.date}>${formatIsoDate(e.date, ctx.locale)}</time><span class="event-title">${e.title}</span></p>
    <div class=${ctx.open === true || ctx.expanded.has('timeline-more') ? 'event-more' : 'event-more folded'}>
      ${e.description ? clamp(e.description, ctx, `event-${index}`, 'event-description') : nothing}
      ${sourceList(e.sources, ctx.locale, ctx.strings)}
    </div>
  </li>`;
}

/** The timeline as a compact list of dates and titles; one button shows every event's account and sources. */
function timeline(events: readonly TimelineEvent[], ctx: ControversyContext): TemplateResult {
  const { strings } = ctx;
  return html`<ol class="events" id="timeline-more">${events.map((e, i) => event(e, i, ctx))}</ol>
    ${disclosureButton('timeline-more', { expanded: ctx.expanded.has('timeline-more'), full: ctx.open, label: strings.eventDetails, openLabel: strings.hideDetails })}`;
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
    ${clamp(c.summary, ctx, 'summary', 'summary', SUMMARY_THRESHOLD)}
    ${section(
      'positions-section',
      strings.positions,
      ctx,
      html`<ul part="positions" class="positions" role="list" data-count=${c.positions.length}>
        ${c.positions.map((p, i) => position(p, i, ctx))}
      </ul>`,
    )}
    ${c.timeline?.length ? section('timeline', strings.timeline, ctx, timeline(c.timeline, ctx)) : nothing}
    ${c.statements?.length
      ? section(
          'statements',
          strings.statements,
          ctx,
          renderClaimList(c.statements, {
            locale, strings, headingLevel: ctx.headingLevel + 2, listId: 'statement-list', expanded: ctx.expanded, open: ctx.open, shown: STATEMENTS_SHOWN, showAllLabel: strings.showAllStatements,
          }),
        )
      : nothing}
    ${c.status
      ? section(
          'status',
          strings.status,
          ctx,
          html`<p class="as-of">${`${strings.asOfStart} `}<time datetime=${c.status.asOf}>${formatIsoDate(c.status.asOf, locale)}</time></p>${clamp(c.status.description, ctx, 'status', 'status-description', SUMMARY_THRESHOLD)}`,
        )
      : nothing}
    ${fold('controversy-more', ctx, countLabel([[strings.parties, c.parties?.length ?? 0], [strings.sources, c.sources.length]]), html`
      ${c.parties?.length ? section('parties', strings.parties, ctx, agents(c.parties, 'party-list')) : nothing}
      ${sourceList(c.sources, locale, strings)}`)}
  </article>`;
}

