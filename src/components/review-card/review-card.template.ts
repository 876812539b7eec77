import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import type { Agent, Extra } from '../../schemas/common.js';
import type { Claim } from '../../schemas/claim.js';
import type { Review } from '../../schemas/review.js';
import type { Work } from '../../schemas/work.js';
import { formatIsoDate, formatNumber } from '../../format/date.js';
import { safeHref } from '../../format/url.js';
import { fill, type UiStrings } from '../../format/strings.js';
import { disclosure, disclosureButton, headingLevel, headingTag, link, sourceList } from '../../internal/templates.js';
import { clampClass, clampedText, clampToggle, isClampable } from '../../internal/clamp.js';
import { isRtlLanguage } from '../../format/language.js';
import { renderScoreBadge } from '../score-badge/score-badge.template.js';
import { renderClaimList } from '../claim-quote/claim-quote.template.js';

export interface ReviewCardOptions {
  locale: string;
  strings: UiStrings;
  /** Level of the work's title; section headings sit one below (capped at 6). */
  headingLevel: number;
  /** Ids of the clamped texts the reader has opened: `synopsis`, `excerpt`, `claim-0-text`… */
  expanded: ReadonlySet<string>;
  /** Everything open, no disclosure (the element's `density="full"`). */
  open?: boolean | undefined;
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
  // A running time keeps together ("129 min" broke as "129 / Min." at 360 px): its spaces do not break.
  if (work.runtimeMinutes !== undefined) facts.push(fill(strings.minutes, { minutes: formatNumber(work.runtimeMinutes, locale) }).replace(/ /g, '\u00a0'));
  if (work.countries?.length) facts.push(work.countries.join(', '));
  return facts;
}

const subheadingLevel = (level: number) => Math.min(6, headingLevel(level) + 1);

/** The data's own language and direction, set on text from the data (not on the UI strings around it). */
interface TextLang {
  lang: string | undefined;
  dir: 'ltr' | 'rtl' | undefined;
}

// The sections below are one template each, with text bindings; a missing optional field renders its
// section as `nothing` (one part) rather than an empty shell, and lists bind one template per item.

/**
 * At-a-glance text (the verdict, one good or bad point) longer than this many characters is clamped to
 * `--_clamp-lines: 4` (the card's styles) behind "Show more", as the claim quote clamps its words past 280.
 * In a box narrower than 40rem, where text of medium length clamps, 280 characters fill more than four
 * lines, so the button always has something to reveal; a wider card shows medium text whole (clamp.ts).
 */
export const GLANCE_THRESHOLD = 280;

/** Good or bad points shown before "Show all {count}" (a list folds only when that hides two or more). */
export const NOTES_SHOWN = 3;

/** One good or bad point; a long one is clamped in place, with its own id (`pros-0`, `cons-2`) and button. */
function noteItem(item: string, id: string, folded: boolean, options: ReviewCardOptions): TemplateResult {
  if (options.open === true || !isClampable(item, GLANCE_THRESHOLD)) return folded ? html`<li class="folded">${item}</li>` : html`<li>${item}</li>`;
  const expanded = options.expanded.has(id);
  return html`<li class=${ifDefined(folded ? 'folded' : undefined)}><p id=${id} class=${ifDefined(clampClass(item, expanded))}>${item}</p>${clampToggle(id, item, expanded, options.strings)}</li>`;
}

const NOTE_KINDS = {
  pros: { part: literal`pros`, cls: literal`notes-list notes-pros` },
  cons: { part: literal`cons`, cls: literal`notes-list notes-cons` },
} as const;

/**
 * "The good" or "The bad": long points clamped, and a long list folded after `NOTES_SHOWN` behind
 * "Show all {count}", as a review folds its claims. Folded items stay in the DOM, hidden by `.folded`, so
 * a reader without scripts (and a search engine, and copy-paste) gets them all; `density="full"` folds nothing.
 */
