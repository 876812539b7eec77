import { css } from 'lit';

/**
 * Styles of one quoted claim (the `renderClaim` template). Adopted by `<rc-claim-quote>` and by the elements
 * that render claims inline, together with `tokenStyles`, `baseStyles`, `cardBaseStyles` and `scoreBadgeStyles`.
 * Public hooks: `--rc-claim-quote-*`, falling back to the global tokens.
 */
export const claimQuoteStyles = css`
  .claim-quote {
    container: rc-box / inline-size;
    --_clamp-lines: 5;
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
  .claim-quote p {
    margin: 0;
  }
  .claim-quote .toggle {
    align-self: flex-start;
  }
  /* Text from data takes its direction from its own first strong character (like dir=auto), so English
     data keeps its punctuation in a right-to-left page; quoted words carry an explicit dir from their language instead. */
  .claim-quote :is(p, h1, h2, h3, h4, h5, h6, li, figcaption, .sources, .assessment-head > *) {
    unicode-bidi: plaintext;
  }
  .claim-quote .quote-figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .claim-quote .quote-figure blockquote {
    margin: 0;
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--rc-claim-quote-rule, var(--_border));
  }
  .claim-quote [part~='quote'] {
    font-size: var(--rc-claim-quote-font-size, 1.125em);
    font-style: var(--rc-claim-quote-font-style, normal);
    line-height: 1.45;
    /* The quotation marks of the words' language (“…”, «…», „…“, 「…」), from their lang attribute. */
    quotes: auto;
  }
  .claim-quote .quote-figure blockquote p::before {
    content: open-quote;
  }
  .claim-quote .quote-figure blockquote p::after {
    content: close-quote;
  }
  /* Words that arrive already quoted keep their own marks and get no second pair. */
  .claim-quote .quote-figure blockquote p.own-quotes::before {
    content: no-open-quote;
  }
  .claim-quote .quote-figure blockquote p.own-quotes::after {
    content: no-close-quote;
  }
  /* The verification at a glance: a chip (glyph, word, colour: GOV.UK's tag, text on a tint) and who judged it. */
  .claim-quote .check {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
    font-size: 0.875em;
    line-height: 1.4;
    color: var(--_fg-muted);
  }
  .claim-quote .chip {
    --_tone: var(--_neutral);
    --_tone-bg: var(--_neutral-bg);
    display: inline-flex;
    align-items: baseline;
    gap: 0.35em;
    padding: 0.125em 0.5em;
    border: 1px solid transparent;
    border-radius: var(--_radius-s);
    background: var(--_tone-bg);
    color: var(--_tone);
    font-weight: 700;
  }
  .claim-quote .chip-secondary {
    font-weight: 600;
  }
  .claim-quote :is(.chip, .assessment)[data-tone='positive'] {
    --_tone: var(--rc-claim-quote-positive, var(--_positive));
    --_tone-bg: var(--rc-claim-quote-positive-surface, var(--_positive-bg));
  }
  .claim-quote :is(.chip, .assessment)[data-tone='mixed'] {
    --_tone: var(--rc-claim-quote-mixed, var(--_mixed));
    --_tone-bg: var(--rc-claim-quote-mixed-surface, var(--_mixed-bg));
  }
  .claim-quote :is(.chip, .assessment)[data-tone='negative'] {
    --_tone: var(--rc-claim-quote-negative, var(--_negative));
    --_tone-bg: var(--rc-claim-quote-negative-surface, var(--_negative-bg));
  }
  .claim-quote :is(.chip, .assessment)[data-tone='opinion'] {
    --_tone: var(--rc-claim-quote-opinion, var(--_opinion));
    --_tone-bg: var(--rc-claim-quote-opinion-surface, var(--_opinion-bg));
  }
  /* Nobody has judged it: no fill and a dashed outline, so it never reads as a verdict. */
  .claim-quote .chip[data-tone='unchecked'] {
    background: none;
    border: 1px dashed var(--_fg-muted);
    color: var(--_fg);
  }
  .claim-quote .reported-lead,
  .claim-quote .speaker-label,
  .claim-quote .caveat-label {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_fg-muted);
  }
  .claim-quote [part~='reported'] {
    font-size: var(--rc-claim-quote-font-size, 1.0625em);
  }
  .claim-quote .where-when,
  .claim-quote .caveat {
    font-size: 0.875em;
    color: var(--_fg-muted);
  }
  .claim-quote .more:not(.folded) {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding-block-start: var(--_space-s);
    border-block-start: 1px solid var(--_border);
  }
  .claim-quote .other-language {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    font-size: 0.9375em;
  }
  .claim-quote .other-language-label,
  .claim-quote .verification-title,
  .claim-quote .verification-title .heading,
  .claim-quote .axis {
    font-size: 0.8125rem;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--_fg-muted);
  }
  .claim-quote .verification-title .heading {
    margin: 0;
    text-transform: uppercase;
  }
  .claim-quote p.verification-title {
    text-transform: uppercase;
  }
  .claim-quote .speaker {
    font-weight: 600;
  }
  .claim-quote .speaker-name {
    font-style: normal;
  }
  .claim-quote .speaker-details {
    font-weight: 400;
    color: var(--_fg-muted);
  }
  .claim-quote .context,
  .claim-quote .media {
    font-size: 0.875em;
    color: var(--_fg-muted);
  }
  .claim-quote .context {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .claim-quote .verification {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .claim-quote .assessments {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .claim-quote .assessment {
    --_tone: var(--_neutral);
    --_tone-bg: var(--_neutral-bg);
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    padding-inline-start: var(--_space-s);
    border-inline-start: 3px solid var(--_tone);
    font-size: 0.875em;
  }
  .claim-quote .assessment-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
  }
  .claim-quote .status {
    display: inline-flex;
    align-items: baseline;
    gap: 0.35em;
    color: var(--_tone);
    font-weight: 700;
  }
  .claim-quote .glyph {
    font-size: 0.9em;
  }
  .claim-quote .publisher-label {
    font-style: italic;
  }
  .claim-quote .assessment-meta {
    color: var(--_fg-muted);
  }
  /* The verdict: the one statement a reader must not miss; a filled box, larger label. */
  .claim-quote .assessment[data-axis='verdict'] {
    padding: var(--_space-s) var(--_space);
    border: 1px solid var(--_tone);
    border-inline-start-width: 6px;
    border-radius: var(--_radius-s);
    background: var(--_tone-bg);
    font-size: 0.9375em;
  }
  .claim-quote .assessment[data-axis='verdict'] .status {
    font-size: var(--rc-claim-quote-verdict-font-size, 1.125em);
    line-height: 1.2;
  }
  .claim-quote .assessment[data-axis='verdict'] .axis,
  .claim-quote .assessment[data-axis='verdict'] .assessment-meta {
    color: var(--_fg);
  }
  .claim-quote .assessment .sources {
    color: inherit;
  }
  .claim-quote .sources {
    font-size: 0.8125rem;
  }
  .claim-quote .claim-page {
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .claim-quote,
    .claim-quote .assessment,
    .claim-quote .assessment[data-axis='verdict'] {
      border-color: CanvasText;
    }
    .claim-quote :is(.status, .chip) {
      color: CanvasText;
    }
    .claim-quote .chip {
      border-color: CanvasText;
    }
  }
`;
