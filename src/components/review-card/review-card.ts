import type { TemplateResult } from 'lit';
import { CardElement, type CardContext } from '../../internal/card-element.js';
import { validateReview } from '../../schemas/lean/validators.generated.js';
import type { Review } from '../../schemas/review.js';
import type { ValidationResult } from '../../schemas/validate.js';
import { tokenStyles, baseStyles } from '../../styles/tokens.styles.js';
import { cardBaseStyles } from '../../styles/card-base.styles.js';
import { offscreenStyles } from '../../styles/offscreen.styles.js';
import { scoreBadgeStyles } from '../score-badge/score-badge.styles.js';
import { claimQuoteStyles } from '../claim-quote/claim-quote.styles.js';
import { reviewCardStyles } from './review-card.styles.js';
import { renderReviewCard } from './review-card.template.js';

/**
 * One review of one work: the work (title, kind, year, running time, cast and crew), the reviewer and
 * outlet, the date, the score as written on its own scale, the verdict, the good and the bad, labelled
 * extras ("Oscar prospects: None"), synopsis and excerpt, the claims the review makes, and its sources.
 *
 * @tagname rc-review-card
 * @summary A review of a film, book or other work, with its score, verdict, pros and cons and sources.
 * @status experimental
 * @since 0.1.0
 *
 * @csspart details - What one disclosure away holds: excerpt, synopsis, cast and crew, extras, claims, sources.
 * @csspart base - The card (`<article>`).
 * @csspart header - Title, work facts, byline and score.
 * @csspart heading - The work's title, at `heading-level`.
 * @csspart work-meta - Kind, year, running time and countries.
 * @csspart byline - Reviewer, outlet and date.
 * @csspart people - The cast-and-crew list.
 * @csspart badge - The score badge (role="img", carries the score's accessible name).
 * @csspart value - The score's number, grade or named rating.
 * @csspart scale - The score's "/10" suffix.
 * @csspart stars - Star glyphs of a stars score.
 * @csspart band - The score band's name, e.g. "Generally favorable".
 * @csspart label - The score's caption, e.g. "Movie score".
 * @csspart headline - The review's headline.
 * @csspart verdict - The reviewer's verdict; on a card with claims, also each claim's verdict statement.
 * @csspart review-verdict - The reviewer's verdict only.
 * @csspart excerpt - The quoted excerpt (`<blockquote>`).
 * @csspart pros - "The good" list with its heading.
 * @csspart cons - "The bad" list with its heading.
 * @csspart subheading - The headings of the pros, cons, synopsis and claims sections.
 * @csspart extras - Labelled extras (`<dl>`).
 * @csspart synopsis - The synopsis text.
 * @csspart toggle - The "Show more" / "Show less" button of clamped text (a long verdict, point, excerpt or synopsis), and the "Show all" button of a long list of points.
 * @csspart claims - The claims the review makes or quotes.
 * @csspart speaker - A claim's speaker: name, role and affiliation.
 * @csspart check - A claim's verification at a glance: its verdict or "Not fact-checked", who judged it and when.
 * @csspart check-status - A claim's status chip at a glance.
 * @csspart caveat - A claim's source's own caveat, when no one has fact-checked it.
 * @csspart context - Where, in what setting and when a claim was said.
 * @csspart media - The recording or image a claim appears in.
 * @csspart verification - A claim's verification section.
 * @csspart review-link - The "Read the full review" link.
 * @csspart sources - The list of sources.
 * @csspart link - A link from the data: the critic's, the outlet's, a person's, a speaker's.
 * @csspart source-link - A source's link: its title, or its archived copy.
 * @csspart claim-heading - A quoted claim's visually hidden "Claim by …" heading.
 * @csspart verification-heading - A quoted claim's "Verification" heading.
 * @csspart evidence - The evidence behind a claim's judgement.
 * @csspart placeholder - The reserved space shown before data arrives.
 * @csspart error - The error state shown instead of the card.
 *
 * @cssproperty [--rc-review-card-surface=var(--rc-color-surface)] - Card background.
 * @cssproperty [--rc-review-card-border-color=var(--rc-color-border)] - Card border and footer rule.
 * @cssproperty [--rc-review-card-radius=var(--rc-radius, 0.75rem)] - Card corner radius.
 * @cssproperty [--rc-review-card-padding=var(--rc-space, 1rem)] - Space inside the card.
 * @cssproperty [--rc-review-card-gap=0.75rem] - Space between the card's sections.
 * @cssproperty [--rc-review-card-title-size=1.25em] - Size of the work's title.
 * @cssproperty [--rc-review-card-pros-accent=var(--rc-color-positive)] - Rule beside "The good".
 * @cssproperty [--rc-review-card-cons-accent=var(--rc-color-negative)] - Rule beside "The bad".
 * @cssproperty [--rc-review-card-reserved-height=18rem] - Height reserved before the data arrives; set it to the card's usual height to avoid layout shift.
 * @cssproperty --rc-score-badge-radius - Corner radius of the score badge (see rc-score-badge).
 * @cssproperty --rc-color-text - Text colour (all elements).
 * @cssproperty --rc-color-text-muted - Secondary text colour (all elements).
 * @cssproperty --rc-color-surface - Background colour (all elements).
 * @cssproperty --rc-color-accent - Links and the verdict rule (all elements).
 * @cssproperty --rc-font-family - Font family (all elements).
 *
 * @slot - Fallback for readers before the element upgrades (a plain `<blockquote>` or link); hidden once the
 *   data renders, shown again under the error message when the data is invalid.
 * @fires {RcErrorEvent} rc-error - The review is invalid or could not be loaded; `detail` has `issues` and `channel`.
 */
export class ReviewCard extends CardElement<Review> {
  static override tagName = 'rc-review-card';
  static override styles = [tokenStyles, baseStyles, cardBaseStyles, scoreBadgeStyles, claimQuoteStyles, reviewCardStyles, offscreenStyles];
  protected static override kind = 'review' as const;

  /** The review as a typed object; wins over `src` and child scripts. */
  override data?: Review;

  /** URL of a JSON review (our shape, or schema.org Review JSON-LD) to fetch. */
  override src?: string;

  /** Level of the work's title (1–6), to fit the host page's outline; section headings sit one below. */
  declare headingLevel: number;

  protected override validate(input: unknown): ValidationResult<Review> {
    return validateReview(input);
  }

  protected override renderCard(review: Review, context: CardContext): TemplateResult {
    return renderReviewCard(review, context);
  }
}
