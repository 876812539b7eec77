import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { formatIsoDate, formatNumber } from '../../format/date.js';
import type { Agent } from '../../schemas/common.js';
import type { Assessment, AttributionStatus, Claim, MediaAuthenticityStatus, VerdictStatus } from '../../schemas/claim.js';
import { fill, type Plural, type UiStrings } from '../../format/strings.js';
import { plural } from '../../format/plural.js';
import { isRtlLanguage, languageName } from '../../format/language.js';
import { clampedText } from '../../internal/clamp.js';
import { disclosure, headingTag, link, sourceList } from '../../internal/templates.js';
import { renderScoreBadge } from '../score-badge/score-badge.template.js';

/**
 * How a status reads. Colour follows it, but the status word (text) and its glyph always carry the meaning.
 * `opinion` is its own tone: a characterisation is not rated for truth, so it must not look unverified.
 */
export type VerificationTone = 'positive' | 'neutral' | 'mixed' | 'negative' | 'opinion';

const VERDICT_TONES: Record<VerdictStatus, VerificationTone> = {
  documented: 'positive',
  verified: 'positive',
  true: 'positive',
  'mostly-true': 'positive',
  mixed: 'mixed',
  disputed: 'mixed',
  unverified: 'neutral',
  opinion: 'opinion',
  satire: 'opinion',
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

/** A shape beside a status word, so tone is not carried by colour alone (hidden from assistive technology). */
const TONE_GLYPHS: Record<VerificationTone, string> = { positive: '✓', negative: '✕', mixed: '!', neutral: '?', opinion: '◇' };

/** One shape per verdict, so distinct statuses look distinct (an opinion is not a question mark). */
const GLYPHS: Record<VerdictStatus, string> = {
  documented: '✓', verified: '✓', true: '✓', 'mostly-true': '✓',
  mixed: '◐', disputed: '⇄', unverified: '?', 'research-in-progress': '…', outdated: '↺',
  misleading: '!', 'mostly-false': '!', false: '✕', opinion: '◇', satire: '≈',
};

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
  /** Everything open, no disclosure (the element's `density="full"`). */
  open?: boolean | undefined;
  /** A claim in a list (a review's claims, a controversy's statements): where and when move into its fold. */
  compact?: boolean | undefined;
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

/** Words longer than this are clamped to a few lines at first, so a claim fits about one phone screen. */
export const WORDS_THRESHOLD = 280;

function clamp(text: string, ctx: ClaimContext, key: string, part: string, extra: { quote?: boolean; textPart?: string; lang?: string | undefined; threshold?: number } = {}) {
  const id = `${ctx.id ?? 'claim'}-${key}`;
  return clampedText(text, {
    id,
    expanded: ctx.expanded.has(id),
    strings: ctx.strings,
    part,
    quote: extra.quote,
    ownQuotes: extra.quote ? hasOwnQuotes(text) : undefined,
    textPart: extra.textPart,
    threshold: ctx.open ? Infinity : extra.threshold,
    lang: extra.lang,
    dir: extra.lang !== undefined || extra.quote ? dirFor(extra.lang) : undefined,
  });
}

/** The speaker as "Name, Role, Affiliation", the name in `<cite>` and linked when it has a safe URL. */
function speakerLine(who: Agent): TemplateResult {
  // A role or affiliation the name already says ("UN" for "UN spokesperson") is not repeated.
  const name = who.name.toLowerCase();
  const details = [who.role, who.affiliation].filter((d): d is string => !!d && !name.includes(d.toLowerCase())).join(', ');
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
  return html`<li part=${axis} class="assessment" data-axis=${axis} data-status=${a.status} data-tone=${tone}>
    <p class="assessment-head">
      <span class="axis">${label}:</span>
      <strong part=${axis === 'verdict' ? 'verdict-status' : `${axis}-status`} class="status"><span class="glyph" aria-hidden="true">${axis === 'verdict' ? GLYPHS[a.status as VerdictStatus] : TONE_GLYPHS[tone]}</span>${statusLabel}</strong>
      ${a.rating ? html`<span class="rating">${renderScoreBadge(a.rating, locale, strings)}</span>` : nothing}
    </p>
    ${judgedLine(a, ctx)}
    ${a.reason ? clamp(a.reason, ctx, `${axis}-reason`, 'reason') : nothing}
    ${sourceList(a.evidence, locale, strings, strings.evidence, 'evidence')}
  </li>`;
}

/** The three axes in full (who judged, as of when, why, evidence), behind the claim's disclosure. */
function verification(claim: Claim, ctx: ClaimContext): TemplateResult | typeof nothing {
  const { strings } = ctx;
  const v = claim.verification;
  if (!v.verdict && !v.attribution && !v.mediaAuthenticity) return nothing;
  const level = ctx.headingLevel;
  return html`<section part="verification" class="verification">
    ${level !== undefined
      ? staticHtml`<div class="verification-title"><${headingTag(level + 1)} part="verification-heading" class="heading">${strings.verification}</${headingTag(level + 1)}></div>`
      : html`<p class="verification-title">${strings.verification}</p>`}
    <ul class="assessments" role="list">
      ${v.verdict
        ? assessment('verdict', v.verdict, strings.verdict, statusWord(v.verdict, strings.status_verdict), verdictTone(v.verdict.status), ctx)
        : nothing}
      ${v.attribution
        ? assessment('attribution', v.attribution, strings.attribution, strings.status_attribution[v.attribution.status] ?? v.attribution.status, attributionTone(v.attribution.status), ctx)
        : nothing}
      ${v.mediaAuthenticity
        ? assessment('media-authenticity', v.mediaAuthenticity, strings.mediaAuthenticity, strings.status_media[v.mediaAuthenticity.status] ?? v.mediaAuthenticity.status, mediaTone(v.mediaAuthenticity.status), ctx)
        : nothing}
    </ul>
  </section>`;
}

/** A judge's status in words: the judge's own label when it gives one ("Pants on Fire"), else ours for the status. */
function statusWord(a: Assessment, names: Record<string, string>): string {
  return a.publisherLabel ?? names[a.status] ?? a.status;
}

/** "by X, 12 September 2024" after the status chip (either half may be missing). */
function judgeAndDate(a: Assessment, ctx: ClaimContext): TemplateResult | typeof nothing {
  const { strings, locale } = ctx;
  if (!a.by && !a.asOf) return nothing;
  const date = a.asOf ? html`<time datetime=${a.asOf}>${formatIsoDate(a.asOf, locale)}</time>` : nothing;
  return a.by
    ? html`<span class="check-judge">${strings.judgedBy} ${link(a.by.url, a.by.name)}${a.asOf ? ', ' : ''}${date}</span>`
    : html`<span class="check-judge">${strings.asOfStart} ${date}</span>`;
}

/**
 * The verification at a glance, one line: the verdict (icon, word, colour) with who judged it and as of
 * when; with no verdict, a neutral "Not fact-checked" and whichever other axis a named party judged.
 */
function checkLine(claim: Claim, ctx: ClaimContext): TemplateResult {
  const { strings } = ctx;
  const { verdict, attribution, mediaAuthenticity } = claim.verification;
  if (verdict) {
    const tone = verdictTone(verdict.status);
    return html`<p part="check" class="check" data-tone=${tone}>
      <strong part="check-status" class="chip" data-tone=${tone} data-status=${verdict.status}><span class="glyph" aria-hidden="true">${GLYPHS[verdict.status] ?? '?'}</span><span class="visually-hidden">${strings.verdict}: </span>${statusWord(verdict, strings.status_verdict)}</strong>
      ${judgeAndDate(verdict, ctx)}
    </p>`;
  }
  const other = attribution
    ? { a: attribution, word: strings.status_attribution[attribution.status] ?? attribution.status, tone: attributionTone(attribution.status) }
    : mediaAuthenticity
      ? { a: mediaAuthenticity, word: strings.status_media[mediaAuthenticity.status] ?? mediaAuthenticity.status, tone: mediaTone(mediaAuthenticity.status) }
      : undefined;
  return html`<p part="check" class="check" data-tone="unchecked">
    <strong part="check-status" class="chip" data-tone="unchecked" data-status="not-fact-checked"><span class="glyph" aria-hidden="true">◌</span>${strings.notFactChecked}</strong>
    ${other
      ? html`<span class="chip chip-secondary" data-tone=${other.tone}><span class="glyph" aria-hidden="true">${TONE_GLYPHS[other.tone]}</span>${other.word}</span>${judgeAndDate(other.a, ctx)}`
      : nothing}
  </p>`;
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
  return html`<p part="context" class="where-when">${loc}${set}${when}</p>`;
}

function media(claim: Claim, ctx: ClaimContext): TemplateResult | typeof nothing {
  const m = claim.media;
  if (!m) return nothing;
  const name = ctx.strings.media_kind[m.kind] ?? m.kind;
  // No "Video: Video message…": a description that starts with the kind's own word stands alone.
  const kind = m.description?.toLowerCase().startsWith(name.toLowerCase()) ? '' : name;
  const body = m.url
    ? m.description ? html`${kind ? `${kind}: ` : ''}${link(m.url, m.description)}` : link(m.url, name)
    : m.description ? `${kind ? `${kind}: ` : ''}${m.description}` : name;
  return html`<p part="media" class="media" data-kind=${m.kind}>${body}</p>`;
}

/** The speaker as "Name, Role, Affiliation" with the setting's affiliation not repeated. */
function speakerCaption(claim: Claim, ctx: ClaimContext): TemplateResult {
  const direct = (claim.speech ?? 'direct') === 'direct';
  return direct
    ? html`<figcaption part="speaker" class="speaker"><span class="dash" aria-hidden="true">— </span>${speakerLine(claim.speaker)}</figcaption>`
    : html`<figcaption part="speaker" class="speaker"><span class="speaker-label">${ctx.strings.speaker}:</span> ${speakerLine(claim.speaker)}</figcaption>`;
}

/**
 * The words as what they are. Direct speech: in quotation marks (the language's own, from `quotes`; never
 * a second pair on words that bring theirs). Reported or mixed speech: the source's account, led by whose
 * account it is, with no quotation marks but the ones the account itself puts around quoted fragments.
 */
function words(claim: Claim, ctx: ClaimContext): TemplateResult {
  const speech = claim.speech ?? 'direct';
  if (speech === 'direct') return clamp(claim.text, ctx, 'text', 'quote', { quote: true, textPart: 'text', lang: claim.inLanguage, threshold: WORDS_THRESHOLD });
  const lead = claim.reportedBy ? fill(ctx.strings.accordingTo, { name: claim.reportedBy.name }) : ctx.strings.reportedSpeech;
  return html`<p class="reported-lead">${lead}</p>${clamp(claim.text, ctx, 'text', 'reported text', { lang: claim.inLanguage, threshold: WORDS_THRESHOLD })}`;
}

/**
 * One claim as a pure template. At a glance: the verification in one line, the words as what they are
 * (exact words quoted, reported speech as reported), who said them, where and when, and the source's own
 * caveat when no one has checked it. One disclosure away: context, the recording, the original and the
 * translation, the three axes in full, and the sources. Shared by `<rc-claim-quote>`,
 * `<rc-controversy-summary>` and `<rc-review-card>`; the host adopts `tokenStyles`, `baseStyles`, `cardBaseStyles`,
 * `scoreBadgeStyles` and `claimQuoteStyles`. Notes for data authors (`editorNote`) are never rendered.
 */
export function renderClaim(claim: Claim, ctx: ClaimContext): TemplateResult {
  const { strings, locale } = ctx;
  const level = ctx.headingLevel;
  const verdict = claim.verification.verdict;
  const moreId = `${ctx.id ?? 'claim'}-more`;
  return html`<article part=${ctx.part ?? 'claim'} class="claim-quote" data-verdict=${verdict?.status ?? 'not-fact-checked'}
    data-tone=${verdict ? verdictTone(verdict.status) : 'unchecked'} data-speech=${claim.speech ?? 'direct'}>
    ${level !== undefined ? staticHtml`<div class="visually-hidden"><${headingTag(level)} part="claim-heading" class="heading">${fill(strings.claimBy, { name: claim.speaker.name })}</${headingTag(level)}></div>` : nothing}
    ${checkLine(claim, ctx)}
    <figure class="quote-figure">
      ${words(claim, ctx)}
      ${speakerCaption(claim, ctx)}
    </figure>
    ${ctx.compact ? nothing : whereWhen(claim, ctx)}
    ${!verdict && claim.verification.caveat
      ? html`<p part="caveat" class="caveat"><span class="caveat-label">${strings.sourceCaveat}:</span> ${claim.verification.caveat}</p>`
      : nothing}
    ${disclosure(moreId, { expanded: ctx.expanded.has(moreId), full: ctx.open, label: fill(strings.detailsAndSources, { count: formatNumber(claim.sources.length, locale) }), openLabel: strings.hideDetails }, html`
      ${ctx.compact ? whereWhen(claim, ctx) : nothing}
      ${claim.context ? clamp(claim.context, ctx, 'context', 'note') : nothing}
      ${media(claim, ctx)}
      ${claim.original ? otherLanguage('original', claim.original.text, claim.original.inLanguage, undefined, ctx) : nothing}
      ${claim.translation ? otherLanguage('translation', claim.translation.text, claim.translation.inLanguage, claim.translation.by, ctx) : nothing}
      ${verification(claim, ctx)}
      ${sourceList(claim.sources, locale, strings)}
      ${claim.url ? html`<p class="claim-page">${link(claim.url, strings.claimPage)}</p>` : nothing}`)}
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
  ctx: Omit<ClaimContext, 'id' | 'expanded'> & { listId: string; expanded: ReadonlySet<string>; shown?: number; showAllLabel?: Plural },
): TemplateResult {
  const { locale, strings, expanded, listId } = ctx;
  const shown = ctx.shown ?? CLAIMS_SHOWN;
  const foldable = claims.length > shown + 1;
  const open = !foldable || ctx.open === true || expanded.has(listId);
  return html`<ul class="claim-list" id=${listId} role="list">${claims.map(
      (claim, i) => {
        const body = renderClaim(claim, { locale, strings, headingLevel: ctx.headingLevel, id: `${listId}-${i}`, expanded, open: ctx.open, compact: true });
        return open || i < shown ? html`<li>${body}</li>` : html`<li class="folded">${body}</li>`;
      },
    )}</ul>
    ${foldable && ctx.open !== true
      ? html`<button class="toggle" part="toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${listId}>
          ${open ? strings.showFewerClaims : plural(ctx.showAllLabel ?? strings.showAllClaims, claims.length, locale, formatNumber(claims.length, locale))}
        </button>`
      : nothing}`;
}
