import { css } from 'lit';

/**
 * Off-screen skipping for the elements a page may hold many of (cards, quotes, summaries). An element that
 * uses it sets `--_reserved-height` on its host.
 *
 * Two conditions keep the skipping where it cannot be seen:
 * - `:defined`: only once the element's class has run. Server-rendered markup (declarative shadow DOM)
 *   streams into the host while the page parses; with `content-visibility: auto` from the first `<style>`
 *   in it, Chromium recorded a host's "last remembered size" from a half-parsed shadow tree (0 px, or the
 *   first 166 px of a 748 px card) and laid it out at that size once off screen. Without JavaScript that
 *   size stayed; with it, the card jumped when it upgraded. Undefined, the host is laid out in full and
 *   the size it is remembered by is its real one.
 * - `:state(settled)`: the base class adds it once the browser is idle after the first render (see
 *   `internal/settle.ts`). Skipped content is not painted in a full-page capture (link previews,
 *   archives) in any engine, so the first render skips what is off screen, where the speed matters, and
 *   the page is whole before anyone captures it. A browser without `:state()` drops the rule and never
 *   skips.
 */
export const offscreenStyles = css`
  :host {
    contain-intrinsic-block-size: auto var(--_reserved-height);
  }
  :host(:defined:not(:state(settled))) {
    content-visibility: auto;
  }
`;
