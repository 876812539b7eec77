import { css } from 'lit';

/** Styles of `<rc-controversy-summary>`; claims inside use `claimQuoteStyles`. */
export const controversySummaryStyles = css`
  :host {
    --_reserved-height: var(--rc-controversy-summary-reserved-height, 28rem);
    --_position-min: var(--rc-controversy-summary-position-min-width, 17rem);
  }
  .controversy {
    container: rc-box / inline-size;
    --_clamp-lines: 3;
    display: flex;
    flex-direction: column;
    gap: var(--rc-controversy-summary-gap, 0.75rem);
    padding: var(--rc-controversy-summary-padding, var(--_space));
    border: 1px solid var(--rc-controversy-summary-border-color, var(--_border));
    border-radius: var(--rc-controversy-summary-radius, var(--_radius));
    background: var(--rc-controversy-summary-surface, var(--_bg));
    color: var(--_fg);
  }
  .controversy p {
    margin: 0;
  }
  .controversy .toggle {
    align-self: flex-start;
  }
  /* Text from data takes its direction from its own first strong character (like dir=auto), so English
     data keeps its punctuation in a right-to-left page (and aligns like it); the layout still mirrors. */
  .controversy :is(p, h1, h2, h3, h4, h5, h6, li, .held-by, .agents, .sources, .event-head > *) {
    unicode-bidi: plaintext;
  }
  .header {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .header .heading {
    margin: 0;
    font-size: var(--rc-controversy-summary-title-size, 1.25em);
    line-height: 1.25;
  }
  .about {
    color: var(--_fg-muted);
  }
  .about-label {
    font-weight: 600;
  }
  .about cite {
    font-style: italic;
  }
  .section {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  .section > .heading {
    margin: 0;
    padding-block-end: var(--_space-xs);
    border-block-end: 1px solid var(--_border);
    font-size: 1.125em;
    line-height: 1.3;
  }
  /* Positions: equal columns, same styling for each, in data order; one column when narrow. */
  .positions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_position-min)), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .position {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    min-width: 0;
    padding: var(--_space-s) 0.75rem 0.75rem;
    border: 1px solid var(--rc-controversy-summary-position-border-color, var(--_border));
    border-radius: var(--_radius-s);
    background: var(--rc-controversy-summary-position-surface, var(--_bg-subtle));
    font-size: 1em;
  }
  .position > .heading {
    margin: 0;
    font-size: 1.0625em;
    line-height: 1.3;
  }
  .held-by {
    font-size: 0.875em;
  }
  .held-by-label,
  .claims-label {
    font-weight: 600;
  }
  .claims-label {
    font-size: 0.875em;
  }
  .agents {
    display: inline;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .agents li {
    display: inline;
  }
  .agents li:not(:last-child)::after {
    content: '; ';
  }
  .agent-details {
    color: var(--_fg-muted);
  }
  .position-claims {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .claim-list {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Statements are claim quotes at body size, clamped sooner: the section previews them, the fold holds them. */
  .statements .claim-quote {
    --rc-claim-quote-font-size: 1em;
    --_clamp-lines: 3;
    padding: 0.75rem;
  }
  /* Inside a position (already a box) a claim is set off by a rule, not a third nested box. */
  .position .claim-quote {
    --rc-claim-quote-font-size: 1em;
    padding: var(--_space-s) 0 0;
    border: none;
    border-block-start: 1px solid var(--_border);
    border-radius: 0;
    background: none;
  }
  .more:not(.folded) {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  .event-more:not(.folded) {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  /* Timeline: a rule with a marker per event; the date leads. */
  .events {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .event {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    padding-block: 0 var(--_space-s);
    padding-inline-start: 1.5rem;
    border-inline-start: 2px solid var(--_border);
    margin-inline-start: 0.375rem;
  }
  .event:last-child {
    padding-block-end: 0;
  }
  .event::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.4375rem;
    inset-block-start: 0.35em;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    background: var(--_bg);
    border: 2px solid var(--rc-controversy-summary-timeline-marker, var(--_accent));
  }
  /* An event is one line where it fits: the date (muted, as a lead) and the title, wrapping as text. */
  .event-head {
    font-size: 0.9375em;
  }
  .event-head time {
    color: var(--_fg-muted);
    font-size: 0.875em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    margin-inline-end: var(--_space-s);
  }
  .as-of {
    font-weight: 600;
    color: var(--_fg-muted);
  }
  .controversy .sources {
    font-size: 0.8125rem;
  }
  @media (forced-colors: active) {
    .controversy,
    .position,
    .event {
      border-color: CanvasText;
    }
    .event::before {
      border-color: CanvasText;
      background: Canvas;
    }
  }
`;
