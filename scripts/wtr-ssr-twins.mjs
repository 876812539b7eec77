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
