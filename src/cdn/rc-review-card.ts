// `dist/cdn/rc-review-card.js`, loaded by the autoloader the first time a page uses <rc-review-card>: registers it (and
// the tags it renders), sharing Lit and the core with the other elements' files.
import './strings-lazy.js';

export { ReviewCard } from '../components/review-card/review-card.define.js';
