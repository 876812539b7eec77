import { defineConfig } from 'vitest/config';

// Page tests: Node builds or server-renders a page, then drives the system Chromium with playwright-core
// (no-JavaScript rendering, hydration, and the React, Vue and Svelte examples). Run with
// `npx vitest run -c tests/pages/vitest.config.ts`; `npm test` runs them as the `pages` stage.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/pages/**/*.test.ts'],
    root: new URL('../..', import.meta.url).pathname,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file launches one Chromium; two at a time suit 2 cores.
    maxWorkers: 2,
  },
});