function notesList(kind: 'pros' | 'cons', items: readonly string[], level: number, options: ReviewCardOptions, text: TextLang) {
  const { strings } = options;
  const { part, cls } = NOTE_KINDS[kind];
  const h = headingTag(level);
  const heading = kind === 'pros' ? strings.pros : strings.cons;
  const foldable = options.open !== true && items.length > NOTES_SHOWN + 1;
  const open = !foldable || options.expanded.has(kind);
  const lis = items.map((item, i) => noteItem(item, `${kind}-${i}`, !open && i >= NOTES_SHOWN, options));
  if (foldable) {
    const count = formatNumber(items.length, options.locale);
    return staticHtml`<div part="${part}" class="${cls}">
    <${h} part="subheading" class="heading">${heading}</${h}>
    <ul id=${kind} lang=${ifDefined(text.lang)} dir=${ifDefined(text.dir)}>${lis}</ul>
    ${disclosureButton(kind, { expanded: open, label: fill(strings.showAll, { count }), openLabel: strings.showLess })}
  </div>`;
  }
  return text.lang !== undefined
    ? staticHtml`<div part="${part}" class="${cls}">
    <${h} part="subheading" class="heading">${heading}</${h}>
    <ul lang=${text.lang} dir=${ifDefined(text.dir)}>${lis}</ul>
  </div>`
    : staticHtml`<div part="${part}" class="${cls}">
    <${h} part="subheading" class="heading">${heading}</${h}>
    <ul>${lis}</ul>
  </div>`;
}

function notes(review: Review, level: number, options: ReviewCardOptions, text: TextLang) {
  const { pros, cons } = review;
  if (!pros?.length && !cons?.length) return nothing;
  return html`<div class="notes">${pros?.length ? notesList('pros', pros, level, options, text) : nothing}${cons?.length ? notesList('cons', cons, level, options, text) : nothing}</div>`;
}

function extrasList(extras: readonly Extra[] | undefined, text: TextLang) {
  if (!extras?.length) return nothing;
  const items = extras.map((extra) => html`<div class="extra"><dt>${extra.label}</dt><dd>${extra.value}</dd></div>`);
  return text.lang === undefined
    ? html`<dl part="extras" class="extras">
    ${items}
  </dl>`
    : html`<dl part="extras" class="extras" lang=${text.lang} dir=${ifDefined(text.dir)}>
    ${items}
  </dl>`;
}

/** The review's claims, each through the claim quote's own template, folded after the first few. */
function claimList(claims: readonly Claim[] | undefined, level: number, options: ReviewCardOptions) {
  if (!claims?.length) return nothing;
  const { locale, strings, expanded } = options;
  const h = headingTag(level);
  return staticHtml`<div part="claims" class="claims">
    <${h} part="subheading" class="heading">${strings.claims}</${h}>
    ${renderClaimList(claims, { locale, strings, headingLevel: level + 1, listId: 'claim-list', expanded, open: options.open })}
  </div>`;
}

/**
 * "Review by A. Critic, Outlet · 12 September 2024": each present piece is one small template. A review
 * whose source names neither its author nor its outlet says so, so a reader does not take its score for
 * the page's own.
 */
function byline(review: Review, locale: string, strings: UiStrings) {
  const { author, publisher, datePublished } = review;
  const by = author
    ? html`${strings.reviewBy} ${link(author.url, author.name)}`
    : publisher ? nothing : strings.reviewerNotNamed;
  const outlet = publisher ? html`${author ? ', ' : ''}<span class="publisher">${link(publisher.url, publisher.name)}</span>` : nothing;
  const date = datePublished
    ? html`<span class="sep" aria-hidden="true"> · </span><time datetime=${datePublished}>${formatIsoDate(datePublished, locale)}</time>`
    : nothing;
  return html`<p part="byline" class="byline">${by}${outlet}${date}</p>`;
}

function people(credits: readonly Credit[], strings: UiStrings) {
  if (!credits.length) return nothing;
  return html`<ul part="people" class="people" aria-label=${strings.people}>
          ${credits.map((c) =>
            c.roles.length
              ? html`<li>${link(c.url, c.name)}<span class="roles"> — ${c.roles.join(', ')}</span></li>`
              : html`<li>${link(c.url, c.name)}</li>`,
          )}
        </ul>`;
}

/** Text compared loosely: case, quotation marks and punctuation aside ("«Russians at War»" = "Russians at War"). */
const loose = (value: string) => value.toLocaleLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();

function headline(review: Review, text: TextLang) {
  // A headline that only repeats the work's title is not shown twice.
  if (!review.headline || loose(review.headline) === loose(review.itemReviewed.name)) return nothing;
  return text.lang === undefined
    ? html`<p part="headline" class="headline">${review.headline}</p>`
    : html`<p part="headline" class="headline" lang=${text.lang} dir=${ifDefined(text.dir)}>${review.headline}</p>`;
}

