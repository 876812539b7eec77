// `dist/cdn/rc-claim-quote.js`, loaded by the autoloader the first time a page uses <rc-claim-quote>: registers it (and
// the tags it renders), sharing Lit and the core with the other elements' files.
import './strings-lazy.js';

export { ClaimQuote } from '../components/claim-quote/claim-quote.define.js';
