import { css } from 'lit';

/**
 * Styles of one quoted claim (the `renderClaim` template). Adopted by `<rc-claim-quote>` and by the elements
 * that render claims inline, together with `tokenStyles`, `baseStyles` and `scoreBadgeStyles`.
 * Public hooks: `--rc-claim-quote-*`, falling back to the global tokens.
 */
export const claimQuoteStyles = css`
  .claim {
    --_claim-tone: var(--_neutral);
    --_claim-tone-bg: var(--_neutral-bg);
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    min-width: 0;
    padding: var(--rc-claim-quote-padding, var(--_space));
    border: 1px solid var(--_border);
    border-radius: var(--rc-claim-quote-radius, var(--_radius));
    background: var(--rc-claim-quote-surface, var(--_bg));
    color: var(--_fg);
  }
  .claim p {
    margin: 0;
  }
  .quote-figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .quote-figure blockquote {
    margin: 0;
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--rc-claim-quote-rule, var(--_border));
  }
  [part~='quote'] {
    font-size: var(--rc-claim-quote-font-size, 1.125em);
    font-style: var(--rc-claim-quote-font-style, normal);
    line-height: 1.45;
  }
  [part~='quote'] p::before {
    content: open-quote;
  }
  [part~='quote'] p::after {
    content: close-quote;
  }
  .other-language {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    font-size: 0.9375em;
  }
  .other-language-label,
  .verification-title,
  .verification-title .heading,
  .axis {
    font-size: 0.8125rem;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--_fg-muted);
  }
  .verification-title .heading {
    margin: 0;
    text-transform: uppercase;
  }
  p.verification-title {
    text-transform: uppercase;
  }
  .speaker {
    font-weight: 600;
  }
  .speaker-name {
    font-style: normal;
  }
  .speaker-details {
    font-weight: 400;
    color: var(--_fg-muted);
  }
  .context,
  .media {
    font-size: 0.875em;
    color: var(--_fg-muted);
  }
  .context {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .media {
    font-weight: 600;
  }
  .verification {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    padding-block-start: var(--_space-s);
    border-block-start: 1px solid var(--_border);
  }
  .assessments {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .assessment {
    --_tone: var(--_neutral);
    --_tone-bg: var(--_neutral-bg);
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    padding-inline-start: var(--_space-s);
    border-inline-start: 3px solid var(--_tone);
    font-size: 0.875em;
  }
  .assessment[data-tone='positive'] {
    --_tone: var(--rc-claim-quote-positive, var(--_positive));
    --_tone-bg: var(--rc-claim-quote-positive-surface, var(--_positive-bg));
  }
  .assessment[data-tone='mixed'] {
    --_tone: var(--rc-claim-quote-mixed, var(--_mixed));
    --_tone-bg: var(--rc-claim-quote-mixed-surface, var(--_mixed-bg));
  }
  .assessment[data-tone='negative'] {
    --_tone: var(--rc-claim-quote-negative, var(--_negative));
    --_tone-bg: var(--rc-claim-quote-negative-surface, var(--_negative-bg));
  }
  .assessment-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
  }
  .status {
    display: inline-flex;
    align-items: baseline;
    gap: 0.35em;
    color: var(--_tone);
    font-weight: 700;
  }
  .glyph {
    font-size: 0.9em;
  }
  .publisher-label {
    font-style: italic;
  }
  .assessment-meta {
    color: var(--_fg-muted);
  }
  /* The verdict: the one statement a reader must not miss; a filled box, larger label. */
  .assessment[data-axis='verdict'] {
    padding: var(--_space-s) var(--_space);
    border: 1px solid var(--_tone);
    border-inline-start-width: 6px;
    border-radius: var(--_radius-s);
    background: var(--_tone-bg);
    font-size: 0.9375em;
  }
  .assessment[data-axis='verdict'] .status {
    font-size: var(--rc-claim-quote-verdict-font-size, 1.375em);
    line-height: 1.2;
  }
  .assessment[data-axis='verdict'] .axis,
  .assessment[data-axis='verdict'] .assessment-meta {
    color: var(--_fg);
  }
  .assessment .sources {
    color: inherit;
  }
  .claim .sources {
    font-size: 0.8125rem;
  }
  .claim-page {
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .claim,
    .assessment,
    .assessment[data-axis='verdict'] {
      border-color: CanvasText;
    }
    .status {
      color: CanvasText;
    }
  }
`;
