// `dist/cdn/rc-score-badge.js`, loaded by the autoloader the first time a page uses <rc-score-badge>: registers it (and
// the tags it renders), sharing Lit and the core with the other elements' files.
import './strings-lazy.js';

export { ScoreBadge } from '../components/score-badge/score-badge.define.js';
