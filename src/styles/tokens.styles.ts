import { css } from 'lit';

/**
 * Design tokens. Public hooks are `--rc-*` custom properties; each resolves once, on :host, into a private
 * `--_*` property that the component styles use. `light-dark()` follows `color-scheme`, which the `theme`
 * attribute overrides.
 */
export const tokenStyles = css`
  :host {
    color-scheme: light dark;
    --_fg: var(--rc-color-text, light-dark(#1b1b1f, #ecebf0));
    --_fg-muted: var(--rc-color-text-muted, light-dark(#4d4d57, #b9b8c3));
    --_bg: var(--rc-color-surface, light-dark(#ffffff, #1c1c21));
    --_bg-subtle: var(--rc-color-surface-subtle, light-dark(#f4f4f7, #26262c));
    --_border: var(--rc-color-border, light-dark(#c9c9d3, #45454f));
    --_accent: var(--rc-color-accent, light-dark(#1f5fbf, #8ab4ff));
    --_positive: var(--rc-color-positive, light-dark(#1b6e3c, #7ddc9f));
    --_positive-bg: var(--rc-color-positive-surface, light-dark(#e3f4e9, #173323));
    --_mixed: var(--rc-color-mixed, light-dark(#7a5200, #f2c66d));
    --_mixed-bg: var(--rc-color-mixed-surface, light-dark(#fff2d6, #3a2d10));
    --_negative: var(--rc-color-negative, light-dark(#a3231a, #ff9c92));
    --_negative-bg: var(--rc-color-negative-surface, light-dark(#fde7e5, #3d1a17));
    --_neutral: var(--rc-color-neutral, light-dark(#4d4d57, #c9c8d2));
    --_neutral-bg: var(--rc-color-neutral-surface, light-dark(#ececf1, #2e2e35));
    --_opinion: var(--rc-color-opinion, light-dark(#6a3fb5, #c9a8ff));
    --_opinion-bg: var(--rc-color-opinion-surface, light-dark(#f1eafc, #2d2340));
    --_font: var(--rc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_font-size: var(--rc-font-size, 1rem);
    --_line-height: var(--rc-line-height, 1.5);
    --_radius: var(--rc-radius, 0.75rem);
    --_radius-s: var(--rc-radius-small, 0.375rem);
    --_space: var(--rc-space, 1rem);
    --_space-s: calc(var(--_space) / 2);
    --_space-xs: calc(var(--_space) / 4);
    --_focus: var(--rc-color-focus, var(--_accent));
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`;

/** Host box, placeholder, the badge's error state, links, focus and the helpers every element shares. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_fg);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .placeholder {
    min-height: var(--_reserved-height, 4rem);
    border-radius: var(--_radius);
    background: var(--_bg-subtle);
  }
  .error-issues {
    margin: var(--_space-xs) 0 0;
    padding-inline-start: 1.25em;
  }
  .badge-error {
    color: var(--_fg-muted);
    border-style: dashed;
  }
  .badge-error summary {
    cursor: pointer;
    list-style: none;
    font-weight: 700;
    /* The dash stands where the score would: same size, so the error box is as tall as a badge. */
    font-size: var(--rc-score-badge-font-size, 1.5em);
  }
  .badge-error summary::-webkit-details-marker {
    display: none;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    .placeholder {
      border: 1px solid CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;
