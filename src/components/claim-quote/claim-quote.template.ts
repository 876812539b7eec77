import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { formatIsoDate, formatNumber } from '../../format/date.js';
import type { Agent } from '../../schemas/common.js';
import type { Assessment, AttributionStatus, Claim, MediaAuthenticityStatus, VerdictStatus } from '../../schemas/claim.js';
import { fill, plural, type UiStrings } from '../../format/strings.js';
import { isRtlLanguage, languageName } from '../../format/locale.js';
import { clampedText } from '../../internal/clamp.js';
import { headingTag, link, sourceList } from '../../internal/templates.js';
import { renderScoreBadge } from '../score-badge/score-badge.template.js';

/** How a status reads. Colour follows it, but the status label (text) always carries the meaning. */
export type VerificationTone = 'positive' | 'neutral' | 'mixed' | 'negative';

const VERDICT_TONES: Record<VerdictStatus, VerificationTone> = {
  documented: 'positive',
  verified: 'positive',
  true: 'positive',
  'mostly-true': 'positive',
  mixed: 'mixed',
  disputed: 'mixed',
  unverified: 'neutral',
  opinion: 'neutral',
  satire: 'neutral',
  'research-in-progress': 'neutral',
  outdated: 'neutral',
  misleading: 'negative',
  'mostly-false': 'negative',
  false: 'negative',
};

const ATTRIBUTION_TONES: Record<AttributionStatus, VerificationTone> = {
  confirmed: 'positive',
  purported: 'mixed',
  unverified: 'neutral',
  disputed: 'mixed',
  misattributed: 'negative',
};

const MEDIA_TONES: Record<MediaAuthenticityStatus, VerificationTone> = {
  original: 'positive',
  unverified: 'neutral',
  'satire-or-parody': 'neutral',
  decontextualized: 'negative',
  'edited-or-cropped': 'negative',
  transformed: 'negative',
  staged: 'negative',
};

/** Tone of a verdict status: documented/verified/true read positive, misleading/false negative, the rest neutral or mixed. */
export function verdictTone(status: VerdictStatus): VerificationTone {
  return VERDICT_TONES[status] ?? 'neutral';
}

/** Tone of an attribution status: confirmed positive, misattributed negative, purported/disputed mixed. */
export function attributionTone(status: AttributionStatus): VerificationTone {
  return ATTRIBUTION_TONES[status] ?? 'neutral';
}

/** Tone of a media-authenticity status: original positive, altered or staged media negative. */
export function mediaTone(status: MediaAuthenticityStatus): VerificationTone {
  return MEDIA_TONES[status] ?? 'neutral';
}

/** A shape beside the status label, so tone is not carried by colour alone (hidden from assistive technology). */
const GLYPHS: Record<VerificationTone, string> = { positive: '✓', negative: '✕', mixed: '!', neutral: '?' };

/** What a claim template needs from the element that renders it. */
export interface ClaimContext {
  /** Locale for dates, numbers and language names. */
  locale: string;
  strings: UiStrings;
  /**
   * Level of the claim's own heading ("Claim by …", visually hidden); its "Verification" heading is one level
   * below. Without it the claim renders no headings (e.g. inside a list that has its own).
   */
  headingLevel?: number | undefined;
  /** Prefix for the ids inside the shadow root; must be unique per claim there. Default `claim`. */
  id?: string | undefined;
  /** Ids of the clamped texts the reader has expanded. */
  expanded: ReadonlySet<string>;
  /** Part name of the claim's root box: `base` in `<rc-claim-quote>`, `claim` (default) when embedded. */
  part?: string | undefined;
}

/** `dir` for text in a known language; `auto` when the language is not given. */
function dirFor(tag: string | undefined): 'ltr' | 'rtl' | 'auto' {
  if (!tag) return 'auto';
  return isRtlLanguage(tag) ? 'rtl' : 'ltr';
}

const OPENING_QUOTES = '"“„«‹「『‘‚\'';
const CLOSING_QUOTES = '"”“»›」』’‘\'';

/** True when the words already stand in quotation marks ("…", «…», „…“), trailing punctuation aside. */
export function hasOwnQuotes(text: string): boolean {
  const t = text.trim().replace(/[.,;:!?…]+$/u, '');
  return t.length > 1 && OPENING_QUOTES.includes(t[0]!) && CLOSING_QUOTES.includes(t[t.length - 1]!);
}

function clamp(text: string, ctx: ClaimContext, key: string, part: string, extra: { quote?: boolean; textPart?: string; lang?: string | undefined } = {}) {
  const id = `${ctx.id ?? 'claim'}-${key}`;
  return clampedText(text, {
    id,
    expanded: ctx.expanded.has(id),
    strings: ctx.strings,
    part,
    quote: extra.quote,
    ownQuotes: extra.quote ? hasOwnQuotes(text) : undefined,
    textPart: extra.textPart,
    lang: extra.lang,
    dir: extra.lang !== undefined || extra.quote ? dirFor(extra.lang) : undefined,
  });
}

