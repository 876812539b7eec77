import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Agent, Extra } from '../../schemas/common.js';
import type { Claim } from '../../schemas/claim.js';
import type { Review } from '../../schemas/review.js';
import type { Work } from '../../schemas/work.js';
import { formatNumber } from '../../format/date.js';
import { safeHref } from '../../format/url.js';
import { fill, type UiStrings } from '../../format/strings.js';
import { heading, link, sourceList, time } from '../../internal/templates.js';
import { clampedText } from '../../internal/clamp.js';
import { isRtlLanguage } from '../../format/locale.js';
import { renderScoreBadge } from '../score-badge/score-badge.template.js';
import { renderClaimList } from '../claim-quote/claim-quote.template.js';

export interface ReviewCardOptions {
  locale: string;
  strings: UiStrings;
  /** Level of the work's title; section headings sit one below (capped at 6). */
  headingLevel: number;
  /** Ids of the clamped texts the reader has opened: `synopsis`, `excerpt`, `claim-0-text`… */
  expanded: ReadonlySet<string>;
  /** Toggles one clamped text; the host keeps `expanded` and re-renders. */
  onToggle: (id: string) => void;
}

/** One person with every role they hold on the work: "Anastasia Trofimova — Director, Writer". */
export interface Credit {
  name: string;
  url?: string | undefined;
  roles: string[];
}

/**
 * Cast and crew grouped by person, in first-appearance order, so a director who also wrote is listed once.
 * People with the same name but different links are kept apart.
 */
export function groupCredits(people: readonly Agent[] | undefined): Credit[] {
  const credits = new Map<string, Credit>();
  for (const person of people ?? []) {
    const key = `${person.name}\n${person.url ?? ''}`;
    let credit = credits.get(key);
    if (!credit) {
      credit = { name: person.name, url: person.url, roles: [] };
      credits.set(key, credit);
    }
    if (person.role && !credit.roles.includes(person.role)) credit.roles.push(person.role);
  }
  return [...credits.values()];
}

/** "Documentary · 2024 · 129 min · Canada, France": the work's kind and facts, as short text items. */
export function workFacts(work: Work, locale: string, strings: UiStrings): string[] {
  const facts = [strings.work_kind[work.kind] ?? work.kind];
  // The year is a name, not a quantity: no grouping separator ("2024", never "2,024").
  if (work.year !== undefined) facts.push(String(work.year));
  if (work.runtimeMinutes !== undefined) facts.push(fill(strings.minutes, { minutes: formatNumber(work.runtimeMinutes, locale) }));
  if (work.countries?.length) facts.push(work.countries.join(', '));
  return facts;
}

const subheadingLevel = (level: number) => Math.min(6, Math.max(1, Math.round(level) || 2) + 1);

/** The data's own language and direction, set on text from the data (not on the UI strings around it). */
interface TextLang {
  lang: string | undefined;
  dir: 'ltr' | 'rtl' | undefined;
}

function notes(items: readonly string[] | undefined, kind: 'pros' | 'cons', level: number, strings: UiStrings, text: TextLang) {
  if (!items?.length) return nothing;
  return html`<div part=${kind} class="notes-list notes-${kind}">
    ${heading(level, kind === 'pros' ? strings.pros : strings.cons, 'subheading')}
    <ul lang=${ifDefined(text.lang)} dir=${ifDefined(text.dir)}>${items.map((item) => html`<li>${item}</li>`)}</ul>
  </div>`;
}

function extrasList(extras: readonly Extra[] | undefined, text: TextLang) {
  if (!extras?.length) return nothing;
  return html`<dl part="extras" class="extras" lang=${ifDefined(text.lang)} dir=${ifDefined(text.dir)}>
    ${extras.map((extra) => html`<div class="extra"><dt>${extra.label}</dt><dd>${extra.value}</dd></div>`)}
  </dl>`;
}

/** The review's claims, each through the claim quote's own template, folded after the first few. */
function claimList(claims: readonly Claim[] | undefined, level: number, options: ReviewCardOptions) {
  if (!claims?.length) return nothing;
  const { locale, strings, expanded, onToggle } = options;
  return html`<div part="claims" class="claims">
    ${heading(level, options.strings.claims, 'subheading')}
    ${renderClaimList(claims, { locale, strings, headingLevel: level + 1, listId: 'claim-list', expanded, onToggle })}
  </div>`;
}

