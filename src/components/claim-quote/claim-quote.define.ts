import { ClaimQuote } from './claim-quote.js';

ClaimQuote.define();

export { ClaimQuote };

declare global {
  interface HTMLElementTagNameMap {
    'rc-claim-quote': ClaimQuote;
  }
}