/** The speaker as "Name, Role, Affiliation", the name in `<cite>` and linked when it has a safe URL. */
function speakerLine(who: Agent): TemplateResult {
  const details = [who.role, who.affiliation].filter(Boolean).join(', ');
  return details
    ? html`<cite class="speaker-name">${link(who.url, who.name)}</cite><span class="speaker-details">, ${details}</span>`
    : html`<cite class="speaker-name">${link(who.url, who.name)}</cite>`;
}

/** "Judged by X, as of 12 September 2024" (either half may be missing). */
function judgedLine(a: Assessment, ctx: ClaimContext): TemplateResult | typeof nothing {
  if (!a.by && !a.asOf) return nothing;
  const { strings, locale } = ctx;
  // Role and affiliation as one string, and the words before the date as another: one binding each.
  const by = a.by
    ? html`${strings.judgedBy} <span class="judge">${link(a.by.url, a.by.name)}${[a.by.role, a.by.affiliation].filter(Boolean).map((d) => `, ${d}`).join('')}</span>`
    : nothing;
  if (!a.asOf) return html`<p class="assessment-meta">${by}</p>`;
  const lead = a.by ? `, ${strings.asOf} ` : `${strings.asOfStart} `;
  return html`<p class="assessment-meta">${by}${lead}<time datetime=${a.asOf}>${formatIsoDate(a.asOf, locale)}</time></p>`;
}

type Axis = 'attribution' | 'media-authenticity' | 'verdict';

/** One of the three separate verification statements. */
function assessment(axis: Axis, a: Assessment, label: string, statusLabel: string, tone: VerificationTone, ctx: ClaimContext): TemplateResult {
  const { strings, locale } = ctx;
  const publisher = a.publisherLabel ? (a.by ? `${a.by.name}: ${a.publisherLabel}` : a.publisherLabel) : undefined;
  return html`<li part=${axis} class="assessment" data-axis=${axis} data-status=${a.status} data-tone=${tone}>
    <p class="assessment-head">
      <span class="axis">${label}:</span>
      <strong part=${axis === 'verdict' ? 'verdict-status' : `${axis}-status`} class="status"><span class="glyph" aria-hidden="true">${GLYPHS[tone]}</span>${statusLabel}</strong>
      ${publisher ? html`<span class="publisher-label">${publisher}</span>` : nothing}
      ${a.rating ? html`<span class="rating">${renderScoreBadge(a.rating, locale, strings)}</span>` : nothing}
    </p>
    ${judgedLine(a, ctx)}
    ${a.reason ? clamp(a.reason, ctx, `${axis}-reason`, 'reason') : nothing}
    ${sourceList(a.evidence, locale, strings, strings.evidence, 'evidence')}
  </li>`;
}

/** The verdict first and prominent, then who said it and whether the media is original; never absent. */
function verification(claim: Claim, ctx: ClaimContext): TemplateResult {
  const { strings } = ctx;
  const v = claim.verification;
  const level = ctx.headingLevel;
  return html`<section part="verification" class="verification">
    ${level !== undefined
      ? staticHtml`<div class="verification-title"><${headingTag(level + 1)} part="verification-heading" class="heading">${strings.verification}</${headingTag(level + 1)}></div>`
      : html`<p class="verification-title">${strings.verification}</p>`}
    <ul class="assessments" role="list">
      ${assessment('verdict', v.verdict, strings.verdict, strings.status_verdict[v.verdict.status] ?? v.verdict.status, verdictTone(v.verdict.status), ctx)}
      ${v.attribution
        ? assessment('attribution', v.attribution, strings.attribution, strings.status_attribution[v.attribution.status] ?? v.attribution.status, attributionTone(v.attribution.status), ctx)
        : nothing}
      ${v.mediaAuthenticity
        ? assessment('media-authenticity', v.mediaAuthenticity, strings.mediaAuthenticity, strings.status_media[v.mediaAuthenticity.status] ?? v.mediaAuthenticity.status, mediaTone(v.mediaAuthenticity.status), ctx)
        : nothing}
    </ul>
  </section>`;
}

/** The words in another language: the original, or a translation. */
function otherLanguage(kind: 'original' | 'translation', text: string, lang: string, by: Agent | undefined, ctx: ClaimContext): TemplateResult {
  const { strings, locale } = ctx;
  const label = fill(strings.inLanguage, { label: kind === 'original' ? strings.original : strings.translation, language: languageName(lang, locale) });
  return html`<div class="other-language" data-kind=${kind}>
    <p class="other-language-label">${label}${by ? html`, ${strings.translatedBy} ${link(by.url, by.name)}` : nothing}:</p>
    ${clamp(text, ctx, kind, kind, { quote: true, lang })}
  </div>`;
}

