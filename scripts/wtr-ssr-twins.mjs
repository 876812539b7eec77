// The browser test files that run twice in web-test-runner (web-test-runner.config.mjs, groups `ssr` and
// `<name>-ssr`): once as they are, once with the fixtures of tests/browser/helpers/fixture.ts rendered on
// the server by @lit-labs/ssr, hydrated, and compared with a browser render. A file that starts making its
// fixtures with that helper is added here; tests/unit/scripts/ssr-twins.test.ts checks that none is left out.
export const SSR_TWINS = [
  'tests/browser/claim-quote.test.ts',
  'tests/browser/controversy-summary.test.ts',
  'tests/browser/engines.test.ts',
  'tests/browser/review-card.test.ts',
  'tests/browser/score-badge.test.ts',
  'tests/browser/ssr-twin.test.ts',
];

// The twins that run in Firefox and WebKit too; Chromium runs them all. The server render is the same in every
// engine, and what differs is the engine's own part: parsing declarative shadow DOM and Lit hydrating it,
// which these two check (ssr-twin.test.ts: adopted nodes, kept styles, a mismatch caught; engines.test.ts:
// the engine matrix, server-rendered). The component files' twins took 59 to 70% of each engine's
// browser time (README, Browser support), too much for CI's budget in two more engines.
export const SSR_TWINS_IN_EVERY_ENGINE = ['tests/browser/engines.test.ts', 'tests/browser/ssr-twin.test.ts'];
