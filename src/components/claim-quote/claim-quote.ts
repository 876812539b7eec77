import { css, type TemplateResult } from 'lit';
import { CardElement, type CardContext } from '../../internal/card-element.js';
import { validateClaim } from '../../schemas/lean/validators.generated.js';
import type { Claim } from '../../schemas/claim.js';
import type { ValidationResult } from '../../schemas/validate.js';
import { tokenStyles, baseStyles } from '../../styles/tokens.styles.js';
import { cardBaseStyles } from '../../styles/card-base.styles.js';
import { offscreenStyles } from '../../styles/offscreen.styles.js';
import { scoreBadgeStyles } from '../score-badge/score-badge.styles.js';
import { claimQuoteStyles } from './claim-quote.styles.js';
import { renderClaim } from './claim-quote.template.js';

const hostStyles = css`
  :host {
    --_reserved-height: var(--rc-claim-quote-reserved-height, 16rem);
  }
`;

/**
 * One quoted claim: the words (with their language, the original and a translation), who said them, where
 * and when, the media they appear in, source links, and their verification on three separate axes —
 * attribution (did this person say it), media authenticity (is the recording original) and the verdict (is
 * it true) — each with who judged it, as of when, and why. A claim is never shown without its verification:
 * data without one fails validation and shows the error state.
 *
 * @tagname rc-claim-quote
 * @summary A quoted claim with its speaker, context, sources and verification.
 * @status experimental
 * @since 0.1.0
 *
 * @csspart base - The card (`<article>`).
 * @csspart check - The verification at a glance: the verdict (or "Not fact-checked"), who judged it and when.
 * @csspart caveat - The source's own caveat, shown when no one has fact-checked the claim.
 * @csspart quote - The quoted words (`<blockquote>`, with `lang` and `dir`): direct speech only.
 * @csspart reported - Reported or mixed speech: the source's account, without quotation marks.
 * @csspart details - What one disclosure away holds: context, media, the verification in full, sources.
 * @csspart text - The words: the paragraph inside `quote`, or the `reported` account itself.
 * @csspart original - The words in the language they were said in (`<blockquote>`).
 * @csspart translation - A translation of the words (`<blockquote>`).
 * @csspart speaker - Who said it: name, role and affiliation (`<figcaption>`).
 * @csspart context - Where, in what setting and when it was said, and context for readers.
 * @csspart note - The context note inside `context`.
 * @csspart media - The recording or image the claim appears in, with its link.
 * @csspart verification - The verification section.
 * @csspart verification-heading - The "Verification" heading.
 * @csspart claim-heading - The visually hidden "Claim by …" heading.
 * @csspart verdict - The verdict statement: is it true.
 * @csspart check-status - The status chip at a glance: the verdict ("False", "Pants on Fire") or "Not fact-checked".
 * @csspart verdict-status - The verdict's status label in the full verification.
 * @csspart attribution - The attribution statement: did this person say it.
 * @csspart attribution-status - The attribution's status label.
 * @csspart media-authenticity - The media-authenticity statement: is the media original.
 * @csspart media-authenticity-status - The media-authenticity status label.
 * @csspart reason - Why a judgement was made.
 * @csspart evidence - The evidence behind a judgement.
 * @csspart badge - A judge's own rating, as a score badge.
 * @csspart value - A judge's rating: its number, grade or named rating.
 * @csspart scale - A judge's rating: its "/10" suffix.
 * @csspart stars - A judge's rating: star glyphs.
 * @csspart band - A judge's rating: the band's name.
 * @csspart label - A judge's rating: its caption.
 * @csspart sources - The claim's sources.
 * @csspart link - A link from the data: the speaker's, a judge's, the recording's, the claim's own page.
 * @csspart source-link - A source's link: its title, or its archived copy.
 * @csspart toggle - The "Show more" / "Show less" button of clamped text, and the details button.
 * @csspart placeholder - The reserved space shown before data arrives.
 * @csspart error - The error state shown instead of the card.
 *
 * @cssproperty [--rc-claim-quote-padding=var(--rc-space, 1rem)] - Space inside the card.
 * @cssproperty [--rc-claim-quote-radius=var(--rc-radius, 0.75rem)] - Card corner radius.
 * @cssproperty [--rc-claim-quote-surface=var(--rc-color-surface)] - Card background.
 * @cssproperty [--rc-claim-quote-rule=var(--rc-color-border)] - Rule beside the quoted words.
 * @cssproperty [--rc-claim-quote-font-size=1.125em] - Size of the quoted words.
 * @cssproperty [--rc-claim-quote-font-style=normal] - Style of the quoted words (e.g. `italic`).
 * @cssproperty [--rc-claim-quote-verdict-font-size=1.125em] - Size of the verdict's status label in the full verification.
 * @cssproperty [--rc-claim-quote-positive=var(--rc-color-positive)] - Colour of documented, verified and true statuses.
 * @cssproperty [--rc-claim-quote-positive-surface=var(--rc-color-positive-surface)] - Fill of a positive verdict.
 * @cssproperty [--rc-claim-quote-mixed=var(--rc-color-mixed)] - Colour of mixed, disputed and purported statuses.
 * @cssproperty [--rc-claim-quote-mixed-surface=var(--rc-color-mixed-surface)] - Fill of a mixed verdict.
 * @cssproperty [--rc-claim-quote-negative=var(--rc-color-negative)] - Colour of misleading, mostly false and false statuses.
 * @cssproperty [--rc-claim-quote-negative-surface=var(--rc-color-negative-surface)] - Fill of a negative verdict.
 * @cssproperty [--rc-claim-quote-opinion=var(--rc-color-opinion)] - Colour of opinion and satire: characterisations not rated for truth.
 * @cssproperty [--rc-claim-quote-opinion-surface=var(--rc-color-opinion-surface)] - Fill of an opinion chip.
 * @cssproperty [--rc-claim-quote-reserved-height=16rem] - Height reserved before the data arrives.
 * @cssproperty --rc-color-neutral - Colour of unverified, opinion and other neutral statuses (all elements).
 * @cssproperty --rc-color-text - Text colour (all elements).
 * @cssproperty --rc-color-text-muted - Secondary text colour (all elements).
 * @cssproperty --rc-color-surface - Background colour (all elements).
 * @cssproperty --rc-color-border - Borders and rules (all elements).
 * @cssproperty --rc-color-accent - Links (all elements).
 * @cssproperty --rc-font-family - Font family (all elements).
 *
 * @slot - Fallback for readers before the element upgrades (a plain `<blockquote>` or link); hidden once the
 *   data renders, shown again under the error message when the data is invalid.
 * @fires {RcErrorEvent} rc-error - The claim is invalid or could not be loaded; `detail` has `issues` and `channel`.
 */
export class ClaimQuote extends CardElement<Claim> {
  static override tagName = 'rc-claim-quote';
  static override styles = [tokenStyles, baseStyles, cardBaseStyles, scoreBadgeStyles, claimQuoteStyles, hostStyles, offscreenStyles];
  protected static override kind = 'claim' as const;

  /** The claim as a typed object; wins over `src` and child scripts. */
  override data?: Claim;

  /** URL of a JSON claim (our shape, or schema.org ClaimReview JSON-LD) to fetch. */
  override src?: string;

  /**
   * Level (1–6) of the claim's heading ("Claim by …", visually hidden); the "Verification" heading is one
   * level below. Set it to fit the page's outline.
   */
  declare headingLevel: number;

  protected override validate(input: unknown): ValidationResult<Claim> {
    return validateClaim(input);
  }

  protected override renderCard(claim: Claim, context: CardContext): TemplateResult {
    return renderClaim(claim, { ...context, id: 'claim', part: 'base' });
  }
}