/** Where, in what setting, and when it was said, as one line. */
function whereWhen(claim: Claim, ctx: ClaimContext): TemplateResult | typeof nothing {
  const { location, setting, dateSaid } = claim;
  if (!location && !setting && !dateSaid) return nothing;
  // Each piece is one template with its separator inside it, instead of a template per piece and per separator.
  const loc = location ? html`<span class="location">${location}</span>` : nothing;
  const set = !setting
    ? nothing
    : location
      ? html`<span class="sep" aria-hidden="true"> · </span><span class="setting">${setting}</span>`
      : html`<span class="setting">${setting}</span>`;
  const label = `${ctx.strings.said} `;
  const when = !dateSaid
    ? nothing
    : location || setting
      ? html`<span class="sep" aria-hidden="true"> · </span><span class="date-said">${label}<time datetime=${dateSaid}>${formatIsoDate(dateSaid, ctx.locale)}</time></span>`
      : html`<span class="date-said">${label}<time datetime=${dateSaid}>${formatIsoDate(dateSaid, ctx.locale)}</time></span>`;
  return html`<p class="where-when">${loc}${set}${when}</p>`;
}

function media(claim: Claim, ctx: ClaimContext): TemplateResult | typeof nothing {
  const m = claim.media;
  if (!m) return nothing;
  const kind = ctx.strings.media_kind[m.kind] ?? m.kind;
  const body = m.url
    ? m.description ? html`${kind}: ${link(m.url, m.description)}` : link(m.url, kind)
    : m.description ? html`${kind}: ${m.description}` : kind;
  return html`<p part="media" class="media" data-kind=${m.kind}>${body}</p>`;
}

/**
 * One quoted claim as a pure template: the words (with their language and direction), the original and
 * translation, who said them, where and when, the media, sources, and the verification — always rendered,
 * with the verdict first. Shared by `<rc-claim-quote>`, `<rc-controversy-summary>` and `<rc-review-card>`;
 * the host adopts `tokenStyles`, `baseStyles`, `scoreBadgeStyles` and `claimQuoteStyles`.
 */
export function renderClaim(claim: Claim, ctx: ClaimContext): TemplateResult {
  const { strings, locale } = ctx;
  const level = ctx.headingLevel;
  return html`<article part=${ctx.part ?? 'claim'} class="claim-quote" data-verdict=${claim.verification.verdict.status}
    data-tone=${verdictTone(claim.verification.verdict.status)}>
    ${level !== undefined ? staticHtml`<div class="visually-hidden"><${headingTag(level)} part="claim-heading" class="heading">${fill(strings.claimBy, { name: claim.speaker.name })}</${headingTag(level)}></div>` : nothing}
    <figure class="quote-figure">
      ${clamp(claim.text, ctx, 'text', 'quote', { quote: true, textPart: 'text', lang: claim.inLanguage })}
      ${claim.original ? otherLanguage('original', claim.original.text, claim.original.inLanguage, undefined, ctx) : nothing}
      ${claim.translation ? otherLanguage('translation', claim.translation.text, claim.translation.inLanguage, claim.translation.by, ctx) : nothing}
      <figcaption part="speaker" class="speaker"><span class="dash" aria-hidden="true">— </span>${speakerLine(claim.speaker)}</figcaption>
    </figure>
    ${claim.location || claim.setting || claim.dateSaid || claim.context
      ? html`<div part="context" class="context">${whereWhen(claim, ctx)}${claim.context ? clamp(claim.context, ctx, 'context', 'note') : nothing}</div>`
      : nothing}
    ${media(claim, ctx)}
    ${verification(claim, ctx)}
    ${sourceList(claim.sources, locale, strings)}
    ${claim.url ? html`<p class="claim-page">${link(claim.url, strings.claimPage)}</p>` : nothing}
  </article>`;
}

/** Claims shown before a "Show all claims" button; a thread or a controversy can quote dozens. */
export const CLAIMS_SHOWN = 3;

/**
 * A list of claims, each through `renderClaim`, folded after `CLAIMS_SHOWN` behind a real button.
 * Every claim is rendered and the folded ones hidden by CSS (`.folded`), so a server-rendered page read
 * without JavaScript, where the button cannot work, shows them all (`@media (scripting: none)`).
 */
export function renderClaimList(
  claims: readonly Claim[],
  ctx: Omit<ClaimContext, 'id' | 'expanded'> & { listId: string; expanded: ReadonlySet<string> },
): TemplateResult {
  const { locale, strings, expanded, listId } = ctx;
  const foldable = claims.length > CLAIMS_SHOWN + 1;
  const open = !foldable || expanded.has(listId);
  return html`<ul class="claim-list" id=${listId} role="list">${claims.map(
      (claim, i) => {
        const body = renderClaim(claim, { locale, strings, headingLevel: ctx.headingLevel, id: `${listId}-${i}`, expanded });
        return open || i < CLAIMS_SHOWN ? html`<li>${body}</li>` : html`<li class="folded">${body}</li>`;
      },
    )}</ul>
    ${foldable
      ? html`<button class="toggle" part="toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${listId}>
          ${open ? strings.showFewerClaims : plural(strings.showAllClaims, claims.length, locale, formatNumber(claims.length, locale))}
        </button>`
      : nothing}`;
}
