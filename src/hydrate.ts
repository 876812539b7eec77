// `review-cards/hydrate-support.js`: lets elements rendered on the server (`review-cards/ssr`) take over
// their declarative shadow DOM instead of rendering it again. Import it before any element:
//
//   import 'review-cards/hydrate-support.js';
//   import 'review-cards/all.js';
//
// It must run before LitElement is first evaluated, so keep it the first import of the page's entry
// (module scripts and imports run in order). Pages that render in the browser only do not need it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
