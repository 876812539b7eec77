// `dist/cdn/rc-controversy-summary.js`, loaded by the autoloader the first time a page uses <rc-controversy-summary>: registers it (and
// the tags it renders), sharing Lit and the core with the other elements' files.
import './strings-lazy.js';

export { ControversySummary } from '../components/controversy-summary/controversy-summary.define.js';
