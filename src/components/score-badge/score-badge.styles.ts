import { css } from 'lit';

/** Styles of the badge itself; also adopted by the cards that render the badge template inline. */
export const scoreBadgeStyles = css`
  .badge {
    --_badge-fg: var(--_neutral);
    --_badge-bg: var(--_neutral-bg);
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-s);
    padding: var(--_space-xs) var(--_space-s);
    border: 2px solid var(--_badge-fg);
    border-radius: var(--rc-score-badge-radius, var(--_radius-s));
    background: var(--_badge-bg);
    color: var(--_badge-fg);
    line-height: 1.2;
    vertical-align: middle;
    max-width: 100%;
  }
  .badge[data-tone='positive'] {
    --_badge-fg: var(--rc-score-badge-positive, var(--_positive));
    --_badge-bg: var(--rc-score-badge-positive-surface, var(--_positive-bg));
  }
  .badge[data-tone='mixed'] {
    --_badge-fg: var(--rc-score-badge-mixed, var(--_mixed));
    --_badge-bg: var(--rc-score-badge-mixed-surface, var(--_mixed-bg));
  }
  .badge[data-tone='negative'] {
    --_badge-fg: var(--rc-score-badge-negative, var(--_negative));
    --_badge-bg: var(--rc-score-badge-negative-surface, var(--_negative-bg));
  }
  .badge-score {
    white-space: nowrap;
  }
  .value {
    font-size: var(--rc-score-badge-font-size, 1.5em);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .value-named {
    font-size: var(--rc-score-badge-named-font-size, 1.125em);
    white-space: normal;
  }
  .scale {
    font-weight: 600;
  }
  .stars {
    letter-spacing: 0.05em;
    margin-inline-end: var(--_space-xs);
  }
  .band,
  .label {
    font-size: 0.8125em;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
      color: CanvasText;
      background: Canvas;
      forced-color-adjust: none;
    }
  }
`;

/** The standalone element's host box. */
export const scoreBadgeHostStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    --_reserved-height: 2.5rem;
  }
  .placeholder {
    min-width: 4.5rem;
  }
`;