function byline(review: Review, locale: string, strings: UiStrings) {
  const { author, publisher, datePublished } = review;
  if (!author && !publisher && !datePublished) return nothing;
  return html`<p part="byline" class="byline">${author ? html`${strings.reviewBy} ${link(author.url, author.name)}` : nothing}${
    publisher ? html`${author ? ', ' : ''}<span class="publisher">${link(publisher.url, publisher.name)}</span>` : nothing
  }${datePublished ? html`${author || publisher ? html`<span class="sep" aria-hidden="true"> · </span>` : nothing}${time(datePublished, locale)}` : nothing}</p>`;
}

/**
 * One review of one work as a pure template: the work, the byline, the score (the badge's own template),
 * the verdict, pros and cons, extras, synopsis and excerpt (clamped), claims and sources.
 * Shared by `<rc-review-card>` and any element that shows a review inline.
 */
export function renderReviewCard(review: Review, options: ReviewCardOptions): TemplateResult {
  const { locale, strings, headingLevel, expanded, onToggle } = options;
  const work = review.itemReviewed;
  const credits = groupCredits(work.people);
  const lang = review.inLanguage;
  const text: TextLang = { lang, dir: lang ? (isRtlLanguage(lang) ? 'rtl' : 'ltr') : undefined };
  const sub = subheadingLevel(headingLevel);
  const reviewHref = safeHref(review.url);

  return html`<article part="base" class="card">
    <header part="header" class="header">
      <div class="title-block">
        ${heading(headingLevel, work.name)}
        ${work.originalName ? html`<p class="original-name">${fill(strings.originalTitle, { name: work.originalName })}</p>` : nothing}
        <p part="work-meta" class="work-meta">${workFacts(work, locale, strings).map(
          (fact, i) => html`${i ? html`<span class="sep" aria-hidden="true"> · </span>` : nothing}<span>${fact}</span>`,
        )}</p>
        ${byline(review, locale, strings)}
      </div>
      ${review.reviewRating ? html`<div class="score">${renderScoreBadge(review.reviewRating, locale, strings)}</div>` : nothing}
    </header>
    ${credits.length
      ? html`<ul part="people" class="people" aria-label=${strings.people}>
          ${credits.map(
            (c) => html`<li>${link(c.url, c.name)}${c.roles.length ? html`<span class="roles"> — ${c.roles.join(', ')}</span>` : nothing}</li>`,
          )}
        </ul>`
      : nothing}
    ${review.headline ? html`<p part="headline" class="headline" lang=${ifDefined(lang)} dir=${ifDefined(text.dir)}>${review.headline}</p>` : nothing}
    ${review.verdict
      ? html`<p part="verdict" class="verdict"><span class="verdict-label">${strings.verdict}:</span> <span lang=${ifDefined(lang)} dir=${ifDefined(text.dir)}>${review.verdict}</span></p>`
      : nothing}
    ${review.excerpt
      ? clampedText(review.excerpt, {
          id: 'excerpt', part: 'excerpt', textPart: 'excerpt-text', quote: true, lang, dir: text.dir, strings,
          expanded: expanded.has('excerpt'), onToggle: () => onToggle('excerpt'),
        })
      : nothing}
    ${review.pros?.length || review.cons?.length
      ? html`<div class="notes">${notes(review.pros, 'pros', sub, strings, text)}${notes(review.cons, 'cons', sub, strings, text)}</div>`
      : nothing}
    ${extrasList(review.extras, text)}
    ${review.synopsis
      ? html`<div class="synopsis-block">
          ${heading(sub, strings.synopsis, 'subheading')}
          ${clampedText(review.synopsis, {
            id: 'synopsis', part: 'synopsis', lang, dir: text.dir, strings,
            expanded: expanded.has('synopsis'), onToggle: () => onToggle('synopsis'),
          })}
        </div>`
      : nothing}
    ${claimList(review.claims, sub, options)}
    ${reviewHref || review.sources?.length
      ? html`<footer class="footer">
          ${reviewHref ? html`<p class="review-link">${link(reviewHref, strings.readReview, 'review-link')}</p>` : nothing}
          ${sourceList(review.sources, locale, strings)}
        </footer>`
      : nothing}
  </article>`;
}
