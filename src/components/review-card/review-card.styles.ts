import { css } from 'lit';

/** Styles of the review card; the badge inside it adopts `scoreBadgeStyles` as well. */
export const reviewCardStyles = css`
  :host {
    --_card-bg: var(--rc-review-card-surface, var(--_bg));
    --_card-border: var(--rc-review-card-border-color, var(--_border));
    --_card-radius: var(--rc-review-card-radius, var(--_radius));
    --_card-padding: var(--rc-review-card-padding, var(--_space));
    --_card-gap: var(--rc-review-card-gap, 0.75rem);
    --_title-size: var(--rc-review-card-title-size, 1.25em);
    --_pros-accent: var(--rc-review-card-pros-accent, var(--_positive));
    --_cons-accent: var(--rc-review-card-cons-accent, var(--_negative));
    --_reserved-height: var(--rc-review-card-reserved-height, 18rem);
  }
  .card {
    container: rc-box / inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_card-gap);
    padding: var(--_card-padding);
    border: 1px solid var(--_card-border);
    border-radius: var(--_card-radius);
    background: var(--_card-bg);
    color: var(--_fg);
  }
  .card p,
  .card ul,
  .card dl,
  .card blockquote {
    margin: 0;
  }
  .more:not(.folded) {
    display: flex;
    flex-direction: column;
    gap: var(--_card-gap);
    padding-block-start: var(--_card-gap);
    border-block-start: 1px solid var(--_card-border);
  }
  .more-toggle {
    align-self: flex-start;
    margin-top: 0;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space-s) var(--_space);
  }
  .title-block {
    flex: 1 1 12rem;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .title-block .heading {
    margin: 0;
    font-size: var(--_title-size);
    line-height: 1.2;
    font-weight: 700;
    text-wrap: balance;
  }
  .original-name,
  .work-meta,
  .byline {
    color: var(--_fg-muted);
    font-size: 0.875em;
  }
  /* A date breaks before itself, not inside ("August / 8, 2023" read as two facts at 360 px). */
  .byline time {
    white-space: nowrap;
  }
  .work-meta {
    font-weight: 600;
  }
  .score {
    flex: 0 0 auto;
    max-width: 100%;
  }
  .people {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space);
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .roles {
    color: var(--_fg-muted);
  }
  .headline {
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.35;
  }
  .verdict {
    padding-inline-start: var(--_space-s);
    border-inline-start: 4px solid var(--_accent);
    font-size: 1.0625em;
  }
  .verdict-label {
    font-weight: 700;
  }
  /* At-a-glance text previews in fewer lines than the synopsis: a long verdict or point shows four. */
  .verdict,
  .notes-list {
    --_clamp-lines: 4;
  }
  blockquote[part='excerpt'] {
    padding-inline-start: var(--_space);
    border-inline-start: 2px solid var(--_border);
    font-style: italic;
  }
  [part='excerpt'] p,
  [part='synopsis'] {
    white-space: pre-line;
  }
  .card .toggle {
    align-self: flex-start;
    margin-top: calc(var(--_card-gap) * -0.5);
  }
  .notes {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: var(--_space);
  }
  .notes-list {
    padding-inline-start: var(--_space-s);
    border-inline-start: 4px solid var(--_pros-accent);
  }
  .notes-cons {
    border-inline-start-color: var(--_cons-accent);
  }
  .notes-list ul {
    padding-inline-start: 1.25em;
  }
  .notes-list li + li {
    margin-top: var(--_space-xs);
  }
  /* In a list there is no section gap for the button to pull back into. */
  .card .notes-list .toggle {
    margin-top: var(--_space-xs);
  }
  .card [part='subheading'] {
    margin: 0 0 var(--_space-xs);
    font-size: 0.875em;
    font-weight: 700;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_fg-muted);
  }
  .extras {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: var(--_space-s) var(--_space);
    padding: var(--_space-s) var(--_space);
    border-radius: var(--_radius-s);
    background: var(--_bg-subtle);
  }
  .extras dt {
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_fg-muted);
  }
  .extras dd {
    margin: 0;
  }
  .synopsis-block {
    display: flex;
    flex-direction: column;
  }
  .claim-list {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: 0;
    list-style: none;
  }
  .footer {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding-top: var(--_space-s);
    border-top: 1px solid var(--_card-border);
  }
  .review-link a {
    display: inline-block;
    min-height: 24px;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .verdict,
    .notes-list,
    blockquote[part='excerpt'] {
      border-inline-start-color: CanvasText;
    }
    .extras {
      border: 1px solid CanvasText;
    }
  }
`;