function verdict(review: Review, options: ReviewCardOptions, text: TextLang) {
  const words = review.verdict;
  if (!words) return nothing;
  const { strings } = options;
  const label = `${strings.verdict}:`;
  if (options.open !== true && isClampable(words, GLANCE_THRESHOLD)) {
    // A long verdict is clamped as a whole paragraph: its label leads the first line, so it always shows.
    const expanded = options.expanded.has('verdict');
    const cls = clampClass(words, expanded);
    return html`<p part="verdict review-verdict" id="verdict" class=${cls ? `verdict ${cls}` : 'verdict'}><span class="verdict-label">${label}</span> <span lang=${ifDefined(text.lang)} dir=${ifDefined(text.dir)}>${words}</span></p>
    ${clampToggle('verdict', words, expanded, strings)}`;
  }
  return text.lang === undefined
    ? html`<p part="verdict review-verdict" class="verdict"><span class="verdict-label">${label}</span> <span>${words}</span></p>`
    : html`<p part="verdict review-verdict" class="verdict"><span class="verdict-label">${label}</span> <span lang=${text.lang} dir=${ifDefined(text.dir)}>${words}</span></p>`;
}

function synopsis(review: Review, level: number, options: ReviewCardOptions, text: TextLang) {
  if (!review.synopsis) return nothing;
  const { strings, expanded } = options;
  const h = headingTag(level);
  return staticHtml`<div class="synopsis-block">
          <${h} part="subheading" class="heading">${strings.synopsis}</${h}>
          ${clampedText(review.synopsis, {
            id: 'synopsis', part: 'synopsis', lang: text.lang, dir: text.dir, strings,
            expanded: expanded.has('synopsis'), threshold: options.open ? Infinity : undefined,
          })}
        </div>`;
}

function reviewLink(review: Review, strings: UiStrings) {
  const reviewHref = safeHref(review.url);
  if (!reviewHref) return nothing;
  return html`<p class="review-link"><a part="review-link" href=${reviewHref} rel="noopener noreferrer" target="_blank">${strings.readReview}</a></p>`;
}

/** True when the review has more than the glance shows, so the disclosure has something to open. */
function hasMore(review: Review): boolean {
  return !!(review.excerpt || review.synopsis || review.itemReviewed.people?.length || review.extras?.length || review.claims?.length || review.sources?.length);
}

/**
 * One review of one work as a pure template. At a glance: the work, the score (the badge's own template),
 * the verdict, pros and cons, the byline and the link to the review. One disclosure away: the excerpt,
 * the synopsis, cast and crew, extras, the review's claims and its sources.
 * Shared by `<rc-review-card>` and any element that shows a review inline.
 */
export function renderReviewCard(review: Review, options: ReviewCardOptions): TemplateResult {
  const { locale, strings, expanded } = options;
  const work = review.itemReviewed;
  const lang = review.inLanguage;
  const text: TextLang = { lang, dir: lang ? (isRtlLanguage(lang) ? 'rtl' : 'ltr') : undefined };
  const sub = subheadingLevel(options.headingLevel);
  const h = headingTag(options.headingLevel);
  const more = hasMore(review);

  // The work's facts as one string: one binding, and "Documentary · 2024 · 129 min" is also what assistive
  // technology reads (separate spans with hidden separators were announced as "Documentary2024129 min").
  return staticHtml`<article part="base" class="card">
    <header part="header" class="header">
      <div class="title-block">
        <${h} part="heading" class="heading">${work.name}</${h}>
        ${work.originalName ? html`<p class="original-name">${fill(strings.originalTitle, { name: work.originalName })}</p>` : nothing}
        <p part="work-meta" class="work-meta">${workFacts(work, locale, strings).join(' · ')}</p>
      </div>
      ${review.reviewRating ? html`<div class="score">${renderScoreBadge(review.reviewRating, locale, strings)}</div>` : nothing}
    </header>
    ${headline(review, text)}
    ${verdict(review, options, text)}
    ${notes(review, sub, options, text)}
    ${byline(review, locale, strings)}
    ${reviewLink(review, strings)}
    ${more
      ? disclosure('review-more', { expanded: expanded.has('review-more'), full: options.open, label: strings.moreFromReview, openLabel: strings.hideDetails }, html`
          ${review.excerpt
            ? clampedText(review.excerpt, {
                id: 'excerpt', part: 'excerpt', textPart: 'excerpt-text', quote: true, lang, dir: text.dir, strings,
                expanded: expanded.has('excerpt'), threshold: options.open ? Infinity : undefined,
              })
            : nothing}
          ${synopsis(review, sub, options, text)}
          ${people(groupCredits(work.people), strings)}
          ${extrasList(review.extras, text)}
          ${claimList(review.claims, sub, options)}
          ${sourceList(review.sources, locale, strings)}`)
      : nothing}
  </article>`;
}
