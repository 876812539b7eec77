// The hand-written baseline: the same cards as <rc-review-card> and <rc-controversy-summary>, built with
// createElement / textContent / setAttribute, no validation, no Lit. Each card gets a shadow root that
// adopts the element's own style sheets (the same CSSStyleSheet objects), so the CSS and its scoping
// are identical; text is formatted with the same helpers, so the content is identical too. Only the
// structure the CSS needs is reproduced; event wiring (Show more) is left out.
import type { CSSResult } from 'lit';
import type { Agent, Claim, Controversy, Review, Score, Source } from '../src/schemas/index.js';
import { scoreBand } from '../src/schemas/index.js';
import { describeScore, scoreScaleText, scoreValueText, starCounts } from '../src/format/score.js';
import { formatIsoDate, formatNumber } from '../src/format/date.js';
import { fill, stringsFor, type UiStrings } from '../src/format/strings.js';
import { safeHref } from '../src/format/url.js';
import { CLAMP_THRESHOLD } from '../src/internal/clamp.js';

const LOCALE = 'en';
const strings: UiStrings = stringsFor(LOCALE);

function el(tag: string, cls?: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function add(parent: Element, ...children: Array<Node | string | undefined | false>): void {
  for (const child of children) if (child) parent.append(child);
}

function link(url: string | undefined, text: string, part = 'link'): Node {
  const href = safeHref(url);
  if (!href) return document.createTextNode(text);
  const a = el('a', undefined, text);
  a.setAttribute('part', part);
  a.setAttribute('href', href);
  a.setAttribute('rel', 'noopener noreferrer');
  a.setAttribute('target', '_blank');
  return a;
}

function time(iso: string): HTMLElement {
  const t = el('time', undefined, formatIsoDate(iso, LOCALE));
  t.setAttribute('datetime', iso);
  return t;
}

function heading(level: number, text: string, part = 'heading'): HTMLElement {
  const h = el(`h${Math.min(6, Math.max(1, level))}`, 'heading', text);
  h.setAttribute('part', part);
  return h;
}

function clamped(text: string, part: string, quote = false): HTMLElement[] {
  const long = text.length > CLAMP_THRESHOLD;
  const p = el('p', long ? 'clamped' : undefined, text);
  let body: HTMLElement = p;
  if (quote) {
    body = el('blockquote');
    body.append(p);
  }
  body.setAttribute('part', part);
  if (!long) return [body];
  const button = el('button', 'toggle', strings.showMore);
  button.setAttribute('type', 'button');
  button.setAttribute('aria-expanded', 'false');
  return [body, button];
}

function badge(score: Score): HTMLElement {
  const band = scoreBand(score);
  const stars = starCounts(score);
  const scale = scoreScaleText(score, LOCALE);
  const box = el('span', 'badge');
  box.setAttribute('part', 'badge');
  box.dataset.kind = score.kind;
  box.dataset.tone = band?.tone ?? 'neutral';
  box.dataset.band = band?.id ?? 'unranked';
  box.setAttribute('role', 'img');
  box.setAttribute('aria-label', describeScore(score, LOCALE, strings) + (band ? ` (${band.label})` : ''));
  const figure = el('span', 'badge-score');
  figure.setAttribute('aria-hidden', 'true');
  if (stars) add(figure, el('span', 'stars', `${'★'.repeat(stars.full)}${stars.half ? '½' : ''}${'☆'.repeat(stars.empty)}`));
  add(figure, el('span', score.kind === 'named' ? 'value value-named' : 'value', score.asWritten ?? scoreValueText(score, LOCALE)));
  if (scale && !score.asWritten) add(figure, el('span', 'scale', scale));
  add(box, figure, band && el('span', 'band', band.label), score.label && el('span', 'label', score.label));
  return box;
}

function sourceItem(s: Source): HTMLElement {
  const li = el('li');
  const cite = el('cite', 'source');
  cite.append(link(s.url, s.title ?? s.publisher ?? s.url ?? '', 'source-link'));
  li.append(cite);
  const meta = [s.title ? s.publisher : undefined, s.author].filter(Boolean).join(', ');
  if (meta) li.append(` — ${meta}`);
  if (s.datePublished) li.append(', ', time(s.datePublished));
  if (s.archivedUrl && safeHref(s.archivedUrl)) li.append(' (', link(s.archivedUrl, 'archived', 'source-link'), ')');
  if (s.note) li.append(el('span', 'source-note', ` · ${s.note}`));
  return li;
}

function sources(list: readonly Source[] | undefined, label = strings.sources): HTMLElement | undefined {
  if (!list?.length) return undefined;
  const box = el('div', 'sources');
  box.setAttribute('part', 'sources');
  const ul = el('ul');
  for (const s of list) ul.append(sourceItem(s));
  add(box, el('span', 'sources-label', `${list.length === 1 && label === strings.sources ? strings.source : label}:`), ul);
  return box;
}

function agentLine(who: Agent): HTMLElement {
  const span = el('span', 'agent');
  span.append(link(who.url, who.name));
  const details = [who.role, who.affiliation].filter(Boolean).join(', ');
  if (details) span.append(el('span', 'agent-details', `, ${details}`));
  return span;
}

export function buildReviewCard(review: Review): HTMLElement {
  const work = review.itemReviewed;
  const card = el('article', 'card');
  card.setAttribute('part', 'base');
  const header = el('header', 'header');
  const titleBlock = el('div', 'title-block');
  titleBlock.append(heading(2, work.name));
  if (work.originalName) titleBlock.append(el('p', 'original-name', fill(strings.originalTitle, { name: work.originalName })));
  const meta = el('p', 'work-meta');
  const facts = [strings.work_kind[work.kind] ?? work.kind];
  if (work.year !== undefined) facts.push(String(work.year));
  if (work.runtimeMinutes !== undefined) facts.push(fill(strings.minutes, { minutes: formatNumber(work.runtimeMinutes, LOCALE) }));
  if (work.countries?.length) facts.push(work.countries.join(', '));
  meta.textContent = facts.join(' · ');
  titleBlock.append(meta);
  if (review.author || review.publisher || review.datePublished) {
    const byline = el('p', 'byline');
    if (review.author) byline.append(`${strings.reviewBy} `, link(review.author.url, review.author.name));
    if (review.publisher) {
      const publisher = el('span', 'publisher');
      publisher.append(link(review.publisher.url, review.publisher.name));
      byline.append(review.author ? ', ' : '', publisher);
    }
    if (review.datePublished) add(byline, (review.author || review.publisher) && el('span', 'sep', ' · '), time(review.datePublished));
    titleBlock.append(byline);
  }
  header.append(titleBlock);
  if (review.reviewRating) {
    const score = el('div', 'score');
    score.append(badge(review.reviewRating));
    header.append(score);
  }
  card.append(header);
  const people = work.people ?? [];
  if (people.length) {
    const ul = el('ul', 'people');
    ul.setAttribute('aria-label', strings.people);
    for (const person of people) {
      const li = el('li');
      li.append(link(person.url, person.name));
      if (person.role) li.append(el('span', 'roles', ` — ${person.role}`));
      ul.append(li);
    }
    card.append(ul);
  }
  if (review.headline) card.append(el('p', 'headline', review.headline));
  if (review.verdict) {
    const verdict = el('p', 'verdict');
    add(verdict, el('span', 'verdict-label', `${strings.verdict}:`), ' ', el('span', undefined, review.verdict));
    card.append(verdict);
  }
  if (review.excerpt) card.append(...clamped(review.excerpt, 'excerpt', true));
  if (review.pros?.length || review.cons?.length) {
    const notes = el('div', 'notes');
    for (const [kind, items] of [['pros', review.pros], ['cons', review.cons]] as const) {
      if (!items?.length) continue;
      const box = el('div', `notes-list notes-${kind}`);
      const ul = el('ul');
      for (const item of items) ul.append(el('li', undefined, item));
      add(box, heading(3, kind === 'pros' ? strings.pros : strings.cons, 'subheading'), ul);
      notes.append(box);
    }
    card.append(notes);
  }
  if (review.extras?.length) {
    const dl = el('dl', 'extras');
    for (const extra of review.extras) {
      const row = el('div', 'extra');
      add(row, el('dt', undefined, extra.label), el('dd', undefined, extra.value));
      dl.append(row);
    }
    card.append(dl);
  }
  if (review.synopsis) {
    const block = el('div', 'synopsis-block');
    block.append(heading(3, strings.synopsis, 'subheading'), ...clamped(review.synopsis, 'synopsis'));
    card.append(block);
  }
  if (review.claims?.length) {
    const box = el('div', 'claims');
    const ul = el('ul', 'claim-list');
    for (const claim of review.claims) {
      const li = el('li');
      li.append(buildClaim(claim, 4));
      ul.append(li);
    }
    add(box, heading(3, strings.claims, 'subheading'), ul);
    card.append(box);
  }
  if (review.url || review.sources?.length) {
    const footer = el('footer', 'footer');
    if (safeHref(review.url)) {
      const p = el('p', 'review-link');
      p.append(link(review.url, strings.readReview, 'review-link'));
      footer.append(p);
    }
    add(footer, sources(review.sources));
    card.append(footer);
  }
  return card;
}

const GLYPHS = { positive: '✓', negative: '✕', mixed: '!', neutral: '?' } as const;

function assessmentItem(axis: string, a: NonNullable<Claim['verification']['verdict']>, label: string, statusLabel: string): HTMLElement {
  const li = el('li', 'assessment');
  li.setAttribute('part', axis);
  li.dataset.axis = axis;
  li.dataset.status = a.status;
  const head = el('p', 'assessment-head');
  const status = el('strong', 'status');
  add(status, el('span', 'glyph', GLYPHS.neutral), statusLabel);
  add(head, el('span', 'axis', `${label}:`), status);
  if (a.publisherLabel) head.append(el('span', 'publisher-label', a.by ? `${a.by.name}: ${a.publisherLabel}` : a.publisherLabel));
  if (a.rating) {
    const rating = el('span', 'rating');
    rating.append(badge(a.rating));
    head.append(rating);
  }
  li.append(head);
  if (a.by || a.asOf) {
    const meta = el('p', 'assessment-meta');
    if (a.by) {
      const judge = el('span', 'judge');
      judge.append(link(a.by.url, a.by.name));
      meta.append(`${strings.judgedBy} `, judge);
    }
    if (a.asOf) meta.append(a.by ? `, ${strings.asOf} ` : `${strings.asOfStart} `, time(a.asOf));
    li.append(meta);
  }
  if (a.reason) li.append(...clamped(a.reason, 'reason'));
  add(li, sources(a.evidence, strings.evidence));
  return li;
}

export function buildClaim(claim: Claim, level: number): HTMLElement {
  const article = el('article', 'claim-quote');
  article.setAttribute('part', 'claim');
  article.dataset.verdict = claim.verification.verdict?.status ?? 'not-fact-checked';
  const hidden = el('div', 'visually-hidden');
  hidden.append(heading(level, fill(strings.claimBy, { name: claim.speaker.name }), 'claim-heading'));
  const figure = el('figure', 'quote-figure');
  figure.append(...clamped(claim.text, 'quote', true));
  for (const [kind, other] of [['original', claim.original], ['translation', claim.translation]] as const) {
    if (!other) continue;
    const box = el('div', 'other-language');
    add(box, el('p', 'other-language-label', `${kind === 'original' ? strings.original : strings.translation}:`), ...clamped(other.text, kind, true));
    figure.append(box);
  }
  const caption = el('figcaption', 'speaker');
  const cite = el('cite', 'speaker-name');
  cite.append(link(claim.speaker.url, claim.speaker.name));
  add(caption, el('span', 'dash', '— '), cite);
  const details = [claim.speaker.role, claim.speaker.affiliation].filter(Boolean).join(', ');
  if (details) caption.append(el('span', 'speaker-details', `, ${details}`));
  figure.append(caption);
  add(article, hidden, figure);
  if (claim.location || claim.setting || claim.dateSaid || claim.context) {
    const context = el('div', 'context');
    const where = el('p', 'where-when');
    if (claim.location) where.append(el('span', 'location', claim.location));
    if (claim.setting) add(where, where.childNodes.length > 0 && el('span', 'sep', ' · '), el('span', 'setting', claim.setting));
    if (claim.dateSaid) {
      const said = el('span', 'date-said', `${strings.said} `);
      said.append(time(claim.dateSaid));
      add(where, where.childNodes.length > 0 && el('span', 'sep', ' · '), said);
    }
    if (where.childNodes.length) context.append(where);
    if (claim.context) context.append(...clamped(claim.context, 'note'));
    article.append(context);
  }
  if (claim.media) {
    const media = el('p', 'media', `${strings.media_kind[claim.media.kind] ?? claim.media.kind}: `);
    media.append(link(claim.media.url, claim.media.description ?? claim.media.kind));
    article.append(media);
  }
  const section = el('section', 'verification');
  const title = el('div', 'verification-title');
  title.append(heading(level + 1, strings.verification, 'verification-heading'));
  const list = el('ul', 'assessments');
  const v = claim.verification;
  if (v.verdict) list.append(assessmentItem('verdict', v.verdict, strings.verdict, strings.status_verdict[v.verdict.status] ?? v.verdict.status));
  if (v.attribution) list.append(assessmentItem('attribution', v.attribution as never, strings.attribution, strings.status_attribution[v.attribution.status] ?? v.attribution.status));
  if (v.mediaAuthenticity) list.append(assessmentItem('media-authenticity', v.mediaAuthenticity as never, strings.mediaAuthenticity, strings.status_media[v.mediaAuthenticity.status] ?? v.mediaAuthenticity.status));
  add(section, title, list);
  add(article, section, sources(claim.sources));
  if (claim.url) {
    const p = el('p', 'claim-page');
    p.append(link(claim.url, strings.claimPage));
    article.append(p);
  }
  return article;
}

function agents(list: readonly Agent[], cls: string): HTMLElement {
  const ul = el('ul', `agents ${cls}`);
  for (const who of list) {
    const li = el('li');
    li.append(agentLine(who));
    ul.append(li);
  }
  return ul;
}

function section(part: string, title: string, ...body: Array<Node | undefined>): HTMLElement {
  const s = el('section', `section ${part}`);
  s.setAttribute('part', part);
  add(s, heading(3, title, 'subheading'), ...body);
  return s;
}

export function buildControversy(c: Controversy): HTMLElement {
  const article = el('article', 'controversy');
  const header = el('header', 'header');
  header.append(heading(2, c.subject));
  if (c.about) {
    const about = el('p', 'about');
    const cite = el('cite');
    cite.append(link(c.about.url, c.about.name));
    add(about, el('span', 'about-label', `${strings.about}:`), ' ', cite, ` — ${strings.work_kind[c.about.kind] ?? c.about.kind}`);
    header.append(about);
  }
  add(article, header, ...clamped(c.summary, 'summary'));
  const positions = el('ul', 'positions');
  positions.dataset.count = String(c.positions.length);
  for (const p of c.positions) {
    const li = el('li', 'position');
    const held = el('div', 'held-by');
    add(held, el('span', 'held-by-label', `${strings.heldBy}:`), ' ', agents(p.heldBy, 'holders'));
    add(li, heading(4, p.label, 'position-label'), ...clamped(p.summary, 'position-summary'), held);
    if (p.claims?.length) {
      const box = el('div', 'position-claims');
      const ul = el('ul', 'claim-list');
      for (const claim of p.claims) {
        const item = el('li');
        item.append(buildClaim(claim, 5));
        ul.append(item);
      }
      add(box, el('p', 'claims-label', strings.claims), ul);
      li.append(box);
    }
    add(li, sources(p.sources));
    positions.append(li);
  }
  article.append(section('positions-section', strings.positions, positions));
  if (c.timeline?.length) {
    const ol = el('ol', 'events');
    for (const e of c.timeline) {
      const li = el('li', 'event');
      const head = el('p', 'event-head');
      add(head, time(e.date), el('span', 'event-title', e.title));
      li.append(head);
      if (e.description) li.append(...clamped(e.description, 'event-description'));
      add(li, sources(e.sources));
      ol.append(li);
    }
    article.append(section('timeline', strings.timeline, ol));
  }
  if (c.statements?.length) {
    const ul = el('ul', 'claim-list');
    for (const claim of c.statements) {
      const li = el('li');
      li.append(buildClaim(claim, 4));
      ul.append(li);
    }
    article.append(section('statements', strings.statements, ul));
  }
  if (c.status) {
    const asOf = el('p', 'as-of', `${strings.asOfStart} `);
    asOf.append(time(c.status.asOf));
    article.append(section('status', strings.status, asOf, ...clamped(c.status.description, 'status-description')));
  }
  if (c.parties?.length) article.append(section('parties', strings.parties, agents(c.parties, 'party-list')));
  add(article, sources(c.sources));
  return article;
}

/** A host with an open shadow root adopting `styles`, holding `content`: the hand-written card. */
export function handCard(styles: readonly CSSResult[], content: Node, tag: string): HTMLElement {
  const host = el('div', `hand-card hand-${tag}`);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = styles.map((s) => s.styleSheet!);
  root.append(content);
  return host;
}
