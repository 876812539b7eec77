// Element tests in headless Chromium: `npm run test:browser` (all) or
// `npm run test:browser -- --group score-badge` (one component). Other engines:
// `WTR_ENGINES=firefox npm run test:browser` (chromium, firefox, webkit; comma-separated).
import { readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { litSsrPlugin } from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
import { LAUNCHERS, enginesFromEnv, freePort } from './scripts/wtr-engines.mjs';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { SSR_TWINS, SSR_TWINS_IN_EVERY_ENGINE } from './scripts/wtr-ssr-twins.mjs';
import { totalsReporter } from './scripts/wtr-totals-reporter.mjs';
import { faultServerPlugin } from './tests/server/fault-server.mjs';

const FILES = 'tests/browser/**/*.test.ts';

// One group per component (tests/browser/<name>.test.ts or tests/browser/<name>/),
// so a single component can be run with --group. Without --group all groups run.
function groups() {
  let entries = [];
  try {
    entries = readdirSync('tests/browser', { withFileTypes: true });
  } catch {
    return [];
  }
  const names = new Set();
  for (const e of entries) {
    if (e.isDirectory()) names.add(e.name);
    else if (e.name.endsWith('.test.ts')) names.add(e.name.slice(0, -'.test.ts'.length));
  }
  return [...names].sort().map((name) => ({
    name,
    files: [`tests/browser/${name}.test.ts`, `tests/browser/${name}/**/*.test.ts`],
  }));
}

// The SSR twin pass: the files in SSR_TWINS run a second time, their fixtures rendered on the server by
// @lit-labs/ssr, hydrated, and compared with a browser render (tests/browser/helpers/fixture.ts). The
// page tells the helper which pass it is in.
const ssrPage = (testFramework) =>
  `<!doctype html><html><head><script>window.RC_FIXTURE_MODE = 'ssr';</script></head><body><script type="module" src="${testFramework}"></script></body></html>`;
// A run with Chromium runs every twin; a run in Firefox or WebKit alone (as `npm test` starts them) the few
// that check what differs by engine (scripts/wtr-ssr-twins.mjs says why).
const TWINS = enginesFromEnv().includes('chromium') ? SSR_TWINS : SSR_TWINS_IN_EVERY_ENGINE;
/** `<name>-ssr` twins of the given groups, for the files among them that opted in. */
function ssrTwins(list) {
  return list
    .map(({ name, files }) => ({
      name: `${name}-ssr`,
      files: TWINS.filter((f) => files.some((pattern) => f === pattern || f.startsWith(pattern.replace(/\*\*\/\*\.test\.ts$/, '')))),
      testRunnerHtml: ssrPage,
    }))
    .filter((g) => g.files.length);
}

/**
 * The plugin's pixelmatch comparison, except that the picture of the differences is drawn and encoded only
 * when there are any: encoding a tall picture in JavaScript took longer than the runner's 20 s limit for a
 * command on a busy machine.
 */
function pictureDiff({ baselineImage, image, options }) {
  const [before, after] = [PNG.sync.read(baselineImage), PNG.sync.read(image)];
  if (before.width !== after.width || before.height !== after.height) {
    return {
      error: `Screenshot is not the same width and height as the baseline. Baseline: ${before.width}×${before.height}; screenshot: ${after.width}×${after.height}`,
      diffImage: image,
      diffPercentage: 100,
      diffPixels: Math.max(before.width * before.height, after.width * after.height),
    };
  }
  const { width, height } = after;
  let diffPixels = pixelmatch(before.data, after.data, null, width, height, options);
  let diffImage = Buffer.alloc(0);
  if (diffPixels > 0) {
    const diff = new PNG({ width, height });
    diffPixels = pixelmatch(before.data, after.data, diff.data, width, height, options);
    diffImage = PNG.sync.write(diff);
  }
  return { error: '', diffImage, diffPercentage: (diffPixels / (width * height)) * 100, diffPixels };
}

/**
 * Takes each visual-diff screenshot with its page in front, one at a time: two pages run side by side, and
 * Chromium draws no frame for the one behind, so its screenshot would wait for the other file to end.
 */
function inFront(plugin) {
  let queue = Promise.resolve();
  return {
    ...plugin,
    executeCommand(args) {
      if (args.command !== 'visual-diff' || args.session.browser.type !== 'puppeteer') return plugin.executeCommand(args);
      const turn = queue.then(async () => {
        await args.session.browser.getPage(args.session.id).bringToFront();
        return plugin.executeCommand(args);
      });
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}

// Groups only when one is asked for: with both, wtr runs each file twice
// (once in the "default" group), and with groups alone it rejects empty `files`.
// That is how the SSR twins run: all files in the default group, the opted-in ones again in `ssr`.
const wantsGroup = process.argv.some((a) => a === '--group' || a.startsWith('--group='));

export default {
  files: FILES,
  groups: wantsGroup ? [...groups(), ...ssrTwins(groups())] : ssrTwins([{ name: 'ssr', files: ['tests/browser/'] }]).map((g) => ({ ...g, name: 'ssr' })),
  nodeResolve: true,
  rootDir: '.',
  // A port the OS picks: `npm test` runs one web-test-runner per engine at once, and the runner's own
  // search from 8000 up lets two runs that start together choose the same port.
  port: Number(process.env.WTR_PORT) || (await freePort()),
  // Chromium runs pages in its own processes; two pages at a time suit 2 cores
  // without starving the dev server and esbuild.
  concurrency: Number(process.env.WTR_CONCURRENCY ?? 2),
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  // Per file; a big file with its SSR twin on a busy 2-core machine can take minutes.
  testsFinishTimeout: Number(process.env.WTR_FINISH_TIMEOUT ?? 300_000),
  // Generous: a timeout is no speed test, and axe runs on a busy 2-core machine can take 10 s.
  testFramework: { config: { ui: 'bdd', timeout: 30_000 } },
  // Lit's dev-mode banner is the same in every file; real warnings still show.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    litSsrPlugin({ workerInitModules: ['./scripts/wtr-ssr-register.mjs'] }),
    // A misbehaving server on its own 127.0.0.1 port for the src-fault and CSP tests.
    faultServerPlugin(),
    // tests/browser/visual.test.ts: baselines committed in tests/visual/baseline/, failures and diffs in
    // tests/visual/__screenshots__/ (ignored). Anti-aliased pixels are ignored and nothing else is: any other
    // differing pixel, or a change of size, fails. `npm run test:visual:update` writes new baselines.
    inFront(visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'tests/visual',
      getBaselineName: ({ browser, name }) => `baseline/${browser}/${name}`,
      getFailedName: ({ browser, name }) => `__screenshots__/${browser}/${name}`,
      getDiffName: ({ browser, name }) => `__screenshots__/${browser}/${name}-diff`,
      diffOptions: { threshold: 0.1, includeAA: false },
      getImageDiff: pictureDiff,
      failureThresholdType: 'pixel',
      failureThreshold: 0,
    })),
  ],
  // Each engine's launcher, with its flags and why, is in scripts/wtr-engines.mjs.
  browsers: enginesFromEnv().map((name) => LAUNCHERS[name]()),
  reporters: [
    // The progress bar redraws with escape codes; logs (CI, npm test piped) get the summary.
    process.env.CI || !process.stdout.isTTY ? summaryReporter({ flatten: true }) : defaultReporter(),
    ...(process.env.WTR_TOTALS_FILE ? [totalsReporter({ outputFile: process.env.WTR_TOTALS_FILE })] : []),
  ],
};
