import type { Reporter } from '@web/test-runner';

/** web-test-runner's totals, what it left out and its slowest files, as JSON in `outputFile` (see wtr-totals-reporter.mjs). */
export function totalsReporter(options: { outputFile: string }): Reporter;
