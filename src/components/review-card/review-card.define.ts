import { ReviewCard } from './review-card.js';

ReviewCard.define();

export { ReviewCard };

declare global {
  interface HTMLElementTagNameMap {
    'rc-review-card': ReviewCard;
  }
}
