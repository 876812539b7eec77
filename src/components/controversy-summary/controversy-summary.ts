import type { TemplateResult } from 'lit';
import { CardElement, type CardContext } from '../../internal/card-element.js';
import { validateControversy } from '../../schemas/lean/validators.generated.js';
import type { Controversy } from '../../schemas/controversy.js';
import type { ValidationResult } from '../../schemas/validate.js';
import { tokenStyles, baseStyles } from '../../styles/tokens.styles.js';
import { cardBaseStyles } from '../../styles/card-base.styles.js';
import { offscreenStyles } from '../../styles/offscreen.styles.js';
import { scoreBadgeStyles } from '../score-badge/score-badge.styles.js';
import { claimQuoteStyles } from '../claim-quote/claim-quote.styles.js';
import { controversySummaryStyles } from './controversy-summary.styles.js';
import { renderControversy } from './controversy-summary.template.js';

/**
 * One contested subject, told fairly: a neutral summary, the positions side by side with equal weight and
 * the people or organisations who hold each, the key events on a timeline (every event with its source),
 * statements as claim quotes with their verification, where things stand as of a date, the parties, and
 * the sources. Headings are neutral and come from the UI strings.
 *
 * @tagname rc-controversy-summary
 * @summary A contested subject: positions side by side, a sourced timeline, statements and status.
 * @status experimental
 * @since 0.1.0
 *
 * @csspart details - A disclosure's content: a position's holders, claims and sources; the parties and sources.
 * @csspart base - The card (`<article>`).
 * @csspart header - The subject and the work it is about.
 * @csspart heading - The subject, at `heading-level`.
 * @csspart subheading - Section headings ("Positions", "Timeline", "Statements", "Status", "Parties").
 * @csspart summary - The neutral summary.
 * @csspart positions-section - The positions section, with its heading.
 * @csspart positions - The list of positions (a grid of equal columns).
 * @csspart position - One position; every position is styled the same.
 * @csspart position-label - A position's neutral label (a heading one level below the section's).
 * @csspart position-summary - A position's summary.
 * @csspart held-by - Who holds a position.
 * @csspart timeline - The timeline section.
 * @csspart event - One dated event on the timeline, with its sources.
 * @csspart event-description - An event's description.
 * @csspart statements - The statements section.
 * @csspart claim - One statement or position claim, rendered as a claim quote (see rc-claim-quote for its inner parts: quote, speaker, verification, verdict, verdict-status, attribution, media-authenticity …).
 * @csspart status - Where things stand, with its "as of" date.
 * @csspart status-description - The status text.
 * @csspart parties - Other parties involved.
 * @csspart sources - Lists of sources.
 * @csspart link - A link from the data: the work's, a party's or holder's, a speaker's.
 * @csspart source-link - A source's link: its title, or its archived copy.
 * @csspart claim-heading - A statement's visually hidden "Claim by …" heading.
 * @csspart verification-heading - A statement's "Verification" heading.
 * @csspart evidence - The evidence behind a statement's judgement.
 * @csspart toggle - The "Show more" / "Show less" button of clamped text.
 * @csspart placeholder - The reserved space shown before data arrives.
 * @csspart error - The error state shown instead of the card.
 * @csspart speaker - A statement's speaker: name, role and affiliation.
 * @csspart check - A statement's verification at a glance: its verdict or "Not fact-checked", who judged it and when.
 * @csspart check-status - A statement's status chip at a glance.
 * @csspart caveat - A statement's source's own caveat, when no one has fact-checked it.
 * @csspart context - Where, in what setting and when a statement was made.
 * @csspart media - The recording or image a statement appears in.
 * @csspart verification - A statement's verification section.
 * @csspart badge - A judge's own rating of a statement, as a score badge.
 * @csspart value - A judge's rating: its number, grade or named rating.
 * @csspart scale - A judge's rating: its "/10" suffix.
 * @csspart stars - A judge's rating: star glyphs.
 * @csspart band - A judge's rating: the band's name.
 * @csspart label - A judge's rating: its caption.
 *
 * @cssproperty [--rc-controversy-summary-surface=var(--rc-color-surface)] - Card background.
 * @cssproperty [--rc-controversy-summary-border-color=var(--rc-color-border)] - Card border.
 * @cssproperty [--rc-controversy-summary-radius=var(--rc-radius, 0.75rem)] - Card corner radius.
 * @cssproperty [--rc-controversy-summary-padding=var(--rc-space, 1rem)] - Space inside the card.
 * @cssproperty [--rc-controversy-summary-gap=0.75rem] - Space between sections.
 * @cssproperty [--rc-controversy-summary-title-size=1.25em] - Size of the subject.
 * @cssproperty [--rc-controversy-summary-position-min-width=17rem] - Narrowest position column before the positions stack.
 * @cssproperty [--rc-controversy-summary-position-surface=var(--rc-color-surface-subtle)] - Background of every position.
 * @cssproperty [--rc-controversy-summary-position-border-color=var(--rc-color-border)] - Border of every position.
 * @cssproperty [--rc-controversy-summary-timeline-marker=var(--rc-color-accent)] - Timeline markers.
 * @cssproperty [--rc-controversy-summary-reserved-height=28rem] - Height reserved before the data arrives.
 * @cssproperty --rc-claim-quote-font-size - Size of quoted words in statements (see rc-claim-quote).
 * @cssproperty --rc-color-text - Text colour (all elements).
 * @cssproperty --rc-color-text-muted - Secondary text colour (all elements).
 * @cssproperty --rc-color-surface - Background colour (all elements).
 * @cssproperty --rc-color-surface-subtle - Background of positions (all elements).
 * @cssproperty --rc-color-border - Borders and rules (all elements).
 * @cssproperty --rc-color-accent - Links (all elements).
 * @cssproperty --rc-font-family - Font family (all elements).
 *
 * @slot - Fallback for readers before the element upgrades (a plain `<blockquote>` or link); hidden once the
 *   data renders, shown again under the error message when the data is invalid.
 * @fires {RcErrorEvent} rc-error - The controversy is invalid or could not be loaded; `detail` has `issues` and `channel`.
 */
export class ControversySummary extends CardElement<Controversy> {
  static override tagName = 'rc-controversy-summary';
  static override styles = [tokenStyles, baseStyles, cardBaseStyles, scoreBadgeStyles, claimQuoteStyles, controversySummaryStyles, offscreenStyles];
  // One per page, large, and full of toggles: update in place from the first render (see RcElement).
  protected static override keepsParts = true;
  protected static override kind = 'controversy' as const;

  /** The controversy as a typed object; wins over `src` and child scripts. */
  override data?: Controversy;

  /** URL of a JSON controversy (our shape) to fetch. */
  override src?: string;

  /** Level (1–6) of the subject's heading; section headings follow one level below, position labels two. */
  declare headingLevel: number;

  protected override validate(input: unknown): ValidationResult<Controversy> {
    return validateControversy(input);
  }

  protected override renderCard(controversy: Controversy, context: CardContext): TemplateResult {
    return renderControversy(controversy, context);
  }
}
