import { css } from 'lit';

/**
 * What the cards (review card, claim quote, controversy summary) share on top of `baseStyles`: their error
 * state, sources, disclosure buttons and clamped text. Apart from `baseStyles` so that a page with only
 * badges does not download it; the cards adopt it right after `baseStyles`, which keeps the cascade order
 * the one sheet had.
 */
export const cardBaseStyles = css`
  .error {
    border: 1px solid var(--_negative);
    border-inline-start-width: 4px;
    border-radius: var(--_radius-s);
    background: var(--_bg);
    color: var(--_fg);
    padding: var(--_space-s) var(--_space);
    font-size: 0.875em;
  }
  .error-title {
    margin: 0;
    font-weight: 600;
  }
  .error-details summary {
    cursor: pointer;
    color: var(--_fg-muted);
  }
  .sources {
    font-size: 0.8125em;
    color: var(--_fg-muted);
  }
  .sources ul {
    margin: var(--_space-xs) 0 0;
    padding-inline-start: 1.25em;
  }
  .sources-label {
    font-weight: 600;
  }
  .toggle {
    font: inherit;
    font-size: 0.875em;
    color: var(--_accent);
    background: none;
    border: 1px solid currentColor;
    border-radius: var(--_radius-s);
    min-height: 24px;
    min-width: 24px;
    padding: 0.125em 0.75em;
    cursor: pointer;
    margin-top: var(--_space-xs);
  }
  .clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_clamp-lines, 6);
    overflow: hidden;
  }
  /* A card's root box is a size container (rc-box): in a wide card, text of medium length fits in the
     clamp's lines anyway, so it shows whole and its button goes. */
  @container rc-box (min-width: 40rem) {
    .clamped.clamp-medium {
      display: block;
      -webkit-line-clamp: none;
      overflow: visible;
    }
    .toggle.clamp-medium[aria-expanded='false'] {
      display: none;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .toggle {
      transition: background-color 120ms ease;
    }
  }
  /* Without JavaScript (a server-rendered card, scripts off) nothing can toggle: show every clamped
     or folded text in full and hide the buttons. With scripts on, the clamp applies from the first
     paint, so hydration changes nothing on screen. */
  .folded {
    display: none;
  }
  @media (scripting: none) {
    .clamped {
      display: block;
      -webkit-line-clamp: none;
      overflow: visible;
    }
    .folded {
      display: revert;
    }
    .toggle {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .error {
      border: 1px solid CanvasText;
    }
    .toggle {
      color: ButtonText;
      border-color: ButtonText;
    }
  }
`;
