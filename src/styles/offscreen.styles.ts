import { css } from 'lit';

/**
 * Off-screen skipping for the elements a page may hold many of (cards, quotes, summaries). An element that
 * uses it sets `--_reserved-height` on its host.
 *
 * Only an element the base class gives the custom state `skipping` skips (see `internal/settle.ts`): one
 * rendered in the browser, from its first render until the browser is idle.
 * - Never server-rendered markup. Its declarative shadow DOM streams into the host while the page parses,
 *   and Chromium records a host's "last remembered size" from a half-parsed shadow tree (0 px, or the
 *   first 166 px of a 748 px card). Skipped from its upgrade, a card on screen was drawn at that size, or
 *   at the reserved height, for a frame whenever the browser painted before deciding what is on screen,
 *   which it does on a busy page. That markup is laid out already; skipping it saves nothing.
 * - Never after the page is idle: skipped content is not painted in a full-page capture (link previews,
 *   archives) in any engine, so the first render skips what is off screen, where the speed matters, and
 *   the page is whole before anyone captures it.
 * A browser without `:state()` drops the rule and never skips.
 */
export const offscreenStyles = css`
  :host {
    contain-intrinsic-block-size: auto var(--_reserved-height);
  }
  :host(:state(skipping)) {
    content-visibility: auto;
  }
`;
