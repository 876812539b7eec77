import { ScoreBadge } from './score-badge.js';

ScoreBadge.define();

export { ScoreBadge };

declare global {
  interface HTMLElementTagNameMap {
    'rc-score-badge': ScoreBadge;
  }
}
