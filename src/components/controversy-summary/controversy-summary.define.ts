import { ControversySummary } from './controversy-summary.js';

ControversySummary.define();

export { ControversySummary };

declare global {
  interface HTMLElementTagNameMap {
    'rc-controversy-summary': ControversySummary;
  }
}
