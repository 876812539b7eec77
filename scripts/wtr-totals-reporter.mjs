// A web-test-runner reporter that writes {passed, failed, skipped, skippedTests, files, slowest} to a JSON
// file, so scripts/test.mjs can add browser tests to the overall totals, list what did not run (tests
// marked for some engines only carry the reason in their title) and name the files that take the time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/** @param {import('@web/test-runner-core').TestSuiteResult | undefined} suite */
function count(suite, totals, path = []) {
  if (!suite) return;
  const here = suite.name ? [...path, suite.name] : path;
  for (const t of suite.tests) {
    if (t.skipped) {
      totals.skipped++;
      totals.skippedTests.push([...here, t.name].join(' › '));
    } else if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite.suites) count(s, totals, here);
}

/** Sessions by time taken, longest first: `[name, seconds]`. */
const slowest = (seconds) => [...seconds].sort((a, b) => b[1] - a[1]).map(([name, s]) => [name, Number(s.toFixed(1))]);

/** @param {{ outputFile: string }} options */
export function totalsReporter({ outputFile }) {
  // Seconds from a file's page starting to its results, per session (a file and its SSR twin apart):
  // what the CI time of each engine is made of.
  const started = new Map();
  const seconds = new Map();
  return {
    start({ sessions }) {
      // The runner may have started the first pages before its reporters.
      for (const session of sessions.forStatus('INITIALIZING', 'TEST_STARTED')) started.set(session.id, performance.now());
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'INITIALIZING') started.set(session.id, performance.now());
        else if (session.status === 'FINISHED' && started.has(session.id)) {
          const name = `${relative(process.cwd(), session.testFile)}${session.group.name.endsWith('ssr') ? ' (SSR twin)' : ''}`;
          seconds.set(name, (performance.now() - started.get(session.id)) / 1000);
        }
      });
    },
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, skippedTests: [], files: new Set(), brokenFiles: [] };
      for (const session of sessions) {
        totals.files.add(session.testFile);
        const before = totals.passed + totals.failed;
        count(session.testResults, totals);
        // A file that failed to load, threw outside a test, or logged 404s has
        // no failing test of its own; count it as one failure so it is never lost.
        const ran = totals.passed + totals.failed - before;
        if (session.errors.length > 0 || (session.passed === false && ran === 0) || (ran === 0 && session.status !== 'FINISHED')) {
          totals.failed++;
          totals.brokenFiles.push(session.testFile);
        }
      }
      mkdirSync(dirname(outputFile), { recursive: true });
      writeFileSync(
        outputFile,
        JSON.stringify({ ...totals, files: totals.files.size, slowest: slowest(seconds) }, null, 2) + '\n',
      );
    },
  };
}
